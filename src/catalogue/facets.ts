// Facet logic of the catalogue, shared by the build (counts, listing pages) and the browser
// (instant filtering). Pure and free of Node or DOM APIs so that both can import it.
import type { Locale } from '../i18n/config.ts';
import { compareParam, facets, type Facet } from '../i18n/routes.ts';
import { locales } from '../i18n/config.ts';

/** The facets of the catalogue, in the order the filter form shows them. */
export const facetKeys = Object.keys(facets) as Facet[];

/** The ids a case has for each facet (several where the case has several themes, levels…). */
export type FacetValues = Record<Facet, readonly string[]>;

/**
 * The facet values of an item, read facet by facet (for example from a card's data attributes).
 * @example facetValuesFrom((facet) => element.dataset[facet]?.split(' ') ?? [])
 */
export function facetValuesFrom(read: (facet: Facet) => readonly string[]): FacetValues {
  return {
    continuity: read('continuity'),
    theme: read('theme'),
    level: read('level'),
    authority: read('authority'),
    region: read('region'),
    size: read('size'),
  };
}

/** What the reader has ticked: for each facet, the ids chosen. A facet with nothing ticked filters nothing. */
export type Selection = SelectionOf<Facet>;

/** A selection over another set of facets (the search page adds audience and department to the catalogue's). */
export type SelectionOf<K extends string> = Partial<Record<K, readonly string[]>>;

/** The query parameter of each facet, in each language (`facets` for the catalogue). */
export type FacetParams<K extends string> = Record<K, Record<Locale, string>>;

/** The region value of the cases run by a national network, which belong to no region. */
export const NATIONAL_REGION = 'national';

/**
 * Whether a case passes the filters: within a facet any ticked value will do (OR), across facets
 * all must hold (AND). `ignore` leaves one facet out, to count what ticking one of its values would give.
 * @example matchesSelection({ theme: ['ent', 'familles'], level: ['ecole'], … }, { theme: ['ent'], level: ['college'] }) // false
 */
export function matchesSelection(
  values: FacetValues,
  selection: Selection,
  ignore?: Facet,
): boolean {
  return facetKeys.every((facet) => {
    const chosen = selection[facet];
    if (facet === ignore || !chosen?.length) return true;
    return chosen.some((id) => values[facet].includes(id));
  });
}

/** The items that pass the filters, in their order. */
export function filterByFacets<T extends { values: FacetValues }>(
  items: readonly T[],
  selection: Selection,
): T[] {
  return items.filter((item) => matchesSelection(item.values, selection));
}

/**
 * How many items each value would show, given what is ticked in the other facets: the number next
 * to a value is the number of results of ticking it alone in its facet, whatever else is ticked elsewhere.
 * Every value used by at least one item is present, with 0 where the other facets exclude it.
 */
export function facetCounts(
  items: readonly { values: FacetValues }[],
  selection: Selection = {},
): Record<Facet, Map<string, number>> {
  const counts = Object.fromEntries(
    facetKeys.map((facet) => [facet, new Map<string, number>()]),
  ) as Record<Facet, Map<string, number>>;
  for (const item of items) {
    for (const facet of facetKeys) {
      const passes = matchesSelection(item.values, selection, facet);
      for (const id of item.values[facet])
        counts[facet].set(id, (counts[facet].get(id) ?? 0) + (passes ? 1 : 0));
    }
  }
  return counts;
}

/**
 * Keep only known values, once each, in the order of `known` (the order of the form), so that one
 * selection always gives the same URL. Facets left empty are dropped.
 */
export function normalizeSelection<K extends string = Facet>(
  selection: SelectionOf<K>,
  known: Partial<Record<K, readonly string[]>>,
): SelectionOf<K> {
  const result: SelectionOf<K> = {};
  for (const facet of Object.keys(known) as K[]) {
    const chosen = selection[facet] ?? [];
    const kept = (known[facet] ?? []).filter((id) => chosen.includes(id));
    if (kept.length) result[facet] = kept;
  }
  return result;
}

/** The number of values ticked over all facets. */
export function selectionSize(selection: SelectionOf<string>): number {
  return Object.values(selection).reduce<number>(
    (total, values) => total + (values?.length ?? 0),
    0,
  );
}

// Comma-separated lists read better in a shared link than repeated parameters; both are accepted.
const splitValues = (values: readonly string[]) =>
  values
    .flatMap((value) => value.split(','))
    .map((value) => value.trim())
    .filter(Boolean);

/**
 * Read the filters from the catalogue's query string (or another page's, whose facets `params` names).
 * Parameter names of the page's language are expected, those of the other language are understood too
 * (a link shared across languages), and values may be comma-separated or repeated. Unknown values
 * are kept: `normalizeSelection` drops them.
 * @example selectionFromSearch('?theme=ent,familles&niveau=college', 'fr') // { theme: ['ent', 'familles'], level: ['college'] }
 */
export function selectionFromSearch<K extends string = Facet>(
  search: string,
  locale: Locale,
  params: FacetParams<K> = facets as unknown as FacetParams<K>,
): SelectionOf<K> {
  const query = new URLSearchParams(search);
  const selection: SelectionOf<K> = {};
  for (const facet of Object.keys(params) as K[]) {
    const names = [
      params[facet][locale],
      ...locales.filter((other) => other !== locale).map((other) => params[facet][other]),
    ];
    const values = splitValues([...new Set(names)].flatMap((name) => query.getAll(name)));
    if (values.length) selection[facet] = [...new Set(values)];
  }
  return selection;
}

/**
 * The query string of a selection in the page's language, facets in the order of the form (of
 * `params`), values comma-separated; empty when nothing is ticked.
 * @example searchFromSelection({ level: ['college'], theme: ['ent', 'familles'] }, 'fr') // '?theme=ent,familles&niveau=college'
 * @example searchFromSelection({}, 'en') // ''
 */
export function searchFromSelection<K extends string = Facet>(
  selection: SelectionOf<K>,
  locale: Locale,
  params: FacetParams<K> = facets as unknown as FacetParams<K>,
): string {
  const parts = (Object.keys(params) as K[])
    .filter((facet) => selection[facet]?.length)
    .map(
      (facet) => `${params[facet][locale]}=${selection[facet]!.map(encodeURIComponent).join(',')}`,
    );
  return parts.length ? `?${parts.join('&')}` : '';
}

/** At most this many practices are compared side by side. */
export const MAX_COMPARED = 3;

/**
 * The practices asked for on the compare page, in the order given, each once. Accepts the parameter
 * of either language, comma-separated or repeated (as the compare form submits it).
 * @example comparedSlugs('?cas=lab28-la-loupe,prof-brest', 'fr') // ['lab28-la-loupe', 'prof-brest']
 */
export function comparedSlugs(search: string, locale: Locale): string[] {
  const params = new URLSearchParams(search);
  const names = [
    compareParam[locale],
    ...locales.filter((other) => other !== locale).map((other) => compareParam[other]),
  ];
  return [...new Set(splitValues([...new Set(names)].flatMap((name) => params.getAll(name))))];
}

/**
 * The shareable query string of the compare page for some practices.
 * @example compareSearch(['a', 'b'], 'en') // '?cases=a,b'
 */
export function compareSearch(slugs: readonly string[], locale: Locale): string {
  return slugs.length ? `?${compareParam[locale]}=${slugs.map(encodeURIComponent).join(',')}` : '';
}
