// The catalogue's filters in the browser. The page is complete without this script: every facet
// value is then a link to its listing page. With it, checkboxes filter the cards at once, the
// selection lives in the URL (shareable, Back and Forward work), and cards can be picked for comparison.
import type { Locale } from '../i18n/config.ts';
import type { Facet } from '../i18n/routes.ts';
import {
  compareSearch,
  facetCounts,
  facetKeys,
  facetValuesFrom,
  filterByFacets,
  MAX_COMPARED,
  normalizeSelection,
  searchFromSelection,
  selectionFromSearch,
  selectionSize,
  type Selection,
} from '../catalogue/facets.ts';
import { formatPlural, type PluralTemplates } from '../utils/plural.ts';
import { enhanceFilterPanel } from './filter-panel.ts';
import { part } from './dom.ts';

interface Messages {
  all: PluralTemplates;
  results: PluralTemplates;
  active: PluralTemplates;
  chosen: PluralTemplates;
  max: string;
}

const words = (value: string | undefined) => (value ?? '').split(' ').filter(Boolean);

/** Turn the server-rendered catalogue into an instantly filtered one. */
export function initCatalogue(root: HTMLElement): void {
  const locale = root.dataset.locale as Locale;
  const messages = JSON.parse(root.dataset.messages!) as Messages;
  const panel = part<HTMLDetailsElement>(root, '[data-filter-panel]');
  const form = part<HTMLFormElement>(root, '[data-facets]');
  const boxes = [...form.querySelectorAll<HTMLInputElement>('input[data-facet]')];
  const status = part<HTMLElement>(root, '[data-results]');
  const active = part<HTMLElement>(root, '[data-active-filters]');
  const cards = [...root.querySelectorAll<HTMLElement>('[data-case]')].map((element) => ({
    element,
    slug: element.dataset.case!,
    values: facetValuesFrom((facet) => words(element.dataset[facet])),
  }));
  const known = Object.fromEntries(
    facetKeys.map((facet) => [
      facet,
      boxes.filter((box) => box.dataset.facet === facet).map((box) => box.value),
    ]),
  );

  part<HTMLElement>(root, '[data-facet-links]').hidden = true;
  form.hidden = false;
  enhanceFilterPanel(panel);

  const read = (): Selection =>
    normalizeSelection(selectionFromSearch(window.location.search, locale), known);
  const ticked = (): Selection => {
    const selection: Selection = {};
    for (const facet of facetKeys)
      selection[facet] = boxes
        .filter((box) => box.dataset.facet === facet && box.checked)
        .map((box) => box.value);
    return normalizeSelection(selection, known);
  };

  function show(selection: Selection): void {
    const shown = new Set(filterByFacets(cards, selection));
    for (const card of cards) card.element.hidden = !shown.has(card);
    const counts = facetCounts(cards, selection);
    for (const box of boxes) {
      const facet = box.dataset.facet as Facet;
      box.checked = selection[facet]?.includes(box.value) ?? false;
      const count = counts[facet].get(box.value) ?? 0;
      box.closest('li')!.classList.toggle('is-empty', count === 0);
      box.labels![0]!.querySelector('[data-count]')!.textContent = `(${count})`;
    }
    const size = selectionSize(selection);
    const text = size
      ? formatPlural(messages.results, shown.size, locale, { total: cards.length })
      : formatPlural(messages.all, cards.length, locale);
    if (status.textContent !== text) status.textContent = text;
    active.hidden = size === 0;
    active.textContent = size ? `(${formatPlural(messages.active, size, locale)})` : '';
    if (languageLink && otherLocale)
      languageLink.href = otherPath + searchFromSelection(selection, otherLocale);
  }

  // The language switch leads to the same selection in the other language.
  const languageLink = document.querySelector<HTMLAnchorElement>('.lang-switch a[hreflang]');
  const otherPath = languageLink && new URL(languageLink.href).pathname;
  const otherLocale = languageLink?.hreflang as Locale | undefined;

  function choose(selection: Selection): void {
    const search = searchFromSelection(selection, locale);
    if (search !== window.location.search)
      window.history.pushState(null, '', window.location.pathname + search);
    show(selection);
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
  window.addEventListener('popstate', () => show(read()));

  // A shared link may name values in another order or unknown ones: show the canonical URL.
  const initial = read();
  const canonical = searchFromSelection(initial, locale);
  if (canonical !== window.location.search)
    window.history.replaceState(null, '', window.location.pathname + canonical);
  show(initial);

  initCompareChoice(root, locale, messages);
}

/** The "Compare" checkboxes of the cards and the bar that links to the compare page. */
function initCompareChoice(root: HTMLElement, locale: Locale, messages: Messages): void {
  const bar = part<HTMLElement>(root, '[data-compare-bar]');
  const status = part<HTMLElement>(bar, '[data-compare-status]');
  const link = part<HTMLAnchorElement>(bar, '[data-compare-link]');
  const boxes = [...root.querySelectorAll<HTMLInputElement>('input[data-compare]')];
  const base = root.dataset.comparePath!;
  // In the order they were ticked: the compare page shows them in that order.
  let chosen = boxes.filter((box) => box.checked).map((box) => box.value);

  for (const control of root.querySelectorAll<HTMLElement>('[data-compare-control]'))
    control.hidden = false;
  bar.hidden = false;

  function update(message?: string): void {
    for (const box of boxes) box.checked = chosen.includes(box.value);
    status.textContent = message ?? formatPlural(messages.chosen, chosen.length, locale);
    link.hidden = chosen.length === 0;
    link.href = base + compareSearch(chosen, locale);
    bar.classList.toggle('is-active', chosen.length > 0);
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
}
