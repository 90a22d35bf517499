/**
 * The one import of webextension-polyfill in the code base.
 *
 * Chrome 148+ has the promise-based `browser` namespace natively; keeping the
 * polyfill behind this module lets us drop it in one place later. The page-load
 * detector does not import it (see src/content/detector.ts) to stay tiny.
 */
import browser from 'webextension-polyfill';

export default browser;
