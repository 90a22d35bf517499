/**
 * The toolbar's two Chinese-script buttons, on Chinese articles only: 简
 * (simplified) and 繁 (traditional), named in the interface language, the one
 * shown pressed. The one that is loading its converter is aria-busy (the first
 * conversion to traditional loads about 1 MB).
 */
import { t } from '../strings';
import type { ChineseView } from './use-chinese-script';
import type { ChineseScript } from './script-of';

const buttons: { script: ChineseScript; glyph: string; glyphLang: string; label: 'chineseHans' | 'chineseHant' }[] = [
  { script: 'hans', glyph: '简', glyphLang: 'zh-Hans', label: 'chineseHans' },
  { script: 'hant', glyph: '繁', glyphLang: 'zh-Hant', label: 'chineseHant' },
];

/** The group, or nothing when the article is not Chinese. */
export function ChineseControls({ view }: { view: ChineseView }) {
  if (!view.written) return null;
  return (
    <div class="group" role="group" aria-label={t('chineseScriptLabel')}>
      {buttons.map((b) => (
        <button
          key={b.script}
          type="button"
          class="tool"
          data-liseuse-control={`chinese:${b.script}`}
          aria-label={t(b.label)}
          title={t(b.label)}
          aria-pressed={view.shown === b.script}
          aria-busy={view.pending === b.script ? 'true' : undefined}
          onClick={() => view.show(b.script)}
        >
          <span aria-hidden="true" class="glyph script" lang={b.glyphLang}>
            {b.glyph}
          </span>
        </button>
      ))}
    </div>
  );
}
