/**
 * What RFI items carry in their feedx copy beyond rfi.fr's body markup: the visible
 * date line (Paris wall time), the author block after the body (`作者：<a>name</a>`),
 * the bold chapô as the first paragraph, and feedx's `Array` artefact.
 */
import { wallClockToIso } from '../../shared/zoned-time';
import { bylineLabel, rfiTimeZone } from '../rfi';
import { rfiDateLine } from './item-format';
import type { ItemHeader } from './publishers';

/**
 * Text feedx leaves where a value failed to render: the literal `Array` where the
 * lead image of some 2022 items should be (archive-md/rfi-1020000).
 */
const artefactTexts: readonly string[] = ['Array'];

/** Finds, removes and reads RFI's date line (`28/09/2023 - 19:25`, Paris time). */
function takeDateLine(root: Element): string | undefined {
  for (const el of Array.from(root.querySelectorAll('div, p, span')).slice(0, 8)) {
    const m = rfiDateLine.exec(el.textContent ?? '');
    if (!m || el.children.length) continue;
    el.remove();
    const [, day, month, year, hour, minute] = m.map(Number);
    return wallClockToIso({ year: year!, month: month!, day: day!, hour: hour!, minute: minute! }, rfiTimeZone);
  }
  return undefined;
}

const squash = (s: string | null) => (s ?? '').replace(/\s+/g, ' ').trim();

/** Finds, removes and reads the author block (archive-md/rfi-999955): the byline, not body text. */
function takeByline(root: Element): string | undefined {
  for (const label of Array.from(root.querySelectorAll('span, b, strong, em'))) {
    if (!root.contains(label) || squash(label.textContent).replace(bylineLabel, '') !== '') continue;
    let block = label.parentElement;
    if (!block || block === root) continue;
    const names = Array.from(block.querySelectorAll('a'))
      .map((a) => squash(a.textContent))
      .filter(Boolean);
    const text = squash(block.textContent).replace(bylineLabel, '');
    // A block that is the label and a name or two, not a paragraph that happens to start with "By:".
    if (!text || text.length > 80) continue;
    // Remove the wrappers that hold nothing else.
    while (block.parentElement && block.parentElement !== root && squash(block.parentElement.textContent) === squash(block.textContent)) {
      block = block.parentElement;
    }
    block.remove();
    return names.length ? [...new Set(names)].join(', ') : text;
  }
  return undefined;
}

/** Removes feedx's `Array` artefact (a bare text node between the blocks). */
function removeArtefacts(root: Element): void {
  for (const node of Array.from(root.childNodes)) {
    if (node.nodeType === 3 && artefactTexts.includes((node.textContent ?? '').trim())) node.remove();
  }
  // Rendered Jekyll posts wrap the item in one more <div>.
  const only = root.children.length === 1 ? root.firstElementChild : null;
  if (only?.tagName === 'DIV') removeArtefacts(only);
}

/** Marks the chapô: RFI writes it as the first paragraph, all bold (`<p><strong>…</strong></p>`). */
function markLead(root: Element): void {
  const p = root.querySelector('p');
  const strong = p?.firstElementChild;
  if (
    p &&
    strong?.tagName === 'STRONG' &&
    p.children.length === 1 &&
    squash(p.textContent) === squash(strong.textContent) &&
    squash(p.textContent)
  ) {
    p.setAttribute('data-liseuse-lead', '');
  }
}

/** Reads and removes the RFI parts of a feedx item `root`, in place. */
export function readRfiItem(root: Element): ItemHeader {
  const published = takeDateLine(root);
  const byline = takeByline(root);
  removeArtefacts(root);
  markLead(root);
  return { published, byline };
}
