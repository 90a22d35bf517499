/**
 * The options page's reading-aloud section: the speed, and for each language
 * of RFI's editions (and any other one already given a voice) a list of the
 * voices the browser has for it, "best match" first. The voices are looked for
 * when the page opens; a browser without any says where voices come from.
 */
import { useEffect, useState } from 'preact/hooks';
import { speechRates, type Settings } from '../shared/settings';
import { rfiEditions } from '../sites/rfi';
import { chooseVoice, voicesForLanguage } from '../reader/read-aloud/choose-voice';
import { loadVoices } from '../reader/read-aloud/load-voices';
import { windowSpeech } from '../reader/read-aloud/read-aloud-session';
import { languageName } from '../reader/read-aloud/language-name';
import { speechLanguageKey } from '../reader/read-aloud/speech-language';
import { StepsField } from './StepsField';
import { t } from './strings';

type Change = (changes: Partial<Settings>) => void;

/** The languages offered: RFI's editions', each once (pt and pt-BR are one), then any other with a stored voice. */
function languagesOffered(settings: Settings): string[] {
  const keys = Object.values(rfiEditions).map((edition) => speechLanguageKey(edition.lang));
  return [...new Set([...keys.filter((k): k is string => !!k), ...Object.keys(settings.speechVoices)])];
}

function SpeechRateField({ settings, onChange, locale }: { settings: Settings; onChange: Change; locale: string }) {
  return (
    <StepsField
      id="speech-rate"
      name="speechRate"
      label={t('speechRateLabel')}
      steps={speechRates}
      value={settings.speechRate}
      shown={t('speechRateValue', new Intl.NumberFormat(locale).format(settings.speechRate))}
      onStep={(speechRate) => onChange({ speechRate })}
    />
  );
}

function VoiceField({
  lang,
  voices,
  settings,
  onChange,
  locale,
}: {
  lang: string;
  voices: SpeechSynthesisVoice[];
  settings: Settings;
  onChange: Change;
  locale: string;
}) {
  const offered = voicesForLanguage(voices, lang);
  const best = chooseVoice(voices, lang)?.voice;
  const choose = (uri: string) => {
    const next = { ...settings.speechVoices };
    if (uri) next[lang] = uri;
    else delete next[lang];
    onChange({ speechVoices: next });
  };
  return (
    <div class="field">
      <label for={`voice-${lang}`}>{languageName(lang, locale)}</label>
      <select
        id={`voice-${lang}`}
        name={`voice-${lang}`}
        disabled={!offered.length}
        value={settings.speechVoices[lang] ?? ''}
        onChange={(event) => choose(event.currentTarget.value)}
      >
        <option value="">{best ? t('voiceAutomatic', best.name) : t('voiceNoneInstalled')}</option>
        {offered.map((v) => (
          <option key={v.voiceURI} value={v.voiceURI}>
            {v.name}
          </option>
        ))}
      </select>
    </div>
  );
}

/** The section; `locale` is the interface language. */
export function ReadAloudSettings({ settings, onChange, locale }: { settings: Settings; onChange: Change; locale: string }) {
  const [voices, setVoices] = useState<SpeechSynthesisVoice[] | undefined>(undefined);
  useEffect(() => {
    const stop = new AbortController();
    const { synth } = windowSpeech();
    if (!synth) setVoices([]);
    else loadVoices(synth, stop.signal).then((found) => !stop.signal.aborted && setVoices(found));
    return () => stop.abort();
  }, []);
  return (
    <section aria-labelledby="voices-heading" data-liseuse-options="read-aloud">
      <h2 id="voices-heading">{t('voicesHeading')}</h2>
      <p class="note">{t('voicesNote')}</p>
      <SpeechRateField settings={settings} onChange={onChange} locale={locale} />
      {voices === undefined ? (
        <p class="note" role="status">
          {t('voicesLoading')}
        </p>
      ) : voices.length ? (
        languagesOffered(settings).map((lang) => (
          <VoiceField key={lang} lang={lang} voices={voices} settings={settings} onChange={onChange} locale={locale} />
        ))
      ) : (
        <p class="note" role="status" data-liseuse-options="no-voices">
          {t('voicesNone')}
        </p>
      )}
    </section>
  );
}
