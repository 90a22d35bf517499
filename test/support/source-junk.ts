/**
 * The junk a fixture's source actually carries, found by looking at the source
 * itself (not at what we extract): share labels and links, feedx's footer and
 * domains, RFI's raw date line, self-promotion, the `Array` artefact, attributes
 * the archiver joined to their tag name, related-aside headings. A draft
 * expected.json lists these under `mustNotContain`; a reviewer keeps or trims them.
 */
import { feedxSite } from '../../src/sites/feedx';

/** Fixed strings that are junk wherever they appear in a source. */
const fixedJunk = [
  '获取更多RSS',
  'facebook.com/dialog/share',
  'facebook.com/sharer',
  'whatsapp://send',
  'web.whatsapp.com',
  'api.whatsapp.com',
  'twitter.com/intent/tweet',
  'x.com/intent/tweet',
  'rfi.my/',
  'data-selfpromo',
  'share-button',
  'data-root-share',
  '同一主题',
  '同一主題',
  '继续浏览后续',
  '繼續瀏覽後續',
];

/** Each junk string of the list that occurs in `source`, plus the ones found by pattern. */
export function junkInSource(source: string): string[] {
  const found = new Set(fixedJunk.filter((s) => source.includes(s)));
  // Share labels as RFI writes them (`分享 :`): the label text alone must go.
  for (const m of source.matchAll(/>\s*(分享|分享到|Partager|Share)\s*[:：]\s*</g)) found.add(m[0].slice(1, -1).trim());
  // feedx's own domains, whichever appear.
  for (const host of feedxSite.hosts) if (new RegExp(`${host.replace('.', '\\.')}\\b`).test(source)) found.add(host);
  // RFI's visible date line `DD/MM/YYYY - HH:MM`, which the reader shows as a date instead.
  for (const m of source.matchAll(/>\s*(\d{2}\/\d{2}\/\d{4}\s*-\s*\d{2}:\d{2})\s*</g)) found.add(m[1]!);
  // The literal PHP artefact where the lead image should be.
  if (/>\s*Array\s*</.test(source)) found.add('Array');
  // Attributes the archiver joined to their tag name: `<imgsrc=`, `<asidedata-org-name=`.
  for (const m of source.matchAll(/<(img|aside|div|span|a|p|figure|source|iframe|video)((?:src|data-|class|href|alt|style)[\w-]*)=/g)) {
    found.add(`${m[1]}${m[2]}=`);
  }
  // Read-also labels: their links move into the related list, the label must not stay in the text.
  for (const label of ['延伸阅读', '延伸閱讀', '相关报道']) if (source.includes(label)) found.add(label);
  // Other publishers' header (`<div><i>[author<br>]date</i></div>`): its date is shown as the date.
  const header = /<div><i>(?:[^<]*<br>)*([^<]+)<\/i><\/div>/.exec(source);
  if (header) found.add(header[1]!.trim());
  // Text only screen readers of the original site get (BBC's "图片版权").
  for (const m of source.matchAll(/class="off-screen">([^<]+)</g)) found.add(m[1]!);
  // A <time> whose date the reader shows instead (The Economist's "Oct 3rd 2020").
  for (const m of source.matchAll(/<time[^>]*>([^<]+)<\/time>/g)) found.add(m[1]!);
  // RFI's ad-slot label.
  if (source.includes('m-block-ad__label__text">广告<')) found.add('广告');
  // Newsletter prompts (NYT's "（欢迎点击此处订阅…）").
  if (source.includes('sso.nytcn.me/email')) found.add('点击此处');
  return [...found];
}
