/** RFI's dates: shown and written in Paris time. */
import { instantToIso } from '../../shared/zoned-time';
import { rfiTimeZone } from './markup';

/** A datetime as ISO 8601 in Paris time with its offset, whatever form the page used. */
export function toParisIso(value: string | undefined): string | undefined {
  if (!value) return undefined;
  const ms = Date.parse(value);
  return Number.isNaN(ms) ? undefined : instantToIso(ms, rfiTimeZone);
}
