/**
 * Pages the reader must answer politely however bad they are: the robustness
 * tests check what each answer is (test/e2e/robustness.e2e.test.ts), `npm run
 * bench` how long it takes and how long the page is blocked meanwhile.
 */
import { htmlRoute, type Route } from '../e2e/harness/server';
import { bigArticlePage, deeplyNestedPage, EMPTY_PAGE, linkListPage, oneHugeParagraph } from './generated-pages';

/** One bad input and the answer the reader gives it. */
export interface BadInput {
  what: string;
  path: string;
  html: () => string;
  /** The article's title, or the message shown instead of an article (the English catalogue's). */
  answer: { title: string } | { message: string };
}

const NO_ARTICLE = 'No article found on this page';
/** Above the reader's element or depth limit (src/reader/reader-controller.ts): declined before the page is read. */
const TOO_LARGE = 'The page is too large for the reader';

/** The bad inputs, in the order they are tried. */
export const BAD_INPUTS: readonly BadInput[] = [
  { what: 'no article', path: '/bad/no-article.html', html: () => linkListPage(4000), answer: { message: NO_ARTICLE } },
  { what: 'an empty page', path: '/bad/empty.html', html: () => EMPTY_PAGE, answer: { message: NO_ARTICLE } },
  {
    what: 'one huge paragraph',
    path: '/bad/one-paragraph.html',
    html: () => oneHugeParagraph(1024 * 1024),
    answer: { title: 'One paragraph' },
  },
  { what: 'a 20 MB page', path: '/bad/20mb.html', html: () => bigArticlePage(20 * 1024 * 1024, 80_000), answer: { message: TOO_LARGE } },
  // Deeper than any parsed page: a page script builds it.
  { what: '5,000-deep nesting', path: '/bad/deep.html', html: () => deeplyNestedPage(5000), answer: { message: TOO_LARGE } },
];

/** Routes serving every bad input at its path. */
export function badInputRoutes(): Route[] {
  return BAD_INPUTS.map((input) => htmlRoute(input.path, input.html()));
}
