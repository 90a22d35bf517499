/**
 * Reads Liseuse's overlay through its documented surface (docs/overlay.md),
 * from the page's main world, as a user style or a test would.
 */
import type { Page } from 'puppeteer-core';
import type { ArticleFields, ShownBody } from '../../support/check-article';

/** What the overlay shows, field by field. */
export interface OverlayView {
  title?: string;
  published?: { datetime: string; text: string };
  updated?: { datetime: string; text: string };
  source?: string;
  site?: string;
  byline?: string;
  /** The republisher named after the site ("via feedx"), when shown. */
  via?: string;
  lang?: string;
  dir?: string;
  bodyText: string;
  bodyHtml: string;
  firstParagraph: string;
  images: string[];
  audio: string[];
  bold: string[];
  related: string[];
  message?: string;
  /** Whether focus is inside the dialog. */
  focusInside: boolean;
  dialogLabelled: boolean;
  /** Whether our stylesheet applies: the host covers the viewport, the text is set in our font size. */
  styled: boolean;
}

/** Waits until the overlay shows an article or a message, all of it; returns it. */
export async function waitForOverlay(page: Page): Promise<OverlayView> {
  // A long body goes in part by part and is aria-busy until all of it is in; the
  // setting controls, the reading time and the related links come in one render
  // just after the first paint (src/reader/overlay/use-painted.ts).
  await page.waitForFunction(
    () => {
      const root = document.querySelector('liseuse-reader')?.shadowRoot;
      return (
        !!root?.querySelector('[data-liseuse="title"], [data-liseuse="message"]') &&
        !root.querySelector('[data-liseuse="body"][aria-busy]') &&
        !!root.querySelector('[data-liseuse-control="font-smaller"]')
      );
    },
    { timeout: 10_000 },
  );
  return readOverlay(page);
}

/** Reads the overlay now. */
export function readOverlay(page: Page): Promise<OverlayView> {
  return page.evaluate(() => {
    const root = document.querySelector('liseuse-reader')!.shadowRoot!;
    const one = (name: string) => root.querySelector(`[data-liseuse="${name}"]`);
    const text = (name: string) => one(name)?.textContent?.trim() || undefined;
    const time = (name: string) => {
      const t = one(name);
      return t ? { datetime: t.getAttribute('datetime') ?? '', text: t.textContent ?? '' } : undefined;
    };
    const body = one('body');
    const dialog = root.querySelector('[role="dialog"]');
    const paragraphs = Array.from(body?.querySelectorAll('p') ?? [])
      .map((p) => (p.textContent ?? '').trim())
      .filter(Boolean);
    return {
      title: text('title'),
      published: time('published'),
      updated: time('updated'),
      source: one('source')?.getAttribute('href') ?? undefined,
      site: text('site'),
      byline: text('byline'),
      via: root.querySelector('.via')?.textContent?.trim().split(/\s+/).at(-1),
      lang: body?.getAttribute('lang') ?? undefined,
      dir: body?.getAttribute('dir') ?? undefined,
      bodyText: (body?.textContent ?? '').replace(/\s+/g, ' '),
      bodyHtml: body?.innerHTML ?? '',
      firstParagraph: paragraphs[0] ?? '',
      images: Array.from(body?.querySelectorAll('img') ?? []).map((i) => i.getAttribute('src') ?? ''),
      audio: Array.from(body?.querySelectorAll('audio') ?? []).map((a) => a.getAttribute('src') ?? ''),
      bold: Array.from(body?.querySelectorAll('strong, b') ?? []).map((b) => (b.textContent ?? '').trim()),
      related: Array.from(one('related')?.querySelectorAll('a') ?? []).map((a) => a.getAttribute('href') ?? ''),
      message: text('message'),
      focusInside: !!dialog && dialog.contains(root.activeElement),
      dialogLabelled: !!dialog && (dialog.hasAttribute('aria-labelledby') || dialog.hasAttribute('aria-label')),
      styled: (() => {
        const host = getComputedStyle(document.querySelector('liseuse-reader')!);
        const scroller = root.querySelector('.scroller');
        return host.position === 'fixed' && !!scroller && getComputedStyle(scroller).overflowY === 'auto';
      })(),
    };
  });
}

/** The page as it stands: its markup (without our host) and scroll position. */
export async function pageState(page: Page): Promise<{ html: string; scrollY: number; hosts: number }> {
  return page.evaluate(() => ({
    html: document.documentElement.outerHTML,
    scrollY: Math.round(window.scrollY),
    hosts: document.querySelectorAll('liseuse-reader').length,
  }));
}

/** Waits until the overlay is gone. */
export async function waitForOverlayClosed(page: Page): Promise<void> {
  await page.waitForFunction(() => !document.querySelector('liseuse-reader'), { timeout: 5_000 });
}

/** The overlay as the Article and shown body that test/support/check-article.ts compares. */
export function overlayAsArticle(view: OverlayView): { article: ArticleFields; body: ShownBody } {
  return {
    article: {
      title: view.title ?? '',
      published: view.published?.datetime,
      updated: view.updated?.datetime,
      sourceUrl: view.source ?? '',
      siteName: view.site ?? '',
      via: view.via,
      byline: view.byline,
      lang: view.lang ?? '',
      dir: view.dir === 'rtl' ? 'rtl' : 'ltr',
      related: view.related.map((url) => ({ title: '', url })),
    },
    body: {
      text: view.bodyText,
      html: view.bodyHtml,
      firstParagraph: view.firstParagraph,
      images: view.images,
      audio: view.audio,
      bold: view.bold,
    },
  };
}
