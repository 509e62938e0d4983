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
  myArea: { fr: 'mon-territoire', en: 'my-area' },
} as const satisfies Record<string, Record<Locale, string>>;

export type Section = keyof typeof sections;

/**
 * Localized names of the catalogue's facets. Each is the query parameter of the catalogue
 * (`/fr/pratiques/?niveau=college`); the facets that have no section of their own also use it as
 * the segment of their listing pages (`/fr/pratiques/niveau/college/`). Values are always the
 * stable ids of the taxonomy (or INSEE region codes), never labels: shared links keep working
 * when a label is reworded.
 */
export const facets = {
  continuity: { fr: 'continuite', en: 'continuity' },
  theme: { fr: 'theme', en: 'theme' },
  level: { fr: 'niveau', en: 'level' },
  authority: { fr: 'collectivite', en: 'authority' },
  region: { fr: 'region', en: 'region' },
  size: { fr: 'taille', en: 'size' },
} as const satisfies Record<string, Record<Locale, string>>;

export type Facet = keyof typeof facets;

/** The facets whose listing pages live under the catalogue; continuities and themes have their own sections (hubs and theme pages). */
export const listedFacets = [
  'level',
  'authority',
  'region',
  'size',
] as const satisfies readonly Facet[];
export type ListedFacet = (typeof listedFacets)[number];

/** The query parameter of « Pour mon territoire » that names a commune by its INSEE code (`/fr/mon-territoire/?commune=28214`). */
export const communeParam = { fr: 'commune', en: 'commune' } as const satisfies Record<
  Locale,
  string
>;

/** The query parameter of the compare page that lists the practices to compare (`/fr/comparer/?cas=a,b`). */
export const compareParam = { fr: 'cas', en: 'cases' } as const satisfies Record<Locale, string>;

/** What a site path means, independently of its language. */
export interface ParsedPath {
  locale: Locale;
  /** Undefined for the home page of a language. */
  section?: Section;
  /** The entry or taxonomy id after the section, if any. */
  slug?: string;
  /** Set on the listing page of a facet value (`/fr/pratiques/niveau/college/`): the facet, whose value is `slug`. */
  facet?: ListedFacet;
  /** Set on the second and later pages of a listing (`/fr/pratiques/2/`): the page number. */
  page?: number;
}

const facetBySegment = new Map<string, ListedFacet>(
  locales.flatMap((locale) =>
    listedFacets.map((facet) => [`${locale}/${facets[facet][locale]}`, facet] as const),
  ),
);

const sectionBySegment = new Map<string, Section>(
  locales.flatMap((locale) =>
    (Object.keys(sections) as Section[]).map(
      (key) => [`${locale}/${sections[key][locale]}`, key] as const,
    ),
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
 * The page that lists the practices with one value of a facet: the hub of a continuity, the page
 * of a theme, or a listing page under the catalogue for the other facets.
 * @example facetPath('fr', 'level', 'college') // '/fr/pratiques/niveau/college/'
 * @example facetPath('en', 'size', 'moins-de-10000') // '/en/practices/size/moins-de-10000/'
 * @example facetPath('fr', 'continuity', 'parcours') // '/fr/continuites/parcours/'
 * @example facetPath('en', 'theme', 'ent') // '/en/themes/ent/'
 */
export function facetPath(locale: Locale, facet: Facet, id: string): string {
  if (facet === 'continuity') return localizedPath(locale, 'continuities', id);
  if (facet === 'theme') return localizedPath(locale, 'themes', id);
  return `${localizedPath(locale, 'practices')}${facets[facet][locale]}/${id}/`;
}

/**
 * Read a site path back into locale, section and slug; undefined when the path is not one
 * of the site's localized routes (for example `/fr/practices/`, which mixes languages).
 * @example parsePath('/en/practices/lab28-la-loupe/') // { locale: 'en', section: 'practices', slug: 'lab28-la-loupe' }
 * @example parsePath('/fr/') // { locale: 'fr' }
 * @example parsePath('/fr/pratiques/3/') // { locale: 'fr', section: 'practices', page: 3 }
 */
export function parsePath(pathname: string): ParsedPath | undefined {
  const segments = pathname.split(/[?#]/)[0]!.split('/').filter(Boolean);
  const last = segments.at(-1);
  if (segments.length > 2 && last !== undefined && /^[1-9][0-9]*$/.test(last)) {
    const listing = parseSegments(segments.slice(0, -1));
    if (listing && isPagedListing(listing)) return { ...listing, page: Number(last) };
  }
  return parseSegments(segments);
}

/** The sections whose pages named by a slug list practices page by page: hubs, themes, departments. */
const pagedSections: ReadonlySet<Section> = new Set(['continuities', 'themes', 'territories']);

/** Whether a path is a listing of practices, which continues on numbered pages. */
function isPagedListing(parsed: ParsedPath): boolean {
  if (parsed.facet) return true;
  if (parsed.section === 'practices') return parsed.slug === undefined;
  return (
    parsed.section !== undefined && parsed.slug !== undefined && pagedSections.has(parsed.section)
  );
}

function parseSegments(segments: readonly string[]): ParsedPath | undefined {
  const [locale, segment, slug, ...rest] = segments;
  if (!isLocale(locale)) return undefined;
  if (rest.length > 0) {
    const facet = facetBySegment.get(`${locale}/${slug}`);
    const inCatalogue = sectionBySegment.get(`${locale}/${segment}`) === 'practices';
    return inCatalogue && facet && rest.length === 1
      ? { locale, section: 'practices', facet, slug: rest[0]! }
      : undefined;
  }
  if (segment === undefined) return { locale };
  const section = sectionBySegment.get(`${locale}/${segment}`);
  if (!section) return undefined;
  return slug === undefined ? { locale, section } : { locale, section, slug };
}

/**
 * The path of a page of a listing: the listing's own address for the first, then `2/`, `3/`… after it.
 * @example pagedPath('/fr/pratiques/', 1) // '/fr/pratiques/'
 * @example pagedPath('/fr/pratiques/', 3) // '/fr/pratiques/3/'
 */
export function pagedPath(base: string, page: number): string {
  return page > 1 ? `${base}${page}/` : base;
}

/**
 * The same page in another language, or undefined when the path is not a site route.
 * @example translatePath('/fr/pratiques/lab28-la-loupe/', 'en') // '/en/practices/lab28-la-loupe/'
 * @example translatePath('/en/about/', 'fr') // '/fr/a-propos/'
 * @example translatePath('/fr/pratiques/taille/moins-de-10000/', 'en') // '/en/practices/size/moins-de-10000/'
 * @example translatePath('/fr/continuites/parcours/2/', 'en') // '/en/continuities/parcours/2/'
 */
export function translatePath(pathname: string, target: Locale): string | undefined {
  const parsed = parsePath(pathname);
  if (!parsed) return undefined;
  const base =
    parsed.facet && parsed.slug
      ? facetPath(target, parsed.facet, parsed.slug)
      : localizedPath(target, parsed.section, parsed.slug);
  return pagedPath(base, parsed.page ?? 1);
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
