/**
 * The one `chrome.*` API the page-load detector uses (both browsers provide the
 * `chrome` namespace with promise-returning methods in MV3). Declared by hand so
 * the project needs no @types/chrome alongside the polyfill's types.
 */
declare const chrome: {
  runtime: { sendMessage(message: unknown): Promise<unknown> };
};
