/**
 * Checks a reading position that comes from storage or a message (it may come
 * from another version): kept apart from reading-positions.ts so that the reader
 * bundle, which checks what the background answers, carries no storage code.
 */
import type { StoredPosition } from './messages';

const fraction = (v: unknown) => (typeof v === 'number' && v >= 0 && v <= 1 ? v : undefined);
const count = (v: unknown) => (typeof v === 'number' && Number.isInteger(v) && v >= 0 ? v : undefined);

/** `value` as a position if it is one (what is stored may come from another version), else undefined. */
export function asPosition(value: unknown): StoredPosition | undefined {
  if (typeof value !== 'object' || value === null) return undefined;
  const v = value as Record<string, unknown>;
  const block = count(v.block);
  const within = fraction(v.within);
  const f = fraction(v.fraction);
  const text = typeof v.text === 'number' && Number.isInteger(v.text) ? v.text : undefined;
  if (block === undefined || within === undefined || f === undefined || text === undefined) return undefined;
  return { block, within, text, fraction: f };
}
