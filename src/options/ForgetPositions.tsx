/**
 * The reading positions section: what is kept (where the reader stopped in the
 * last MAX_POSITIONS articles, in this browser's local storage only) and a
 * button that forgets them all, then says how many were forgotten.
 */
import { useState } from 'preact/hooks';
import browser from '../shared/browser';
import { MAX_POSITIONS, readingPositions } from '../shared/reading-positions';
import { t } from './strings';

/** The section. */
export function ForgetPositions() {
  const [result, setResult] = useState<string | undefined>(undefined);
  const count = (n: number) => new Intl.NumberFormat(browser.i18n.getUILanguage()).format(n);
  const forget = () => {
    setResult(undefined);
    readingPositions.clear().then(
      (n) => setResult(t('positionsForgotten', count(n))),
      (error: unknown) => setResult(t('positionsForgetFailed', error instanceof Error ? error.message : String(error))),
    );
  };
  return (
    <section aria-labelledby="positions-heading">
      <h2 id="positions-heading">{t('positionsHeading')}</h2>
      <p>{t('positionsDetail', count(MAX_POSITIONS))}</p>
      <button type="button" data-liseuse-options="forget-positions" onClick={forget}>
        {t('positionsForget')}
      </button>
      <p role="status" class="note" data-liseuse-options="positions-result">
        {result ?? ''}
      </p>
    </section>
  );
}
