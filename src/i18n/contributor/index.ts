import type { Locale } from '../config.ts';
import { en } from './en.ts';
import { fr } from './fr.ts';

/** A key of the contributor dictionaries, plural suffixes removed (call `say(…, { count })`). */
export type ContributorKey = keyof typeof en extends infer K
  ? K extends `${infer Base}_${'one' | 'other'}`
    ? Base
    : K
  : never;

/** The values a message is filled with; `count` chooses the plural form. */
export type MessageValues = Record<string, string | number> & { count?: number };

const dictionaries: Record<Locale, Record<string, string>> = { fr, en };

/**
 * A contributor message in one language, `{{name}}` filled with `values`. With `count`, the plural
 * form is chosen as each language does (French: 0 and 1 are singular).
 * @example say('en', 'summary.error', { count: 2 }) // '2 errors'
 * @example say('fr', 'summary.error', { count: 0 }) // '0 erreur'
 */
export function say(locale: Locale, key: ContributorKey, values: MessageValues = {}): string {
  const dictionary = dictionaries[locale];
  const { count } = values;
  const form =
    count === undefined
      ? key
      : `${key}_${(locale === 'fr' ? count < 2 : count === 1) ? 'one' : 'other'}`;
  const template = dictionary[form] ?? dictionary[key] ?? key;
  return template.replace(/\{\{(\w+)\}\}/g, (whole, name: string) =>
    name in values ? String(values[name]) : whole,
  );
}

/**
 * A message in both languages, to spread into a problem: `message` (English, the key language) and `fr`.
 * @example both('field.missing') // { message: 'missing: this field is required', fr: 'manquant : ce champ est obligatoire' }
 */
export function both(
  key: ContributorKey,
  values: MessageValues = {},
): { message: string; fr: string } {
  return { message: say('en', key, values), fr: say('fr', key, values) };
}

/**
 * The language of the contributor commands: `--lang fr|en`, else the system's (`LC_ALL`, then
 * `LANG`: French when it starts with "fr"), else French, the language of most contributors.
 * An unknown `--lang` value is returned as `invalid`, for the command to refuse.
 * @example contributorLocale(['--lang', 'en'], {}) // { locale: 'en' }
 * @example contributorLocale([], { LANG: 'en_GB.UTF-8' }) // { locale: 'en' }
 * @example contributorLocale([], { LANG: 'C.UTF-8' }) // { locale: 'fr' }
 */
export function contributorLocale(
  args: readonly string[],
  env: Readonly<Record<string, string | undefined>>,
): { locale: Locale; invalid?: string } {
  const index = args.findIndex((arg) => arg === '--lang' || arg.startsWith('--lang='));
  if (index >= 0) {
    const value = args[index]!.includes('=') ? args[index]!.split('=')[1] : args[index + 1];
    if (value === 'fr' || value === 'en') return { locale: value };
    return { locale: systemLocale(env), invalid: value ?? '' };
  }
  return { locale: systemLocale(env) };
}

/** The system's language (`LC_ALL`, then `LANG`): French when it starts with "fr" or says nothing. */
function systemLocale(env: Readonly<Record<string, string | undefined>>): Locale {
  const system = env['LC_ALL'] || env['LANG'] || '';
  if (!system || /^(C|POSIX)([._]|$)/.test(system)) return 'fr';
  return system.toLowerCase().startsWith('fr') ? 'fr' : 'en';
}

/**
 * The arguments without `--lang` and its value, for the commands' own options.
 * @example withoutLang(['x', '--lang', 'en']) // ['x']
 */
export function withoutLang(args: readonly string[]): string[] {
  const index = args.findIndex((arg) => arg === '--lang' || arg.startsWith('--lang='));
  if (index < 0) return [...args];
  return args.filter((_, i) => i !== index && (args[index]!.includes('=') || i !== index + 1));
}
