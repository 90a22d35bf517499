/**
 * "Open the reader automatically on RFI articles" (options page; off by default).
 * The page-load detector stays tiny (src/content/detector.ts): it only reports
 * what it found, and the background, which has the settings, decides and injects
 * the reader. The detector runs only where the extension has host permission, so
 * no click is needed to inject.
 */
import { settings } from '../shared/settings';
import type { DetectedMessage } from '../shared/messages';
import { toggleReader } from './toggle-reader';

/** Opens the reader in `tabId` if the detector found an article and the user asked for it. */
export async function autoOpen(tabId: number, message: DetectedMessage): Promise<void> {
  if (!message.article) return;
  if (!(await settings.get()).autoOpen) return;
  await toggleReader(tabId, { openOnly: true });
}
