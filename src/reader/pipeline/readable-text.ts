/**
 * An element's text without what nobody reads: the markup inside <noscript>
 * (one text node where scripting is on, as in a clone of the page), scripts,
 * styles. A body not cleaned yet (Article.cleanBlocks) still holds them: the long
 * rfi.fr page's 40 <noscript> images would add a fifth to its reading time.
 */
export function readableText(root: Element | DocumentFragment): string {
  const text = root.textContent ?? '';
  // One pass, cut and joined once: a replace per <noscript> copies the whole text each time.
  const kept: string[] = [];
  let from = 0;
  for (const el of Array.from(root.querySelectorAll('noscript, script, style'))) {
    const hidden = el.textContent;
    const at = hidden ? text.indexOf(hidden, from) : -1;
    if (at < 0) continue;
    kept.push(text.slice(from, at));
    from = at + hidden!.length;
  }
  kept.push(text.slice(from));
  return kept.join('');
}
