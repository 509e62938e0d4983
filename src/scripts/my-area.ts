// « Pour mon territoire » in the browser: a WAI-ARIA 1.2 combobox (an input with a listbox popup,
// list autocomplete) that suggests communes from the static chunks of the commune index, and the
// answer for the commune chosen, filled into the markup of MyAreaView.astro. Only the chunks a
// query needs are fetched (see src/territory/commune-search.ts), then the three practice chunks of
// the commune's department, region and the national networks. The commune is in the URL
// (`?commune=28214`): shareable, read on load, and Back and Forward work. Everything that comes
// from the data is inserted as text, never as HTML.
import type { Locale } from '../i18n/config.ts';
import { facetPath, localizedPath } from '../i18n/routes.ts';
import { academieLabel } from '../territory/academies.ts';
import {
  areaPaths,
  groupPractices,
  nearChunks,
  type DepartmentPractices,
  type EpciPractices,
  type GroupId,
  type Listed,
  type PracticeGroup,
  type RegionPractices,
} from '../territory/area-practices.ts';
import {
  communeKey,
  isInseeCode,
  lookupCommune,
  MIN_CODE_LENGTH,
  parseCommuneQuery,
  searchCommunes,
  type ChunkLoader,
  type CommuneLookup,
  type CommuneSuggestion,
  type FormerKind,
} from '../territory/commune-search.ts';
import { populationBand } from '../territory/population-band.ts';
import { NATIONAL_REGION } from '../catalogue/facets.ts';
import { fillTemplate, formatPlural, type PluralTemplates } from '../utils/plural.ts';
import { element, part } from './dom.ts';

interface Messages {
  found: PluralTemplates;
  digits: string;
  loading: string;
  error: string;
  shown: string;
  option: Record<'postcode' | 'insee' | FormerKind, string>;
  asked: Record<FormerKind, string>;
  choices: string;
  none: string;
  unknownCode: string;
  loadError: string;
  heading: string;
  holder: string;
  populationValue: string;
  arrondissementPopulation: string;
  epciValue: string;
  noEpci: string;
  noAcademie: string;
  responsibilitiesIntro: string;
  sameBand: PluralTemplates;
  practices: string;
  count: PluralTemplates;
  groups: Record<GroupId, string>;
  elsewhere: string;
  cases: PluralTemplates;
  more: { department: string; region: string; national: string };
  authorities: Record<string, string>;
}

interface Band {
  id: string;
  min: number;
  max?: number;
  label: string;
}

/** For each authority and size band: how many practices, and the catalogue filtered on both. */
type SameBand = Record<string, Record<string, { count: number; href: string }>>;

/** Suggestions shown at once. */
const MAX_SUGGESTIONS = 10;
/** Practices listed per group; the group's link leads to the rest. */
const MAX_LISTED = 5;
/** Wait for a pause in typing, so that a fast typist fetches one chunk and hears one count. */
const TYPING_PAUSE_MS = 120;
/** Départements where one authority holds the responsibilities of several levels (Paris, Corsica, Martinique, Guyane, Mayotte). */
const SINGLE_AUTHORITY_DEPARTMENTS = new Set(['75', '2A', '2B', '972', '973', '976']);

/** Chunks fetched once per page, from a base URL. */
function chunkLoader(base: string): ChunkLoader {
  const cache = new Map<string, Promise<unknown>>();
  return (path) => {
    let pending = cache.get(path);
    if (!pending) {
      pending = fetch(base + path).then((response) => {
        if (!response.ok) throw new Error(`${response.status} ${base}${path}`);
        return response.json() as Promise<unknown>;
      });
      // A failed request may be tried again (the reader retries, or the network comes back).
      pending.catch(() => cache.delete(path));
      cache.set(path, pending);
    }
    return pending;
  };
}

/** Turn the page into the commune finder. */
export function initMyArea(root: HTMLElement): void {
  const locale = root.dataset.locale as Locale;
  const messages = JSON.parse(root.dataset.messages!) as Messages;
  const bands = JSON.parse(root.dataset.bands!) as Band[];
  const sameBand = JSON.parse(root.dataset.sameBand!) as SameBand;
  const departmentNames = JSON.parse(root.dataset.departments!) as Record<string, string>;
  const param = root.dataset.param!;
  const loadIndex = chunkLoader(root.dataset.index!);
  const loadPractices = chunkLoader(root.dataset.practices!);
  const form = part<HTMLFormElement>(root, '[data-area-form]');
  const input = part<HTMLInputElement>(form, 'input[role="combobox"]');
  const listbox = part<HTMLUListElement>(form, '[role="listbox"]');
  const status = part(form, '[data-area-status]');
  const message = part(root, '[data-area-message]');
  const answer = part(root, '[data-area-answer]');
  const numbers = new Intl.NumberFormat(locale);
  const pageTitle = document.title;

  // The combobox: suggestions for what is typed, chosen with the arrows and Enter, or the pointer.
  let suggestions: CommuneSuggestion[] = [];
  let active = -1;
  let typingTimer: ReturnType<typeof setTimeout> | undefined;
  let latestQuery = 0;

  const optionId = (index: number) => `commune-option-${index}`;
  const isOpen = () => !listbox.hidden;

  /** The second line of a suggestion: its department's name, and how it was found or what it is now. */
  const describe = (suggestion: CommuneSuggestion): string => {
    const what = suggestion.kind
      ? fillTemplate(messages.option[suggestion.kind], { commune: suggestion.targetName ?? '' })
      : suggestion.matched === 'postcode'
        ? fillTemplate(messages.option.postcode, { postcode: suggestion.postcode ?? '' })
        : suggestion.matched === 'insee'
          ? fillTemplate(messages.option.insee, { code: suggestion.code })
          : '';
    return [departmentNames[suggestion.department], what].filter(Boolean).join(' · ');
  };
  const label = (suggestion: CommuneSuggestion) =>
    `${suggestion.name || suggestion.code} (${suggestion.department})`;

  const setActive = (index: number) => {
    active = index;
    listbox
      .querySelectorAll('[role="option"]')
      .forEach((option, position) =>
        option.setAttribute('aria-selected', String(position === index)),
      );
    if (index < 0) {
      input.removeAttribute('aria-activedescendant');
      return;
    }
    input.setAttribute('aria-activedescendant', optionId(index));
    listbox.children[index]?.scrollIntoView({ block: 'nearest' });
  };
  const open = () => {
    if (!suggestions.length) return;
    listbox.hidden = false;
    input.setAttribute('aria-expanded', 'true');
  };
  const close = () => {
    listbox.hidden = true;
    input.setAttribute('aria-expanded', 'false');
    setActive(-1);
  };
  const showSuggestions = (found: CommuneSuggestion[]) => {
    suggestions = found;
    listbox.replaceChildren(
      ...found.map((suggestion, index) => {
        const hint = describe(suggestion);
        return element(
          'li',
          {
            id: optionId(index),
            role: 'option',
            'aria-selected': 'false',
            'data-code': suggestion.code,
          },
          [
            element('span', { class: 'area-option-name' }, [label(suggestion)]),
            ...(hint ? [' ', element('span', { class: 'area-option-hint' }, [hint])] : []),
          ],
        );
      }),
    );
    setActive(-1);
    if (found.length) open();
    else close();
  };

  const suggest = async () => {
    const value = input.value;
    const query = parseCommuneQuery(value);
    const id = ++latestQuery;
    if (query.kind === 'empty' || (query.kind === 'code' && query.code.length < MIN_CODE_LENGTH)) {
      showSuggestions([]);
      status.textContent = query.kind === 'code' ? messages.digits : '';
      return;
    }
    form.setAttribute('aria-busy', 'true');
    try {
      const found = await searchCommunes(value, loadIndex, MAX_SUGGESTIONS);
      if (id !== latestQuery) return;
      showSuggestions(found);
      status.textContent = formatPlural(messages.found, found.length, locale);
      // The text these suggestions answer: what a test waits for before choosing among them.
      form.dataset.suggested = value;
    } catch {
      if (id === latestQuery) status.textContent = messages.error;
    } finally {
      if (id === latestQuery) form.removeAttribute('aria-busy');
    }
  };

  /** Forget the lookups of the last keystrokes: one still under way must not open its suggestions over the answer. */
  const stopLookups = () => {
    clearTimeout(typingTimer);
    latestQuery += 1;
    form.removeAttribute('aria-busy');
  };

  const choose = (suggestion: CommuneSuggestion) => {
    stopLookups();
    input.value = label(suggestion);
    close();
    void navigate(suggestion.code);
  };

  input.addEventListener('input', () => {
    clearTimeout(typingTimer);
    typingTimer = setTimeout(() => void suggest(), TYPING_PAUSE_MS);
  });
  input.addEventListener('keydown', (event) => {
    const count = suggestions.length;
    switch (event.key) {
      case 'ArrowDown':
        if (!count) return;
        event.preventDefault();
        if (!isOpen()) {
          open();
          if (!event.altKey) setActive(0);
        } else setActive((active + 1) % count);
        return;
      case 'ArrowUp':
        if (!count) return;
        event.preventDefault();
        if (!isOpen()) open();
        setActive(active <= 0 ? count - 1 : active - 1);
        return;
      case 'Enter':
        if (isOpen() && active >= 0) {
          event.preventDefault();
          choose(suggestions[active]!);
        }
        return;
      case 'Escape':
        event.preventDefault();
        if (isOpen()) close();
        else {
          input.value = '';
          showSuggestions([]);
          status.textContent = '';
        }
        return;
      case 'Tab':
        close();
        return;
    }
  });
  input.addEventListener('blur', close);
  // The input keeps the focus while the pointer chooses an option.
  listbox.addEventListener('mousedown', (event) => event.preventDefault());
  listbox.addEventListener('click', (event) => {
    const option = (event.target as Element).closest('[role="option"]');
    const index = option ? [...listbox.children].indexOf(option) : -1;
    if (index >= 0) choose(suggestions[index]!);
  });
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    stopLookups();
    close();
    void resolveText(input.value, 'push');
  });

  // The answer.
  const showMessage = (text: string, choices: CommuneSuggestion[] = []) => {
    part(message, '[data-area-message-text]').textContent = text;
    part(message, '[data-area-choices]').replaceChildren(
      ...choices.map((suggestion) => {
        const hint = describe(suggestion);
        return element('li', {}, [
          element('a', { href: `?${param}=${suggestion.code}`, 'data-code': suggestion.code }, [
            label(suggestion),
          ]),
          ...(hint ? [' ', element('span', { class: 'meta-line' }, [hint])] : []),
        ]);
      }),
    );
    message.hidden = false;
    answer.hidden = true;
    document.title = pageTitle;
  };
  part(message, '[data-area-choices]').addEventListener('click', (event) => {
    const link = (event.target as Element).closest<HTMLAnchorElement>('a[data-code]');
    if (!link) return;
    event.preventDefault();
    input.value = link.textContent ?? '';
    void navigate(link.dataset.code!);
  });

  let latestAnswer = 0;
  const navigate = (code: string) => {
    history.pushState(null, '', `${location.pathname}?${param}=${encodeURIComponent(code)}`);
    return show(code, true);
  };

  /** Show the answer for a commune code; `announce` when the reader chose it (not on load). */
  const show = async (code: string, announce: boolean) => {
    const id = ++latestAnswer;
    message.hidden = true;
    try {
      const lookup = await lookupCommune(code, loadIndex);
      if (id !== latestAnswer) return;
      if (!lookup) {
        showMessage(fillTemplate(messages.unknownCode, { code }));
        return;
      }
      const { commune } = lookup;
      const [department, region, national] = await Promise.all([
        loadPractices(
          areaPaths.department(commune.department.code),
        ) as Promise<DepartmentPractices>,
        loadPractices(areaPaths.region(commune.region.code)) as Promise<RegionPractices>,
        loadPractices(areaPaths.national) as Promise<Listed>,
      ]);
      // The commune's and its EPCI's own chunks exist only when they have practices: the department's says so.
      const near = nearChunks(commune, department);
      const [own, epci] = await Promise.all([
        near.commune ? (loadPractices(near.commune) as Promise<Listed>) : undefined,
        near.epci ? (loadPractices(near.epci) as Promise<EpciPractices>) : undefined,
      ]);
      if (id !== latestAnswer) return;
      const groups = groupPractices(commune, {
        department,
        region,
        national,
        ...(own ? { commune: own } : {}),
        ...(epci ? { epci } : {}),
      });
      fillAnswer(lookup, groups, region.total, department.total);
      if (!input.value)
        input.value = `${lookup.asked?.name || commune.name} (${commune.department.code})`;
      if (announce) status.textContent = fillTemplate(messages.shown, { name: commune.name });
    } catch {
      if (id === latestAnswer) showMessage(messages.loadError);
    }
  };

  /** What the reader typed and submitted (or put in the URL): the commune when one matches exactly, else a choice. */
  const resolveText = async (text: string, mode: 'push' | 'replace') => {
    const query = parseCommuneQuery(text);
    if (query.kind === 'empty') return;
    try {
      const found = await searchCommunes(text, loadIndex, MAX_SUGGESTIONS);
      const exact = found.filter((suggestion) =>
        query.kind === 'code'
          ? suggestion.code === query.code || suggestion.postcode === query.code
          : communeKey(suggestion.name) === query.key ||
            (query.department && communeKey(suggestion.name) === query.department.key),
      );
      const chosen = found.length === 1 ? found[0] : exact.length === 1 ? exact[0] : undefined;
      if (chosen) {
        const url = `${location.pathname}?${param}=${encodeURIComponent(chosen.code)}`;
        if (mode === 'push') history.pushState(null, '', url);
        else history.replaceState(null, '', url);
        input.value = label(chosen);
        await show(chosen.code, mode === 'push');
      } else if (found.length)
        showMessage(fillTemplate(messages.choices, { query: text.trim() }), found);
      else showMessage(fillTemplate(messages.none, { query: text.trim() }));
    } catch {
      showMessage(messages.error);
    }
  };

  const fillAnswer = (
    lookup: CommuneLookup,
    groups: PracticeGroup[],
    regionTotal: number,
    departmentTotal: number,
  ) => {
    const { commune, asked } = lookup;
    const set = (selector: string, text: string) => {
      part(answer, selector).textContent = text;
    };
    const band = bands.find(
      (candidate) => candidate.id === populationBand(commune.population, bands),
    );
    const academie = commune.academie && academieLabel(commune.academie, locale);
    // Department pages are at their code in lower case (departmentSlug, in a module too heavy for the browser).
    const departmentPage = localizedPath(
      locale,
      'territories',
      commune.department.code.toLowerCase(),
    );
    const heading = fillTemplate(messages.heading, {
      name: commune.name,
      department: commune.department.code,
    });
    document.title = `${heading} · ${pageTitle}`;
    set('[data-area-name]', heading);
    const askedNote = part(answer, '[data-area-asked]');
    askedNote.hidden = !asked;
    if (asked) {
      askedNote.textContent = fillTemplate(messages.asked[asked.kind], {
        name: asked.name || asked.code,
        commune: commune.name,
        code: asked.code,
        current: commune.code,
      });
    }
    const population = fillTemplate(messages.populationValue, {
      value: numbers.format(commune.population),
    });
    set(
      '[data-area-population]',
      asked?.kind === 'arrondissement' && asked.population !== undefined
        ? `${population}; ${fillTemplate(messages.arrondissementPopulation, { name: asked.name, value: numbers.format(asked.population) })}`
        : population,
    );
    set('[data-area-band]', band?.label ?? '');
    set(
      '[data-area-epci]',
      commune.epci
        ? fillTemplate(messages.epciValue, {
            name: commune.epci.name,
            value: numbers.format(commune.epci.population),
          })
        : messages.noEpci,
    );
    part(answer, '[data-area-ept-row]').hidden = !commune.ept;
    set('[data-area-ept]', commune.ept?.name ?? '');
    const departmentLink = part<HTMLAnchorElement>(answer, '[data-area-department]');
    departmentLink.href = departmentPage;
    departmentLink.textContent = `${commune.department.name} (${commune.department.code})`;
    set('[data-area-region]', commune.region.name);
    // Official names are French: on an English page, the elements that hold only a name say so (RGAA 8.7).
    for (const selector of ['[data-area-department]', '[data-area-region]', '[data-area-ept]'])
      if (locale !== 'fr') part(answer, selector).lang = 'fr';
    set('[data-area-academie]', academie || messages.noAcademie);
    set('[data-area-codes]', [commune.code, ...commune.postcodes].join(' · '));
    part(answer, '[data-area-delegated-row]').hidden = commune.delegated.length === 0;
    set('[data-area-delegated]', commune.delegated.join(', '));

    // Who is responsible for what, each line leading to the practices of that kind of authority in territories of the same size.
    const overseas = !commune.academie;
    part(answer, '[data-area-authorities]').hidden = overseas;
    part(answer, '[data-area-overseas]').hidden = !overseas;
    part(answer, '[data-area-special]').hidden =
      overseas ||
      !(
        SINGLE_AUTHORITY_DEPARTMENTS.has(commune.department.code) || commune.epci?.type === 'MET69'
      );
    set(
      '[data-area-responsibilities-intro]',
      fillTemplate(messages.responsibilitiesIntro, { name: commune.name, band: band?.label ?? '' }),
    );
    const holders: Record<string, string | undefined> = {
      commune: commune.name,
      epci: commune.epci?.name,
      departement: `${commune.department.name} (${commune.department.code})`,
      region: commune.region.name,
      etat: academie || undefined,
    };
    for (const row of answer.querySelectorAll<HTMLElement>('[data-area-authority]')) {
      const authority = row.dataset.areaAuthority!;
      row.hidden = holders[authority] === undefined;
      part(row, '[data-area-holder]').textContent = holders[authority]
        ? fillTemplate(messages.holder, { name: holders[authority] })
        : '';
      const link = part<HTMLAnchorElement>(row, '[data-area-same-band]');
      const practices = band ? sameBand[authority]?.[band.id] : undefined;
      // No link to an empty list: the text alone says there is none yet.
      if (practices?.count) link.href = practices.href;
      else link.removeAttribute('href');
      link.textContent = formatPlural(messages.sameBand, practices?.count ?? 0, locale);
    }

    // The practices, from the nearest to the widest.
    set('[data-area-practices-title]', fillTemplate(messages.practices, { name: commune.name }));
    const titles: Record<GroupId, Record<string, string>> = {
      commune: { name: commune.name },
      epci: { name: commune.epci?.name ?? '' },
      department: { name: commune.department.name, code: commune.department.code },
      academie: { name: academie || '' },
      region: { name: commune.region.name },
      national: {},
    };
    const more: Record<GroupId, { href: string; text: string } | undefined> = {
      commune: undefined,
      epci: undefined,
      department: departmentTotal
        ? {
            href: departmentPage,
            text: fillTemplate(messages.more.department, { name: commune.department.name }),
          }
        : undefined,
      academie: undefined,
      region: regionTotal
        ? {
            href: facetPath(locale, 'region', commune.region.code),
            text: fillTemplate(messages.more.region, { name: commune.region.name }),
          }
        : undefined,
      national: undefined,
    };
    for (const group of groups) {
      const section = part(answer, `[data-area-group="${group.id}"]`);
      section.hidden =
        (group.id === 'epci' && !commune.epci) || (group.id === 'academie' && !academie);
      // Printed, the summary keeps the groups that have practices.
      section.toggleAttribute('data-empty', group.count === 0);
      part(section, '[data-area-group-title]').textContent = fillTemplate(
        messages.groups[group.id],
        titles[group.id],
      );
      part(section, '[data-area-group-count]').textContent =
        `(${formatPlural(messages.count, group.count, locale)})`;
      part(section, '[data-area-group-items]').replaceChildren(
        ...group.items.slice(0, MAX_LISTED).map((item) =>
          element('li', {}, [
            element(
              'a',
              {
                href: localizedPath(locale, 'practices', item.s),
                ...(item.l ? { lang: item.l } : {}),
              },
              [item.t],
            ),
            ' ',
            element('span', { class: 'meta-line' }, [
              [item.p, ...item.a.map((authority) => messages.authorities[authority] ?? authority)]
                .filter(Boolean)
                .join(' · '),
            ]),
          ]),
        ),
      );
      part(section, '[data-area-group-elsewhere]').replaceChildren(
        ...group.elsewhere.map((other) =>
          element('li', {}, [
            element('a', { href: localizedPath(locale, 'territories', other.code.toLowerCase()) }, [
              fillTemplate(messages.elsewhere, {
                name: other.name,
                code: other.code,
                cases: formatPlural(messages.cases, other.count, locale),
              }),
            ]),
          ]),
        ),
      );
      const link =
        group.id === 'national' && group.count
          ? { href: facetPath(locale, 'region', NATIONAL_REGION), text: messages.more.national }
          : more[group.id];
      const moreLine = part(section, '[data-area-group-more]');
      moreLine.hidden = !link;
      if (link) {
        const anchor = part<HTMLAnchorElement>(moreLine, 'a');
        anchor.href = link.href;
        anchor.textContent = link.text;
      }
    }
    const permalink = part<HTMLAnchorElement>(answer, '[data-area-permalink]');
    permalink.href = `${location.origin}${location.pathname}?${param}=${asked?.code ?? commune.code}`;
    permalink.textContent = permalink.href;
    answer.hidden = false;
  };
  part(answer, '[data-area-print]').addEventListener('click', () => window.print());

  /** Show what the URL asks for: a commune code, a text to resolve, or nothing. */
  const fromUrl = () => {
    const value = new URLSearchParams(location.search).get(param)?.trim() ?? '';
    if (!value) {
      latestAnswer++;
      answer.hidden = true;
      message.hidden = true;
      document.title = pageTitle;
      return;
    }
    if (isInseeCode(value)) void show(value.toUpperCase(), false);
    else {
      input.value = value;
      void resolveText(value, 'replace');
    }
  };
  window.addEventListener('popstate', () => {
    input.value = '';
    showSuggestions([]);
    status.textContent = '';
    fromUrl();
  });
  form.hidden = false;
  fromUrl();
}
