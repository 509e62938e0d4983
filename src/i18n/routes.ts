import { defaultLocale, isLocale, locales, type Locale } from './config.ts';

/**
 * Localized first URL segment of every section of the site: the one map from which
 * all links, the language switch and the hreflang alternates are built.
 * Keys are stable and never shown; values are what readers see in the address bar.
 */
export const sections = {
  practices: { fr: 'pratiques', en: 'practices' },
  continuities: { fr: 'continuites', en: 'continuities' },
  themes: { fr: 'themes', en: 'themes' },
  territories: { fr: 'territoires', en: 'territories' },
  proposals: { fr: 'propositions', en: 'proposals' },
  voices: { fr: 'temoignages', en: 'voices' },
  search: { fr: 'recherche', en: 'search' },
  glossary: { fr: 'glossaire', en: 'glossary' },
  about: { fr: 'a-propos', en: 'about' },
  contribute: { fr: 'contribuer', en: 'contribute' },
  accessibility: { fr: 'accessibilite', en: 'accessibility' },
  data: { fr: 'donnees', en: 'data' },
  compare: { fr: 'comparer', en: 'compare' },
} as const satisfies Record<string, Record<Locale, string>>;

export type Section = keyof typeof sections;

/** What a site path means, independently of its language. */
export interface ParsedPath {
  locale: Locale;
  /** Undefined for the home page of a language. */
  section?: Section;
  /** The entry or taxonomy id after the section, if any. */
  slug?: string;
}

const sectionBySegment = new Map<string, Section>(
  locales.flatMap((locale) =>
    (Object.keys(sections) as Section[]).map((key) => [`${locale}/${sections[key][locale]}`, key] as const),
  ),
);

/**
 * Build the path of a page from what it is. Paths always end with a slash.
 * @example localizedPath('fr') // '/fr/'
 * @example localizedPath('fr', 'practices') // '/fr/pratiques/'
 * @example localizedPath('en', 'practices', 'lab28-la-loupe') // '/en/practices/lab28-la-loupe/'
 */
export function localizedPath(locale: Locale, section?: Section, slug?: string): string {
  const parts: string[] = [locale];
  if (section) parts.push(sections[section][locale]);
  if (section && slug) parts.push(slug);
  return `/${parts.join('/')}/`;
}

/**
 * Read a site path back into locale, section and slug; undefined when the path is not one
 * of the site's localized routes (for example `/fr/practices/`, which mixes languages).
 * @example parsePath('/en/practices/lab28-la-loupe/') // { locale: 'en', section: 'practices', slug: 'lab28-la-loupe' }
 * @example parsePath('/fr/') // { locale: 'fr' }
 */
export function parsePath(pathname: string): ParsedPath | undefined {
  const [locale, segment, slug, ...rest] = pathname.split(/[?#]/)[0]!.split('/').filter(Boolean);
  if (!isLocale(locale) || rest.length > 0) return undefined;
  if (segment === undefined) return { locale };
  const section = sectionBySegment.get(`${locale}/${segment}`);
  if (!section) return undefined;
  return slug === undefined ? { locale, section } : { locale, section, slug };
}

/**
 * The same page in another language, or undefined when the path is not a site route.
 * @example translatePath('/fr/pratiques/lab28-la-loupe/', 'en') // '/en/practices/lab28-la-loupe/'
 * @example translatePath('/en/about/', 'fr') // '/fr/a-propos/'
 */
export function translatePath(pathname: string, target: Locale): string | undefined {
  const parsed = parsePath(pathname);
  return parsed && localizedPath(target, parsed.section, parsed.slug);
}

/**
 * The language of a path, falling back to the default locale for paths outside `/fr/` and `/en/`.
 * @example localeFromPath('/en/search/') // 'en'
 * @example localeFromPath('/') // 'fr'
 */
export function localeFromPath(pathname: string): Locale {
  const first = pathname.split('/').filter(Boolean)[0];
  return isLocale(first) ? first : defaultLocale;
}
