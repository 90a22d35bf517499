/**
 * Video iframes become links to the video, so no third-party frame loads in the
 * reader (a link rather than a privacy-enhanced embed: docs/decisions.md). Other iframes go.
 */

/** The watch page of a YouTube embed URL. */
function youtubeWatchUrl(src: string): string | undefined {
  const id = /youtube(?:-nocookie)?\.com\/embed\/([\w-]{6,})/.exec(src)?.[1];
  return id ? `https://www.youtube.com/watch?v=${id}` : undefined;
}

/** Replaces video iframes with a link to the video; drops other iframes and repeats of a video. */
export function linkVideoEmbeds(root: Element): void {
  const doc = root.ownerDocument;
  const seen = new Set<string>();
  for (const frame of Array.from(root.querySelectorAll('iframe'))) {
    const href = youtubeWatchUrl(frame.getAttribute('src') ?? '');
    // Sites sometimes embed the same video twice in a row (feedx jekyll-post/rfi-2020-08-25_…).
    if (!href || seen.has(href)) {
      frame.remove();
      continue;
    }
    seen.add(href);
    const p = doc.createElement('p');
    p.setAttribute('data-liseuse-video', '');
    const a = doc.createElement('a');
    a.href = href;
    // A language-neutral label: the play sign and the address.
    a.textContent = `▶ ${href.replace(/^https:\/\//, '')}`;
    p.append(a);
    frame.replaceWith(p);
  }
}
