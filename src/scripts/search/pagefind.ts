// The search page's adapter to Pagefind's JS API: the only module that knows Pagefind. Pagefind
// (its script, WebAssembly and index) is fetched at the first use, not before, and once.
import type { SelectionOf } from '../../catalogue/facets.ts';
import {
  pagefindFilters,
  searchFacetKeys,
  type SearchFacet,
  type SearchSort,
} from '../../search/facets.ts';

/** What this page uses of Pagefind's JS API (loaded at run time from the built site, never bundled). */
interface Pagefind {
  options(options: Record<string, unknown>): Promise<void>;
  init(): Promise<void>;
  filters(): Promise<FilterCounts>;
  search(
    term: string | null,
    options?: { filters?: object; sort?: Record<string, 'asc' | 'desc'> },
  ): Promise<PagefindResponse>;
}

/** For each filter and value, how many results have it. */
export type FilterCounts = Record<string, Record<string, number>>;

export interface PagefindResponse {
  results: { id: string; data(): Promise<PagefindPage> }[];
  filters: FilterCounts;
}

/** One result's page, as the index holds it. */
export interface PagefindPage {
  url: string;
  excerpt: string;
  meta: Record<string, string | undefined>;
  filters: Record<string, string[] | undefined>;
}

/** Where the build writes Pagefind's bundle. A variable, so that Vite leaves the import to the browser. */
const PAGEFIND_URL = '/pagefind/pagefind.js';

/** Searches and filter counts, in the terms of a page (filter ids, sorts), on Pagefind. */
export interface SearchIndex<F extends string = SearchFacet> {
  /** Start fetching Pagefind (at a first sign of intent), so that the first results come quickly. */
  preload(): void;
  /** The results of a query (null: every page) with the selected filter values, in the given order. */
  search(
    term: string | null,
    selection: SelectionOf<F>,
    sort: SearchSort,
  ): Promise<PagefindResponse>;
  /**
   * How many results each filter value would give: with every filter ticked, and for the values of
   * a filter that has some ticked, without that filter (what ticking one more of its values gives).
   */
  counts(term: string | null, selection: SelectionOf<F>): Promise<FilterCounts>;
}

/**
 * The site's index as a page filters it: by default the search page's filters, or another set of
 * `facets`. The index holds filter values as labels in the page's language: `labelOf` gives the
 * label of an id (the page's checkboxes know both).
 */
export function pagefindIndex<F extends string = SearchFacet>(
  labelOf: (facet: F, id: string) => string | undefined,
  facets: readonly F[] = searchFacetKeys as readonly string[] as readonly F[],
): SearchIndex<F> {
  let loading: Promise<Pagefind> | undefined;
  let filterIndex: Promise<unknown> | undefined;

  // The main thread is enough for an index this size and saves the worker's download.
  const load = () =>
    (loading ??= (async () => {
      const pagefind = (await import(/* @vite-ignore */ PAGEFIND_URL)) as Pagefind;
      await pagefind.options({ excerptLength: 26, excerptEllipsis: '…', noWorker: true });
      await pagefind.init();
      return pagefind;
    })());

  return {
    preload: () => void load().catch(() => undefined),
    async search(term, selection, sort) {
      const pagefind = await load();
      return pagefind.search(term, {
        filters: pagefindFilters(selection, labelOf, undefined, facets),
        ...(sort === 'relevance' ? {} : { sort: { [sort]: sort === 'date' ? 'desc' : 'asc' } }),
      });
    },
    async counts(term, selection) {
      const pagefind = await load();
      // Pagefind counts filter values only with the whole filter index loaded: fetched here, when the
      // counts can be seen (the filter panel is open), so a phone showing results does without it.
      await (filterIndex ??= pagefind.filters());
      const counts = {
        ...(
          await pagefind.search(term, {
            filters: pagefindFilters(selection, labelOf, undefined, facets),
          })
        ).filters,
      };
      for (const facet of facets.filter((key) => selection[key]?.length)) {
        counts[facet] =
          (
            await pagefind.search(term, {
              filters: pagefindFilters(selection, labelOf, facet, facets),
            })
          ).filters[facet] ?? {};
      }
      return counts;
    },
  };
}
