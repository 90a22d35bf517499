/**
 * The line under the toolbar that says what reading aloud is doing: looking
 * for voices, reading with which voice (and when that voice is not of the
 * article's place, so), finished, or why it cannot read, with the languages
 * the browser has voices for, to read in one of them instead. A polite live
 * region, there from the start so that what appears in it is announced.
 */
import { useState } from 'preact/hooks';
import { t } from '../strings';
import type { ReadAloudNotice } from './read-aloud-session';
import { textScript } from '../overlay/text-script';
import { languageName } from './language-name';
import type { ReadAloud } from './use-read-aloud';

/** A name set inside a sentence of another direction keeps its own (U+2068…U+2069, as the header's Persian date). */
const isolate = (name: string) => `\u2068${name}\u2069`;

/**
 * The notice's buttons take the notice away, and themselves with it: focus goes
 * to the read-aloud button rather than leave the dialog.
 */
const thenFocusReadAloud = (action: () => void) => (event: { currentTarget: EventTarget | null }) => {
  const root = (event.currentTarget as Node | null)?.getRootNode() as ShadowRoot | Document | undefined;
  action();
  root?.querySelector<HTMLElement>('[data-liseuse-control="read-aloud"]')?.focus();
};

/** No voice for the article's language: say so, and offer the languages there are voices for. */
function NoVoice({
  notice,
  locale,
  readAloud,
}: {
  notice: Extract<ReadAloudNotice, { kind: 'no-voice' }>;
  locale: string;
  readAloud: ReadAloud;
}) {
  const languages = notice.languages
    .map((lang) => ({ lang, name: languageName(lang, locale) }))
    .sort((a, b) => a.name.localeCompare(b.name, locale));
  const [picked, setPicked] = useState(languages[0]?.lang ?? '');
  if (!languages.length) return <p data-liseuse="read-aloud-message">{t('noVoicesAtAll')}</p>;
  return (
    <>
      <p data-liseuse="read-aloud-message">{t('noVoiceFor', isolate(languageName(notice.lang, locale)))}</p>
      <p class="offer">
        <label for="liseuse-read-in">{t('voicesInstalledFor')}</label>{' '}
        <select
          id="liseuse-read-in"
          data-liseuse-control="read-aloud:language"
          value={picked}
          onChange={(e) => setPicked(e.currentTarget.value)}
        >
          {languages.map(({ lang, name }) => (
            <option key={lang} value={lang}>
              {name}
            </option>
          ))}
        </select>{' '}
        <button
          type="button"
          class="text-button"
          data-liseuse-control="read-aloud:read-in"
          onClick={thenFocusReadAloud(() => readAloud.start(picked))}
        >
          {t('readInLanguage')}
        </button>
      </p>
    </>
  );
}

function Notice({ notice, locale, readAloud }: { notice: ReadAloudNotice; locale: string; readAloud: ReadAloud }) {
  if (notice.kind === 'no-voice') return <NoVoice notice={notice} locale={locale} readAloud={readAloud} />;
  const text =
    notice.kind === 'finished'
      ? t('readingFinished')
      : notice.kind === 'interrupted'
        ? t('readingInterrupted')
        : notice.kind === 'no-start'
          ? t('readingNoStart')
          : t('readingFailed', notice.error);
  return <p data-liseuse="read-aloud-message">{text}</p>;
}

/** The status line; `articleLang` names the article's language in the fallback note. */
export function ReadAloudStatus({ readAloud, locale, articleLang }: { readAloud: ReadAloud; locale: string; articleLang: string }) {
  const { view } = readAloud;
  let content = null;
  if (view.state === 'loading') content = <p>{t('lookingForVoices')}</p>;
  else if (view.state === 'reading' || view.state === 'paused') {
    content = (
      <p>
        {t(view.state === 'reading' ? 'readingWith' : 'readingPausedWith', isolate(view.voice))}
        {view.fallback ? (
          <> {t('fallbackVoiceNote', isolate(languageName(articleLang, locale)), isolate(languageName(view.voiceLang, locale)))}</>
        ) : null}
      </p>
    );
  } else if (view.state === 'idle' && view.notice) {
    content = (
      <>
        <Notice notice={view.notice} locale={locale} readAloud={readAloud} />
        <button
          type="button"
          class="text-button dismiss"
          data-liseuse-control="read-aloud:dismiss"
          onClick={thenFocusReadAloud(readAloud.stop)}
        >
          {t('dismissNotice')}
        </button>
      </>
    );
  }
  return (
    // In the interface language and its direction, whatever the article's (Persian notices over a French article).
    <div
      class="read-aloud-status"
      role="status"
      data-liseuse="read-aloud-status"
      data-state={view.state}
      lang={locale}
      dir={textScript(locale) === 'arabic' ? 'rtl' : 'ltr'}
    >
      {content}
    </div>
  );
}
