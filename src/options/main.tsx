/**
 * Options page entry (manifest options_ui): sets the page's language, direction
 * and title from the interface language, then renders the settings.
 */
import { render } from 'preact';
import browser from '../shared/browser';
import { OptionsPage } from './OptionsPage';
import { t } from './strings';

const lang = browser.i18n.getUILanguage();
document.documentElement.lang = lang;
// The extension's own page, so its direction follows its interface language (Persian: right to left).
document.documentElement.dir = browser.i18n.getMessage('@@bidi_dir') === 'rtl' ? 'rtl' : 'ltr';
document.title = t('optionsTitle');
render(<OptionsPage />, document.getElementById('options')!);
