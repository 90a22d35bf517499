/**
 * Answers the readers' questions about reading positions (src/reader/reading-position/):
 * the background reads and writes `storage.local` for them, so the reader's world
 * never sets up the storage API, and the bound on stored articles is kept in one place.
 */
import type { GetPositionMessage, GetPositionReply, SavePositionMessage } from '../shared/messages';
import { asPosition, readingPositions } from '../shared/reading-positions';

/** The position stored for the article the message names, if any. */
export async function getPosition(message: GetPositionMessage): Promise<GetPositionReply> {
  if (typeof message.url !== 'string') return undefined;
  return readingPositions.get(message.url);
}

/** Stores (or forgets) the position the message reports; a malformed one is ignored. */
export async function savePosition(message: SavePositionMessage): Promise<void> {
  if (typeof message.url !== 'string') return;
  const position = message.position === undefined ? undefined : asPosition(message.position);
  if (message.position !== undefined && !position) return;
  await readingPositions.save(message.url, position);
}
