/** The one sanitiser: what a hostile item could carry never reaches the overlay. */
import { describe, expect, it } from 'vitest';
import { sanitizeArticleHtml } from '../../src/reader/pipeline/sanitize';

const clean = (html: string) => {
  const div = document.createElement('div');
  div.append(sanitizeArticleHtml(html));
  return div;
};

describe('sanitizeArticleHtml', () => {
  it('drops scripts, handlers and script URLs', () => {
    const div = clean(
      '<p onclick="x()">a<script>window.pwned=1</script></p><img src="https://s.rfi.fr/a.jpg" onerror="x()"><svg onload="x()"></svg><a href="javascript:alert(1)">j</a><a href="data:text/html,x">d</a><iframe srcdoc="<script>x()</script>"></iframe>',
    );
    expect(div.querySelector('script, svg, iframe')).toBeNull();
    expect(div.innerHTML).not.toMatch(/onclick|onerror|onload|javascript:|data:|srcdoc/);
    expect(div.querySelector('img')?.getAttribute('src')).toBe('https://s.rfi.fr/a.jpg');
  });
  it('drops forms, styles and document-level elements', () => {
    const div = clean(
      '<form action="https://x"><input name=a></form><style>*{}</style><meta http-equiv="refresh" content="0;url=https://x"><base href="https://x/"><p style="color:red">t</p>',
    );
    expect(div.querySelector('form, input, style, meta, base')).toBeNull();
    expect(clean('<video poster="javascript:x()" onerror="x()"><source src="https://a/v.mp4"></video>').querySelector('video')).toBeNull();
    expect(div.querySelector('p')?.hasAttribute('style')).toBe(false);
  });
  it('opens links in a new tab without telling the site where from', () => {
    const a = clean('<a href="https://www.rfi.fr/cn/">RFI</a>').querySelector('a')!;
    expect(a.getAttribute('target')).toBe('_blank');
    expect(a.getAttribute('rel')).toBe('noopener noreferrer');
  });
  it('keeps audio players, figures and captions', () => {
    const div = clean('<figure><audio controls src="https://aod-rfi.akamaized.net/a.mp3"></audio><figcaption>c</figcaption></figure>');
    expect(div.querySelector('audio')?.getAttribute('src')).toBe('https://aod-rfi.akamaized.net/a.mp3');
    expect(div.querySelector('figcaption')?.textContent).toBe('c');
  });
  it('keeps the ordinary attributes that are no address (language, direction, sizes, dates, lazy loading)', () => {
    const div = clean(
      '<p lang="fa" dir="rtl">متن</p><img src="https://s.rfi.fr/a.jpg" width="600" height="400" loading="lazy" decoding="async" alt="a"><time datetime="2023-09-28T19:25:00+02:00">t</time><audio controls preload="none" src="https://a/b.mp3"></audio><table><tr><td colspan="2">x</td></tr></table>',
    );
    expect(div.querySelector('p')?.getAttribute('lang')).toBe('fa');
    expect(div.querySelector('p')?.getAttribute('dir')).toBe('rtl');
    const img = div.querySelector('img')!;
    expect([img.getAttribute('width'), img.getAttribute('height'), img.getAttribute('loading'), img.getAttribute('decoding')]).toEqual([
      '600',
      '400',
      'lazy',
      'async',
    ]);
    expect(div.querySelector('time')?.getAttribute('datetime')).toBe('2023-09-28T19:25:00+02:00');
    expect(div.querySelector('audio')?.getAttribute('preload')).toBe('none');
    expect(div.querySelector('td')?.getAttribute('colspan')).toBe('2');
  });
  it('takes no data: image, and no address in another scheme', () => {
    const div = clean(
      '<img src="data:image/svg+xml,%3Csvg%3E" alt="d"><a href="vbscript:x">v</a><a href=" javascript:x()">j</a><a href="https://www.rfi.fr/">ok</a>',
    );
    expect(div.querySelector('img')?.hasAttribute('src')).toBe(false);
    expect(Array.from(div.querySelectorAll('a')).map((a) => a.getAttribute('href'))).toEqual([null, null, 'https://www.rfi.fr/']);
  });
});

describe('the copies the sanitiser works on and gives out', () => {
  it('gives out fresh nodes of the overlay document, never the nodes it was given', async () => {
    const { sanitizeArticleContent } = await import('../../src/reader/pipeline/sanitize');
    const { inertBody } = await import('../../src/reader/pipeline/inert-copy');
    const body = inertBody('<p>a</p><figure><img src="https://s.rfi.fr/a.jpg"></figure>');
    const given = new Set(Array.from(body.querySelectorAll('*')));
    const out = sanitizeArticleContent(body);
    expect(out.ownerDocument).toBe(document);
    for (const el of Array.from(out.querySelectorAll('*'))) {
      expect(el.ownerDocument).toBe(document);
      expect(given.has(el)).toBe(false);
    }
  });
  it('copies the live page from its markup, with no handler attribute left', async () => {
    const { inertCopyOfPage } = await import('../../src/reader/pipeline/inert-copy');
    // Handlers that do nothing: jsdom fires the live <details open>'s queued toggle after the test.
    document.body.innerHTML =
      '<article><img onerror="void 0"><details open ONTOGGLE="void 0"><p onclick="void 0">t</p></details></article>';
    const copy = inertCopyOfPage(document);
    expect(copy).not.toBe(document);
    expect(copy.defaultView).toBeNull();
    expect(copy.body.innerHTML).not.toMatch(/\son/i);
    expect(copy.querySelector('article img')).not.toBeNull();
    expect(document.querySelector('img')!.getAttribute('onerror')).toBe('void 0');
    document.body.innerHTML = '';
  });
});

describe("the reader's own marks", () => {
  it('are never taken from the page: an item cannot pose as the title or the lead', async () => {
    const { inertBody } = await import('../../src/reader/pipeline/inert-copy');
    const body = inertBody('<p data-liseuse="title">Fake</p><p data-liseuse-lead data-liseuse-reading>x</p><p data-keep="1">y</p>');
    expect(body.querySelector('[data-liseuse], [data-liseuse-lead], [data-liseuse-reading]')).toBeNull();
    expect(body.querySelector('[data-keep]')).not.toBeNull();
  });
});
