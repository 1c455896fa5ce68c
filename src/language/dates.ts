/**
 * Dates as readers of each language write them. Content dates are calendar
 * days, not instants: they are formatted in UTC.
 */
import { intlLocale, type Lang } from './locales.ts';
import { site } from '../site.config.ts';

/** One formatter per language: making an `Intl.DateTimeFormat` costs far more than formatting with it. */
const dateFormats = new Map<Lang, Intl.DateTimeFormat>();

/** A calendar date as readers of `lang` write it, e.g. "২৪ নভেম্বর, ২০২৬". */
export function formatDate(date: Date, lang: Lang): string {
  let format = dateFormats.get(lang);
  if (!format) {
    format = new Intl.DateTimeFormat(intlLocale(lang), { dateStyle: 'long', timeZone: 'UTC' });
    dateFormats.set(lang, format);
  }
  return format.format(date);
}

/** The machine-readable form for `<time datetime>`: `YYYY-MM-DD`. */
export function isoDay(date: Date): string {
  return date.toISOString().slice(0, 10);
}

const dateTimeFormats = new Map<Lang, Intl.DateTimeFormat>();

/**
 * An instant (a live story's update, the start or end of its coverage) as readers of `lang` write it, in the
 * newsroom's time zone (`site.timeZone`), e.g. "৫ ডিসেম্বর, ২০২৬ এ ১৩:৩০". The 24-hour clock keeps a Latin "AM"/"PM",
 * which the Bengali, Hindi and Urdu locale data print, out of text in other scripts.
 */
export function formatDateTime(date: Date, lang: Lang): string {
  let format = dateTimeFormats.get(lang);
  if (!format) {
    format = new Intl.DateTimeFormat(intlLocale(lang), {
      dateStyle: 'long',
      timeStyle: 'short',
      hourCycle: 'h23',
      timeZone: site.timeZone,
    });
    dateTimeFormats.set(lang, format);
  }
  return format.format(date);
}
