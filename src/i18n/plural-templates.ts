import type { Locale } from './config.ts';
import type { TranslationKey } from './translate.ts';
import { en } from './ui/en.ts';
import { fr } from './ui/fr.ts';
import type { PluralTemplates } from '../utils/plural.ts';

const dictionaries: Record<Locale, Record<string, string>> = { fr, en };

/**
 * The raw plural forms of a key, for a script that formats counts in the browser with `formatPlural`.
 * A key without plural forms gives its one text as `other`.
 * @example pluralTemplates('fr', 'cases.count') // { zero: 'Aucune pratique', one: '{{count}} pratique', other: '{{count}} pratiques' }
 */
export function pluralTemplates(locale: Locale, key: TranslationKey): PluralTemplates {
  const dictionary = dictionaries[locale];
  const form = (suffix: string) => dictionary[`${key}_${suffix}`];
  const other = form('other') ?? dictionary[key];
  if (other === undefined) throw new Error(`src/i18n/ui/${locale}.ts: no text for "${key}"`);
  return {
    ...(form('zero') !== undefined ? { zero: form('zero')! } : {}),
    ...(form('one') !== undefined ? { one: form('one')! } : {}),
    other,
  };
}
