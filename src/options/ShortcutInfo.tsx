/**
 * The reader's keyboard shortcut as the browser has it now (the user may have
 * changed it), and where to change it in each browser. Firefox 137+ can open its
 * shortcut editor directly; Chrome's page is chrome://extensions/shortcuts, which
 * a link cannot open but tabs.create can.
 */
import { useEffect, useState } from 'preact/hooks';
import browser from '../shared/browser';
import { t } from './strings';

/** The manifest's command name (manifest.json `commands`). */
const COMMAND = 'toggle-reader';

type CommandsWithEditor = typeof browser.commands & { openShortcutSettings?: () => Promise<void> };

function openShortcutEditor(): void {
  const commands = browser.commands as CommandsWithEditor;
  const opened = commands.openShortcutSettings
    ? commands.openShortcutSettings()
    : browser.tabs.create({ url: 'chrome://extensions/shortcuts' });
  opened.catch((error: unknown) => console.warn('Liseuse could not open the shortcut settings:', error));
}

/** The shortcut section. */
export function ShortcutInfo() {
  const [shortcut, setShortcut] = useState<string | undefined>(undefined);
  useEffect(() => {
    browser.commands
      .getAll()
      .then((all) => setShortcut(all.find((c) => c.name === COMMAND)?.shortcut ?? ''))
      .catch(() => setShortcut(''));
  }, []);
  return (
    <section aria-labelledby="shortcut-heading">
      <h2 id="shortcut-heading">{t('shortcutHeading')}</h2>
      {shortcut === undefined ? null : (
        <p data-liseuse-options="shortcut">{shortcut ? t('shortcutCurrent', shortcut) : t('shortcutNone')}</p>
      )}
      <p>{t('shortcutWhere')}</p>
      <ul class="where">
        <li>
          <bdi>{t('shortcutWhereChrome')}</bdi>
        </li>
        <li>
          <bdi>{t('shortcutWhereFirefox')}</bdi>
        </li>
      </ul>
      <button type="button" onClick={openShortcutEditor}>
        {t('shortcutChange')}
      </button>
    </section>
  );
}
