/**
 * Reading positions in the tests' shared browser profile: a test that needs the
 * reader to open at the top forgets the places earlier tests left (a focus moved
 * into the body scrolls it, and the place is kept: docs/chinese-and-position.md),
 * with the options page's own button.
 */
import type { ReaderBrowser } from '../harness/browsers';

/** Presses "Forget reading positions" on the options page; resolves to what the page said. */
export async function forgetReadingPositions(b: ReaderBrowser): Promise<string> {
  const options = await b.openExtensionPage('options/index.html');
  await options.waitForSelector('[data-liseuse-options="forget-positions"]');
  await (await options.$('[data-liseuse-options="forget-positions"]'))!.click();
  await options.waitForFunction(() => !!document.querySelector('[data-liseuse-options="positions-result"]')?.textContent);
  const said = await options.$eval('[data-liseuse-options="positions-result"]', (p) => p.textContent ?? '');
  await options.close();
  return said;
}
