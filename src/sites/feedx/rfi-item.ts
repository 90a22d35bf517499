/**
 * What RFI items carry in their feedx copy beyond rfi.fr's body markup: the visible
 * date line (Paris wall time), the author block after the body (`作者：<a>name</a>`),
 * the bold chapô as the first paragraph, and feedx's `Array` artefact.
 */
import { wallClockToIso } from '../../shared/zoned-time';
import { bylineLabel, rfiTimeZone } from '../rfi';
import { rfiDateLine } from './item-format';
import type { ItemHeader } from './publishers';

/**
 * Text feedx leaves where a value failed to render: the literal `Array` where the
 * lead image of some 2022 items should be (archive-md/rfi-1020000).
 */
const artefactTexts: readonly string[] = ['Array'];

/** Finds, removes and reads RFI's date line (`28/09/2023 - 19:25`, Paris time). */
function takeDateLine(root: Element): string | undefined {
  for (const el of Array.from(root.querySelectorAll('div, p, span')).slice(0, 8)) {
    const m = rfiDateLine.exec(el.textContent ?? '');
    if (!m || el.children.length) continue;
    el.remove();
    const [, day, month, year, hour, minute] = m.map(Number);
    return wallClockToIso({ year: year!, month: month!, day: day!, hour: hour!, minute: minute! }, rfiTimeZone);
  }
  return undefined;
}

const squash = (s: string | null) => (s ?? '').replace(/\s+/g, ' ').trim();

/**
 * The author label: an element that is only the label, or — where a feed reader
 * unwrapped the `<span>` (feed-readers/miniflux/shared-entry) — a bare text node
 * that is, opening its block.
 */
const isBylineLabel = (n: Node) => {
  const text = squash(n.textContent);
  return text !== '' && text.replace(bylineLabel, '') === '';
};

/** Finds, removes and reads the author block (archive-md/rfi-999955): the byline, not body text. */
function takeByline(root: Element): string | undefined {
  const labels = [
    ...Array.from(root.querySelectorAll('span, b, strong, em')),
    ...Array.from(root.querySelectorAll('div, p'), (block) => block.firstChild).filter((n): n is ChildNode => n?.nodeType === 3),
  ];
  for (const label of labels) {
    if (!root.contains(label) || !isBylineLabel(label)) continue;
    let block = label.parentElement;
    if (!block || block === root) continue;
    const names = Array.from(block.querySelectorAll('a'))
      .map((a) => squash(a.textContent))
      .filter(Boolean);
    const text = squash(block.textContent).replace(bylineLabel, '');
    // A block that is the label and a name or two, not a paragraph that happens to start with "By:".
    if (!text || text.length > 80) continue;
    // Remove the wrappers that hold nothing else.
    while (block.parentElement && block.parentElement !== root && squash(block.parentElement.textContent) === squash(block.textContent)) {
      block = block.parentElement;
    }
    block.remove();
    return names.length ? [...new Set(names)].join(', ') : text;
  }
  return undefined;
}

/** Removes feedx's `Array` artefact (a bare text node between the blocks). */
function removeArtefacts(root: Element): void {
  for (const node of Array.from(root.childNodes)) {
    if (node.nodeType === 3 && artefactTexts.includes((node.textContent ?? '').trim())) node.remove();
  }
  // Rendered Jekyll posts wrap the item in one more <div>.
  const only = root.children.length === 1 ? root.firstElementChild : null;
  if (only?.tagName === 'DIV') removeArtefacts(only);
}

/** Marks the chapô: RFI writes it as the first paragraph, all bold (`<p><strong>…</strong></p>`). */
function markLead(root: Element): void {
  const p = root.querySelector('p');
  const strong = p?.firstElementChild;
  if (
    p &&
    strong?.tagName === 'STRONG' &&
    p.children.length === 1 &&
    squash(p.textContent) === squash(strong.textContent) &&
    squash(p.textContent)
  ) {
    p.setAttribute('data-liseuse-lead', '');
  }
}

/** A teaser: a link around the title of another article. */
const isTeaser = (a: Element) => !!a.querySelector('h2, h3');

/** Room for a teaser's kicker (`中国/美国/习拜会`) and the box's heading (`同一主题`), in characters. */
const KICKER = 40;

/**
 * Marks RFI's boxes of teasers as the related list the clean-up rules know
 * (`[data-article-list]`, rfi/markup.ts) where a feed reader stripped the
 * attributes that named them, or the archivers' glued tags left a teaser outside
 * its box (feed-readers/nextcloud-news/split-current): from each teaser up to the
 * largest block holding only teasers, their kickers and a heading.
 */
function markTeaserBoxes(root: Element): void {
  for (const teaser of Array.from(root.querySelectorAll('a[href]')).filter(isTeaser)) {
    if (teaser.closest('[data-article-list]')) continue;
    let box: Element = teaser;
    for (let up = box.parentElement; up && up !== root; up = up.parentElement) {
      const links = Array.from(up.querySelectorAll('a[href]'));
      const titles = links.reduce((n, a) => n + squash(a.textContent).length, 0);
      if (up.querySelector('p') || !links.every(isTeaser) || squash(up.textContent).length > titles + KICKER * links.length) break;
      box = up;
    }
    // The list's links are read from inside it: a lone teaser gets a block of its own.
    if (box === teaser) {
      box = root.ownerDocument.createElement('div');
      teaser.replaceWith(box);
      box.append(teaser);
    }
    box.setAttribute('data-article-list', '');
  }
}

/** Reads and removes the RFI parts of a feedx item `root`, in place. */
export function readRfiItem(root: Element): ItemHeader {
  const published = takeDateLine(root);
  const byline = takeByline(root);
  removeArtefacts(root);
  markLead(root);
  markTeaserBoxes(root);
  return { published, byline };
}
