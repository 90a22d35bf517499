/**
 * Simplified ↔ traditional Chinese in real Chromium and Firefox ESR, on the built
 * extension: the toolbar's 简/繁 buttons convert the title, lead, body, captions
 * and related links of RFI's simplified and traditional editions, the body's
 * lang follows (and with it the fonts), going back restores the page as written
 * exactly, the converter file is injected only when first asked for, and the
 * options page's "always show Chinese in" is applied on open.
 *
 * With LISEUSE_SCREENSHOTS=1 the Chromium run also writes
 * docs/screenshots/chinese-traditional.png.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { fixtureRoutes, rfiFixtureUrl } from '../support/fixture-routes';
import { BROWSER_NAMES, launch, type ReaderBrowser } from './harness/browsers';
import { startFixtureServer, type FixtureServer } from './harness/server';
import { clickControl, focusedInOverlay, openReaderAt } from './support/toolbar';

const root = join(import.meta.dirname, '..', '..');
const dist = join(root, 'dist');
const writeScreenshots = process.env.LISEUSE_SCREENSHOTS === '1';

let server: FixtureServer;
beforeAll(async () => {
  server = await startFixtureServer(fixtureRoutes());
});
afterAll(() => server?.close());

/** What the reader shows that conversion touches, read from the page like a user style would. */
interface Shown {
  title: string;
  site: string;
  bodyHtml: string;
  bodyText: string;
  lead: string;
  captions: string[];
  related: string[];
  bodyLang: string;
  articleLang: string;
  bodyFont: string;
  pressed: string[];
  converterInjections: number;
}

function readShown(page: Page): Promise<Shown> {
  return page.evaluate(() => {
    const root = document.querySelector('liseuse-reader')!.shadowRoot!;
    const body = root.querySelector('[data-liseuse="body"]')!;
    return {
      title: root.querySelector('[data-liseuse="title"]')!.textContent!,
      site: root.querySelector('[data-liseuse="site"]')!.textContent!,
      bodyHtml: body.innerHTML,
      bodyText: body.textContent!,
      lead: body.querySelector('[data-liseuse-lead], p')!.textContent!,
      captions: Array.from(body.querySelectorAll('figcaption')).map((f) => f.textContent!.trim()),
      related: Array.from(root.querySelectorAll('[data-liseuse="related"] a')).map((a) => a.textContent!.trim()),
      bodyLang: body.getAttribute('lang') ?? '',
      articleLang: root.querySelector('article')!.getAttribute('lang') ?? '',
      bodyFont: getComputedStyle(body).fontFamily,
      pressed: Array.from(root.querySelectorAll('[data-liseuse-control^="chinese:"][aria-pressed="true"]')).map(
        (b) => b.getAttribute('data-liseuse-control') ?? '',
      ),
      converterInjections: performance.getEntriesByName('liseuse:chinese-injected', 'mark').length,
    };
  });
}

/** Waits until the title is `title` (a conversion is applied in one render). */
async function waitForTitle(page: Page, title: string): Promise<Shown> {
  await page.waitForFunction(
    (t) => document.querySelector('liseuse-reader')?.shadowRoot?.querySelector('[data-liseuse="title"]')?.textContent === t,
    { timeout: 15_000 },
    title,
  );
  return readShown(page);
}

describe.each(BROWSER_NAMES)('%s', (name) => {
  let b: ReaderBrowser;
  beforeAll(async () => {
    b = await launch(name, join(dist, name === 'chromium' ? 'chrome' : 'firefox'), { rfiHostPort: server.port });
  });
  afterAll(() => b?.close());

  const openReader = (fixture: string, viewport = { width: 1200, height: 900 }) =>
    openReaderAt(b, rfiFixtureUrl(fixture, server.port), viewport);

  test('简 → 繁 on the simplified edition: title, lead, body, captions, related links and lang; back restores it exactly', async () => {
    const page = await openReader('rfi/cn-article');
    const written = await readShown(page);
    expect(written).toMatchObject({ bodyLang: 'zh-Hans', articleLang: 'zh-Hans', pressed: ['chinese:hans'], converterInjections: 0 });
    expect(written.related.length).toBeGreaterThan(0);
    const names = await page.evaluate(() =>
      Array.from(document.querySelector('liseuse-reader')!.shadowRoot!.querySelectorAll('[data-liseuse-control^="chinese:"]')).map((b) => [
        b.getAttribute('aria-label'),
        b.closest('[role="group"]')?.getAttribute('aria-label'),
      ]),
    );
    expect(names).toEqual([
      ['Simplified characters', 'Chinese characters'],
      ['Traditional characters', 'Chinese characters'],
    ]);

    await clickControl(page, 'chinese:hant');
    const hant = await waitForTitle(page, '巴黎奧運倒計時：塞納河水質仍是露天游泳賽事最大懸念');
    expect(hant.pressed).toEqual(['chinese:hant']);
    // Taiwan's variant by default: the lang says so, and Taiwan's faces apply.
    expect(hant).toMatchObject({ bodyLang: 'zh-Hant-TW', articleLang: 'zh-Hant-TW', converterInjections: 1 });
    expect(hant.bodyFont).toContain('CJK TC');
    expect(written.bodyFont).toContain('CJK SC');
    expect(hant.lead).toMatch(/^距離2024年巴黎奧運會開幕/);
    expect(hant.bodyText).toContain('十四億歐元的整治計劃');
    // Taiwan's words too: 项目 → 專案, 数据 → 資料.
    expect(hant.bodyText).toContain('整個專案最大的難點');
    expect(hant.bodyText).toContain('每天監測水質資料');
    expect(hant.captions).toContain('位於巴黎十三區的奧斯特利茨蓄水池工地，攝於2023年7月。 © AFP - Thomas Samson');
    expect(hant.related).toContain('國際奧委會討論運動員以中立身份參賽問題');
    expect(hant.related).not.toEqual(written.related);
    // Markup untouched: the same elements and attributes, only text and images' alt text changed.
    const markup = (html: string) => html.replace(/>[^<]*</g, '><').replace(/ alt="[^"]*"/g, ' alt');
    expect(markup(hant.bodyHtml)).toBe(markup(written.bodyHtml));
    expect(hant.bodyHtml).toContain('alt="位於巴黎十三區的奧斯特利茨蓄水池工地，攝於2023年7月。"');

    await clickControl(page, 'chinese:hans');
    const back = await waitForTitle(page, written.title);
    expect(back).toEqual(written.converterInjections === 0 ? { ...written, converterInjections: 1 } : written);

    // Again: from the text as written, never converted twice; the file is not injected again.
    await clickControl(page, 'chinese:hant');
    expect((await waitForTitle(page, hant.title)).bodyHtml).toBe(hant.bodyHtml);
    expect((await readShown(page)).converterInjections).toBe(1);

    if (name === 'chromium') {
      // One engine is enough for a picture: 800×600 like the others, the toolbar's end (简 繁) in view.
      await page.setViewport({ width: 800, height: 600 });
      await page.evaluate(() => {
        const root = document.querySelector('liseuse-reader')!.shadowRoot!;
        const controls = root.querySelector('.controls')!;
        controls.scrollLeft = controls.scrollWidth;
        (root.querySelector('[role="dialog"]') as HTMLElement).focus();
      });
      const png = await page.screenshot({ type: 'png' });
      const header = Buffer.from(png);
      expect([header.readUInt32BE(16), header.readUInt32BE(20)]).toEqual([800, 600]);
      expect(png.length, 'small enough for the docs').toBeLessThan(400_000);
      if (writeScreenshots) {
        mkdirSync(join(root, 'docs', 'screenshots'), { recursive: true });
        writeFileSync(join(root, 'docs', 'screenshots', 'chinese-traditional.png'), png);
      }
    }
  });

  test('繁 → 简 on the traditional edition, from the keyboard', async () => {
    const page = await openReader('rfi/tw-article');
    const written = await readShown(page);
    expect(written).toMatchObject({ bodyLang: 'zh-Hant', pressed: ['chinese:hant'], converterInjections: 0 });
    // From the dialog: End goes to close; the options button, read aloud, then 繁, then 简 before it.
    await page.keyboard.press('Tab');
    await page.keyboard.press('End');
    for (const expected of ['options', 'read-aloud', 'chinese:hant', 'chinese:hans']) {
      await page.keyboard.press('ArrowLeft');
      expect(await focusedInOverlay(page)).toBe(expected);
    }
    await page.keyboard.press('Enter');
    const hans = await waitForTitle(page, '澎湖离岛绿能转型：风电与储能计划加速推进');
    expect(hans).toMatchObject({ bodyLang: 'zh-Hans', pressed: ['chinese:hans'], converterInjections: 1 });
    expect(hans.bodyText).toContain('澎湖群岛位于台湾海峡中央');
    expect(hans.captions.join()).toContain('位于澎湖本岛的储能示范场，货柜式电池模组整齐排列。');
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press(' ');
    const back = await waitForTitle(page, written.title);
    expect({ ...back, converterInjections: 0 }).toEqual(written);
  });

  test('"always show Chinese in traditional" is applied on open, just after the first paint', async () => {
    const options = await b.openExtensionPage('options/index.html');
    await options.waitForSelector('input[name="chineseScript"][value="hant"]');
    await (await options.$('input[name="chineseScript"][value="hant"]'))!.click();
    await (await options.$('input[name="chineseVariant"][value="hk"]'))!.click();
    await options.waitForFunction(() => (document.querySelector('input[name="chineseVariant"][value="hk"]') as HTMLInputElement).checked);

    const page = await openReader('rfi/cn-article');
    const hk = await waitForTitle(page, '巴黎奧運倒計時：塞納河水質仍是露天游泳賽事最大懸念');
    expect(hk).toMatchObject({ pressed: ['chinese:hant'], bodyLang: 'zh-Hant-HK' });
    // A traditional article is already in traditional characters: left as written.
    const tw = await openReader('rfi/tw-article');
    expect(await readShown(tw)).toMatchObject({ pressed: ['chinese:hant'], bodyLang: 'zh-Hant', converterInjections: 0 });

    await options.bringToFront();
    await (await options.$('input[name="chineseScript"][value="original"]'))!.click();
    await (await options.$('input[name="chineseVariant"][value="tw"]'))!.click();
    await options.waitForFunction(() => (document.querySelector('input[name="chineseVariant"][value="tw"]') as HTMLInputElement).checked);
    const asWritten = await openReader('rfi/cn-article');
    // Settled: the first paint's follow-up render has run, and nothing was converted.
    await new Promise((r) => setTimeout(r, 500));
    expect(await readShown(asWritten)).toMatchObject({ pressed: ['chinese:hans'], bodyLang: 'zh-Hans', converterInjections: 0 });
  });

  test('no Chinese controls on an article in another language', async () => {
    const page = await openReader('rfi/fr-article');
    expect(
      await page.evaluate(
        () => document.querySelector('liseuse-reader')!.shadowRoot!.querySelectorAll('[data-liseuse-control^="chinese:"]').length,
      ),
    ).toBe(0);
  });
});
