/**
 * What Readability takes out of an article's element, as rules the marked-up
 * shortcut (marked-up-article.ts) applies to the element it takes, so that it
 * never shows what Firefox Reader View would not: blocks hidden by an inline
 * style (generic/news-visibility-hidden, news-display-none), blocks named like
 * page furniture (ai2html charts, comments, "related"), menus and dialogs by
 * role (a video player's menus), blocks whose names weigh against them (share
 * bars, "meta" lines, promos, tags), advertisement labels, link-heavy blocks, and
 * the loose lines beside the text that Readability leaves out with the siblings
 * of the block it picks. The name lists are Readability 0.6.0's, so that both
 * judge a page alike.
 */

const unlikely =
  /-ad-|ai2html|banner|breadcrumbs|combx|comment|community|cover-wrap|disqus|extra|footer|gdpr|header|legends|menu|related|remark|replies|rss|shoutbox|sidebar|skyscraper|social|sponsor|supplemental|ad-break|agegate|pagination|pager|popup|yom-remote/i;
const maybe = /and|article|body|column|content|main|shadow/i;
const positive = /article|body|content|entry|hentry|h-entry|main|page|pagination|post|text|blog|story/i;
const negative =
  /-ad-|hidden|^hid$| hid$| hid |^hid |banner|combx|comment|com-|contact|footer|gdpr|masthead|media|meta|outbrain|promo|related|scroll|share|shoutbox|sidebar|skyscraper|sponsor|shopping|tags|widget/i;
const share = /(\b|_)(share|sharedaddy)(\b|_)/i;
const unlikelyRoles = new Set(['menu', 'menubar', 'complementary', 'navigation', 'alert', 'alertdialog', 'dialog']);
/** A block whose whole text is one of these is an advertisement's label or a loading notice. */
const adOrLoading =
  /^(ad(vertising|vertisement)?|pub(licité)?|werb(ung)?|广告|Реклама|Anuncio|(loading|正在加载|Загрузка|chargement|cargando)(…|\.\.\.)?)$/iu;

/** Blocks that are text or pictures of their own, never a loose line: headings, quotations, lists, tables, code, figures. */
const textBlocks = 'header, h1, h2, h3, h4, h5, h6, p, blockquote, ul, ol, dl, table, pre, figure, picture, img, hr';

/** Elements that hold blocks, where Readability turns a div without them into a paragraph. */
const blockInside = 'blockquote, dl, div, img, ol, p, pre, table, ul';

const names = (el: Element) => `${typeof el.className === 'string' ? el.className : ''} ${el.id}`;

/** Readability's weight of an element by its class and id: −25 for each that looks like furniture, +25 for each that looks like text. */
function classWeight(el: Element): number {
  let weight = 0;
  for (const name of [typeof el.className === 'string' ? el.className : '', el.id]) {
    if (!name) continue;
    if (negative.test(name)) weight -= 25;
    if (positive.test(name)) weight += 25;
  }
  return weight;
}

/** Hidden the way Readability can tell without styles: an inline style, `hidden`, aria-hidden. */
function isHidden(el: Element): boolean {
  const style = (el as HTMLElement).style;
  if (style && (style.display === 'none' || style.visibility === 'hidden')) return true;
  if (el.hasAttribute('hidden')) return true;
  return el.getAttribute('aria-hidden') === 'true' && !names(el).includes('fallback-image');
}

/**
 * Named or given a role like page furniture, and not like text; never inside a
 * table or code. An article's <header> is read by the shortcut's own rule, which
 * keeps its standfirst where Readability drops the whole header.
 */
function isUnlikely(el: Element): boolean {
  if (el.localName === 'header') return false;
  if (unlikelyRoles.has(el.getAttribute('role') ?? '')) return true;
  const n = names(el);
  return unlikely.test(n) && !maybe.test(n) && el.localName !== 'a' && !el.closest('table, code');
}

const textLength = (el: Element) => (el.textContent ?? '').trim().length;

/** The share of an element's text that is link text (a link to an anchor on the page counts less). */
export function linkDensity(el: Element): number {
  const length = textLength(el);
  if (!length) return 0;
  let links = 0;
  for (const a of Array.from(el.getElementsByTagName('a'))) links += textLength(a) * (/^#.+/.test(a.getAttribute('href') ?? '') ? 0.3 : 1);
  return links / length;
}

/**
 * A picture's frame, which Readability drops when its class says "media"; Liseuse
 * keeps the picture (generic/photo-essay-lazy-images): no lines of links, little text.
 */
const isPictureFrame = (el: Element) =>
  !!el.querySelector('img, picture') && (!!el.closest('figure') || (textLength(el) < 200 && linkDensity(el) < 0.5));

/** A block Readability's conditional cleaning drops: weighed against, an ad label, or mostly links (a list: nearly all links). */
function isJunkBlock(el: Element): boolean {
  if (isPictureFrame(el)) return false;
  const weight = classWeight(el);
  if (weight < 0) return true;
  if (el.localName === 'div' && !el.querySelector(blockInside)) return false; // Readability reads it as a paragraph
  const text = (el.textContent ?? '').trim();
  if ((text.match(/[,،﹐︐︑⹁⸴⸲，]/g)?.length ?? 0) >= 10) return false;
  if (adOrLoading.test(text)) return true;
  const isList = el.localName === 'ul' || el.localName === 'ol';
  const density = linkDensity(el);
  if (isList) return weight >= 25 && density > 0.5;
  // A short line of links: "Sign up", "Share", a lone "Read more".
  const headings = Array.from(el.querySelectorAll('h1, h2, h3, h4, h5, h6')).reduce((n, h) => n + textLength(h), 0);
  const images = el.getElementsByTagName('img').length;
  if (text.length < 25 && density > 0 && (images === 0 || images > 2) && headings < 0.9 * text.length && !el.closest('figure')) return true;
  return (weight < 25 && density > 0.2) || (weight >= 25 && density > 0.5);
}

/**
 * When the text sits in a block of its own inside the article, the lines around
 * that block are furniture unless they read as text: Readability keeps a loose
 * line beside the block it picks only when it is long and not mostly links, or
 * short, link-free and ending a sentence (a kicker, a date line, a row of topics
 * go: generic/fa-news-rtl, generic/news-header-material). The article's <header>
 * has its own rule (marked-up-article.ts).
 */
function isLooseLine(el: Element): boolean {
  if (el.matches(textBlocks) || el.querySelector(textBlocks)) return false;
  const text = (el.textContent ?? '').replace(/\s+/g, ' ').trim();
  const links = linkDensity(el);
  return text.length >= 80 ? links >= 0.25 : links > 0 || !/\.( |$)/.test(text);
}

/**
 * What Readability would leave out of `root` (see the module's comment), found
 * without changing anything: the outermost elements to take out, in the order
 * Readability judges them (inner blocks before the blocks around them); `root`
 * itself stays, and so does whatever `keep` says the pipeline still needs.
 */
export function readabilityRemovals(root: Element, keep: (el: Element) => boolean): Element[] {
  const gone = new Set<Element>();
  const isGone = (el: Element) => {
    for (let e: Element | null = el; e && e !== root; e = e.parentElement) if (gone.has(e)) return true;
    return false;
  };
  const consider = (el: Element, drop: (el: Element) => boolean) => {
    if (!isGone(el) && drop(el) && !keep(el)) gone.add(el);
  };
  for (const el of Array.from(root.querySelectorAll('[style], [hidden], [aria-hidden], [class], [id], [role]')))
    consider(el, (e) => isHidden(e) || isUnlikely(e));
  for (const el of Array.from(root.querySelectorAll('[class], [id]'))) consider(el, (e) => share.test(names(e)) && textLength(e) < 500);
  for (const el of Array.from(root.querySelectorAll('h1, h2'))) consider(el, (e) => classWeight(e) < 0);
  for (const el of Array.from(root.querySelectorAll('div, section, ul, ol, form, fieldset')).reverse())
    consider(el, (e) => !e.closest('table, code, pre') && isJunkBlock(e));
  for (const table of Array.from(root.querySelectorAll('table')).reverse()) consider(table, (t) => !isDataTable(t) && isJunkBlock(t));
  // Counted natively: the 5 MB page's 10,000 paragraphs are the root's children.
  if (root.querySelectorAll(':scope > p').length * 2 < root.getElementsByTagName('p').length) {
    for (const el of Array.from(root.children)) consider(el, isLooseLine);
  }
  return [...gone].filter((el) => !isGone(el.parentElement ?? root));
}

/** A table of data rather than of layout, by the signs Readability reads. */
function isDataTable(table: Element): boolean {
  if (table.getAttribute('role') === 'presentation' || table.getAttribute('datatable') === '0') return false;
  if (table.getAttribute('summary') || table.querySelector('caption')?.childNodes.length) return true;
  if (table.querySelector('col, colgroup, tfoot, thead, th')) return true;
  if (table.querySelector('table')) return false;
  const rows = table.querySelectorAll('tr').length;
  const columns = Math.max(0, ...Array.from(table.querySelectorAll('tr')).map((tr) => tr.children.length));
  if (rows <= 1 || columns <= 1) return false;
  return rows >= 10 || columns > 4 || rows * columns > 10;
}
