import { locales, type Locale } from '../i18n/config.ts';
import {
  facetPath,
  listedFacets,
  localizedPath,
  pagedPath,
  type ListedFacet,
  type Section,
} from '../i18n/routes.ts';
import { departmentSlug } from '../territory/map.ts';
import { pageCount } from './paging.ts';

/** What a generated page shows. */
export type RouteView =
  | { view: 'home' }
  | { view: 'cases'; page: number }
  | { view: 'facet'; facet: ListedFacet; id: string; page: number }
  | { view: 'case'; slug: string }
  | { view: 'continuities' }
  | { view: 'continuity'; id: string; page: number }
  | { view: 'themes' }
  | { view: 'theme'; id: string; page: number }
  | { view: 'territories' }
  | { view: 'department'; code: string; page: number }
  | { view: 'proposals' }
  | { view: 'voices' }
  | { view: 'voice'; slug: string }
  | { view: 'glossary' }
  | { view: 'page'; id: PageId }
  | { view: 'search' }
  | { view: 'data' }
  | { view: 'compare' }
  | { view: 'my-area' }
  | { view: 'not-found' };

/** Standalone pages written in content/pages/{fr,en}/<id>.mdx; the id is also the section of their URL. */
export const pageIds = [
  'about',
  'accessibility',
  'contribute',
] as const satisfies readonly Section[];
export type PageId = (typeof pageIds)[number];

/** A page of the site in one language, with the URLs of its versions in the other languages. */
export type PageRoute = RouteView & {
  locale: Locale;
  /** The page's URL path, with leading and trailing slashes. */
  path: string;
  /** The URL of each language version that really exists (this one included), for hreflang and the language switch. */
  alternates: Partial<Record<Locale, string>>;
  /** Set when the page has no version in its language and shows the text of this one instead. */
  fallbackFrom?: Locale;
};

/** A content entry and the languages it is written in. */
export interface TranslatedInput {
  slug: string;
  locales: readonly Locale[];
  original: Locale;
}

/** The content the route table is built from: which entries exist in which language. */
export interface RouteInput {
  cases: readonly TranslatedInput[];
  voices: readonly TranslatedInput[];
  /** Entries of the pages collection; their slug is one of `pageIds`. */
  pages: readonly TranslatedInput[];
  continuities: readonly string[];
  themes: readonly string[];
  /** The values of the catalogue's facets that get a listing page (`/fr/pratiques/niveau/college/`): those some case has. */
  facets?: Partial<Record<ListedFacet, readonly string[]>>;
  /** INSEE codes of the departments that get a page listing their practices under the territories section (every department). */
  departments?: readonly string[];
  /**
   * How many practices each listing holds, which sets its number of pages (`/fr/pratiques/2/`…):
   * keys `cases`, `continuity:<id>`, `theme:<id>`, `department:<code>`, `<facet>:<id>`; absent, one page.
   */
  listingSizes?: ReadonlyMap<string, number>;
}

/** The key of a listing in `RouteInput.listingSizes`. */
export const listingKey = (
  kind: 'cases' | 'continuity' | 'theme' | 'department' | ListedFacet,
  id?: string,
) => (id === undefined ? kind : `${kind}:${id}`);

const pathsFor = (section?: Section, slug?: string) =>
  Object.fromEntries(
    locales.map((locale) => [locale, localizedPath(locale, section, slug)]),
  ) as Record<Locale, string>;

/** A page that exists in every language (interface pages, taxonomy pages). */
function everywhere(view: RouteView, section?: Section, slug?: string): PageRoute[] {
  const alternates = pathsFor(section, slug);
  return locales.map((locale) => ({ ...view, locale, path: alternates[locale], alternates }));
}

/** A content entry: a page per language, the missing ones showing the original with a notice. */
function translated(
  view: RouteView,
  entry: TranslatedInput,
  section: Section,
  slug?: string,
): PageRoute[] {
  const all = pathsFor(section, slug);
  const alternates = Object.fromEntries(entry.locales.map((locale) => [locale, all[locale]]));
  const source = entry.locales.includes(entry.original) ? entry.original : entry.locales[0]!;
  return locales.map((locale) => ({
    ...view,
    locale,
    path: all[locale],
    alternates,
    ...(entry.locales.includes(locale) ? {} : { fallbackFrom: source }),
  }));
}

/**
 * Every page of a listing in every language: the listing's own address, then `2/`, `3/`… for as many
 * pages as its practices fill.
 */
function pagedRoutes(
  view: (page: number) => RouteView,
  base: (locale: Locale) => string,
  size: number,
): PageRoute[] {
  return Array.from({ length: pageCount(size) }, (_, index) => index + 1).flatMap((page) => {
    const alternates = Object.fromEntries(
      locales.map((locale) => [locale, pagedPath(base(locale), page)]),
    ) as Record<Locale, string>;
    return locales.map((locale): PageRoute => ({
      ...view(page),
      locale,
      path: alternates[locale],
      alternates,
    }));
  });
}

/** One listing per facet value (never per combination), in every language, under the catalogue. */
function facetRoutes(
  values: Partial<Record<ListedFacet, readonly string[]>>,
  sizeOf: (key: string) => number,
): PageRoute[] {
  return listedFacets.flatMap((facet) =>
    (values[facet] ?? []).flatMap((id) =>
      pagedRoutes(
        (page) => ({ view: 'facet', facet, id, page }),
        (locale) => facetPath(locale, facet, id),
        sizeOf(listingKey(facet, id)),
      ),
    ),
  );
}

const isPageId = (id: string): id is PageId => (pageIds as readonly string[]).includes(id);

/**
 * Every page generated by the catch-all route, in both languages.
 * @example buildRoutes({ cases: [{ slug: 'lab28-la-loupe', locales: ['fr'], original: 'fr' }], voices: [], pages: [], continuities: [], themes: [] })
 *   // includes { view: 'case', locale: 'en', path: '/en/practices/lab28-la-loupe/', fallbackFrom: 'fr', … }
 */
export function buildRoutes(input: RouteInput): PageRoute[] {
  const notFound = Object.fromEntries(
    locales.map((locale) => [locale, `/${locale}/404/`]),
  ) as Record<Locale, string>;
  const unknownPages = input.pages.filter((page) => !isPageId(page.slug));
  if (unknownPages.length) {
    throw new Error(
      `content/pages: ${unknownPages.map((page) => `"${page.slug}"`).join(', ')} is not a page of the site: one of ${pageIds.join(' | ')}`,
    );
  }
  const missingPages = pageIds.filter((id) => !input.pages.some((page) => page.slug === id));
  if (missingPages.length) {
    throw new Error(
      `content/pages: ${missingPages.map((id) => `{fr,en}/${id}.mdx`).join(', ')} missing: the site links to these pages from every page`,
    );
  }
  // A page number is the segment after a listing's address: a case named by a number would take its place.
  const numbered = input.cases.filter((entry) => /^[0-9]+$/.test(entry.slug));
  if (numbered.length) {
    throw new Error(
      `content/cases: ${numbered.map((entry) => `"${entry.slug}"`).join(', ')}: a practice's file name cannot be only digits (/fr/pratiques/2/ is the second page of the catalogue); add words to it`,
    );
  }
  const sizeOf = (key: string) => input.listingSizes?.get(key) ?? 0;
  const listing = (
    view: (page: number) => RouteView,
    section: Section,
    key: string,
    slug?: string,
  ) => pagedRoutes(view, (locale) => localizedPath(locale, section, slug), sizeOf(key));
  return [
    ...everywhere({ view: 'home' }),
    ...listing((page) => ({ view: 'cases', page }), 'practices', listingKey('cases')),
    ...facetRoutes(input.facets ?? {}, sizeOf),
    ...input.cases.flatMap((entry) =>
      translated({ view: 'case', slug: entry.slug }, entry, 'practices', entry.slug),
    ),
    ...everywhere({ view: 'continuities' }, 'continuities'),
    ...input.continuities.flatMap((id) =>
      listing(
        (page) => ({ view: 'continuity', id, page }),
        'continuities',
        listingKey('continuity', id),
        id,
      ),
    ),
    ...everywhere({ view: 'themes' }, 'themes'),
    ...input.themes.flatMap((id) =>
      listing((page) => ({ view: 'theme', id, page }), 'themes', listingKey('theme', id), id),
    ),
    ...everywhere({ view: 'territories' }, 'territories'),
    ...(input.departments ?? []).flatMap((code) =>
      listing(
        (page) => ({ view: 'department', code, page }),
        'territories',
        listingKey('department', code),
        departmentSlug(code),
      ),
    ),
    ...everywhere({ view: 'proposals' }, 'proposals'),
    ...everywhere({ view: 'voices' }, 'voices'),
    ...input.voices.flatMap((entry) =>
      translated({ view: 'voice', slug: entry.slug }, entry, 'voices', entry.slug),
    ),
    ...everywhere({ view: 'glossary' }, 'glossary'),
    ...input.pages.flatMap((entry) =>
      isPageId(entry.slug) ? translated({ view: 'page', id: entry.slug }, entry, entry.slug) : [],
    ),
    ...everywhere({ view: 'search' }, 'search'),
    ...everywhere({ view: 'data' }, 'data'),
    ...everywhere({ view: 'compare' }, 'compare'),
    ...everywhere({ view: 'my-area' }, 'myArea'),
    ...locales.map((locale): PageRoute => ({
      view: 'not-found',
      locale,
      path: notFound[locale],
      alternates: notFound,
    })),
  ];
}
