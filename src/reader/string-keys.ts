/**
 * The message keys the reader and the options page show, kept apart from src/reader/strings.ts so that
 * tests can list them without loading the extension API.
 */

/** Every message key the reader shows; test/unit/conventions.test.ts checks each locale has them all. */
export const readerStringKeys = [
  'readerLabel',
  'closeReader',
  'noArticle',
  'noArticleDetail',
  'readerError',
  'pageTooLarge',
  'pageTooLargeDetail',
  'originalArticle',
  'viaRepublisher',
  'publishedLabel',
  'updatedLabel',
  'relatedArticles',
  'readingTime',
  'solarHijriDate',
  'readerSettings',
  'fontSizeLabel',
  'fontSmaller',
  'fontLarger',
  'fontFamilyLabel',
  'fontSerif',
  'fontSans',
  'widthLabel',
  'widthNarrow',
  'widthMedium',
  'widthWide',
  'lineHeightLabel',
  'lineHeightCompact',
  'lineHeightNormal',
  'lineHeightLoose',
  'themeLabel',
  'themeSystem',
  'themeLight',
  'themeSepia',
  'themeDark',
  'moreSettings',
  'chineseScriptLabel',
  'chineseHans',
  'chineseHant',
  'chineseFailed',
  'positionRestored',
  'positionStartOver',
  'noticeDismiss',
] as const;

/** A key of a string the reader shows. */
export type ReaderStringKey = (typeof readerStringKeys)[number];

/** The options page's own keys; it also shows the reader's setting labels. */
export const optionsStringKeys = [
  'optionsTitle',
  'optionsSavedNote',
  'fontSizeValue',
  'autoOpenLabel',
  'autoOpenDetail',
  'shortcutHeading',
  'shortcutCurrent',
  'shortcutNone',
  'shortcutWhere',
  'shortcutWhereChrome',
  'shortcutWhereFirefox',
  'shortcutChange',
  'chineseAlwaysLabel',
  'chineseAsWritten',
  'chineseAlwaysDetail',
  'chineseVariantLabel',
  'chineseVariantTw',
  'chineseVariantHk',
  'chineseVariantStandard',
  'chineseVariantDetail',
  'positionsHeading',
  'positionsDetail',
  'positionsForget',
  'positionsForgotten',
  'positionsForgetFailed',
] as const;

/** A key of a string the options page shows. */
export type OptionsStringKey = (typeof optionsStringKeys)[number];
