/**
 * Background entry: wires the toolbar button, Firefox's address-bar button, the
 * keyboard shortcut and the content scripts' messages. Logic lives in the modules it imports.
 */
import type { Runtime } from 'webextension-polyfill';
import browser from '../shared/browser';
import { isMessageToBackground } from '../shared/messages';
import { autoOpen } from './auto-open';
import { injectChineseConverter } from './inject-chinese-converter';
import { injectReadAloud, injectReadability } from './inject-readability';
import { getPosition, savePosition } from './reading-positions';
import { readerSetup } from './reader-setup';
import { showPageAction } from './page-action';
import { reportFailure } from './report-failure';
import { toggleReader } from './toggle-reader';

const toggle = (tabId: number | undefined) => {
  if (tabId !== undefined) toggleReader(tabId).catch((error: unknown) => reportFailure(tabId, error));
};

browser.action.onClicked.addListener((tab) => toggle(tab.id));
browser.pageAction?.onClicked.addListener((tab) => toggle(tab.id));
browser.commands.onCommand.addListener((command, tab) => {
  if (command === 'toggle-reader') toggle(tab?.id);
});
/**
 * Our content scripts' messages. The file, setup and position requests are answered:
 * sendResponse and `true`, the one form every browser's onMessage (native or
 * polyfilled) answers the same way; the rest get no reply (undefined).
 */
function onMessage(message: unknown, sender: Runtime.MessageSender, sendResponse: (reply: unknown) => void): true | undefined {
  if (!isMessageToBackground(message)) return undefined;
  if (message.type === 'liseuse:load-readability') {
    void injectReadability(sender).then(sendResponse);
    return true;
  }
  if (message.type === 'liseuse:load-read-aloud') {
    void injectReadAloud(sender).then(sendResponse);
    return true;
  }
  if (message.type === 'liseuse:load-chinese-converter') {
    void injectChineseConverter(message, sender).then(sendResponse);
    return true;
  }
  if (message.type === 'liseuse:get-position') {
    // Answered whatever happens: the reader then simply starts at the top.
    getPosition(message).then(sendResponse, (error: unknown) => {
      console.warn('Liseuse could not read a reading position:', error);
      sendResponse(undefined);
    });
    return true;
  }
  if (message.type === 'liseuse:save-position') {
    savePosition(message).catch((error: unknown) => console.warn('Liseuse could not save a reading position:', error));
    return undefined;
  }
  if (message.type === 'liseuse:reader-setup') {
    // Answered whatever happens: without a reply the reader would wait out its patience.
    readerSetup().then(sendResponse, (error: unknown) => {
      console.warn('Liseuse could not prepare the reader:', error);
      sendResponse(undefined);
    });
    return true;
  }
  if (message.type === 'liseuse:open-options') {
    browser.runtime.openOptionsPage().catch((error: unknown) => console.warn('Liseuse could not open its options:', error));
    return undefined;
  }
  const tabId = sender.tab?.id;
  if (tabId === undefined) return undefined;
  showPageAction(tabId, message).catch(() => {
    // The tab may have closed or navigated meanwhile; nothing to show then.
  });
  autoOpen(tabId, message).catch((error: unknown) => console.warn('Liseuse could not open the reader by itself:', error));
  return undefined;
}

// The polyfill's types want a callback-style listener to return `true` always;
// the API itself documents undefined for "no reply", which the others need.
browser.runtime.onMessage.addListener(onMessage as Runtime.OnMessageListenerCallback);
