/**
 * Turns a wall-clock time in a named time zone into ISO 8601 with that zone's
 * offset, e.g. RFI's "28/09/2023 - 19:25" (Europe/Paris) into
 * 2023-09-28T19:25:00+02:00. Uses Intl's time-zone data, so summer time and its
 * changes are right for every year.
 */

/** A wall-clock time; month is 1-12. */
export interface WallClock {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
  second?: number;
}

const formatters = new Map<string, Intl.DateTimeFormat>();

/** Offset of `timeZone` from UTC at the instant `epochMs`, in minutes. */
export function offsetMinutes(epochMs: number, timeZone: string): number {
  let f = formatters.get(timeZone);
  if (!f) {
    f = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
    });
    formatters.set(timeZone, f);
  }
  const p: Record<string, number> = {};
  for (const part of f.formatToParts(new Date(epochMs))) {
    if (part.type !== 'literal') p[part.type] = Number(part.value);
  }
  const asUtc = Date.UTC(p.year!, p.month! - 1, p.day!, p.hour!, p.minute!, p.second!);
  return Math.round((asUtc - Math.floor(epochMs / 1000) * 1000) / 60000);
}

const pad = (n: number, width = 2) => String(Math.abs(n)).padStart(width, '0');

/** Formats an offset in minutes as +HH:MM. */
export function formatOffset(minutes: number): string {
  return `${minutes < 0 ? '-' : '+'}${pad(Math.floor(Math.abs(minutes) / 60))}:${pad(Math.abs(minutes) % 60)}`;
}

/** ISO 8601 of a wall-clock time in `timeZone`, with that zone's offset at that time. */
export function wallClockToIso(t: WallClock, timeZone: string): string {
  const naive = Date.UTC(t.year, t.month - 1, t.day, t.hour, t.minute, t.second ?? 0);
  // The offset at the naive instant can differ from the offset at the true instant
  // around a summer-time change; a second pass settles it.
  let offset = offsetMinutes(naive, timeZone);
  offset = offsetMinutes(naive - offset * 60000, timeZone);
  return `${pad(t.year, 4)}-${pad(t.month)}-${pad(t.day)}T${pad(t.hour)}:${pad(t.minute)}:${pad(t.second ?? 0)}${formatOffset(offset)}`;
}

/** ISO 8601 of an instant, as wall-clock time in `timeZone` with its offset. */
export function instantToIso(epochMs: number, timeZone: string): string {
  const offset = offsetMinutes(epochMs, timeZone);
  const local = new Date(Math.floor(epochMs / 1000) * 1000 + offset * 60000);
  return `${pad(local.getUTCFullYear(), 4)}-${pad(local.getUTCMonth() + 1)}-${pad(local.getUTCDate())}T${pad(local.getUTCHours())}:${pad(local.getUTCMinutes())}:${pad(local.getUTCSeconds())}${formatOffset(offset)}`;
}
