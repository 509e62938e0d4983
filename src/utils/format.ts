import { localeTags, type Locale } from '../i18n/config.ts';

const lists = new Map<Locale, Intl.ListFormat>();

/**
 * Join items as a sentence does in each language.
 * @example formatList(['Commune', 'Département'], 'fr') // 'Commune et Département'
 * @example formatList(['A', 'B', 'C'], 'en') // 'A, B and C'
 */
export function formatList(items: readonly string[], locale: Locale): string {
  let format = lists.get(locale);
  if (!format) {
    format = new Intl.ListFormat(localeTags[locale], { type: 'conjunction', style: 'long' });
    lists.set(locale, format);
  }
  return format.format(items);
}

const numbers = new Map<Locale, Intl.NumberFormat>();

/**
 * A whole number written as the language does, with its digit groups.
 * @example formatNumber(22805, 'en') // '22,805'
 */
export function formatNumber(value: number, locale: Locale): string {
  let format = numbers.get(locale);
  if (!format) {
    format = new Intl.NumberFormat(locale);
    numbers.set(locale, format);
  }
  return format.format(value);
}

/**
 * Keep the digit groups of a number together ("10 000" never breaks across lines).
 * @example keepNumbersTogether('Moins de 10 000 habitants') // 'Moins de 10\u202F000 habitants'
 */
export function keepNumbersTogether(text: string): string {
  return text.replace(/(\d) (?=\d{3}\b)/g, '$1\u202F');
}
