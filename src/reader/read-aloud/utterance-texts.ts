/**
 * A block's text as the utterances that read it: one per sentence, and a
 * sentence too long to say in about ten seconds is cut at a comma or a space.
 * Short utterances because Chrome stops speaking an utterance of its online
 * voices after about fifteen seconds (https://crbug.com/679437),
 * and because pausing stops the utterance under way: resuming says its sentence again.
 */
import { textScript } from '../overlay/text-script';

/** The longest utterance, in characters: about ten seconds at the normal speed. */
function maxChars(lang: string): number {
  // Chinese is read at about five characters a second, alphabetic scripts at about fifteen.
  return textScript(lang) === 'cjk' ? 50 : 150;
}

/** Where a long sentence may be cut: after clause punctuation, else after a space. */
const CLAUSE_END = /[,;:\u060C\u061B\uFF0C\u3001\uFF1B\uFF1A]\s*/gu;

/** Cuts `sentence` into pieces of at most `max` characters, at the last clause end or space before the limit. */
function cut(sentence: string, max: number): string[] {
  const pieces: string[] = [];
  let rest = sentence;
  while (rest.length > max) {
    const head = rest.slice(0, max);
    let at = 0;
    for (const m of head.matchAll(CLAUSE_END)) if (m.index! + m[0].length > max / 3) at = m.index! + m[0].length;
    if (!at) at = head.lastIndexOf(' ') + 1;
    if (at <= 0) at = max;
    pieces.push(rest.slice(0, at).trim());
    rest = rest.slice(at);
  }
  if (rest.trim()) pieces.push(rest.trim());
  return pieces;
}

/** The texts of the utterances that read `text`, written in `lang`, in order. */
export function utteranceTexts(text: string, lang: string): string[] {
  const max = maxChars(lang);
  const segmenter = new Intl.Segmenter(lang || undefined, { granularity: 'sentence' });
  const texts: string[] = [];
  for (const { segment } of segmenter.segment(text)) {
    const sentence = segment.trim();
    if (sentence) texts.push(...cut(sentence, max));
  }
  return texts;
}
