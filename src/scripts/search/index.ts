// The search page in the browser, on Pagefind's JS API. Pagefind is fetched at the first use of the
// page, not before: the page stays light until a reader focuses the search box, ticks a filter or
// arrives with a search in the URL. Results appear as the reader types; the query and filters live in
// the URL; the number of results is announced. This module wires the page's events to its parts:
// state.ts (controls and URL), pagefind.ts (the index), render.ts (what is shown). The modules it
// shares with the build are in src/search/ (query normalisation, facets and their URL parameters).
import type { Locale } from '../../i18n/config.ts';
import { selectionSize } from '../../catalogue/facets.ts';
import { effectiveSort, type SearchState } from '../../search/facets.ts';
import { acronymQuery } from '../../search/synonyms.ts';
import { normalizeQuery } from '../../search/text.ts';
import { formatPlural } from '../../utils/plural.ts';
import { pagefindIndex, type PagefindResponse } from './pagefind.ts';
import { filterCountDisplay, resultItem, type Messages } from './render.ts';
import { searchControls } from './state.ts';
import { enhanceFilterPanel } from '../filter-panel.ts';
import { part } from '../dom.ts';

/** Results shown at once; "Show more" adds as many. */
const PAGE_SIZE = 10;
/** Wait for a pause in typing before searching, so that the count is announced once. */
const TYPING_PAUSE_MS = 150;

/** Turn the search page into a live search. */
export function initSearch(root: HTMLElement): void {
  const locale = root.dataset.locale as Locale;
  const messages = JSON.parse(root.dataset.messages!) as Messages;
  const acronyms = JSON.parse(root.dataset.acronyms ?? '{}') as Record<string, string>;
  const form = part<HTMLFormElement>(root, 'form[role="search"]');
  const ui = part<HTMLElement>(root, '[data-search-ui]');
  const panel = part<HTMLDetailsElement>(root, '[data-filter-panel]');
  const facetForm = part<HTMLFormElement>(root, '[data-facets]');
  const activeCount = part<HTMLElement>(root, '[data-active-filters]');
  const status = part<HTMLElement>(root, '[data-status]');
  const heading = part<HTMLElement>(root, '[data-results-heading]');
  const sortControl = part<HTMLElement>(root, '[data-sort-control]');
  const none = part<HTMLElement>(root, '[data-none]');
  const list = part<HTMLOListElement>(root, '[data-results]');
  const moreControl = part<HTMLElement>(root, '[data-more-control]');
  const more = part<HTMLButtonElement>(root, '[data-more]');
  const controls = searchControls(root, {
    input: part<HTMLInputElement>(form, 'input[name="q"]'),
    sortSelect: part<HTMLSelectElement>(root, '[data-sort]'),
    facetForm,
  });
  const { input, sortSelect } = controls;
  const index = pagefindIndex(controls.labelOf);
  const showCounts = filterCountDisplay(controls);

  ui.hidden = false;
  enhanceFilterPanel(panel);
  panel.addEventListener('toggle', () => void updateCounts());

  function announce(text: string): void {
    if (status.textContent !== text) status.textContent = text;
  }

  let pending: PagefindResponse['results'] = [];
  let showingQuery = false;

  /** Fetch the next results' pages and list them; the first link added is returned. */
  async function showMore(): Promise<HTMLAnchorElement | undefined> {
    const batch = pending.slice(0, PAGE_SIZE);
    pending = pending.slice(PAGE_SIZE);
    const pages = await Promise.all(batch.map((result) => result.data()));
    const context = {
      locale,
      messages,
      showingQuery,
      continuityId: (label: string) => controls.idOf('continuity', label),
    };
    const items = pages.map((page) => resultItem(page, context));
    list.append(...items);
    moreControl.hidden = pending.length === 0;
    return items[0]?.querySelector('a') ?? undefined;
  }

  let generation = 0;
  let loadError = false;
  /** The search whose results are on screen, and whether the filters show its counts. */
  let shown: { term: string | null; selection: SearchState['selection'] } | undefined;
  let counted = true;

  /** Search for the state of the controls and show the results, the counts and the announcement. */
  async function run(state: SearchState): Promise<void> {
    const run = ++generation;
    const term = normalizeQuery(state.query, locale);
    const filtered = selectionSize(state.selection);
    const sort = effectiveSort({ query: term, ...(state.sort ? { sort: state.sort } : {}) });
    sortSelect.value = sort;
    (sortSelect.querySelector('option[value="relevance"]') as HTMLOptionElement).disabled = !term;
    activeCount.hidden = filtered === 0;
    activeCount.textContent = filtered
      ? `(${formatPlural(messages.active, filtered, locale)})`
      : '';
    if (!term && !filtered) {
      pending = [];
      list.replaceChildren();
      none.hidden = sortControl.hidden = moreControl.hidden = true;
      shown = undefined;
      counted = true;
      showCounts();
      facetForm.removeAttribute('aria-busy');
      announce(messages.hint);
      return;
    }
    const query = term ? acronymQuery(term, acronyms) : null;
    let response: PagefindResponse;
    try {
      response = await index.search(query, state.selection, sort);
      if (run !== generation) return;
      showingQuery = term !== '';
      pending = response.results;
      await Promise.all(pending.slice(0, PAGE_SIZE).map((result) => result.data()));
      if (run !== generation) return;
    } catch (error) {
      if (!loadError) console.error(error);
      loadError = true;
      part<HTMLElement>(root, '[data-search-error]').hidden = false;
      return;
    }
    const hadFocus = list.contains(document.activeElement);
    list.replaceChildren();
    await showMore();
    if (run !== generation) return;
    if (hadFocus) heading.focus();
    const count = response.results.length;
    none.hidden = count > 0;
    sortControl.hidden = count < 2;
    announce(
      term
        ? formatPlural(messages.forQuery, count, locale, { query: state.query.trim() })
        : formatPlural(messages.forFilters, count, locale),
    );
    shown = { term: query, selection: state.selection };
    counted = false;
    await updateCounts();
  }

  /** Count the filter values for the results on screen, when the filter panel is open to show them. */
  async function updateCounts(): Promise<void> {
    if (!shown || counted || !panel.open) return;
    const run = generation;
    facetForm.setAttribute('aria-busy', 'true');
    try {
      const counts = await index.counts(shown.term, shown.selection);
      if (run !== generation) return;
      showCounts(counts);
      counted = true;
    } catch {
      // The counts keep their last values; the results are right.
    } finally {
      if (run === generation) facetForm.removeAttribute('aria-busy');
    }
  }

  /** A new search from the controls, recorded as a new history entry. */
  function searchAgain(): void {
    typing = false;
    const state = controls.current();
    controls.record(state, 'push');
    void run(state);
  }

  // Typing rewrites the history entry it started; a new search (after a filter, a sort or Back) starts a new one.
  let typing = false;
  let timer: ReturnType<typeof setTimeout> | undefined;

  input.addEventListener('input', () => {
    const state = controls.current();
    controls.record(state, typing ? 'replace' : 'push');
    typing = true;
    clearTimeout(timer);
    timer = setTimeout(() => void run(state), TYPING_PAUSE_MS);
  });
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    clearTimeout(timer);
    typing = false;
    const state = controls.current();
    controls.record(state, 'replace');
    void run(state);
  });
  facetForm.addEventListener('change', searchAgain);
  // Filters apply as they are ticked; submitting the form ("Show the results") takes the reader to them.
  facetForm.addEventListener('submit', (event) => {
    event.preventDefault();
    heading.focus();
  });
  sortSelect.addEventListener('change', () => {
    sortSelect.dataset.chosen = sortSelect.value;
    searchAgain();
  });
  part<HTMLButtonElement>(facetForm, '[data-reset]').addEventListener('click', () => {
    for (const box of controls.boxes) box.checked = false;
    searchAgain();
  });
  more.addEventListener('click', async () => {
    const first = await showMore();
    first?.focus();
  });
  window.addEventListener('popstate', () => {
    typing = false;
    const state = controls.read();
    controls.apply(state);
    void run(state);
  });
  // Fetch Pagefind as soon as the reader shows an intent to search, so the first results come quickly.
  for (const target of [form, facetForm])
    target.addEventListener('focusin', index.preload, { once: true });

  const initial = controls.read();
  controls.record(initial, 'replace');
  controls.apply(initial);
  void run(initial);
}
