/**
 * Drives and reads the overlay's toolbar and typography from the page, the way a
 * user meets them: real mouse clicks on the controls (puppeteer moves the mouse
 * to the element and clicks), and the computed style of what is shown.
 */
import type { ElementHandle, Page } from 'puppeteer-core';
import type { ReaderBrowser } from '../harness/browsers';
import { waitForOverlay } from './overlay';

/**
 * A toolbar control, by its `data-liseuse-control` (e.g. "theme:dark",
 * "font-larger"), once it is there: the setting controls join the toolbar just
 * after the reader's first paint (src/reader/overlay/use-painted.ts).
 */
export async function control(page: Page, name: string): Promise<ElementHandle<HTMLElement>> {
  const handle = await page
    .waitForFunction(
      (n) => document.querySelector('liseuse-reader')?.shadowRoot?.querySelector<HTMLElement>(`[data-liseuse-control="${n}"]`),
      { timeout: 5_000 },
      name,
    )
    .catch(() => undefined);
  const element = handle?.asElement() as ElementHandle<HTMLElement> | null | undefined;
  if (!element) throw new Error(`no toolbar control ${name}`);
  return element;
}

/** Clicks a toolbar control with the mouse. */
export async function clickControl(page: Page, name: string): Promise<void> {
  await (await control(page, name)).click();
}

/**
 * Waits until the overlay shows with its settings applied and all of it there:
 * it mounts with the settings (src/reader/reader-settings.ts), and the setting
 * controls and the reading time join it just after the first paint, in one
 * render (src/reader/overlay/use-painted.ts), so the first control being there
 * is enough.
 */
export async function waitForSettingsApplied(page: Page): Promise<void> {
  await page.waitForFunction(
    () =>
      !!document.querySelector('liseuse-reader')?.shadowRoot?.querySelector('.scroller[data-font] [data-liseuse-control="font-smaller"]'),
    { timeout: 10_000 },
  );
}

/** What the reader sees of the settings: computed styles inside the overlay. */
export interface ShownStyle {
  theme: string | null;
  background: string;
  color: string;
  /** Font size and line height of the article body, in px. */
  fontSize: number;
  lineHeight: number;
  fontFamily: string;
  /** Width of the article body, in px (the measure). */
  measure: number;
  imageFilter: string | null;
  articleDirection: string;
  toolbarDirection: string;
  pressed: string[];
}

/** Reads the overlay's computed style now. */
export function shownStyle(page: Page): Promise<ShownStyle> {
  return page.evaluate(() => {
    const host = document.querySelector('liseuse-reader')!;
    const root = host.shadowRoot!;
    // The body itself: its first paragraph may be the lead, set a little larger.
    const p = root.querySelector('[data-liseuse="body"]')!;
    const ps = getComputedStyle(p);
    const scroller = getComputedStyle(root.querySelector('.scroller')!);
    const img = root.querySelector('[data-liseuse="body"] img');
    return {
      theme: host.getAttribute('data-theme'),
      background: scroller.backgroundColor,
      color: scroller.color,
      fontSize: parseFloat(ps.fontSize),
      lineHeight: parseFloat(ps.lineHeight),
      fontFamily: ps.fontFamily,
      measure: p.getBoundingClientRect().width,
      imageFilter: img ? getComputedStyle(img).filter : null,
      articleDirection: getComputedStyle(root.querySelector('.article')!).direction,
      toolbarDirection: getComputedStyle(root.querySelector('[data-liseuse="toolbar"]')!).direction,
      pressed: Array.from(root.querySelectorAll('[aria-pressed="true"]')).map((b) => b.getAttribute('data-liseuse-control') ?? ''),
    };
  });
}

/** The element focused inside the overlay, by control name or role ("dialog"), or "outside". */
export function focusedInOverlay(page: Page): Promise<string> {
  return page.evaluate(() => {
    const host = document.querySelector('liseuse-reader');
    if (!host || document.activeElement !== host) return 'outside';
    const el = host.shadowRoot!.activeElement;
    if (!el) return 'outside';
    return (
      el.getAttribute('data-liseuse-control') ?? el.getAttribute('data-liseuse') ?? el.getAttribute('role') ?? el.tagName.toLowerCase()
    );
  });
}

/** Puts the overlay's settings back to the defaults with its own controls (tests share one profile). */
export async function resetWithToolbar(page: Page): Promise<void> {
  for (const c of ['fontFamily:serif', 'contentWidth:medium', 'lineHeight:normal', 'theme:system']) await clickControl(page, c);
  const size = () =>
    page.evaluate(() =>
      parseFloat(getComputedStyle(document.querySelector('liseuse-reader')!.shadowRoot!.querySelector('.scroller')!).fontSize),
    );
  for (let i = 0; i < 12 && (await size()) !== 20; i++) await clickControl(page, (await size()) > 20 ? 'font-smaller' : 'font-larger');
}

/** Opens `url` in `b` at `viewport`, opens the reader with the toolbar button, and waits until its settings are applied. */
export async function openReaderAt(b: ReaderBrowser, url: string, viewport: { width: number; height: number }): Promise<Page> {
  const page = await b.open(url);
  await page.setViewport(viewport);
  await b.clickToolbarButton(page);
  await waitForOverlay(page);
  await waitForSettingsApplied(page);
  return page;
}
