/**
 * The toolbar's read-aloud group: one button that reads, pauses and resumes
 * (its name says which), and while reading a stop button and the speed, slower
 * and faster. Native buttons with accessible names, in the toolbar's arrow-key
 * order; `data-liseuse-control` names them for user styles and tests.
 */
import { useLayoutEffect, useRef } from 'preact/hooks';
import { speechRates, type Settings } from '../../shared/settings';
import { t } from '../strings';
import type { ReadAloud } from './use-read-aloud';

/** Decorative icons; each button's accessible name says what it does. */
type Shape = 'speak' | 'pause' | 'resume' | 'stop' | 'slower' | 'faster';

function Icon({ shape }: { shape: Shape }) {
  const paths = {
    speak: 'M3 8h3l4-3.5v11L6 12H3zM13 7.5a3.5 3.5 0 0 1 0 5M15 5a7 7 0 0 1 0 10',
    pause: 'M7 5v10M13 5v10',
    resume: 'M6 4.5v11l9-5.5z',
    stop: 'M5.5 5.5h9v9h-9z',
    slower: 'M5 10h10',
    faster: 'M5 10h10M10 5v10',
  };
  return (
    <svg class="icon" viewBox="0 0 20 20" width="20" height="20" aria-hidden="true" focusable="false">
      <path d={paths[shape]} />
    </svg>
  );
}

/** A toolbar button of the group: named, titled, and aria-disabled (not disabled, which drops focus) at an end. */
function ToolButton({
  control,
  label,
  atEnd,
  onClick,
  shape,
}: {
  control: string;
  label: string;
  atEnd?: boolean;
  onClick: () => void;
  shape: Shape;
}) {
  return (
    <button
      type="button"
      class="tool"
      data-liseuse-control={control}
      aria-label={label}
      title={label}
      aria-disabled={atEnd}
      onClick={onClick}
    >
      <Icon shape={shape} />
    </button>
  );
}

/** The read-aloud group; `locale` formats the speed. */
export function ReadAloudControls({
  readAloud,
  settings,
  onChange,
  locale,
}: {
  readAloud: ReadAloud;
  settings: Settings;
  onChange: (changes: Partial<Settings>) => void;
  locale: string;
}) {
  const { view } = readAloud;
  const active = view.state !== 'idle';
  const main = useRef<HTMLButtonElement>(null);
  const focusWasInside = useRef(false);
  // The stop and speed buttons go when reading ends: focus on one of them comes back to the main button.
  useLayoutEffect(() => {
    if (!active && focusWasInside.current && !(main.current?.getRootNode() as ShadowRoot | undefined)?.activeElement) main.current?.focus();
  }, [active]);

  const [label, shape, act] =
    view.state === 'reading'
      ? [t('pauseReading'), 'pause' as const, readAloud.pause]
      : view.state === 'paused'
        ? [t('resumeReading'), 'resume' as const, readAloud.resume]
        : [t('readAloud'), 'speak' as const, () => readAloud.start()];
  const rateIndex = speechRates.indexOf(settings.speechRate as (typeof speechRates)[number]);
  const step = (by: number) => {
    const rate = speechRates[rateIndex + by];
    if (rate !== undefined) onChange({ speechRate: rate });
  };
  const rate = t('speechRateValue', new Intl.NumberFormat(locale).format(settings.speechRate));
  return (
    <div
      class="group read-aloud"
      role="group"
      aria-label={t('readAloudGroup')}
      onFocusIn={() => (focusWasInside.current = true)}
      onFocusOut={(event) => (focusWasInside.current = event.currentTarget.contains(event.relatedTarget as Node | null))}
    >
      <button
        ref={main}
        type="button"
        class="tool"
        data-liseuse-control="read-aloud"
        aria-label={label}
        title={label}
        aria-disabled={view.state === 'loading'}
        onClick={() => view.state !== 'loading' && act()}
      >
        <Icon shape={shape} />
      </button>
      {active ? (
        <>
          <ToolButton
            control="read-aloud:stop"
            label={t('stopReading')}
            shape="stop"
            onClick={() => {
              readAloud.stop();
              main.current?.focus();
            }}
          />
          <ToolButton control="read-aloud:slower" label={t('readSlower')} shape="slower" atEnd={rateIndex <= 0} onClick={() => step(-1)} />
          <span class="rate" data-liseuse="speech-rate" aria-live="polite">
            {rate}
          </span>
          <ToolButton
            control="read-aloud:faster"
            label={t('readFaster')}
            shape="faster"
            atEnd={rateIndex >= speechRates.length - 1}
            onClick={() => step(1)}
          />
        </>
      ) : null}
    </div>
  );
}
