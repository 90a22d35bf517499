/**
 * The options page: the reader's settings (the same ones as the overlay's
 * toolbar, as form controls), opening the reader automatically on RFI articles,
 * reading aloud (speed, a voice per language), Chinese characters, reading
 * positions and the keyboard shortcut. Every change is saved at once
 * (storage.sync) and open readers follow it.
 */
import { fontSizes, type Settings } from '../shared/settings';
import { useSettings } from '../shared/use-settings';
import { choiceSettings, type ChoiceSetting } from '../reader/setting-choices';
import { ReadAloudSettings } from './ReadAloudSettings';
import { ShortcutInfo } from './ShortcutInfo';
import { StepsField } from './StepsField';
import { ChineseFields } from './ChineseFields';
import { ForgetPositions } from './ForgetPositions';
import { t } from './strings';

type Change = (changes: Partial<Settings>) => void;

function FontSizeField({ settings, onChange }: { settings: Settings; onChange: Change }) {
  return (
    <StepsField
      id="font-size"
      name="fontSize"
      label={t('fontSizeLabel')}
      steps={fontSizes}
      value={settings.fontSize}
      shown={t('fontSizeValue', String(settings.fontSize))}
      onStep={(fontSize) => onChange({ fontSize })}
    />
  );
}

function ChoiceField<K extends ChoiceSetting>({ name, settings, onChange }: { name: K; settings: Settings; onChange: Change }) {
  const { label, choices } = choiceSettings[name];
  return (
    <fieldset class="field">
      <legend>{t(label)}</legend>
      {choices.map((choice) => (
        <label key={choice.value} class="choice">
          <input
            type="radio"
            name={name}
            value={choice.value}
            checked={settings[name] === choice.value}
            onChange={() => onChange({ [name]: choice.value })}
          />
          {t(choice.label)}
        </label>
      ))}
    </fieldset>
  );
}

/** The whole page. */
export function OptionsPage() {
  const [settings, change] = useSettings();
  if (!settings) return null;
  return (
    <>
      <h1>{t('optionsTitle')}</h1>
      <p class="note">{t('optionsSavedNote')}</p>
      <section aria-labelledby="reading-heading">
        <h2 id="reading-heading">{t('readerSettings')}</h2>
        <FontSizeField settings={settings} onChange={change} />
        <ChoiceField name="fontFamily" settings={settings} onChange={change} />
        <ChoiceField name="contentWidth" settings={settings} onChange={change} />
        <ChoiceField name="lineHeight" settings={settings} onChange={change} />
        <ChoiceField name="theme" settings={settings} onChange={change} />
      </section>
      <section aria-labelledby="auto-heading">
        <h2 id="auto-heading" class="visually-hidden">
          {t('autoOpenLabel')}
        </h2>
        <label class="choice auto-open">
          <input
            type="checkbox"
            name="autoOpen"
            checked={settings.autoOpen}
            aria-describedby="auto-open-detail"
            onChange={(event) => change({ autoOpen: event.currentTarget.checked })}
          />
          {t('autoOpenLabel')}
        </label>
        <p id="auto-open-detail" class="note">
          {t('autoOpenDetail')}
        </p>
      </section>
      <ReadAloudSettings settings={settings} onChange={change} locale={document.documentElement.lang} />
      <ChineseFields settings={settings} onChange={change} />
      <ForgetPositions />
      <ShortcutInfo />
    </>
  );
}
