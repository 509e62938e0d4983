// The compare page in the browser: reads the practices from the URL, fetches their JSON and fills
// the table whose row headers the page already has. Everything is inserted as text, never as HTML.
import type { Locale } from '../i18n/config.ts';
import type { ComparedCase, TextBlock } from '../catalogue/compare-data.ts';
import { sharedLabels } from '../catalogue/compare-data.ts';
import { comparedSlugs, compareSearch, MAX_COMPARED } from '../catalogue/facets.ts';
import { fillTemplate } from '../utils/plural.ts';
import { textMarks } from './language-marks.ts';

interface Messages {
  ready: string;
  empty: string;
  single: string;
  notFound: string;
  tooMany: string;
  loadError: string;
  noBenefits: string;
  commonNone: string;
}

type Child = Node | string;

/** A new element with optional attributes and children. */
function element(
  tag: string,
  attributes: Record<string, string | undefined> = {},
  children: Child[] = [],
): HTMLElement {
  const node = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes))
    if (value !== undefined) node.setAttribute(name, value);
  node.append(...children);
  return node;
}

const list = (items: Child[][], className?: string) =>
  element(
    'ul',
    { class: className },
    items.map((children) => element('li', {}, children)),
  );

/**
 * The content of each row's cell for one practice. `marks` sets apart the phrases in the other
 * language in the case's own text, `pageMarks` in lines the page words in its language (territory, source).
 */
function cells(
  item: ComparedCase,
  messages: Messages,
  marks: (text: string) => Child[],
  pageMarks: (text: string) => Child[],
): Record<string, Child[]> {
  const lang = item.lang;
  const blocks = (content: TextBlock[]) =>
    content.map((block) =>
      'paragraph' in block ? element('p', {}, marks(block.paragraph)) : list(block.list.map(marks)),
    );
  return {
    summary: [element('span', { lang }, marks(item.summary))],
    territory: [list(item.territory.map(pageMarks), 'plain')],
    authority: [
      list(
        item.authority.map((line) => [line]),
        'plain',
      ),
    ],
    continuity: [
      list(
        item.continuity.map((c) => [element('span', { class: `tag tag--${c.id}` }, [c.label])]),
        'tags',
      ),
    ],
    themes: [list(item.themes.map((label) => [label]))],
    levels: [list(item.levels.map((label) => [label]))],
    actors: [
      list(
        item.actors.map((actor) => [
          element('strong', { lang }, marks(actor.name)),
          element('span', { class: 'actor-type' }, [actor.type]),
          ...(actor.role ? [element('span', { lang }, marks(actor.role))] : []),
        ]),
        'plain compare-actors',
      ),
    ],
    benefits: item.benefits.length
      ? [element('div', { lang }, blocks(item.benefits))]
      : [element('em', {}, [messages.noBenefits])],
    source: [
      element('cite', { lang: item.source.language }, [item.source.title]),
      ', ',
      ...pageMarks(item.source.details),
    ],
  };
}

/** Fill the compare page from its URL. */
export async function initCompare(root: HTMLElement): Promise<void> {
  const locale = root.dataset.locale as Locale;
  const messages = JSON.parse(root.dataset.messages!) as Messages;
  const base = root.dataset.base!;
  const status = root.querySelector<HTMLElement>('[data-compare-status]')!;
  const common = root.querySelector<HTMLElement>('[data-compare-common]')!;
  const tableRegion = root.querySelector<HTMLElement>('[data-compare-table]')!;
  const picker = root.querySelector<HTMLFormElement>('[data-compare-picker]')!;
  const pickerMessage = picker.querySelector<HTMLElement>('[data-compare-message]')!;
  const choices = picker.querySelector<HTMLElement>('[data-compare-choices]')!;
  root.querySelector<HTMLElement>('[data-compare-fallback]')!.hidden = true;
  root.querySelector<HTMLElement>('[data-compare-app]')!.hidden = false;

  // The page does not list the catalogue: a practice exists when its JSON file does. A long
  // hand-made address is not fetched beyond a few names.
  const requested = comparedSlugs(window.location.search, locale).slice(0, MAX_COMPARED + 3);
  let loaded: (ComparedCase | undefined)[];
  try {
    loaded = await Promise.all(
      requested.map(async (slug) => {
        const response = await fetch(`${base}${encodeURIComponent(slug)}.json`);
        if (response.status === 404) return undefined;
        if (!response.ok) throw new Error(`${slug}: ${response.status}`);
        return (await response.json()) as ComparedCase;
      }),
    );
  } catch {
    status.textContent = messages.loadError;
    return;
  }
  const found = requested.flatMap((slug, index) => {
    const item = loaded[index];
    return item ? [{ slug, item }] : [];
  });
  const missing = requested.filter((_, index) => !loaded[index]);
  const kept = found.slice(0, MAX_COMPARED);
  const slugs = kept.map(({ slug }) => slug);
  const compared = kept.map(({ item }) => item);
  // One address per comparison, whatever form the link or the picker gave it.
  const canonical = base + compareSearch(slugs, locale);
  if (canonical !== window.location.pathname + window.location.search)
    window.history.replaceState(null, '', canonical);
  // The language switch leads to the same comparison in the other language.
  const languageLink = document.querySelector<HTMLAnchorElement>('.lang-switch a[hreflang]');
  if (languageLink)
    languageLink.href =
      new URL(languageLink.href).pathname + compareSearch(slugs, languageLink.hreflang as Locale);

  // The practices compared, ticked: unticking one and submitting compares the others.
  for (const { slug, item } of kept) {
    const id = `comparer-${slug}`;
    choices.append(
      element('li', {}, [
        element('input', {
          type: 'checkbox',
          id,
          name: choices.dataset.param,
          value: slug,
          checked: '',
        }),
        element('label', { for: id }, [
          element(
            'span',
            { lang: item.lang },
            textMarks(item.phrases ?? {})(item.title, item.lang ?? locale),
          ),
        ]),
      ]),
    );
  }
  picker.addEventListener('change', () => {
    pickerMessage.textContent = '';
  });

  const notes = [
    ...(missing.length ? [fillTemplate(messages.notFound, { slugs: missing.join(', ') })] : []),
    ...(found.length > MAX_COMPARED ? [messages.tooMany] : []),
  ];
  const say = (text: string) => {
    status.textContent = [text, ...notes].join(' ');
  };
  if (!slugs.length) return say(messages.empty);

  const headRow = tableRegion.querySelector('thead tr')!;
  for (const item of compared) {
    // Each practice brings the phrases to mark in its texts (see comparedPhrases).
    const marks = textMarks(item.phrases ?? {});
    const caseMarks = (text: string) => marks(text, item.lang ?? locale);
    headRow.append(
      element('th', { scope: 'col' }, [
        element('a', { href: item.url, lang: item.lang }, caseMarks(item.title)),
      ]),
    );
    const content = cells(item, messages, caseMarks, (text) => marks(text, locale));
    for (const row of tableRegion.querySelectorAll<HTMLTableRowElement>('tbody tr[data-row]')) {
      row.append(element('td', {}, content[row.dataset.row!] ?? []));
    }
  }
  tableRegion.hidden = false;
  // Say that the table scrolls sideways only when it does.
  const fit = () =>
    tableRegion.classList.toggle(
      'is-scrollable',
      tableRegion.scrollWidth > tableRegion.clientWidth,
    );
  fit();
  window.addEventListener('resize', fit);

  const shared = sharedLabels(compared);
  if (compared.length > 1) {
    common.querySelector('span')!.textContent = shared.length
      ? shared.join(' · ')
      : messages.commonNone;
    common.hidden = false;
  }
  say(
    compared.length === 1
      ? messages.single
      : fillTemplate(messages.ready, { count: compared.length }),
  );
}
