/**
 * The choices of each setting with the interface string that names them, shared
 * by the overlay's toolbar and the options page so both offer the same thing.
 */
import { contentWidths, fontFamilies, lineHeights, themes, type Settings } from '../shared/settings';
import type { ReaderStringKey } from './string-keys';

/** The settings offered as a set of named choices. */
export type ChoiceSetting = 'fontFamily' | 'contentWidth' | 'lineHeight' | 'theme';

/** One choice: its value and the key of its name. */
export interface Choice<K extends ChoiceSetting> {
  value: Settings[K];
  label: ReaderStringKey;
}

const named = <K extends ChoiceSetting>(values: readonly Settings[K][], labels: Record<Settings[K], ReaderStringKey>): Choice<K>[] =>
  values.map((value) => ({ value, label: labels[value] }));

/** Every choice setting: the key of its group name and its choices, in display order. */
export const choiceSettings: { [K in ChoiceSetting]: { label: ReaderStringKey; choices: Choice<K>[] } } = {
  fontFamily: { label: 'fontFamilyLabel', choices: named(fontFamilies, { serif: 'fontSerif', sans: 'fontSans' }) },
  contentWidth: {
    label: 'widthLabel',
    choices: named(contentWidths, { narrow: 'widthNarrow', medium: 'widthMedium', wide: 'widthWide' }),
  },
  lineHeight: {
    label: 'lineHeightLabel',
    choices: named(lineHeights, { compact: 'lineHeightCompact', normal: 'lineHeightNormal', loose: 'lineHeightLoose' }),
  },
  theme: {
    label: 'themeLabel',
    choices: named(themes, { system: 'themeSystem', light: 'themeLight', sepia: 'themeSepia', dark: 'themeDark' }),
  },
};
