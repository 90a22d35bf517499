/**
 * The overlay's compact toolbar: text size, font, line length, line spacing,
 * theme, close. Every control is a native button with an accessible name (the
 * name of a choice, in a labelled group) and aria-pressed for the current choice;
 * arrow keys move along the toolbar as the ARIA toolbar pattern expects, and Tab
 * reaches every control too. Controls carry `data-liseuse-control` for user
 * styles and tests.
 */
import type { TargetedKeyboardEvent } from 'preact';
import browser from '../../shared/browser';
import type { OpenOptionsMessage } from '../../shared/messages';
import { fontSizes, type Settings } from '../../shared/settings';
import { choiceSettings, type ChoiceSetting } from '../setting-choices';
import { t } from '../strings';
import { ReadAloudControls } from '../read-aloud/ReadAloudControls';
import { ReadAloudStatus } from '../read-aloud/ReadAloudStatus';
import type { ReadAloud } from '../read-aloud/use-read-aloud';
import { ChoiceIcon } from './ChoiceIcon';
import { ChineseControls } from '../chinese-script/ChineseControls';
import type { ChineseView } from '../chinese-script/use-chinese-script';

export interface ToolbarProps {
  settings: Settings;
  onChange: (changes: Partial<Settings>) => void;
  onClose: () => void;
  /** The interface language, for the labels' fonts. */
  uiLang: string;
  /**
   * Whether the reader's first frame has been painted (use-painted.ts). The
   * setting controls (about 40 elements, icons and faces) join the toolbar then:
   * creating and laying them out before the first paint kept the article's text
   * waiting. The options and close buttons are there from the start and give the toolbar its height, which is
   * one line at any width (the controls scroll sideways when they do not fit),
   * so nothing below moves when the controls arrive.
   */
  painted: boolean;
  /** Reading aloud (src/reader/read-aloud), on an article only; `articleLang` names its language. */
  readAloud?: ReadAloud;
  articleLang?: string;
  /** The article's Chinese script and the means to switch it (Chinese articles get the 简/繁 buttons). */
  chinese?: ChineseView;
}

/** Arrow keys move focus along the toolbar (mirrored in right-to-left layout); Home/End go to the ends. */
function moveAlongToolbar(event: TargetedKeyboardEvent<HTMLDivElement>): void {
  const toolbar = event.currentTarget;
  const buttons = Array.from(toolbar.querySelectorAll('button'));
  const index = buttons.indexOf((toolbar.getRootNode() as ShadowRoot).activeElement as HTMLButtonElement);
  if (index < 0) return;
  const rtl = getComputedStyle(toolbar).direction === 'rtl';
  const step = event.key === 'ArrowRight' ? (rtl ? -1 : 1) : event.key === 'ArrowLeft' ? (rtl ? 1 : -1) : 0;
  let next: HTMLButtonElement | undefined;
  if (step) next = buttons[(index + step + buttons.length) % buttons.length];
  else if (event.key === 'Home') next = buttons[0];
  else if (event.key === 'End') next = buttons.at(-1);
  if (!next) return;
  event.preventDefault();
  next.focus();
}

/** The options page (auto-open, the shortcut): only the background may open it. */
function openOptions(): void {
  const message: OpenOptionsMessage = { type: 'liseuse:open-options' };
  browser.runtime.sendMessage(message).catch(() => undefined);
}

function FontSize({ settings, onChange }: Pick<ToolbarProps, 'settings' | 'onChange'>) {
  const index = fontSizes.indexOf(settings.fontSize as (typeof fontSizes)[number]);
  const step = (by: number) => {
    const size = fontSizes[index + by];
    if (size !== undefined) onChange({ fontSize: size });
  };
  return (
    <div class="group" role="group" aria-label={t('fontSizeLabel')}>
      <StepButton control="font-smaller" label={t('fontSmaller')} atEnd={index <= 0} onClick={() => step(-1)} glyph="small" />
      <StepButton
        control="font-larger"
        label={t('fontLarger')}
        atEnd={index >= fontSizes.length - 1}
        onClick={() => step(1)}
        glyph="large"
      />
    </div>
  );
}

/**
 * A text-size step. aria-disabled rather than disabled at the ends: a disabled
 * button would drop the focus of someone pressing it repeatedly to reach the end.
 */
function StepButton({
  control,
  label,
  atEnd,
  onClick,
  glyph,
}: {
  control: string;
  label: string;
  atEnd: boolean;
  onClick: () => void;
  glyph: string;
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
      <span aria-hidden="true" class={`glyph ${glyph}`}>
        A
      </span>
    </button>
  );
}

function Choices<K extends ChoiceSetting>({ name, settings, onChange }: { name: K } & Pick<ToolbarProps, 'settings' | 'onChange'>) {
  const { label, choices } = choiceSettings[name];
  return (
    <div class="group" role="group" aria-label={t(label)}>
      {choices.map((choice) => (
        <button
          key={choice.value}
          type="button"
          class="tool"
          data-liseuse-control={`${name}:${choice.value}`}
          aria-label={t(choice.label)}
          title={t(choice.label)}
          aria-pressed={settings[name] === choice.value}
          onClick={() => onChange({ [name]: choice.value })}
        >
          <ChoiceIcon setting={name} value={choice.value} />
        </button>
      ))}
    </div>
  );
}

/** The toolbar (sticky at the top of the dialog, one line high; hidden in print). */
export function Toolbar({ settings, onChange, onClose, uiLang, painted, readAloud, articleLang, chinese }: ToolbarProps) {
  return (
    <div class="toolbar" role="toolbar" aria-label={t('readerSettings')} lang={uiLang} data-liseuse="toolbar" onKeyDown={moveAlongToolbar}>
      {/* One line at any width: in a narrow window the controls scroll sideways (reader.css).
          Out of the tab order: Firefox would stop on the scrolling box itself, a
          stop with no name; focusing a control scrolls it into view. */}
      <div class="controls" tabIndex={-1}>
        {painted ? (
          <>
            <FontSize settings={settings} onChange={onChange} />
            <Choices name="fontFamily" settings={settings} onChange={onChange} />
            <Choices name="contentWidth" settings={settings} onChange={onChange} />
            <Choices name="lineHeight" settings={settings} onChange={onChange} />
            <Choices name="theme" settings={settings} onChange={onChange} />
            {chinese ? <ChineseControls view={chinese} /> : null}
            {readAloud ? <ReadAloudControls readAloud={readAloud} settings={settings} onChange={onChange} locale={uiLang} /> : null}
          </>
        ) : null}
      </div>
      <button
        type="button"
        class="tool more"
        data-liseuse-control="options"
        aria-label={t('moreSettings')}
        title={t('moreSettings')}
        onClick={openOptions}
      >
        <span aria-hidden="true">⚙</span>
      </button>
      <button
        type="button"
        class="tool close"
        data-liseuse="close"
        aria-label={t('closeReader')}
        title={t('closeReader')}
        onClick={onClose}
      >
        <span aria-hidden="true">×</span>
      </button>
      {readAloud && painted ? <ReadAloudStatus readAloud={readAloud} locale={uiLang} articleLang={articleLang ?? uiLang} /> : null}
    </div>
  );
}
