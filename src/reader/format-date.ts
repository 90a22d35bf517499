/**
 * Dates as people read them: in the reader's locale and own time zone, with the
 * zone named, so "19:25 Paris time" shows as the reader's local time, unmistakably;
 * "2 hours ago" for what is recent; and for the Persian edition also the Solar
 * Hijri date its readers live by (Intl's `-u-ca-persian` calendar).
 */

/** Items younger than this get a relative time ("2 hours ago") next to the date. */
export const RELATIVE_WITHIN_MS = 24 * 60 * 60 * 1000;

const isBareDate = (iso: string) => /^\d{4}-\d{2}-\d{2}$/.test(iso);

/** A bare date means that calendar day wherever the reader is: read it as noon UTC and format it in UTC. */
const toDate = (iso: string) => new Date(isBareDate(iso) ? `${iso}T12:00:00Z` : iso);

/**
 * Formatters already made, by locale and options: a header formats its two dates
 * with the same options, and again when it renders after the first paint, and a
 * new Intl formatter costs a fraction of a millisecond each time, before the
 * article can show. They live as long as the reader's world (one page). One made
 * for the reader's own zone keeps the zone it was made in: its key carries the
 * current UTC offset, so a reader who travels (or whose clock changes to summer
 * time) gets a new one.
 */
const formatters = new Map<string, Intl.DateTimeFormat>();

function format(date: Date, locale: string, options: Intl.DateTimeFormatOptions): string {
  const key = `${locale}\n${JSON.stringify(options)}\n${options.timeZone ? '' : new Date().getTimezoneOffset()}`;
  let f = formatters.get(key);
  if (!f) {
    try {
      f = new Intl.DateTimeFormat(locale, options);
    } catch {
      // An unknown locale or zone from the browser must not cost the reader the
      // date: English then, kept under the same key.
      f = new Intl.DateTimeFormat('en', { ...options, timeZone: options.timeZone === 'UTC' ? 'UTC' : undefined });
    }
    formatters.set(key, f);
  }
  return f.format(date);
}

/** Formats an ISO 8601 instant (or a bare date) in `locale` and `timeZone` (default: the reader's), zone named. */
export function formatDate(iso: string, locale: string, timeZone?: string): string {
  const date = toDate(iso);
  if (Number.isNaN(date.getTime())) return iso;
  return format(
    date,
    locale,
    isBareDate(iso)
      ? { dateStyle: 'long', timeZone: 'UTC' }
      : { year: 'numeric', month: 'long', day: 'numeric', hour: 'numeric', minute: '2-digit', timeZoneName: 'short', timeZone },
  );
}

const relativeFormatters = new Map<string, Intl.RelativeTimeFormat>();

/** The relative-time formatter of `locale` (English if the browser gave an unknown one), made once (see `formatters`). */
function relativeFormatter(locale: string): Intl.RelativeTimeFormat {
  let rtf = relativeFormatters.get(locale);
  if (!rtf) {
    try {
      rtf = new Intl.RelativeTimeFormat(locale, { numeric: 'auto' });
    } catch {
      rtf = new Intl.RelativeTimeFormat('en', { numeric: 'auto' });
    }
    relativeFormatters.set(locale, rtf);
  }
  return rtf;
}

/** "2 hours ago" in `locale` when `iso` is within the last day of `now`; otherwise undefined. */
export function relativeDate(iso: string, locale: string, now: number = Date.now()): string | undefined {
  if (isBareDate(iso)) return undefined;
  const then = new Date(iso).getTime();
  if (Number.isNaN(then)) return undefined;
  // A publisher clock a few minutes ahead of the reader's must not read "in 3 minutes".
  const elapsed = Math.max(0, now - then);
  if (elapsed >= RELATIVE_WITHIN_MS || then - now > 60 * 60 * 1000) return undefined;
  const rtf = relativeFormatter(locale);
  const minutes = Math.floor(elapsed / 60000);
  return minutes < 60 ? rtf.format(-minutes, 'minute') : rtf.format(-Math.floor(minutes / 60), 'hour');
}

/** The Solar Hijri date of `iso` in Persian (e.g. ۲۱ آذر ۱۴۰۲), on the reader's calendar day. */
export function solarHijriDate(iso: string, timeZone?: string): string | undefined {
  const date = toDate(iso);
  if (Number.isNaN(date.getTime())) return undefined;
  return format(date, 'fa-IR-u-ca-persian-nu-arabext', { dateStyle: 'long', timeZone: isBareDate(iso) ? 'UTC' : timeZone });
}

/** Whether an article in `lang` gets the Solar Hijri date too (the Persian edition). */
export const usesSolarHijri = (lang: string) => /^fa\b/i.test(lang);
