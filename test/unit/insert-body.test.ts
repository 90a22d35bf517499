/** A huge article body goes into the overlay progressively; an ordinary one at once. */
import { describe, expect, it } from 'vitest';
import { insertBody, PROGRESSIVE_ABOVE } from '../../src/reader/overlay/insert-body';

const bodyOf = (blocks: number) => {
  const fragment = document.createDocumentFragment();
  for (let i = 0; i < blocks; i++) fragment.append(Object.assign(document.createElement('p'), { textContent: `p${i}` }));
  return fragment;
};
const settle = () => new Promise((resolve) => setTimeout(resolve, 50));

describe('insertBody', () => {
  it('puts an ordinary body in at once', () => {
    const target = document.createElement('div');
    insertBody(target, bodyOf(PROGRESSIVE_ABOVE));
    expect(target.children.length).toBe(PROGRESSIVE_ABOVE);
  });
  it('puts a huge body in first blocks, then all of it, in order', async () => {
    const target = document.createElement('div');
    insertBody(target, bodyOf(1300));
    expect(target.children.length).toBeGreaterThan(0);
    expect(target.children.length).toBeLessThan(1300);
    await expect.poll(() => target.children.length, { timeout: 5000 }).toBe(1300);
    expect(Array.from(target.children).every((p, i) => p.textContent === `p${i}`)).toBe(true);
  });
  it('finds the blocks inside wrappers (Readability wraps them in two divs)', async () => {
    const fragment = document.createDocumentFragment();
    const outer = document.createElement('div');
    const page = document.createElement('div');
    outer.append(page);
    fragment.append(outer);
    page.append(bodyOf(1300));
    const target = document.createElement('div');
    insertBody(target, fragment);
    const shown = target.querySelector(':scope > div > div')!;
    expect(shown.children.length).toBeLessThan(1300);
    await expect.poll(() => shown.children.length, { timeout: 5000 }).toBe(1300);
    expect(Array.from(shown.children).every((p, i) => p.textContent === `p${i}`)).toBe(true);
  });
  it('stops when the reader closes', async () => {
    const target = document.createElement('div');
    const stop = insertBody(target, bodyOf(1300));
    const first = target.children.length;
    stop();
    await settle();
    expect(target.children.length).toBe(first);
  });
});
