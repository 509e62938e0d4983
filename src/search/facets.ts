// The filters of the search page: what a case page hands the index (filter values labelled in its
// language, meta, sort keys) and what the search page offers (values with their counts, URL names).
// The catalogue's facets are reused; search adds the audience and the department.
import { locales, type Locale } from '../i18n/config.ts';
import { facets } from '../i18n/routes.ts';
import type { CaseFacts } from '../catalogue/case-facts.ts';
import { caseFacetValues, facetGroups } from '../catalogue/facet-groups.ts';
import {
  searchFromSelection,
  selectionFromSearch,
  type FacetParams,
  type SelectionOf,
} from '../catalogue/facets.ts';
import type { Taxonomy } from '../utils/taxonomy.ts';

/** The filters of the search page, in the order the panel shows them. Also the filter names in the index. */
export const searchFacetKeys = [
  'continuity',
  'theme',
  'level',
  'audience',
  'region',
  'department',
  'authority',
] as const;
export type SearchFacet = (typeof searchFacetKeys)[number];

/**
 * The query parameter of each filter (`/fr/recherche/?q=robots&niveau=ecole`): the catalogue's names
 * where the catalogue has the facet, so that a selection reads the same on both pages.
 */
export const searchFacetParams: FacetParams<SearchFacet> = {
  continuity: facets.continuity,
  theme: facets.theme,
  level: facets.level,
  audience: { fr: 'public', en: 'audience' },
  region: facets.region,
  department: { fr: 'departement', en: 'department' },
  authority: facets.authority,
};

/** The query parameter of the words searched, the same in both languages (as the header's form sends it). */
export const QUERY_PARAM = 'q';

/** The orders results can be shown in; relevance needs words to rank by. */
export const searchSorts = ['relevance', 'date', 'title'] as const;
export type SearchSort = (typeof searchSorts)[number];

/** The query parameter of the order, and its values, stable ids in both languages. */
export const SORT_PARAM: Record<Locale, string> = { fr: 'tri', en: 'sort' };

/** A filter value: a stable id for the URL and its label in the page's language, which the index holds. */
export interface SearchValue {
  id: string;
  label: string;
}

/**
 * The filter values of a case, labelled in the language of its facts: the catalogue's ids
 * (taxonomy ids, INSEE region code or `national`) plus its audiences and departments.
 */
export function caseSearchValues(facts: CaseFacts): Record<SearchFacet, SearchValue[]> {
  const { territory } = facts;
  const [region] = caseFacetValues(facts).region;
  return {
    continuity: facts.continuity,
    theme: facts.themes,
    level: facts.levels,
    audience: facts.audiences,
    region: region ? [{ id: region, label: territory.region?.name ?? territory.scopeLabel }] : [],
    department: territory.departments.map((department) => ({
      id: department.code,
      label: departmentLabel(department),
    })),
    authority: facts.authorities.map(({ id, label }) => ({ id, label })),
  };
}

const departmentLabel = (department: { code: string; name: string }) =>
  `${department.name} (${department.code})`;

/**
 * Where a case takes place, in one line for a search result: the territory, its department(s)
 * and region, or the kind of network for a national one.
 * @example territoryLine(brest) // 'Brest · Finistère (29) · Bretagne'
 * @example territoryLine(francas) // 'Les Francas · Réseau national'
 */
export function territoryLine(facts: Pick<CaseFacts, 'territory'>): string {
  const { territory } = facts;
  const departments =
    territory.departments.length === 1
      ? departmentLabel(territory.departments[0]!)
      : territory.departments.map((d) => d.code).join(', ');
  const parts =
    territory.region || departments
      ? [territory.name, departments, territory.region?.name]
      : [territory.name, territory.scopeLabel];
  return parts.filter((part, index) => part && parts.indexOf(part) === index).join(' · ');
}

/**
 * A title as a sort key: lowercase, without accents or leading punctuation, so that Pagefind's
 * plain string order is the alphabetical order (« À Saint-Étienne » between A and B, not after Z).
 * @example sortableTitle('À Saint-Étienne, l’école') // 'a saint-etienne, l’ecole'
 */
export function sortableTitle(title: string): string {
  return title
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLocaleLowerCase('fr')
    .replace(/^[^\p{L}\p{N}]+/u, '');
}

/** One filter of the search page with the values some case has. */
export interface SearchFacetGroup {
  facet: SearchFacet;
  options: (SearchValue & { count: number; hint?: string })[];
}

/**
 * The filters of the search page over the cases indexed in one language, with the number of cases
 * of each value: the catalogue's groups for the facets they share, in the same order and labels.
 */
export function searchFacetGroups(
  listings: readonly { facts: CaseFacts }[],
  taxonomy: Taxonomy,
  locale: Locale,
): SearchFacetGroup[] {
  const catalogue = new Map(
    facetGroups(listings, taxonomy, locale).map((group) => [group.facet as string, group.options]),
  );
  const counted = (facet: SearchFacet) => {
    const counts = new Map<string, SearchValue & { count: number }>();
    for (const { facts } of listings) {
      for (const value of caseSearchValues(facts)[facet]) {
        const known = counts.get(value.id);
        counts.set(value.id, { ...value, count: (known?.count ?? 0) + 1 });
      }
    }
    return counts;
  };
  return searchFacetKeys.map((facet) => {
    const shared = catalogue.get(facet);
    if (shared)
      return {
        facet,
        options: shared.map(({ id, label, count, hint }) => ({
          id,
          label,
          count,
          ...(hint ? { hint } : {}),
        })),
      };
    const counts = counted(facet);
    const order =
      facet === 'audience'
        ? taxonomy.audiences.all.map((term) => term.id)
        : [...counts.keys()].sort();
    return { facet, options: order.flatMap((id) => (counts.has(id) ? [counts.get(id)!] : [])) };
  });
}

/** What the search page shows: the words typed, the filters ticked, the order chosen (if any). */
export interface SearchState {
  query: string;
  selection: SelectionOf<SearchFacet>;
  /** Absent: relevance with words, title without. */
  sort?: SearchSort;
}

/**
 * Read the search page's state from its query string. Parameter names of either language are
 * understood, as on the catalogue; filter values are ids, unknown ones are kept for the page to drop.
 * @example searchStateFromUrl('?q=robots&niveau=ecole&tri=date', 'fr') // { query: 'robots', selection: { level: ['ecole'] }, sort: 'date' }
 */
export function searchStateFromUrl(search: string, locale: Locale): SearchState {
  const params = new URLSearchParams(search);
  const sortNames = [
    SORT_PARAM[locale],
    ...locales.filter((other) => other !== locale).map((other) => SORT_PARAM[other]),
  ];
  const sort = sortNames.map((name) => params.get(name)).find((value) => value !== null);
  const state: SearchState = {
    query: params.get(QUERY_PARAM) ?? '',
    selection: selectionFromSearch(search, locale, searchFacetParams),
  };
  if (sort && (searchSorts as readonly string[]).includes(sort)) state.sort = sort as SearchSort;
  return state;
}

/**
 * The query string that reproduces a search, in the page's language: the words, then the filters
 * in the panel's order, then the order; empty for an empty search.
 * @example searchStateToUrl({ query: "l'école", selection: { level: ['ecole'] } }, 'fr') // "?q=l'%C3%A9cole&niveau=ecole"
 */
export function searchStateToUrl(state: SearchState, locale: Locale): string {
  const query = state.query.trim();
  const parts = [
    query ? `${QUERY_PARAM}=${encodeURIComponent(query).replace(/%20/g, '+')}` : '',
    searchFromSelection(state.selection, locale, searchFacetParams).slice(1),
    state.sort ? `${SORT_PARAM[locale]}=${state.sort}` : '',
  ].filter(Boolean);
  return parts.length ? `?${parts.join('&')}` : '';
}

/**
 * The order results are shown in: the one chosen, except relevance without words to rank by;
 * by default relevance with words and titles without.
 */
export function effectiveSort(state: Pick<SearchState, 'query' | 'sort'>): SearchSort {
  const hasQuery = state.query.trim() !== '';
  if (state.sort && (state.sort !== 'relevance' || hasQuery)) return state.sort;
  return hasQuery ? 'relevance' : 'title';
}

/**
 * The filters to hand Pagefind: within a filter any ticked value will do, across filters all must
 * hold (as in the catalogue). The index holds labels, so ids are translated through `labelOf`;
 * `except` leaves one filter out, to count what ticking one of its values would give; `keys` are
 * the filters of the page (the search page's by default, the catalogue has its own).
 * @example pagefindFilters({ theme: ['ent'] }, (facet, id) => labels[facet][id]) // { theme: { any: ['ENT'] } }
 */
export function pagefindFilters<F extends string = SearchFacet>(
  selection: SelectionOf<F>,
  labelOf: (facet: NoInfer<F>, id: string) => string | undefined,
  except?: NoInfer<F>,
  keys: readonly NoInfer<F>[] = searchFacetKeys as readonly string[] as readonly F[],
): Record<string, { any: string[] }> {
  const filters: Record<string, { any: string[] }> = {};
  for (const facet of keys) {
    const labels = (selection[facet] ?? []).flatMap((id) => labelOf(facet, id) ?? []);
    if (facet !== except && labels.length) filters[facet] = { any: labels };
  }
  return filters;
}
