/** The one sanitiser: what a hostile item could carry never reaches the overlay. */
import { describe, expect, it } from 'vitest';
import { sanitizeArticleHtml } from '../../src/reader/sanitize';

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
    const div = clean('<form action="https://x"><input name=a></form><style>*{}</style><meta http-equiv="refresh" content="0;url=https://x"><base href="https://x/"><p style="color:red">t</p>');
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
});
