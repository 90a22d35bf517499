/**
 * The article body goes into the overlay part by part (src/reader/pipeline/body-parts.ts,
 * src/reader/overlay/insert-body.ts): the first part at once, the rest in later
 * tasks, every part sanitised, in order, in the right wrapper.
 */
import { describe, expect, it } from 'vitest';
import { bodyParts, type BodyParts } from '../../src/reader/pipeline/body-parts';
import { insertBody } from '../../src/reader/overlay/insert-body';

/** An inert document's element holding `blocks` paragraphs, as extraction leaves Article.content. */
const contentOf = (blocks: number, wrappers = 0) => {
  const doc = document.implementation.createHTMLDocument('');
  const root = doc.createElement('div');
  let holder = root;
  for (let i = 0; i < wrappers; i++) holder = holder.appendChild(doc.createElement('div'));
  for (let i = 0; i < blocks; i++) holder.append(Object.assign(doc.createElement('p'), { textContent: `p${i} ${'text '.repeat(20)}` }));
  return root;
};
const texts = (el: Element) => Array.from(el.querySelectorAll('p')).map((p) => p.textContent!.split(' ')[0]);
const numbered = (n: number) => Array.from({ length: n }, (_, i) => `p${i}`);
const noError = (error: unknown) => {
  throw error;
};

describe('body parts', () => {
  it('an ordinary short body is one part: all of it at once, nothing busy', () => {
    const target = document.createElement('div');
    insertBody(target, bodyParts(contentOf(20)), noError);
    expect(texts(target)).toEqual(numbered(20));
    expect(target.hasAttribute('aria-busy')).toBe(false);
  });

  it('a long body: the first part at once, then all of it in order, busy until then', async () => {
    const target = document.createElement('div');
    const parts = bodyParts(contentOf(1300));
    expect(parts.text).toContain('p1299 ');
    insertBody(target, parts, noError);
    expect(target.querySelectorAll('p').length).toBeGreaterThan(10);
    expect(target.querySelectorAll('p').length).toBeLessThan(100);
    expect(target.getAttribute('aria-busy')).toBe('true');
    await expect.poll(() => target.querySelectorAll('p').length, { timeout: 30_000 }).toBe(1300);
    expect(texts(target)).toEqual(numbered(1300));
    expect(target.hasAttribute('aria-busy')).toBe(false);
  });

  it('the whole text, for the reading time, is there however late it is asked for', async () => {
    const target = document.createElement('div');
    const parts = bodyParts(contentOf(1300, 2));
    insertBody(target, parts, noError);
    await expect.poll(() => target.querySelectorAll('p').length, { timeout: 30_000 }).toBe(1300);
    // Asked only now (the header asks after the first paint), every part was kept for it.
    expect(parts.text).toBe(contentOf(1300, 2).textContent);
  });

  it('later parts go inside the wrappers the extractor made (Readability: two divs)', async () => {
    const target = document.createElement('div');
    insertBody(target, bodyParts(contentOf(500, 2)), noError);
    const inner = () => target.querySelector(':scope > div > div')!;
    await expect.poll(() => inner().children.length, { timeout: 30_000 }).toBe(500);
    expect(target.children.length).toBe(1);
    expect(texts(inner())).toEqual(numbered(500));
  });

  it('a body that is one element (one huge paragraph) stays whole', () => {
    const root = contentOf(0);
    root.append(Object.assign(root.ownerDocument.createElement('p'), { textContent: 'word '.repeat(50_000) }));
    const target = document.createElement('div');
    insertBody(target, bodyParts(root), noError);
    expect(target.children.length).toBe(1);
    expect(target.firstElementChild!.textContent!.length).toBe(250_000);
  });

  it('every part is sanitised, the last ones too', () => {
    const root = contentOf(400);
    root.insertAdjacentHTML(
      'beforeend',
      '<p>tail <img src="x" onerror="alert(1)"><script>alert(2)</script><a href="javascript:alert(3)">x</a></p>',
    );
    const target = document.createElement('div');
    const parts = bodyParts(root);
    parts.showFirst(target);
    while (parts.showNext(target));
    expect(target.innerHTML).not.toMatch(/onerror|script|javascript:/);
    expect(target.querySelectorAll('p').length).toBe(401);
  });

  it('stops when the reader closes', async () => {
    const target = document.createElement('div');
    const stop = insertBody(target, bodyParts(contentOf(1300)), noError);
    const first = target.children.length;
    stop();
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(target.children.length).toBe(first);
  });

  it('printing first takes in every part left', () => {
    const target = document.createElement('div');
    insertBody(target, bodyParts(contentOf(1300)), noError);
    window.dispatchEvent(new Event('beforeprint'));
    expect(texts(target)).toEqual(numbered(1300));
    expect(target.hasAttribute('aria-busy')).toBe(false);
  });

  it('a part that fails is reported, and no more parts go in', async () => {
    let calls = 0;
    const failing: BodyParts = {
      text: '',
      done: false,
      showFirst: (t) => t.append('first'),
      showNext: () => {
        if (++calls === 2) throw new Error('part broken');
        return true;
      },
    };
    const errors: unknown[] = [];
    const target = document.createElement('div');
    insertBody(target, failing, (e) => errors.push(e));
    await expect.poll(() => errors.length, { timeout: 30_000 }).toBe(1);
    expect(String(errors[0])).toContain('part broken');
    expect(target.hasAttribute('aria-busy')).toBe(false);
    await new Promise((resolve) => setTimeout(resolve, 30));
    expect(calls).toBe(2);
  });
});
