/**
 * The reading positions store (src/shared/reading-positions.ts) over an
 * in-memory storage area: one key per article (its address without fragment or
 * tracking parameters), forgetting at the top, the bound on the number of
 * articles kept (the oldest go), clearing, and what it accepts from storage.
 * And the body's blocks and text hashes the positions are made of.
 */
import { describe, expect, it, vi } from 'vitest';
import type { StoredPosition } from '../../src/shared/messages';
import type { PositionArea } from '../../src/shared/reading-positions';

vi.mock('../../src/shared/browser', () => ({ default: {} }));
// reading-positions.ts binds itself to the extension API too; only its store factory is used here.
const { createPositionStore, MAX_POSITIONS, positionKey } = await import('../../src/shared/reading-positions');
const { asPosition } = await import('../../src/shared/stored-position');
const { blocksOf, findBlock, textHash } = await import('../../src/reader/reading-position/position');

/** A storage area in memory, as browser.storage.local behaves. */
function memoryArea(): PositionArea & { data: Map<string, unknown> } {
  const data = new Map<string, unknown>();
  return {
    data,
    async get(keys) {
      if (keys === null) return Object.fromEntries(data);
      return data.has(keys) ? { [keys]: data.get(keys) } : {};
    },
    async set(items) {
      for (const [k, v] of Object.entries(items)) data.set(k, structuredClone(v));
    },
    async remove(keys) {
      for (const k of [keys].flat()) data.delete(k);
    },
  };
}

const at = (block: number): StoredPosition => ({ block, within: 0.25, text: 12345, fraction: 0.5 });
const article = (i: number) => `https://www.rfi.fr/cn/中国/2023-article-${i}`;

describe('the store', () => {
  it('keeps one place per article, whatever the fragment or tracking parameters, and forgets it at the top', async () => {
    const area = memoryArea();
    const store = createPositionStore(area);
    await store.save('https://www.rfi.fr/cn/a?utm_source=newsletter&page=2#comments', at(7));
    expect(await store.get('https://www.rfi.fr/cn/a?page=2')).toEqual(at(7));
    expect(area.data.size).toBe(1);
    await store.save('https://www.rfi.fr/cn/a?page=2', undefined);
    expect(await store.get('https://www.rfi.fr/cn/a?page=2')).toBeUndefined();
    expect(area.data.size).toBe(0);
  });

  it(`keeps the ${MAX_POSITIONS} most recent articles: the oldest go`, async () => {
    const area = memoryArea();
    let now = 1_000;
    const store = createPositionStore(area, () => now++);
    for (let i = 0; i < MAX_POSITIONS + 5; i++) await store.save(article(i), at(i));
    expect(area.data.size).toBe(MAX_POSITIONS);
    for (let i = 0; i < 5; i++) expect(await store.get(article(i)), `article ${i}`).toBeUndefined();
    expect(await store.get(article(5))).toEqual(at(5));
    // Reading an old article again makes it recent: the next new one drops the oldest other.
    await store.save(article(5), at(50));
    await store.save(article(1000), at(1));
    expect(await store.get(article(5))).toEqual(at(50));
    expect(await store.get(article(6))).toBeUndefined();
    expect(area.data.size).toBe(MAX_POSITIONS);
  });

  it('forgets every place and says how many; leaves other keys alone', async () => {
    const area = memoryArea();
    area.data.set('something-else', 1);
    const store = createPositionStore(area);
    for (let i = 0; i < 3; i++) await store.save(article(i), at(i));
    expect(await store.clear()).toBe(3);
    expect([...area.data.keys()]).toEqual(['something-else']);
    expect(await store.clear()).toBe(0);
  });

  it('takes only web addresses, and only well-formed places from storage', async () => {
    expect(positionKey('javascript:alert(1)')).toBeUndefined();
    expect(positionKey('not a url')).toBeUndefined();
    expect(positionKey('https://www.rfi.fr/fr/x#top')).toBe('position:https://www.rfi.fr/fr/x');
    expect(asPosition(at(3))).toEqual(at(3));
    for (const bad of [
      null,
      'x',
      { ...at(1), block: -1 },
      { ...at(1), within: 2 },
      { ...at(1), fraction: Number.NaN },
      { ...at(1), text: 1.5 },
    ]) {
      expect(asPosition(bad), JSON.stringify(bad)).toBeUndefined();
    }
  });
});

describe('blocks and their text', () => {
  it('the outermost blocks of the body, in order; a block is found by its text, the nearest to its index', () => {
    const body = document.createElement('div');
    body.innerHTML =
      '<p>一</p><figure><img alt=""><figcaption>图</figcaption></figure><ul><li>甲</li><li><p>乙</p></li></ul><p>***</p><h2>二</h2><p>***</p><p>三</p>';
    const blocks = blocksOf(body);
    expect(blocks.map((b) => b.textContent)).toEqual(['一', '图', '甲', '乙', '***', '二', '***', '三']);
    expect(findBlock(body, { block: 6, within: 0, text: textHash('***'), fraction: 0 })).toBe(blocks[6]);
    expect(findBlock(body, { block: 3, within: 0, text: textHash('***'), fraction: 0 })).toBe(blocks[4]);
    expect(findBlock(body, { block: 1, within: 0, text: textHash('不在这里'), fraction: 0 })).toBeUndefined();
  });
  it('hashes the text with its white space collapsed, and only its start', () => {
    expect(textHash('  巴黎 \n 奥运 ')).toBe(textHash('巴黎 奥运'));
    const long = '文'.repeat(80);
    expect(textHash(`${long}甲`)).toBe(textHash(`${long}乙`));
    expect(textHash('甲')).not.toBe(textHash('乙'));
  });
});
