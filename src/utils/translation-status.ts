import { locales, type Locale } from '../i18n/config.ts';

/**
 * Where one language version of an entry stands: the text it was written in (`source`), a translation
 * that is `current` or `outdated` (older than the source, from git dates), one whose dates are
 * `unknown`, or `missing`.
 */
export type VersionState = 'source' | 'current' | 'outdated' | 'unknown' | 'missing';

export interface VersionStatus {
  state: VersionState;
  /** When this version last changed, if git knows. */
  updated?: Date;
}

/** The languages an entry exists in, the one it was written in, and when each file last changed. */
export interface TranslationInput {
  locales: readonly Locale[];
  original: Locale;
  updated: (locale: Locale) => Date | undefined;
}

/**
 * The state of every language version of an entry. A translation is outdated when its source
 * changed after it; when either date is unknown, so is the state.
 * @example translationStatus({ locales: ['fr', 'en'], original: 'fr', updated: (l) => new Date(l === 'fr' ? '2026-02-01' : '2026-01-01') })
 *   // { fr: { state: 'source', … }, en: { state: 'outdated', … } }
 */
export function translationStatus(input: TranslationInput): Record<Locale, VersionStatus> {
  const source = input.locales.includes(input.original) ? input.original : input.locales[0];
  const sourceDate = source && input.updated(source);
  return Object.fromEntries(
    locales.map((locale): [Locale, VersionStatus] => {
      if (!input.locales.includes(locale)) return [locale, { state: 'missing' }];
      const updated = input.updated(locale);
      const dated = updated ? { updated } : {};
      if (locale === source) return [locale, { state: 'source', ...dated }];
      if (!updated || !sourceDate) return [locale, { state: 'unknown', ...dated }];
      return [locale, { state: updated < sourceDate ? 'outdated' : 'current', ...dated }];
    }),
  ) as Record<Locale, VersionStatus>;
}
