/**
 * The site's languages. French is the default and the language most content is written in;
 * both locales are prefixed in URLs (`/fr/…`, `/en/…`).
 */
export const locales = ['fr', 'en'] as const;

export type Locale = (typeof locales)[number];

export const defaultLocale: Locale = 'fr';

/** Each language named in itself, as a language switch should show it. */
export const localeNames: Record<Locale, string> = {
  fr: 'Français',
  en: 'English',
};

/** BCP 47 tags for `og:locale` and `Intl` formatting. */
export const localeTags: Record<Locale, string> = {
  fr: 'fr-FR',
  en: 'en-GB',
};

/**
 * Narrow an unknown string to a supported locale.
 * @example isLocale('fr') // true
 * @example isLocale('de') // false
 */
export function isLocale(value: unknown): value is Locale {
  return typeof value === 'string' && (locales as readonly string[]).includes(value);
}

/**
 * The other language of this bilingual site.
 * @example otherLocale('fr') // 'en'
 */
export function otherLocale(locale: Locale): Locale {
  return locale === 'fr' ? 'en' : 'fr';
}
