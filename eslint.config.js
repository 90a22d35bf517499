/**
 * ESLint: the recommended JavaScript and typescript-eslint rules, and the import
 * boundaries between the extension's parts as lint rules (the Dark Reader habit):
 *
 * - src/shared imports nothing else from src/;
 * - src/sites (the adapters) imports only src/shared and src/sites, and another
 *   adapter only through its public index.ts;
 * - the reader's pipeline imports the registry and the adapter contract
 *   (src/sites/*.ts), never an adapter: it knows no site;
 * - no other part imports an adapter's internals either;
 * - the reader, the detector and the sites never import the background or the
 *   options page; the background takes only the reader's string keys;
 * - the live page (PageInput.live, src/sites/adapter.ts) is seen only by an
 *   adapter's live-*.ts modules, which may not change, move or copy its nodes,
 *   nor act on the page (they copy what they read with `copyOf`);
 * - webextension-polyfill is imported in src/shared/browser.ts only (types
 *   anywhere); the overlay never uses useEffect (src/reader/overlay/use-painted.ts);
 * - src imports no test or tool; tools (scripts/) and test helpers import no test
 *   file (they share test/support and test/e2e/harness with the tests);
 * - OpenCC's dictionaries (opencc-js) are imported by the two converter files
 *   injected on demand only (src/reader/chinese-script/to-*.ts), never by the
 *   reader bundle (docs/chinese-and-position.md).
 *
 * Not type-aware: the parser needs the `typescript` package's JavaScript API
 * (6.0.x, below typescript-eslint's `<6.1.0`), while `npm run typecheck` runs
 * TypeScript 7's native compiler (the `typescript-7` alias, package.json).
 */
import js from '@eslint/js';
import globals from 'globals';
import tseslint from 'typescript-eslint';

/** An import of an adapter's file other than its public entry, seen from src/sites/<kind>/ or from elsewhere in src. */
const adapterInternals = {
  fromAdapter: {
    regex: '^\\.\\./[\\w-]+/(?!index$)[^/]+',
    message: 'Import another adapter through its public entry (src/sites/<kind>/index.ts).',
  },
  fromRegistry: {
    regex: '^\\./[\\w-]+/(?!index$)[^/]+',
    message: 'Import an adapter through its public entry (src/sites/<kind>/index.ts).',
  },
  fromOutside: {
    regex: '(^|/)sites/[\\w-]+/(?!index$)[^/]+$',
    message: 'Import an adapter through src/sites/index.ts or its public entry, never its internals.',
  },
};

/** Any adapter at all: the pipeline knows no site. */
const anyAdapter = {
  regex: '(^|/)sites/(?!index$|adapter$|plain-text$)[\\w-]+',
  message: 'The pipeline knows no site: take what the adapter gives (src/sites/adapter.ts) through the registry (src/sites/index.ts).',
};

/** `part` of src/, from any depth. */
const srcPart = (part, message) => ({ regex: `^(\\.\\./)+${part}(/|$)`, message });

const noTestsOrTools = srcPart('(test|scripts)', 'Extension code imports no test or tool.');
const noBackground = srcPart('background', 'Only the background imports background code.');
const noOptions = srcPart('options', 'Only the options page imports options code.');
const noContent = srcPart('content', 'The page-load detector is an entry; nothing imports it.');
const sitesOnly = srcPart('(reader|background|options|content|readability)', 'Adapters import only src/shared and src/sites.');
const onlyShared = { regex: '^\\.\\./', message: 'src/shared imports nothing else from src/.' };
const noOpencc = {
  regex: '^opencc-js(/|$)',
  message: 'OpenCC (1 MB of dictionaries) is injected on demand: only src/reader/chinese-script/to-*.ts import it.',
};

/** webextension-polyfill's runtime, outside src/shared/browser.ts. */
const polyfillOnce = {
  name: 'webextension-polyfill',
  allowTypeImports: true,
  message: 'Use src/shared/browser.ts: the polyfill is imported in one module, so it can be dropped later.',
};

/** Preact 11 runs useEffect cleanups after the next paint, even on unmount: the overlay uses layout effects, which clean up inside close(). */
const noUseEffect = {
  name: 'preact/hooks',
  importNames: ['useEffect'],
  message: 'useEffect cleanups outlive a close by a frame: use useLayoutEffect.',
};

/** DOM calls that change, move or copy a node, or act on the page: never on the live page. */
const liveMutations =
  '^(append|appendChild|prepend|insertBefore|insertAdjacent(Element|HTML|Text)|replaceWith|replaceChild|replaceChildren|before|after|remove|removeChild|setAttribute(NS)?|removeAttribute(NS)?|toggleAttribute|cloneNode|importNode|adoptNode|focus|blur|click|scroll(IntoView|To|By)?|dispatchEvent|addEventListener|normalize|addRange|removeRange|removeAllRanges|collapse(ToStart|ToEnd)?|selectAllChildren|extend|setBaseAndExtent|attachShadow|showModal|show|close|submit|requestSubmit|play|pause|load)$';
const readOnly = 'The live page is read only (LivePage, src/sites/adapter.ts): read it, and copy what you need with copyOf.';

/** Who may see the live page, and what they may do with it. */
const livePage = {
  elsewhere: {
    'no-restricted-syntax': [
      'error',
      { selector: "MemberExpression[property.name='live']", message: "Only an adapter's live-*.ts modules see the live page (LivePage)." },
    ],
  },
  inLiveModules: {
    'no-restricted-syntax': [
      'error',
      { selector: `CallExpression[callee.property.name=/${liveMutations}/]`, message: readOnly },
      { selector: 'AssignmentExpression > MemberExpression.left', message: readOnly },
      { selector: 'UpdateExpression > MemberExpression', message: readOnly },
      { selector: "UnaryExpression[operator='delete']", message: readOnly },
    ],
  },
};

/** `@typescript-eslint/no-restricted-imports` with these paths and patterns. */
const restrict = (patterns, paths = [polyfillOnce]) => ({
  '@typescript-eslint/no-restricted-imports': ['error', { paths, patterns }],
});

export default tseslint.config(
  { ignores: ['dist/', 'web-ext-artifacts/', 'test-results/', 'node_modules/', 'test/fixtures/'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    rules: {
      // `_` marks an argument kept for its position.
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  // Each part's whole list: for one rule, the last block that matches a file wins.
  { files: ['src/**/*.{ts,tsx}'], rules: restrict([noTestsOrTools, adapterInternals.fromOutside]) },
  { files: ['src/shared/**'], rules: restrict([onlyShared], [polyfillOnce, noUseEffect]) },
  { files: ['src/shared/browser.ts'], rules: restrict([onlyShared], [noUseEffect]) },
  { files: ['src/sites/*.ts'], rules: restrict([noTestsOrTools, adapterInternals.fromRegistry, sitesOnly]) },
  { files: ['src/sites/*/**'], rules: restrict([noTestsOrTools, adapterInternals.fromAdapter, sitesOnly]) },
  { files: ['src/sites/*/**'], ignores: ['src/sites/*/live-*.ts'], rules: livePage.elsewhere },
  { files: ['src/sites/*/live-*.ts'], rules: livePage.inLiveModules },
  {
    files: ['src/reader/**'],
    rules: restrict(
      [noTestsOrTools, adapterInternals.fromOutside, noBackground, noOptions, noContent, noOpencc],
      [polyfillOnce, noUseEffect],
    ),
  },
  {
    files: ['src/reader/chinese-script/to-*.ts'],
    rules: restrict([noTestsOrTools, adapterInternals.fromOutside, noBackground, noOptions, noContent], [polyfillOnce, noUseEffect]),
  },
  {
    files: ['src/reader/pipeline/**'],
    rules: restrict([noTestsOrTools, anyAdapter, noBackground, noOptions, noContent, noOpencc], [polyfillOnce, noUseEffect]),
  },
  { files: ['src/readability/**'], rules: restrict([noTestsOrTools, adapterInternals.fromOutside, noBackground, noOptions, noContent]) },
  {
    files: ['src/content/**'],
    rules: restrict([
      noTestsOrTools,
      adapterInternals.fromOutside,
      noBackground,
      noOptions,
      srcPart('reader', 'The detector stays tiny: no reader code.'),
    ]),
  },
  {
    files: ['src/background/**'],
    rules: restrict([
      noTestsOrTools,
      adapterInternals.fromOutside,
      noOptions,
      noContent,
      {
        regex: '^\\.\\./reader/(?!string-keys$)',
        message: 'The background takes only the reader string keys (src/reader/string-keys.ts).',
      },
    ]),
  },
  { files: ['src/options/**'], rules: restrict([noTestsOrTools, adapterInternals.fromOutside, noBackground, noContent]) },
  {
    files: ['scripts/**', 'test/support/**', 'test/e2e/harness/**', 'test/e2e/support/**'],
    rules: restrict([{ regex: '\\.test(\\.ts)?$', message: 'Tools and test helpers import no test file.' }], []),
  },
);
