/**
 * Dates as people read them: in the reader's locale and own time zone, with the
 * zone named, so "19:25 Paris time" shows as the reader's local time, unmistakably.
 */

/** Formats an ISO 8601 instant (or a bare date) for display. */
export function formatDate(iso: string, locale: string, timeZone?: string): string {
  const dateOnly = /^\d{4}-\d{2}-\d{2}$/.test(iso);
  const date = new Date(dateOnly ? `${iso}T12:00:00Z` : iso);
  if (Number.isNaN(date.getTime())) return iso;
  const options: Intl.DateTimeFormatOptions = dateOnly
    ? { dateStyle: 'long', timeZone: 'UTC' }
    : { year: 'numeric', month: 'long', day: 'numeric', hour: 'numeric', minute: '2-digit', timeZoneName: 'short', timeZone };
  try {
    return new Intl.DateTimeFormat(locale, options).format(date);
  } catch {
    return new Intl.DateTimeFormat('en', options).format(date);
  }
}
