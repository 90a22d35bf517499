/**
 * The options page's Chinese settings: the script Chinese articles are always
 * shown in (as written, simplified, traditional), and whose traditional
 * characters (Taiwan's, Hong Kong's, OpenCC's standard). docs/chinese-and-position.md.
 */
import { chineseScripts, chineseVariants, type Settings } from '../shared/settings';
import type { OptionsStringKey, ReaderStringKey } from '../reader/string-keys';
import { t } from './strings';

type Change = (changes: Partial<Settings>) => void;

const scriptLabels: Record<Settings['chineseScript'], OptionsStringKey | ReaderStringKey> = {
  original: 'chineseAsWritten',
  hans: 'chineseHans',
  hant: 'chineseHant',
};
const variantLabels: Record<Settings['chineseVariant'], OptionsStringKey> = {
  tw: 'chineseVariantTw',
  hk: 'chineseVariantHk',
  standard: 'chineseVariantStandard',
};

function Radios<K extends 'chineseScript' | 'chineseVariant'>({
  name,
  values,
  labels,
  legend,
  detail,
  settings,
  onChange,
}: {
  name: K;
  values: readonly Settings[K][];
  labels: Record<Settings[K], OptionsStringKey | ReaderStringKey>;
  legend: OptionsStringKey;
  detail: OptionsStringKey;
  settings: Settings;
  onChange: Change;
}) {
  return (
    <fieldset class="field" aria-describedby={`${name}-detail`}>
      <legend>{t(legend)}</legend>
      {values.map((value) => (
        <label key={value} class="choice">
          <input type="radio" name={name} value={value} checked={settings[name] === value} onChange={() => onChange({ [name]: value })} />
          {t(labels[value])}
        </label>
      ))}
      <p id={`${name}-detail`} class="note">
        {t(detail)}
      </p>
    </fieldset>
  );
}

/** The section. */
export function ChineseFields({ settings, onChange }: { settings: Settings; onChange: Change }) {
  return (
    <section aria-labelledby="chinese-heading">
      <h2 id="chinese-heading">{t('chineseScriptLabel')}</h2>
      <Radios
        name="chineseScript"
        values={chineseScripts}
        labels={scriptLabels}
        legend="chineseAlwaysLabel"
        detail="chineseAlwaysDetail"
        settings={settings}
        onChange={onChange}
      />
      <Radios
        name="chineseVariant"
        values={chineseVariants}
        labels={variantLabels}
        legend="chineseVariantLabel"
        detail="chineseVariantDetail"
        settings={settings}
        onChange={onChange}
      />
    </section>
  );
}
