// What the search page shows: result cards, filter counts. Everything that comes from the index is
// inserted as text, never as HTML.
import type { Locale } from '../../i18n/config.ts';
import { parsePath, type Section } from '../../i18n/routes.ts';
import { readableExcerpt } from '../../search/text.ts';
import {
  phrasesOfMeta,
  runsByPart,
  MARKED_PHRASES_META,
  type TextRun,
} from '../../utils/language-marks.ts';
import type { PluralTemplates } from '../../utils/plural.ts';
import { element } from '../dom.ts';
import { runNode, textRuns } from '../language-marks.ts';
import type { FilterCounts, PagefindPage } from './pagefind.ts';
import type { SearchControls } from './state.ts';

/** The page's texts, in its language, from its `data-messages` attribute. */
export interface Messages {
  forQuery: PluralTemplates;
  forFilters: PluralTemplates;
  active: PluralTemplates;
  hint: string;
  loading: string;
  continuity: string;
  kinds: Partial<Record<Section, string>>;
}

/** An excerpt with its highlighted words, and the phrases in the other language marked across them. */
function highlightedExcerpt(excerpt: string, locale: Locale, runsOf: RunsOf): (Node | string)[] {
  const parts = readableExcerpt(excerpt, locale);
  const runs = runsByPart(
    runsOf(parts.map((part) => part.text).join(''), locale),
    parts.map((part) => part.text),
  );
  return parts.flatMap((part, index) => {
    const nodes = runs[index]!.map(runNode);
    return part.highlighted ? [element('mark', {}, nodes)] : nodes;
  });
}

/** Cuts a text into runs, the phrases of the other language apart (see textRuns in ../language-marks.ts). */
type RunsOf = (text: string, textLang: Locale) => TextRun[];

/**
 * One result as a card: its kind or territory, its title, an excerpt (the words found highlighted,
 * for a query; the summary otherwise) and its continuities; names in the other language are marked,
 * those its page marks (brought by the result, see `withMarkedPhrases` in src/search/html.ts).
 */
export function resultItem(
  page: PagefindPage,
  context: {
    locale: Locale;
    messages: Messages;
    showingQuery: boolean;
    continuityId: (label: string) => string | undefined;
  },
): HTMLLIElement {
  const { locale, messages } = context;
  const runsOf = textRuns({ [locale]: phrasesOfMeta(page.meta[MARKED_PHRASES_META]) });
  const section = parsePath(new URL(page.url, window.location.href).pathname)?.section;
  const continuity = (page.filters.continuity ?? []).flatMap((label) => {
    const id = context.continuityId(label);
    return id ? [{ id, label }] : [];
  });
  const text = (value: string | undefined) =>
    readableExcerpt(value ?? '', locale)
      .map((run) => run.text)
      .join('');
  const marked = (value: string | undefined) => runsOf(text(value), locale).map(runNode);
  const excerpt = context.showingQuery
    ? highlightedExcerpt(page.excerpt, locale, runsOf)
    : marked(page.meta.summary);
  const card = element(
    'article',
    {
      class: ['card', 'search-result', continuity[0] && `accent--${continuity[0].id}`]
        .filter(Boolean)
        .join(' '),
    },
    [
      element('p', { class: 'card-meta' }, [
        ...(page.meta.territory
          ? marked(page.meta.territory)
          : [(section && messages.kinds[section]) || '']),
      ]),
      element('h3', {}, [
        element('a', { href: page.url }, page.meta.title ? marked(page.meta.title) : [page.url]),
      ]),
      element('p', { class: 'search-excerpt' }, excerpt),
    ],
  );
  if (continuity.length) {
    const tags = continuity.map(({ id, label }) =>
      element('li', {}, [element('span', { class: `tag tag--${id}` }, [label])]),
    );
    card.append(element('ul', { class: 'tags', 'aria-label': messages.continuity }, tags));
  }
  return element('li', {}, [card]);
}

/**
 * Shows counts beside the filter values: those of the results on screen, or without `counts` the
 * totals over the whole index that the page was built with. A value with no result is dimmed.
 */
export function filterCountDisplay(controls: SearchControls): (counts?: FilterCounts) => void {
  const countOf = (box: HTMLInputElement) => box.nextElementSibling!.nextElementSibling!;
  const labels = new Map(controls.boxes.map((box) => [box, box.nextElementSibling!.textContent!]));
  const totals = new Map(controls.boxes.map((box) => [box, countOf(box).textContent!]));
  return (counts) => {
    for (const box of controls.boxes) {
      const text = counts
        ? `(${counts[controls.facetOf(box)]?.[labels.get(box)!] ?? 0})`
        : totals.get(box)!;
      countOf(box).textContent = text;
      box.closest('li')!.classList.toggle('is-empty', text === '(0)' && !box.checked);
    }
  };
}
