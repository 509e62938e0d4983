import i18next from 'i18next';
import { defaultLocale, type Locale } from './config.ts';
import { en } from './ui/en.ts';
import { fr } from './ui/fr.ts';

/** Every key of the dictionaries, plural suffixes included. */
export type UiKey = keyof typeof en;

/** The keys as they are called: plural forms are reached through their base key and `count`. */
export type TranslationKey = UiKey extends infer K
  ? K extends `${infer Base}_${'zero' | 'one' | 'other'}`
    ? Base
    : K
  : never;

export type Translate = (key: TranslationKey, options?: { count?: number } & Record<string, unknown>) => string;

// One synchronous instance for the whole build; the dictionaries are flat, so the key and
// namespace separators are off, and Astro escapes what it renders, so i18next must not.
const instance = i18next.createInstance();
void instance.init({
  lng: defaultLocale,
  fallbackLng: false,
  resources: { fr: { translation: fr }, en: { translation: en } },
  keySeparator: false,
  nsSeparator: false,
  interpolation: { escapeValue: false },
  initAsync: false,
});

/**
 * The interface strings of one language.
 * @example
 * const t = useTranslations('fr');
 * t('nav.practices') // 'Pratiques'
 * t('cases.count', { count: 2 }) // '2 pratiques'
 */
export function useTranslations(locale: Locale): Translate {
  const fixed = instance.getFixedT(locale);
  return (key, options) => fixed(key, options ?? {});
}

/**
 * Pick the text of a `{ fr, en }` field of the content in the page's language.
 * @example localize({ fr: 'Écoles', en: 'Schools' }, 'en') // 'Schools'
 */
export function localize<T>(value: Record<Locale, T>, locale: Locale): T {
  return value[locale];
}
