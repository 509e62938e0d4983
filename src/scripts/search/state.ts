// The search page's state (query, ticked filters, sort) and where it lives: in the controls and in
// the URL (shareable; Back and Forward work). The URL holds ids; the index holds labels; the
// checkboxes know both.
import type { Locale } from '../../i18n/config.ts';
import { normalizeSelection } from '../../catalogue/facets.ts';
import {
  searchFacetKeys,
  searchStateFromUrl,
  searchStateToUrl,
  type SearchFacet,
  type SearchSort,
  type SearchState,
} from '../../search/facets.ts';

/** The search page's controls, read from its markup once. */
export interface SearchControls {
  input: HTMLInputElement;
  sortSelect: HTMLSelectElement;
  /** Every filter checkbox, with its facet, label (what the index holds) and count element. */
  boxes: readonly HTMLInputElement[];
  facetOf(box: HTMLInputElement): SearchFacet;
  labelOf(facet: SearchFacet, id: string): string | undefined;
  idOf(facet: SearchFacet, label: string): string | undefined;
  /** The state in the URL, keeping only values the page offers. */
  read(): SearchState;
  /** The state the controls show. */
  current(): SearchState;
  /** Set the controls from a state (on load, and on Back or Forward). */
  apply(state: SearchState): void;
  /** Record a state in the URL: a new history entry, or the current one rewritten while the reader types. */
  record(state: SearchState, mode: 'push' | 'replace'): void;
}

/** The controls of a search page. */
export function searchControls(
  root: HTMLElement,
  elements: { input: HTMLInputElement; sortSelect: HTMLSelectElement; facetForm: HTMLFormElement },
): SearchControls {
  const locale = root.dataset.locale as Locale;
  const { input, sortSelect, facetForm } = elements;
  const boxes = [...facetForm.querySelectorAll<HTMLInputElement>('input[type="checkbox"]')];
  const facets = new Map(
    boxes.map((box) => [
      box,
      box.closest<HTMLElement>('[data-facet]')!.dataset.facet as SearchFacet,
    ]),
  );
  const labels = new Map(boxes.map((box) => [box, box.nextElementSibling!.textContent!]));
  const boxesOf = (facet: SearchFacet) => boxes.filter((box) => facets.get(box) === facet);
  const known = Object.fromEntries(
    searchFacetKeys.map((facet) => [facet, boxesOf(facet).map((box) => box.value)]),
  ) as Record<SearchFacet, string[]>;

  // The language switch leads to the same search in the other language.
  const languageLink = document.querySelector<HTMLAnchorElement>('.lang-switch a[hreflang]');
  const otherPath = languageLink && new URL(languageLink.href).pathname;
  const otherLocale = languageLink?.hreflang as Locale | undefined;

  return {
    input,
    sortSelect,
    boxes,
    facetOf: (box) => facets.get(box)!,
    labelOf: (facet, id) => labels.get(boxesOf(facet).find((box) => box.value === id)!),
    idOf: (facet, label) => boxesOf(facet).find((box) => labels.get(box) === label)?.value,
    read() {
      const state = searchStateFromUrl(window.location.search, locale);
      return { ...state, selection: normalizeSelection(state.selection, known) };
    },
    current() {
      const selection = Object.fromEntries(
        searchFacetKeys.map((facet) => [
          facet,
          boxesOf(facet)
            .filter((box) => box.checked)
            .map((box) => box.value),
        ]),
      );
      const state: SearchState = {
        query: input.value,
        selection: normalizeSelection(selection, known),
      };
      const chosen = sortSelect.dataset.chosen as SearchSort | undefined;
      if (chosen) state.sort = chosen;
      return state;
    },
    apply(state) {
      if (input.value !== state.query) input.value = state.query;
      for (const box of boxes)
        box.checked = state.selection[facets.get(box)!]?.includes(box.value) ?? false;
      if (state.sort) sortSelect.dataset.chosen = state.sort;
      else delete sortSelect.dataset.chosen;
    },
    record(state, mode) {
      const search = searchStateToUrl(state, locale);
      if (search !== window.location.search)
        window.history[mode === 'push' ? 'pushState' : 'replaceState'](
          null,
          '',
          window.location.pathname + search,
        );
      if (languageLink && otherPath && otherLocale)
        languageLink.href = otherPath + searchStateToUrl(state, otherLocale);
    },
  };
}
