/**
 * How tt-rss 21 writes an item's date with its default settings, to check a
 * capture's date against the feed's: LONG_DATE_FORMAT 'D, M d Y - G:i' (PHP
 * date()) for items of another year, at a fixed offset from UTC (the browser's at
 * login when USER_TIMEZONE is 'Automatic', UTC with no session).
 */

/** `instant` as tt-rss shows it, `offsetMinutes` east of UTC. */
export function ttrssLongDate(instant: Date, offsetMinutes: number): string {
  const d = new Date(instant.getTime() + offsetMinutes * 60_000);
  const day = d.toLocaleString('en-US', { weekday: 'short', timeZone: 'UTC' });
  const month = d.toLocaleString('en-US', { month: 'short', timeZone: 'UTC' });
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${day}, ${month} ${pad(d.getUTCDate())} ${d.getUTCFullYear()} - ${d.getUTCHours()}:${pad(d.getUTCMinutes())}`;
}

/** An offset in minutes as ±HH:MM. */
export const offsetText = (minutes: number): string =>
  `${minutes < 0 ? '-' : '+'}${String(Math.floor(Math.abs(minutes) / 60)).padStart(2, '0')}:${String(Math.abs(minutes) % 60).padStart(2, '0')}`;
