/**
 * RFI's audio embeds become `<audio controls>` players: users miss the
 * broadcaster's own audio when a reader strips it (docs/users-expect.md).
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

/** Replaces RFI audio embeds under `root` with native players, in place. */
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
