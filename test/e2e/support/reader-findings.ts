/**
 * What the reader shows of a hostile item, read from the page's main world: what
 * a user would notice (title, text, images, links), and anything dangerous that
 * reached the overlay even if it has not run yet — an `on*` attribute, a script
 * address, an element that loads or runs things, a style, the page's custom
 * elements, an element positioned over the reader. Each finding names the payload
 * marker (`hx-…`) found on or around the element.
 */
import type { Page } from 'puppeteer-core';

/** The overlay as a user sees it, and what should not be there. */
export interface ReaderView {
  message?: string;
  title: string;
  bodyText: string;
  images: string[];
  links: string[];
  related: string[];
  /** `<marker> <what>` for everything dangerous found in the overlay. */
  dangers: string[];
}

/** Reads the overlay now. */
export function readReaderView(page: Page): Promise<ReaderView> {
  return page.evaluate(() => {
    const root = document.querySelector('liseuse-reader')!.shadowRoot!;
    const one = (name: string) => root.querySelector(`[data-liseuse="${name}"]`);
    const body = one('body');
    const article = root.querySelector('article');
    const dangers: string[] = [];
    const markerNear = (el: Element) => {
      // Not `data-hx-slot` itself: the marker is its value.
      const own = /(?<![\w-])hx-[a-z0-9]+(?:-[a-z0-9]+)*/i.exec(el.outerHTML.slice(0, 2000))?.[0];
      return own ?? el.closest('[data-hx-slot]')?.getAttribute('data-hx-slot') ?? '(no marker)';
    };
    const say = (el: Element, what: string) => dangers.push(`${markerNear(el)} ${what}: ${el.outerHTML.slice(0, 140)}`);
    const urlAttributes = [
      'href',
      'src',
      'srcset',
      'action',
      'formaction',
      'poster',
      'background',
      'data',
      'xlink:href',
      'cite',
      'ping',
      'codebase',
      'longdesc',
      'lowsrc',
      'dynsrc',
    ];
    const unsafe = (value: string) => {
      for (const candidate of value.split(/,\s+/)) {
        const url = candidate.trim().split(/\s+/)[0] ?? '';
        try {
          if (/^(javascript|vbscript|data):$/i.test(new URL(url, document.baseURI).protocol)) return true;
        } catch {
          // Not a URL at all: nothing a browser would load.
        }
      }
      return false;
    };
    for (const el of Array.from(root.querySelectorAll('*'))) {
      for (const attr of Array.from(el.attributes)) {
        if (/^on/i.test(attr.name)) say(el, `handler attribute ${attr.name}`);
        else if (urlAttributes.includes(attr.name.toLowerCase()) && unsafe(attr.value)) say(el, `script address in ${attr.name}`);
      }
    }
    const content = Array.from(root.querySelectorAll('[data-liseuse="body"], [data-liseuse="related"], [data-liseuse="title"]'));
    const forbidden =
      'script, style, link, meta, base, iframe, frame, frameset, object, embed, portal, form, input, button, textarea, select, svg, math, template, noscript, video, slot';
    for (const part of content) {
      for (const el of Array.from(part.querySelectorAll(forbidden))) say(el, `<${el.localName}> in the overlay`);
      for (const el of Array.from(part.querySelectorAll('[style], [is]'))) {
        if (el.hasAttribute('style')) say(el, 'style attribute');
        if (el.hasAttribute('is')) say(el, 'is attribute');
      }
      for (const el of Array.from(part.querySelectorAll('*'))) {
        if (el.localName.includes('-')) say(el, 'custom element');
        if (el.shadowRoot) say(el, 'shadow root');
        const style = getComputedStyle(el);
        if (/^(fixed|absolute|sticky)$/.test(style.position)) say(el, `positioned ${style.position}`);
      }
    }
    for (const p of Array.from(body?.querySelectorAll('p') ?? [])) {
      if ((p.textContent ?? '').trim() && (getComputedStyle(p).display === 'none' || getComputedStyle(p).visibility === 'hidden'))
        say(p, 'text hidden');
    }
    return {
      message: one('message')?.textContent?.trim() || undefined,
      title: one('title')?.textContent?.trim() ?? '',
      bodyText: (body?.textContent ?? '').replace(/\s+/g, ' '),
      images: Array.from(body?.querySelectorAll('img') ?? []).map((i) => i.getAttribute('src') ?? ''),
      links: Array.from(article?.querySelectorAll('a[href]') ?? []).map((a) => a.getAttribute('href') ?? ''),
      related: Array.from(one('related')?.querySelectorAll('a') ?? []).map((a) => a.getAttribute('href') ?? ''),
      dangers,
    };
  });
}
