/**
 * "Back where you left off", with a link back to the top and a dismiss button:
 * a polite live region, there (empty) from the first paint on so that what it
 * says is announced, at the foot of the view, out of the way of the text. It
 * never takes the focus; when its buttons go with it, the focus goes back to
 * the dialog rather than to the page behind.
 */
import type { RefObject } from 'preact';
import { t } from '../strings';
import type { PlaceView } from './use-reading-position';

/** The notice, shown while `place.restored`, in the interface language `lang`. */
export function PositionNotice({ place, dialog, lang }: { place: PlaceView; dialog: RefObject<HTMLElement | null>; lang: string }) {
  /** Runs `action`; the focus, if it was on the notice, goes to the dialog. */
  const then = (action: () => void) => (event: Event) => {
    const hadFocus = (event.currentTarget as HTMLElement).matches(':focus');
    action();
    if (hadFocus) dialog.current?.focus({ preventScroll: true });
  };
  return (
    <div class="notice-region" role="status" aria-live="polite" lang={lang} data-liseuse="position-notice">
      {place.restored ? (
        <div class="notice">
          <span>{t('positionRestored')}</span>{' '}
          <button type="button" class="link" data-liseuse-control="position:start-over" onClick={then(place.startOver)}>
            {t('positionStartOver')}
          </button>
          <button
            type="button"
            class="dismiss"
            data-liseuse-control="position:dismiss"
            aria-label={t('noticeDismiss')}
            title={t('noticeDismiss')}
            onClick={then(place.dismiss)}
          >
            <span aria-hidden="true">×</span>
          </button>
        </div>
      ) : null}
    </div>
  );
}
