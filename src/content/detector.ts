/**
 * Page-load detector, run on the site adapters' hosts only (manifest content_scripts).
 *
 * It tells the background whether the page is an article, so that Firefox shows
 * the address-bar button there. It runs the adapters' cheap recognisers only;
 * everything heavy is injected when the reader opens (size budget: docs/performance.md).
 * It uses the `chrome` namespace directly rather than src/shared/browser.ts: the
 * polyfill would triple its size, and a fire-and-forget sendMessage behaves the
 * same in both browsers.
 */
import type { DetectedMessage } from '../shared/messages';
import { recognisePage } from '../sites/index';

const message: DetectedMessage = {
  type: 'liseuse:detected',
  article: recognisePage(document, location.href)?.article === true,
};
chrome.runtime.sendMessage(message).catch(() => {
  // The background may be restarting (extension update); the next load will tell it.
});
