import { localeTags, type Locale } from '../i18n/config.ts';

// An Intl formatter takes longer to create than to use: one per language and precision, for the whole build.
const formatters = new Map<string, Intl.DateTimeFormat>();

/**
 * Format a date known to the year, the month or the day, as the source gives it.
 * French writes the first of the month "1er".
 * @example formatDate('2015-10-01', 'fr') // '1er octobre 2015'
 * @example formatDate('2015-10-01', 'en') // '1 October 2015'
 * @example formatDate('2020-11', 'fr') // 'novembre 2020'
 */
export function formatDate(value: string | Date, locale: Locale): string {
  const iso = value instanceof Date ? value.toISOString().slice(0, 10) : value;
  const [year, month, day] = iso.split('-').map(Number);
  const date = new Date(Date.UTC(year!, (month ?? 1) - 1, day ?? 1));
  const precision = `${locale}-${day ? 'day' : month ? 'month' : 'year'}`;
  let formatter = formatters.get(precision);
  if (!formatter) {
    const options: Intl.DateTimeFormatOptions = { timeZone: 'UTC', year: 'numeric' };
    if (month) options.month = 'long';
    if (day) options.day = 'numeric';
    formatter = new Intl.DateTimeFormat(localeTags[locale], options);
    formatters.set(precision, formatter);
  }
  const text = formatter.format(date);
  return locale === 'fr' && day === 1 ? text.replace(/^1 /, '1er ') : text;
}
