/**
 * Is this page probably an article? Readability's `isProbablyReaderable` counts
 * characters against thresholds tuned for alphabetic text, so it says no to
 * Chinese articles (the feedx seed item among them): 140 Han characters are a long
 * paragraph, not a short one. This is the same test, with each CJK character
 * weighted as the three Latin letters it carries about as much text as.
 */

const unlikely =
  /-ad-|ai2html|banner|breadcrumbs|combx|comment|community|cover-wrap|disqus|extra|footer|gdpr|header|legends|menu|related|remark|replies|rss|shoutbox|sidebar|skyscraper|social|sponsor|supplemental|ad-break|agegate|pagination|pager|popup|yom-remote/i;
const maybe = /and|article|body|column|content|main|shadow/i;
const wide = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/gu;

/** Text length with CJK characters weighted ×3. */
export function weightedLength(text: string): number {
  return text.length + 2 * (text.match(wide)?.length ?? 0);
}

function isVisible(el: Element): boolean {
  const style = (el as HTMLElement).style;
  return (!style || style.display !== 'none') && !el.hasAttribute('hidden') && el.getAttribute('aria-hidden') !== 'true';
}

/**
 * The blocks to score: p, pre and article, then the divs holding a <br> (never
 * one of the former, so never seen twice). Lazily, from live collections that
 * find their elements as they are asked for: an article page answers after its
 * first few paragraphs, where listing a long page's blocks first is slow. The
 * order does not change the answer: the score only grows until it is enough.
 */
function* candidates(doc: Document): Generator<Element> {
  for (const tag of ['p', 'pre', 'article']) {
    const blocks = doc.getElementsByTagName(tag);
    for (let i = 0; i < blocks.length; i++) yield blocks[i]!;
  }
  const seen = new Set<Element>();
  const breaks = doc.querySelectorAll('div > br');
  for (let i = 0, n = breaks.length; i < n; i++) {
    const parent = breaks[i]!.parentElement;
    if (parent && !seen.has(parent)) {
      seen.add(parent);
      yield parent;
    }
  }
}

/** Whether `doc` probably holds an article worth opening in the reader. */
export function isProbablyArticle(doc: Document, minContentLength = 140, minScore = 20): boolean {
  let score = 0;
  for (const node of candidates(doc)) {
    if (!isVisible(node)) continue;
    const matchString = `${node.className} ${node.id}`;
    if (unlikely.test(matchString) && !maybe.test(matchString)) continue;
    if (node.matches('li p')) continue;
    const length = weightedLength((node.textContent ?? '').trim());
    if (length < minContentLength) continue;
    score += Math.sqrt(length - minContentLength);
    if (score > minScore) return true;
  }
  return false;
}

/** A heading that links elsewhere: a teaser's, not an article's own (which links nowhere, or to itself by an anchor). */
const linkedHeading = 'h1 a[href]:not([href^="#"]), h2 a[href]:not([href^="#"]), h3 a[href]:not([href^="#"]), h4 a[href]:not([href^="#"])';

/**
 * Whether `doc` is a list of articles (a front page, a section, a blog's index):
 * three or more `<article>`s, each headed by a link to its own page, none holding
 * half of their text (generic/news-front-page-list). Readability reads such a
 * page as one article made of teasers.
 */
export function isListOfArticles(doc: Document): boolean {
  const articles = doc.getElementsByTagName('article');
  if (articles.length < 3) return false;
  const lengths: number[] = [];
  for (let i = 0; i < articles.length; i++) {
    if (!articles[i]!.querySelector(linkedHeading)) return false;
    lengths.push((articles[i]!.textContent ?? '').trim().length);
  }
  const total = lengths.reduce((a, b) => a + b, 0);
  return Math.max(...lengths) < total / 2;
}
