// The catalogue's filters in the browser. The page is complete without this script: it shows one
// page of the practices with numbered links to the others, and every facet value is a link to its
// listing page. With it, checkboxes filter the practices through the catalogue's own filter index
// (one small file of every practice's facet values, fetched at the first filter; the counts and the
// practices shown are worked out here) and the cards on screen are fetched one small file each, never
// the whole catalogue; the selection lives in the URL (shareable, Back and Forward work), and cards
// can be picked for comparison across pages.
import type { Locale } from '../i18n/config.ts';
import type { Facet } from '../i18n/routes.ts';
import {
  compareSearch,
  facetKeys,
  MAX_COMPARED,
  normalizeSelection,
  searchFromSelection,
  selectionFromSearch,
  selectionSize,
  type Selection,
} from '../catalogue/facets.ts';
import {
  decodeFacetIndex,
  indexCounts,
  matchingPositions,
  type FacetIndex,
  type FacetIndexFile,
} from '../catalogue/facet-index.ts';
import { runsOf, type CatalogueCard } from '../catalogue/catalogue-card.ts';
import { pagerItems, PAGE_SIZE } from '../routing/paging.ts';
import { fillTemplate, formatPlural, type PluralTemplates } from '../utils/plural.ts';
import { enhanceFilterPanel } from './filter-panel.ts';
import { element, part } from './dom.ts';
import { runNode } from './language-marks.ts';

interface Messages {
  all: PluralTemplates;
  results: PluralTemplates;
  active: PluralTemplates;
  chosen: PluralTemplates;
  max: string;
  range: string;
  loading: string;
  loadError: string;
  continuity: string;
  themes: string;
  compare: string;
  pager: { label: string; previous: string; next: string; page: string };
}

/** The query parameter of the page of filtered results (the pages of the whole catalogue are addresses of their own). */
const PAGE_PARAM = 'page';

/** Where the compared practices are kept while the reader goes from page to page. */
const CHOSEN_KEY = 'continuites:compare';

/** The catalogue's filter index and its cards, fetched when first needed and once. */
function catalogueData(root: HTMLElement) {
  const indexUrl = root.dataset.facetIndex!;
  const cardsUrl = root.dataset.cardsUrl!;
  let index: Promise<FacetIndex> | undefined;
  const cards = new Map<number, Promise<CatalogueCard>>();
  const json = async <T>(url: string) => {
    const response = await fetch(url);
    if (!response.ok) throw new Error(`${url}: ${response.status}`);
    return (await response.json()) as T;
  };
  return {
    index: () =>
      (index ??= json<FacetIndexFile>(indexUrl).then(decodeFacetIndex, (error: unknown) => {
        index = undefined;
        throw error;
      })),
    /** The card of the practice at a position of the catalogue's order. */
    card(position: number): Promise<CatalogueCard> {
      let card = cards.get(position);
      if (!card) {
        card = json<CatalogueCard>(`${cardsUrl}${position}.json`);
        card.catch(() => cards.delete(position));
        cards.set(position, card);
      }
      return card;
    },
  };
}

/** Turn the server-rendered catalogue into one filtered in the browser. */
export function initCatalogue(root: HTMLElement): void {
  const locale = root.dataset.locale as Locale;
  const messages = JSON.parse(root.dataset.messages!) as Messages;
  const total = Number(root.dataset.total);
  const panel = part<HTMLDetailsElement>(root, '[data-filter-panel]');
  const form = part<HTMLFormElement>(root, '[data-facets]');
  const boxes = [...form.querySelectorAll<HTMLInputElement>('input[data-facet]')];
  const status = part<HTMLElement>(root, '[data-results]');
  const active = part<HTMLElement>(root, '[data-active-filters]');
  const list = part<HTMLUListElement>(root, '[data-cards]');
  const staticPager = part<HTMLElement>(root, '[data-static-pager]');
  const resultsPager = part<HTMLElement>(root, '[data-results-pager]');
  // This page of the whole catalogue, as the build wrote it: shown again when no filter is ticked.
  const staticCards = [...list.children];
  const staticStatus = status.textContent ?? '';
  const facetOf = (box: HTMLInputElement) => box.dataset.facet as Facet;
  const known = Object.fromEntries(
    facetKeys.map((facet) => [
      facet,
      boxes.filter((box) => facetOf(box) === facet).map((box) => box.value),
    ]),
  );
  const totals = new Map(boxes.map((box) => [box, countOf(box).textContent ?? '']));
  const data = catalogueData(root);
  // A card names its continuities and themes by id: their labels are those of the filters.
  const labels = new Map(
    boxes.map((box) => [`${facetOf(box)}:${box.value}`, box.dataset.label ?? box.value]),
  );
  const labelOf = (facet: Facet, id: string) => labels.get(`${facet}:${id}`) ?? id;
  const practicesPath = root.dataset.practices!;
  const compare = initCompareChoice(root, locale, messages);

  part<HTMLElement>(root, '[data-facet-links]').hidden = true;
  form.hidden = false;
  enhanceFilterPanel(panel);

  const pageFrom = (search: string) => {
    const page = Number(new URLSearchParams(search).get(PAGE_PARAM));
    return Number.isInteger(page) && page > 1 ? page : 1;
  };
  const read = (): Selection =>
    normalizeSelection(selectionFromSearch(window.location.search, locale), known);
  const ticked = (): Selection => {
    const selection: Selection = {};
    for (const facet of facetKeys)
      selection[facet] = boxes
        .filter((box) => facetOf(box) === facet && box.checked)
        .map((box) => box.value);
    return normalizeSelection(selection, known);
  };
  const addressOf = (selection: Selection, page: number) => {
    const search = searchFromSelection(selection, locale);
    return page > 1 && search ? `${search}&${PAGE_PARAM}=${page}` : search;
  };

  // The language switch leads to the same selection in the other language.
  const languageLink = document.querySelector<HTMLAnchorElement>('.lang-switch a[hreflang]');
  const otherPath = languageLink && new URL(languageLink.href).pathname;
  const otherLocale = languageLink?.hreflang as Locale | undefined;

  function showCounts(counts?: Record<Facet, Map<string, number>>): void {
    for (const box of boxes) {
      const text = counts ? `(${counts[facetOf(box)].get(box.value) ?? 0})` : totals.get(box)!;
      countOf(box).textContent = text;
      box.closest('li')!.classList.toggle('is-empty', text === '(0)' && !box.checked);
    }
  }

  let shown = 0;
  async function show(selection: Selection, page: number): Promise<void> {
    const request = ++shown;
    for (const box of boxes) box.checked = selection[facetOf(box)]?.includes(box.value) ?? false;
    const size = selectionSize(selection);
    active.hidden = size === 0;
    active.textContent = size ? `(${formatPlural(messages.active, size, locale)})` : '';
    if (languageLink && otherLocale)
      languageLink.href = otherPath + searchFromSelection(selection, otherLocale);
    if (size === 0) {
      list.replaceChildren(...staticCards);
      staticPager.hidden = false;
      resultsPager.hidden = true;
      showCounts();
      status.textContent = staticStatus;
      compare.refresh();
      return;
    }
    staticPager.hidden = true;
    list.setAttribute('aria-busy', 'true');
    if (status.textContent === staticStatus) status.textContent = messages.loading;
    try {
      const index = await data.index();
      const positions = matchingPositions(index, selection);
      const pages = Math.max(1, Math.ceil(positions.length / PAGE_SIZE));
      const current = Math.min(page, pages);
      const found = await Promise.all(
        positions.slice((current - 1) * PAGE_SIZE, current * PAGE_SIZE).map(data.card),
      );
      if (request !== shown) return;
      list.replaceChildren(
        ...found.map((card) => resultCard(card, messages, labelOf, practicesPath)),
      );
      showPager(resultsPager, selection, current, pages);
      showCounts(indexCounts(index, selection));
      const count = formatPlural(messages.results, positions.length, locale, { total });
      status.textContent =
        pages > 1
          ? `${count}. ${fillTemplate(messages.range, {
              from: (current - 1) * PAGE_SIZE + 1,
              to: Math.min(current * PAGE_SIZE, positions.length),
              total: positions.length,
            })}`
          : count;
      compare.refresh();
    } catch {
      if (request === shown) status.textContent = messages.loadError;
    } finally {
      if (request === shown) list.removeAttribute('aria-busy');
    }
  }

  /** Numbered links to the pages of the filtered results, followed here rather than loaded. */
  function showPager(
    container: HTMLElement,
    selection: Selection,
    page: number,
    pages: number,
  ): void {
    container.hidden = pages < 2;
    if (pages < 2) return container.replaceChildren();
    const link = (target: number, children: (Node | string)[], attributes = {}) =>
      element('a', { href: addressOf(selection, target) || '?', ...attributes }, children);
    const items = [
      ...(page > 1
        ? [
            element('li', { class: 'pager-step' }, [
              link(page - 1, [arrow('←'), ` ${messages.pager.previous}`]),
            ]),
          ]
        : []),
      ...pagerItems(page, pages).map((item) =>
        'gap' in item
          ? element('li', { class: 'pager-gap', 'aria-hidden': 'true' }, ['…'])
          : element('li', {}, [
              link(
                item.page,
                [String(item.page)],
                item.current
                  ? {
                      'aria-current': 'page',
                      'aria-label': fillTemplate(messages.pager.page, { page: item.page }),
                    }
                  : { 'aria-label': fillTemplate(messages.pager.page, { page: item.page }) },
              ),
            ]),
      ),
      ...(page < pages
        ? [
            element('li', { class: 'pager-step' }, [
              link(page + 1, [`${messages.pager.next} `, arrow('→')]),
            ]),
          ]
        : []),
    ];
    container.replaceChildren(
      element('nav', { class: 'pager no-print', 'aria-label': messages.pager.label }, [
        element('ul', {}, items),
      ]),
    );
  }

  function choose(selection: Selection, page = 1): void {
    const search = addressOf(selection, page);
    if (search !== window.location.search)
      window.history.pushState(null, '', window.location.pathname + search);
    void show(selection, page);
  }

  form.addEventListener('change', (event) => {
    if ((event.target as HTMLElement).matches('input[data-facet]')) choose(ticked());
  });
  part<HTMLButtonElement>(form, '[data-reset]').addEventListener('click', () => choose({}));
  // On a phone the results are below the long form: submitting it ("Show the results") takes the reader to them.
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    part<HTMLElement>(root, '[data-results-heading]').focus();
  });
  resultsPager.addEventListener('click', (event) => {
    const link = (event.target as HTMLElement).closest('a');
    if (!link) return;
    event.preventDefault();
    choose(read(), pageFrom(new URL(link.href).search));
    part<HTMLElement>(root, '[data-results-heading]').focus();
  });
  window.addEventListener('popstate', () => void show(read(), pageFrom(window.location.search)));

  // A shared link may name values in another order or unknown ones: show the canonical URL.
  const initial = read();
  const initialPage = pageFrom(window.location.search);
  const canonical = addressOf(initial, initialPage);
  if (canonical !== window.location.search)
    window.history.replaceState(null, '', window.location.pathname + canonical);
  void show(initial, initialPage);
}

/** An arrow beside "Previous page" and "Next page", for the eye only (as in Pager.astro). */
const arrow = (text: string) => element('span', { 'aria-hidden': 'true' }, [text]);

/** The element that shows a value's count, in its label. */
const countOf = (box: HTMLInputElement) => box.labels![0]!.querySelector('[data-count]')!;

/** A practice of the filter's results, as a card like those the build writes (CaseCard.astro); `base` is the catalogue's address, under which each practice has its page. */
function resultCard(
  card: CatalogueCard,
  messages: Messages,
  labelOf: (facet: Facet, id: string) => string,
  base: string,
): HTMLLIElement {
  const runs = (text: CatalogueCard['title']) => runsOf(text).map(runNode);
  const lang = card.lang ? { lang: card.lang } : {};
  const tags = (facet: Facet, ids: string[], label: string, coloured: boolean) =>
    element(
      'ul',
      { class: 'tags', 'aria-label': label },
      ids.map((id) =>
        element('li', {}, [
          element('span', { class: coloured ? `tag tag--${id}` : 'tag' }, [labelOf(facet, id)]),
        ]),
      ),
    );
  const main = card.continuity[0];
  return element('li', { 'data-case': card.slug }, [
    element('article', { class: main ? `card accent--${main}` : 'card' }, [
      element('p', { class: 'card-meta' }, [...runs(card.territory), ` · ${card.scope}`]),
      element('h3', lang, [
        element('a', { href: `${base}${encodeURIComponent(card.slug)}/` }, runs(card.title)),
      ]),
      element('p', lang, runs(card.summary)),
      tags('continuity', card.continuity, messages.continuity, true),
      tags('theme', card.themes, messages.themes, false),
      element('p', { class: 'card-compare no-print', 'data-compare-control': '' }, [
        element('label', {}, [
          element('input', { type: 'checkbox', value: card.slug, 'data-compare': '' }),
          messages.compare,
          element('span', { class: 'visually-hidden', ...lang }, [' — ', ...runs(card.title)]),
        ]),
      ]),
    ]),
  ]);
}

/**
 * The "Compare" checkboxes of the cards and the bar that links to the compare page. The choice is
 * kept for the browser tab, so that practices can be picked on several pages; `refresh` ticks the
 * boxes of cards shown since.
 */
function initCompareChoice(
  root: HTMLElement,
  locale: Locale,
  messages: Messages,
): { refresh(): void } {
  const bar = part<HTMLElement>(root, '[data-compare-bar]');
  const status = part<HTMLElement>(bar, '[data-compare-status]');
  const link = part<HTMLAnchorElement>(bar, '[data-compare-link]');
  const base = root.dataset.comparePath!;
  const boxes = () => [...root.querySelectorAll<HTMLInputElement>('input[data-compare]')];
  // In the order they were ticked: the compare page shows them in that order.
  let chosen = storedChoice();

  bar.hidden = false;

  function update(message?: string): void {
    for (const control of root.querySelectorAll<HTMLElement>('[data-compare-control]'))
      control.hidden = false;
    for (const box of boxes()) box.checked = chosen.includes(box.value);
    status.textContent = message ?? formatPlural(messages.chosen, chosen.length, locale);
    link.hidden = chosen.length === 0;
    link.href = base + compareSearch(chosen, locale);
    bar.classList.toggle('is-active', chosen.length > 0);
    try {
      sessionStorage.setItem(CHOSEN_KEY, JSON.stringify(chosen));
    } catch {
      // Storage refused (private mode): the choice lasts as long as the page.
    }
  }

  root.addEventListener('change', (event) => {
    const box = event.target as HTMLInputElement;
    if (!box.matches('input[data-compare]')) return;
    if (!box.checked) {
      chosen = chosen.filter((slug) => slug !== box.value);
      update();
    } else if (chosen.length >= MAX_COMPARED) {
      update(messages.max);
    } else {
      chosen = [...chosen, box.value];
      update();
    }
  });
  update();
  return { refresh: () => update() };
}

/** The practices chosen earlier in this tab, if any. */
function storedChoice(): string[] {
  try {
    const stored = JSON.parse(sessionStorage.getItem(CHOSEN_KEY) ?? '[]') as unknown;
    return Array.isArray(stored)
      ? stored.filter((slug): slug is string => typeof slug === 'string').slice(0, MAX_COMPARED)
      : [];
  } catch {
    return [];
  }
}
