/**
 * Recovers real images from lazy-loading markup: a `src` that is a 1×1 placeholder
 * with the real image in `srcset` (or `data-src`, or a `<noscript><img>` beside it),
 * as on rfi.fr. Readers that keep the placeholder show blank boxes
 * (docs/users-expect.md, #2).
 */

/** Whether a `src` is a placeholder rather than the image; `sitePlaceholder` adds a site's own stand-ins. */
function isPlaceholder(src: string | null, sitePlaceholder: RegExp | undefined): boolean {
  return !src || src.startsWith('data:') || /\/(blank|placeholder|pixel|spacer)\.(gif|png)$/i.test(src) || !!sitePlaceholder?.test(src);
}

/** A 1-pixel rule or spacer drawn as an image (BBC's "Transparent line"). */
const isHairline = (img: Element) => img.getAttribute('width') === '1' || img.getAttribute('height') === '1';

/** The widest candidate of a srcset (`url 640w, url 1280w`), or the last one. */
export function largestSrcsetCandidate(srcset: string): string | undefined {
  let best: { url: string; width: number } | undefined;
  for (const candidate of srcset.split(/,\s+(?=\S)/)) {
    const [url, descriptor = '1x'] = candidate.trim().split(/\s+/);
    if (!url || url.startsWith('data:')) continue;
    const width = Number.parseFloat(descriptor) * (descriptor.endsWith('x') ? 1000 : 1);
    if (!best || width >= best.width) best = { url, width };
  }
  return best?.url;
}

/** The image inside a `<noscript>`: parsed as elements where scripting is off, as text where it is on. */
function noscriptImage(noscript: Element): string | undefined {
  const img = noscript.querySelector('img');
  if (img?.getAttribute('src')) return img.getAttribute('src')!;
  return /<img[^>]*?\ssrc=["']([^"']+)["']/i.exec(noscript.textContent ?? '')?.[1];
}

function absolute(url: string, base: string): string {
  try {
    return new URL(url, base).href;
  } catch {
    return url;
  }
}

/** Gives every `<img>` under `root` its real, absolute `src`; drops images that have none. */
export function recoverLazyImages(root: Element, baseUrl: string, sitePlaceholder?: RegExp): void {
  for (const img of Array.from(root.querySelectorAll('img'))) {
    let src = img.getAttribute('src');
    if (isPlaceholder(src, sitePlaceholder)) {
      const picture = img.closest('picture');
      const srcset =
        img.getAttribute('srcset') ??
        img.getAttribute('data-srcset') ??
        picture?.querySelector('source[srcset]')?.getAttribute('srcset') ??
        '';
      const noscript = img.parentElement?.querySelector('noscript') ?? img.closest('figure')?.querySelector('noscript');
      src = largestSrcsetCandidate(srcset) ?? img.getAttribute('data-src') ?? (noscript ? noscriptImage(noscript) : undefined) ?? null;
    }
    if (isPlaceholder(src, sitePlaceholder) || isHairline(img)) {
      img.remove();
      continue;
    }
    img.setAttribute('src', absolute(src!, baseUrl));
    // The chosen candidate is enough; srcset would bring the placeholder back in some browsers.
    img.removeAttribute('srcset');
    img.removeAttribute('sizes');
    img.removeAttribute('data-src');
    img.removeAttribute('data-srcset');
    img.removeAttribute('data-image-dataset');
    img.setAttribute('loading', 'lazy');
    img.setAttribute('decoding', 'async');
    // A <picture>'s <source> elements would override the recovered src.
    img
      .closest('picture')
      ?.querySelectorAll('source')
      .forEach((s) => s.remove());
  }
  for (const noscript of Array.from(root.querySelectorAll('noscript'))) noscript.remove();
}
