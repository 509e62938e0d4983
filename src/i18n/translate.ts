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

export type Translate = (
  key: TranslationKey,
  options?: { count?: number } & Record<string, unknown>,
) => string;

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

const translators = new Map<Locale, Translate>();

/**
 * The interface strings of one language. Every page asks for the same labels (header, footer,
 * headings) and i18next takes microseconds per call, so each text is worked out once per build:
 * results are kept by key and by the values filled in, when these are plain strings and numbers.
 * @example
 * const t = useTranslations('fr');
 * t('nav.practices') // 'Pratiques'
 * t('cases.count', { count: 2 }) // '2 pratiques'
 */
export function useTranslations(locale: Locale): Translate {
  let translate = translators.get(locale);
  if (!translate) {
    const fixed = instance.getFixedT(locale);
    const texts = new Map<string, string>();
    translate = (key, options) => {
      const cacheKey = options === undefined ? key : plainValuesKey(key, options);
      if (cacheKey === undefined) return fixed(key, options ?? {});
      let text = texts.get(cacheKey);
      if (text === undefined) {
        text = fixed(key, options ?? {});
        texts.set(cacheKey, text);
      }
      return text;
    };
    translators.set(locale, translate);
  }
  return translate;
}

/** A key for a call whose values are all strings or numbers; undefined for anything else (objects are not compared). */
function plainValuesKey(key: string, options: Record<string, unknown>): string | undefined {
  let cacheKey = key;
  for (const name of Object.keys(options).sort()) {
    const value = options[name];
    if (typeof value !== 'string' && typeof value !== 'number') return undefined;
    cacheKey += `\u0000${name}\u0000${typeof value}\u0000${value}`;
  }
  return cacheKey;
}

/**
 * Pick the text of a `{ fr, en }` field of the content in the page's language.
 * @example localize({ fr: 'Écoles', en: 'Schools' }, 'en') // 'Schools'
 */
export function localize<T>(value: Record<Locale, T>, locale: Locale): T {
  return value[locale];
}
