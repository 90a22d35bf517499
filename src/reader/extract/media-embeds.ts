/**
 * Keeps media a reader can use: RFI's audio embeds become `<audio controls>`
 * players (users miss the broadcaster's own audio when a reader strips it), and
 * video iframes become links to the video, so no third-party frame loads in the
 * reader. (A link rather than a privacy-enhanced embed: docs/decisions.md.)
 */

interface AudioEmbed {
  sources?: { url?: string }[];
  diffusion?: { title?: string };
  emission?: { title?: string };
}

/** Reads RFI's audio embed JSON (`div.m-em-audio > script[type=application/json]`). */
function audioSources(script: Element): { urls: string[]; title: string } | undefined {
  try {
    const data = JSON.parse(script.textContent ?? '') as AudioEmbed;
    const urls = (data.sources ?? []).map((s) => s.url).filter((u): u is string => !!u && /^https:\/\//.test(u));
    if (!urls.length) return undefined;
    return { urls, title: data.diffusion?.title || data.emission?.title || '' };
  } catch {
    return undefined;
  }
}

/** Replaces RFI audio embeds with native players. */
export function keepAudioEmbeds(root: Element): void {
  const doc = root.ownerDocument;
  for (const script of Array.from(root.querySelectorAll('script[type="application/json"]'))) {
    const audio = audioSources(script);
    if (!audio) continue;
    const embed = script.closest('.m-em-audio') ?? script.parentElement ?? script;
    const figure = doc.createElement('figure');
    figure.setAttribute('data-liseuse-audio', '');
    const player = doc.createElement('audio');
    player.setAttribute('controls', '');
    player.setAttribute('preload', 'none');
    player.setAttribute('src', audio.urls[0]!);
    figure.append(player);
    if (audio.title) {
      const caption = doc.createElement('figcaption');
      caption.textContent = audio.title;
      figure.append(caption);
    }
    embed.replaceWith(figure);
  }
}

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
    // RFI sometimes embeds the same video twice in a row (jekyll-post/rfi-2020-08-25_…).
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
