/**
 * Converting the shown body's text nodes (src/reader/chinese-script/shift-text-nodes.ts)
 * on the cn-article fixture's sanitised body: every text and alt text converted,
 * the markup untouched, going back restores the body exactly, converting again
 * starts from the text as written, and parts that arrive later are converted.
 */
import * as cn2t from 'opencc-js/preset/cn2t';
import { describe, expect, it } from 'vitest';
import { converterFor, type OpenccConfig } from '../../src/reader/chinese-script/phrase-converter';
import { createTextShifter, writtenText } from '../../src/reader/chinese-script/shift-text-nodes';
import { fixtureCase } from '../support/fixtures';
import { readInJsdom } from '../support/extract-in-jsdom';

const toTraditional = converterFor((cn2t.configs as Record<string, OpenccConfig>).s2twp!);

/** The sanitised body of rfi/cn-article, as the overlay shows it, in a fresh element. */
function shownBody(): HTMLElement {
  const c = fixtureCase('rfi/cn-article');
  const { body } = readInJsdom(c.source, c.expected!.url!);
  const el = document.createElement('div');
  el.innerHTML = body!.html;
  document.body.replaceChildren(el);
  return el;
}

const flush = () => new Promise((resolve) => setTimeout(resolve, 0));

describe('createTextShifter', () => {
  it('converts text and alt text only, and going back restores the body exactly', () => {
    const body = shownBody();
    const written = body.innerHTML;
    const shifter = createTextShifter(body);
    shifter.show(toTraditional);
    expect(body.textContent).toContain('位於巴黎十三區的奧斯特利茨蓄水池工地，攝於2023年7月。');
    expect(body.textContent).toContain('整個專案最大的難點');
    expect(body.textContent).not.toContain('巴黎市政府和奥运组委会');
    expect(body.querySelector('img[alt]')!.getAttribute('alt')).toBe('塞納河水質檢測');
    const markup = (html: string) => html.replace(/>[^<]*</g, '><').replace(/ alt="[^"]*"/g, ' alt');
    expect(markup(body.innerHTML)).toBe(markup(written));
    expect(writtenText(body), 'the text as written is still known').toBe(
      new DOMParser().parseFromString(written, 'text/html').body.textContent,
    );
    shifter.show(undefined);
    expect(body.innerHTML).toBe(written);
  });

  it('converts from the text as written every time, never twice', () => {
    const body = shownBody();
    const shifter = createTextShifter(body);
    shifter.show(toTraditional);
    const once = body.innerHTML;
    shifter.show(undefined);
    // A converter that would show a double conversion: it marks what it is given.
    shifter.show((s) => toTraditional(s));
    expect(body.innerHTML).toBe(once);
    const seen: string[] = [];
    shifter.show((s) => (seen.push(s), s));
    expect(seen.join('')).not.toMatch(/[這們會國]/);
  });

  it('converts the parts of a long body that go in later, and stops with disconnect', async () => {
    const body = shownBody();
    const shifter = createTextShifter(body);
    shifter.show(toTraditional);
    const late = document.createElement('p');
    late.textContent = '这是后来加入的段落';
    body.append(late);
    await flush();
    expect(late.textContent).toBe('這是後來加入的段落');
    shifter.show(undefined);
    expect(late.textContent).toBe('这是后来加入的段落');
    shifter.show(toTraditional);
    shifter.disconnect();
    const after = document.createElement('p');
    after.textContent = '这是后来加入的段落';
    body.append(after);
    await flush();
    expect(after.textContent).toBe('这是后来加入的段落');
  });
});
