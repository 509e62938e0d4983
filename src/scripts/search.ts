// The search page in the browser, on Pagefind's JS API. Pagefind (its script, WebAssembly and
// index) is fetched at the first use of the page, not before: the page stays light until a reader
// focuses the search box, ticks a filter or arrives with a search in the URL. Results appear as
// the reader types; the query and filters live in the URL (shareable, Back and Forward work); the
// number of results is announced; everything from the index is inserted as text, never as HTML.
import type { Locale } from '../i18n/config.ts';
import { parsePath, type Section } from '../i18n/routes.ts';
import { normalizeSelection, selectionSize } from '../utils/facets.ts';
import { formatPlural, type PluralTemplates } from '../utils/plural.ts';
import {
  effectiveSort,
  pagefindFilters,
  searchFacetKeys,
  searchStateFromUrl,
  searchStateToUrl,
  type SearchFacet,
  type SearchSort,
  type SearchState,
} from '../utils/search-facets.ts';
import { acronymQuery } from '../utils/search-synonyms.ts';
import { normalizeQuery, readableExcerpt } from '../utils/search-text.ts';
import { element, part } from './dom.ts';

interface Messages {
  forQuery: PluralTemplates;
  forFilters: PluralTemplates;
  active: PluralTemplates;
  hint: string;
  loading: string;
  continuity: string;
  kinds: Partial<Record<Section, string>>;
}

/** What this page uses of Pagefind's JS API (loaded at run time from the built site, never bundled). */
interface Pagefind {
  options(options: Record<string, unknown>): Promise<void>;
  init(): Promise<void>;
  filters(): Promise<Record<string, Record<string, number>>>;
  search(term: string | null, options?: { filters?: object; sort?: Record<string, 'asc' | 'desc'> }): Promise<PagefindResponse>;
}

interface PagefindResponse {
  results: { id: string; data(): Promise<PagefindPage> }[];
  /** For each filter and value, how many of the results have it. */
  filters: Record<string, Record<string, number>>;
}

interface PagefindPage {
  url: string;
  excerpt: string;
  meta: Record<string, string | undefined>;
  filters: Record<string, string[] | undefined>;
}

/** Where the build writes Pagefind's bundle. A variable, so that Vite leaves the import to the browser. */
const PAGEFIND_URL = '/pagefind/pagefind.js';
/** Results shown at once; "Show more" adds as many. */
const PAGE_SIZE = 10;
/** Wait for a pause in typing before searching, so that the count is announced once. */
const TYPING_PAUSE_MS = 150;

let pagefindLoading: Promise<Pagefind> | undefined;
let filterIndexLoading: Promise<unknown> | undefined;

/** Pagefind, loaded once. The main thread is enough for an index this size and saves the worker's download. */
function loadPagefind(): Promise<Pagefind> {
  pagefindLoading ??= (async () => {
    const pagefind = (await import(/* @vite-ignore */ PAGEFIND_URL)) as Pagefind;
    await pagefind.options({ excerptLength: 26, excerptEllipsis: '…', noWorker: true });
    await pagefind.init();
    return pagefind;
  })();
  return pagefindLoading;
}

/**
 * The whole filter index, which Pagefind needs loaded to count filter values at all. Fetched only
 * when the counts can be seen (the filter panel is open): a phone showing results does without it.
 */
function loadFilterIndex(pagefind: Pagefind): Promise<unknown> {
  filterIndexLoading ??= pagefind.filters();
  return filterIndexLoading;
}

/** Turn the search page into a live search. */
export function initSearch(root: HTMLElement): void {
  const locale = root.dataset.locale as Locale;
  const messages = JSON.parse(root.dataset.messages!) as Messages;
  const acronyms = JSON.parse(root.dataset.acronyms ?? '{}') as Record<string, string>;
  const form = part<HTMLFormElement>(root, 'form[role="search"]');
  const input = part<HTMLInputElement>(form, 'input[name="q"]');
  const ui = part<HTMLElement>(root, '[data-search-ui]');
  const panel = part<HTMLDetailsElement>(root, '[data-filter-panel]');
  const facetForm = part<HTMLFormElement>(root, '[data-facets]');
  const boxes = [...facetForm.querySelectorAll<HTMLInputElement>('input[type="checkbox"]')];
  // Each box's filter, label (what the index holds) and count over the whole index, read once from the markup.
  const facetOf = new Map(boxes.map((box) => [box, box.closest<HTMLElement>('[data-facet]')!.dataset.facet as SearchFacet]));
  const textOf = (box: HTMLInputElement) => box.nextElementSibling!;
  const countOf = (box: HTMLInputElement) => textOf(box).nextElementSibling!;
  const labels = new Map(boxes.map((box) => [box, textOf(box).textContent!]));
  const totals = new Map(boxes.map((box) => [box, countOf(box).textContent!]));
  const activeCount = part<HTMLElement>(root, '[data-active-filters]');
  const status = part<HTMLElement>(root, '[data-status]');
  const heading = part<HTMLElement>(root, '[data-results-heading]');
  const sortControl = part<HTMLElement>(root, '[data-sort-control]');
  const sortSelect = part<HTMLSelectElement>(root, '[data-sort]');
  const none = part<HTMLElement>(root, '[data-none]');
  const list = part<HTMLOListElement>(root, '[data-results]');
  const moreControl = part<HTMLElement>(root, '[data-more-control]');
  const more = part<HTMLButtonElement>(root, '[data-more]');

  // The index holds labels in the page's language; the URL holds ids. The checkboxes know both.
  const boxesOf = (facet: SearchFacet) => boxes.filter((box) => facetOf.get(box) === facet);
  const labelOf = (facet: SearchFacet, id: string) => labels.get(boxesOf(facet).find((box) => box.value === id)!);
  const idOf = (facet: SearchFacet, label: string) => boxesOf(facet).find((box) => labels.get(box) === label)?.value;
  const known = Object.fromEntries(searchFacetKeys.map((facet) => [facet, boxesOf(facet).map((box) => box.value)])) as Record<
    SearchFacet,
    string[]
  >;

  ui.hidden = false;
  const wide = window.matchMedia('(min-width: 60rem)');
  panel.classList.add('is-enhanced');
  panel.open = wide.matches;
  wide.addEventListener('change', () => {
    if (wide.matches) panel.open = true;
  });
  panel.addEventListener('toggle', () => void updateCounts());

  const read = (): SearchState => {
    const state = searchStateFromUrl(window.location.search, locale);
    return { ...state, selection: normalizeSelection(state.selection, known) };
  };

  /** The state of the controls. */
  function current(): SearchState {
    const selection = Object.fromEntries(
      searchFacetKeys.map((facet) => [
        facet,
        boxesOf(facet)
          .filter((box) => box.checked)
          .map((box) => box.value),
      ]),
    );
    const state: SearchState = { query: input.value, selection: normalizeSelection(selection, known) };
    const chosen = sortSelect.dataset.chosen as SearchSort | undefined;
    if (chosen) state.sort = chosen;
    return state;
  }

  /** Set the controls from a state (on load and on Back or Forward). */
  function apply(state: SearchState): void {
    if (input.value !== state.query) input.value = state.query;
    for (const box of boxes) box.checked = state.selection[facetOf.get(box)!]?.includes(box.value) ?? false;
    if (state.sort) sortSelect.dataset.chosen = state.sort;
    else delete sortSelect.dataset.chosen;
  }

  // The language switch leads to the same search in the other language.
  const languageLink = document.querySelector<HTMLAnchorElement>('.lang-switch a[hreflang]');
  const otherPath = languageLink && new URL(languageLink.href).pathname;
  const otherLocale = languageLink?.hreflang as Locale | undefined;

  /** Record a state in the URL: a new history entry, or the current one rewritten while the reader types. */
  function record(state: SearchState, mode: 'push' | 'replace'): void {
    const search = searchStateToUrl(state, locale);
    if (search !== window.location.search)
      window.history[mode === 'push' ? 'pushState' : 'replaceState'](null, '', window.location.pathname + search);
    if (languageLink && otherPath && otherLocale) languageLink.href = otherPath + searchStateToUrl(state, otherLocale);
  }

  function showCounts(counts?: Record<string, Record<string, number>>): void {
    for (const box of boxes) {
      const text = counts ? `(${counts[facetOf.get(box)!]?.[labels.get(box)!] ?? 0})` : totals.get(box)!;
      countOf(box).textContent = text;
      box.closest('li')!.classList.toggle('is-empty', text === '(0)' && !box.checked);
    }
  }

  function announce(text: string): void {
    if (status.textContent !== text) status.textContent = text;
  }

  let pending: PagefindResponse['results'] = [];
  let showingQuery = false;

  function resultItem(page: PagefindPage): HTMLLIElement {
    const section = parsePath(new URL(page.url, window.location.href).pathname)?.section;
    const continuity = (page.filters.continuity ?? []).flatMap((label) => {
      const id = idOf('continuity', label);
      return id ? [{ id, label }] : [];
    });
    const text = (value: string | undefined) =>
      readableExcerpt(value ?? '', locale)
        .map((run) => run.text)
        .join('');
    const excerpt = showingQuery
      ? readableExcerpt(page.excerpt, locale).map((run) => (run.highlighted ? element('mark', {}, [run.text]) : run.text))
      : [text(page.meta.summary)];
    const card = element(
      'article',
      { class: ['card', 'search-result', continuity[0] && `accent--${continuity[0].id}`].filter(Boolean).join(' ') },
      [
        element('p', { class: 'card-meta' }, [
          page.meta.territory ? text(page.meta.territory) : (section && messages.kinds[section]) || '',
        ]),
        element('h3', {}, [element('a', { href: page.url }, [text(page.meta.title) || page.url])]),
        element('p', { class: 'search-excerpt' }, excerpt),
      ],
    );
    if (continuity.length) {
      const tags = continuity.map(({ id, label }) => element('li', {}, [element('span', { class: `tag tag--${id}` }, [label])]));
      card.append(element('ul', { class: 'tags', 'aria-label': messages.continuity }, tags));
    }
    return element('li', {}, [card]);
  }

  /** Fetch the next results' pages and list them; the first link added is returned. */
  async function showMore(): Promise<HTMLAnchorElement | undefined> {
    const batch = pending.slice(0, PAGE_SIZE);
    pending = pending.slice(PAGE_SIZE);
    const items = (await Promise.all(batch.map((result) => result.data()))).map(resultItem);
    list.append(...items);
    moreControl.hidden = pending.length === 0;
    return items[0]?.querySelector('a') ?? undefined;
  }

  let generation = 0;
  let loadError = false;

  /** Search for the state of the controls and show the results, the counts and the announcement. */
  async function run(state: SearchState): Promise<void> {
    const run = ++generation;
    const term = normalizeQuery(state.query, locale);
    const filtered = selectionSize(state.selection);
    const sort = effectiveSort({ query: term, ...(state.sort ? { sort: state.sort } : {}) });
    sortSelect.value = sort;
    (sortSelect.querySelector('option[value="relevance"]') as HTMLOptionElement).disabled = !term;
    activeCount.hidden = filtered === 0;
    activeCount.textContent = filtered ? `(${formatPlural(messages.active, filtered, locale)})` : '';
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
    let response: PagefindResponse;
    try {
      const pagefind = await loadPagefind();
      response = await pagefind.search(term ? acronymQuery(term, acronyms) : null, {
        filters: pagefindFilters(state.selection, labelOf),
        ...(sort === 'relevance' ? {} : { sort: { [sort]: sort === 'date' ? 'desc' : 'asc' } }),
      });
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
    shown = { term: term ? acronymQuery(term, acronyms) : null, selection: state.selection };
    counted = false;
    await updateCounts();
  }

  /** The search whose results are on screen, and whether the filters show its counts. */
  let shown: { term: string | null; selection: SearchState['selection'] } | undefined;
  let counted = true;

  /** Count the filter values for the results on screen, when the filter panel is open to show them. */
  async function updateCounts(): Promise<void> {
    if (!shown || counted || !panel.open) return;
    const run = generation;
    facetForm.setAttribute('aria-busy', 'true');
    try {
      const pagefind = await loadPagefind();
      await loadFilterIndex(pagefind);
      const counts = await countValues(pagefind, shown.term, shown.selection);
      if (run !== generation) return;
      showCounts(counts);
      counted = true;
    } catch {
      // The counts keep their last values; the results are right.
    } finally {
      if (run === generation) facetForm.removeAttribute('aria-busy');
    }
  }

  /**
   * How many results each filter value would give: with every filter ticked, and for the values of
   * a filter that has some ticked, without that filter (what ticking one more of its values gives).
   */
  async function countValues(pagefind: Pagefind, term: string | null, selection: SearchState['selection']) {
    const counts = { ...(await pagefind.search(term, { filters: pagefindFilters(selection, labelOf) })).filters };
    for (const facet of searchFacetKeys.filter((key) => selection[key]?.length)) {
      counts[facet] = (await pagefind.search(term, { filters: pagefindFilters(selection, labelOf, facet) })).filters[facet] ?? {};
    }
    return counts;
  }

  // Typing rewrites the history entry it started; a new search (after a filter, a sort or Back) starts a new one.
  let typing = false;
  let timer: ReturnType<typeof setTimeout> | undefined;

  input.addEventListener('input', () => {
    const state = current();
    record(state, typing ? 'replace' : 'push');
    typing = true;
    clearTimeout(timer);
    timer = setTimeout(() => void run(state), TYPING_PAUSE_MS);
  });
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    clearTimeout(timer);
    typing = false;
    const state = current();
    record(state, 'replace');
    void run(state);
  });
  facetForm.addEventListener('change', () => {
    typing = false;
    const state = current();
    record(state, 'push');
    void run(state);
  });
  // Filters apply as they are ticked; submitting the form ("Show the results") takes the reader to them.
  facetForm.addEventListener('submit', (event) => {
    event.preventDefault();
    heading.focus();
  });
  sortSelect.addEventListener('change', () => {
    typing = false;
    sortSelect.dataset.chosen = sortSelect.value;
    const state = current();
    record(state, 'push');
    void run(state);
  });
  part<HTMLButtonElement>(facetForm, '[data-reset]').addEventListener('click', () => {
    typing = false;
    for (const box of boxes) box.checked = false;
    const state = current();
    record(state, 'push');
    void run(state);
  });
  more.addEventListener('click', async () => {
    const first = await showMore();
    first?.focus();
  });
  window.addEventListener('popstate', () => {
    typing = false;
    const state = read();
    apply(state);
    void run(state);
  });
  // Fetch Pagefind as soon as the reader shows an intent to search, so the first results come quickly.
  for (const target of [form, facetForm])
    target.addEventListener('focusin', () => void loadPagefind().catch(() => undefined), { once: true });

  const initial = read();
  record(initial, 'replace');
  apply(initial);
  void run(initial);
}
