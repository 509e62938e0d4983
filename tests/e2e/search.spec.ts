import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import type { Page, Response } from 'playwright-core';
import { beforeAll, describe, expect, inject, test } from 'vitest';
import yaml from 'js-yaml';
import type { Locale } from '../../src/i18n/config.ts';
import type { GlossaryTerm } from '../../src/schemas/glossary.ts';
import { termVariants } from '../../src/search/synonyms.ts';
import { useBrowser } from './support/browser.ts';
import { lendingPool, SITE_WALK_WIDTH } from './support/parallel.ts';
import { filterBrowses, searchQueries } from './support/search-queries.ts';

const { baseUrl, newPage, newIsolatedPage } = useBrowser();

const searchPath: Record<Locale, string> = { fr: '/fr/recherche/', en: '/en/search/' };
const caseSlug = (href: string) =>
  /\/(?:pratiques|practices)\/([^/]+)\/$/.exec(new URL(href, 'http://x').pathname)?.[1];
const hint = /^(Tapez un mot|Type a word)/;

/** The announcement once a search has run (a number of results, or none), and the filters counted again. */
const searched = (page: Page) =>
  page.waitForFunction(
    () =>
      /^(\d|Aucun|No )/.test(document.querySelector('[data-status]')?.textContent ?? '') &&
      !document.querySelector('[data-facets][aria-busy]'),
  );

async function openSearch(
  page: Page,
  locale: Locale,
  params: Record<string, string> = {},
  base = baseUrl,
): Promise<void> {
  const search = new URLSearchParams(params).toString();
  await page.goto(`${base}${searchPath[locale]}${search ? `?${search}` : ''}`);
  await searched(page);
}

/**
 * Search in a search page of `locale` that stays open from one query to the next, as a reader going
 * Back and Forward does: the address changes and the page searches what it says, with the index
 * already loaded (the same path as a page opened at that address: read the URL, search). Opens the
 * page first when it shows another language's search.
 */
async function searchInPlace(
  page: Page,
  locale: Locale,
  params: Record<string, string>,
): Promise<void> {
  if (new URL(page.url(), baseUrl).pathname !== searchPath[locale]) {
    await openSearch(page, locale, params);
    return;
  }
  await page.evaluate(
    (address) => {
      // The announcement of the last search goes, so that waiting for one waits for this search's.
      document.querySelector('[data-status]')!.textContent = '';
      history.pushState(null, '', address);
      dispatchEvent(new PopStateEvent('popstate'));
    },
    `${searchPath[locale]}?${new URLSearchParams(params)}`,
  );
  await searched(page);
}

const status = async (page: Page) => (await page.textContent('[data-status]'))!.trim();
const shownLinks = (page: Page) =>
  page.$$eval('[data-results] h3 a', (links) => links.map((link) => link.getAttribute('href')!));

/** Every result, after asking for more until there are no more. */
async function allLinks(page: Page): Promise<string[]> {
  while (await page.isVisible('[data-more]')) {
    const before = (await shownLinks(page)).length;
    await page.click('[data-more]');
    await page.waitForFunction(
      (count) => document.querySelectorAll('[data-results] h3 a').length > count,
      before,
    );
  }
  return shownLinks(page);
}

describe('the query set: what teachers type finds the right practices in the first three results', () => {
  // The queries run a few at once, each in a page of its own borrowed for the query.
  const pool = lendingPool<Page>();
  beforeAll(async () => {
    for (let index = 0; index < SITE_WALK_WIDTH; index++) pool.add(await newPage());
  });

  test.concurrent.for(
    searchQueries.map(
      (query) =>
        [
          `${query.locale} “${query.query}”${query.filters ? ` + ${new URLSearchParams(query.filters)}` : ''}`,
          query,
        ] as const,
    ),
  )('%s', async ([, { locale, query, filters = {}, top3, absent = [], why }], { expect }) => {
    const links = await pool.use(async (page) => {
      await searchInPlace(page, locale, { q: query, ...filters });
      return allLinks(page);
    });
    const top = links.slice(0, 3).map(caseSlug);
    for (const slug of top3) expect(top, `${slug} in the top 3: ${why}`).toContain(slug);
    for (const slug of absent)
      expect(links.map(caseSlug), `${slug} absent: ${why}`).not.toContain(slug);
    for (const link of links)
      expect(link.startsWith(`/${locale}/`), `${link} is a page in ${locale}`).toBe(true);
  });

  test.each(
    filterBrowses.map(
      (browse) => [`${browse.locale} ${new URLSearchParams(browse.filters)}`, browse] as const,
    ),
  )(
    'browsing by filters alone, %s, lists exactly the practices tagged so',
    async (_, { locale, filters, cases, why }) => {
      const page = await newPage();
      await openSearch(page, locale, filters);
      expect((await allLinks(page)).map(caseSlug).sort(), why).toEqual([...cases].sort());
      expect(await status(page)).toMatch(new RegExp(`^${cases.length} pra[ct]`));
    },
  );
});

describe('French typography and search work together', () => {
  /** The glossary, the one list of synonyms the index uses. */
  const glossary = yaml.load(readFileSync('content/glossary.yaml', 'utf8')) as GlossaryTerm[];

  test('ENT finds the pages about digital workspaces, not every « entre » or « enseignant »', async () => {
    const ent = glossary.find((term) => term.term.fr === 'ENT')!;
    const variants = new RegExp(
      `\\bENT\\b|${termVariants(ent, 'fr')
        .slice(1)
        .map((variant) => variant.replace(/’ /g, '’'))
        .join('|')}`,
      'i',
    );
    const page = await newPage();
    for (const query of ['ENT', 'ent', "l'ENT"]) {
      await openSearch(page, 'fr', { q: query });
      const links = await allLinks(page);
      expect(links.length, query).toBeGreaterThan(1);
      for (const link of links) {
        const text = await (await page.context().request.get(baseUrl + link)).text();
        expect(text, `${query}: ${link}`).toMatch(variants);
      }
      const highlighted = await page.locator('[data-results] mark').allTextContents();
      expect(
        highlighted.filter((word) => /^entre|^ens/i.test(word)),
        query,
      ).toEqual([]);
    }
  });

  test('établissement does not find every page through the word “et”', async () => {
    const synonyms = glossary
      .map((term) => termVariants(term, 'fr'))
      .filter((variants) => variants.some((variant) => /établ/i.test(variant)))
      .flat()
      .map((variant) => variant.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/’ /g, '’'));
    const sameStemOrSynonym = new RegExp(['établ', ...synonyms].join('|'), 'i');
    const page = await newPage();
    await openSearch(page, 'fr', { q: 'et' });
    const withEt = (await allLinks(page)).length;
    await openSearch(page, 'fr', { q: 'établissement' });
    const links = await allLinks(page);
    expect(links.length).toBeGreaterThan(0);
    expect(links.length).toBeLessThan(withEt);
    for (const link of links) {
      const text = await (await page.context().request.get(baseUrl + link)).text();
      // A word of the same stem (établissement, établi), or a glossary term one of whose other names
      // has it (EPCI, « Établissement public de coopération intercommunale », also called métropole…).
      expect(text, link).toMatch(sameStemOrSynonym);
    }
  });

  test('excerpts keep the typographic apostrophe and show nothing the index added', async () => {
    const page = await newPage();
    await openSearch(page, 'fr', { q: "l'ENT" });
    const excerpts = await page.$$eval('.search-excerpt', (elements) =>
      elements.map((element) => element.textContent!),
    );
    expect(excerpts.join(' ')).toContain('l’ENT');
    for (const excerpt of excerpts) {
      expect(excerpt).not.toMatch(/[⸤⸢⸣]|(^|\s)[ld]’ \p{L}/u);
      expect(excerpt).not.toContain('PAGEFIND');
    }
    const titles = await page.$$eval('[data-results] h3', (elements) =>
      elements.map((element) => element.textContent!),
    );
    expect(titles).toContain('L’école Jean-Jaurès ouvre son ENT aux parents');
  });

  test('a match on a synonym highlights the words of the page it stands for', async () => {
    const page = await newPage();
    await openSearch(page, 'fr', { q: 'espace numérique de travail' });
    const marked = await page.$$eval('.search-excerpt mark', (marks) =>
      marks.map((mark) => mark.textContent),
    );
    expect(marked.some((text) => text === 'ENT' || /espace|numérique|travail/i.test(text!))).toBe(
      true,
    );
  });
});

describe('the search page', () => {
  test('shows results as you type, announces their number and keeps the query in the URL', async () => {
    const page = await newPage();
    await page.goto(baseUrl + searchPath.fr);
    expect(await status(page)).toMatch(hint);
    expect(await page.getAttribute('[data-status]', 'role')).toBe('status');
    expect(await page.getAttribute('[data-status]', 'aria-live')).toBe('polite');
    await page.locator('#recherche-page').pressSequentially('robots', { delay: 40 });
    await searched(page);
    expect(await status(page)).toMatch(/^\d+ résultats? pour «\u00a0robots\u00a0»$/);
    expect(new URL(page.url()).search).toBe('?q=robots');
    const first = page.locator('[data-results] > li').first();
    expect(await first.locator('h3').textContent()).toBe(
      'Les Francas font découvrir le code en jouant avec des robots',
    );
    expect(await first.locator('.card-meta').textContent()).toBe('Les Francas · Réseau national');
    expect(await first.locator('.tag').allTextContents()).toEqual([
      'Continuité sur la journée de l’élève',
    ]);
    expect(await first.locator('.search-excerpt mark').first().textContent()).toMatch(/robots?/i);
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('recherche-page');
  });

  test('filters combine with a query, count what ticking them would give, and live in the URL', async () => {
    const page = await newPage();
    await openSearch(page, 'fr', { q: 'parents' });
    const withoutFilter = (await shownLinks(page)).length;
    const ecole = page
      .getByRole('group', { name: 'Niveau scolaire' })
      .getByRole('checkbox', { name: /^École/ });
    const announced = Number(
      /\((\d+)\)/.exec((await ecole.locator('xpath=..').textContent())!)![1],
    );
    await ecole.check();
    await page.waitForURL(/niveau=ecole/);
    await page.waitForFunction(
      (count) => document.querySelectorAll('[data-results] h3 a').length !== count,
      withoutFilter,
    );
    expect((await shownLinks(page)).length).toBe(announced);
    expect(new URL(page.url()).search).toBe('?q=parents&niveau=ecole');
    expect(await page.evaluate(() => (document.activeElement as HTMLInputElement).value)).toBe(
      'ecole',
    );
    // A shared link reproduces the search.
    const copy = await newPage();
    await copy.goto(page.url());
    await searched(copy);
    expect(await shownLinks(copy)).toEqual(await shownLinks(page));
    expect(await copy.isChecked('input[name="niveau"][value="ecole"]')).toBe(true);
    // The language switch leads to the same search in English.
    expect(new URL((await page.getAttribute('.lang-switch a', 'href'))!, baseUrl).search).toBe(
      '?q=parents&level=ecole',
    );
  });

  test('Back and Forward walk through the searches', async () => {
    const page = await newPage();
    await page.goto(baseUrl + searchPath.en);
    await page.fill('#recherche-page', 'robots');
    await page.waitForFunction(() =>
      document.querySelector('[data-status]')?.textContent?.includes('“robots”'),
    );
    await page.getByRole('checkbox', { name: /^Primary school/ }).check();
    await page.waitForURL(/level=ecole/);
    await page.goBack();
    await page.waitForURL((url) => url.search === '?q=robots');
    expect(await page.isChecked('input[name="level"][value="ecole"]')).toBe(false);
    await page.goBack();
    await page.waitForURL((url) => url.search === '');
    await page.waitForFunction(() =>
      /^Type a word/.test(document.querySelector('[data-status]')!.textContent!),
    );
    expect(await page.inputValue('#recherche-page')).toBe('');
    expect(await shownLinks(page)).toEqual([]);
    await page.goForward();
    await page.waitForURL((url) => url.search === '?q=robots');
    await searched(page);
    expect(await page.inputValue('#recherche-page')).toBe('robots');
  });

  test('browsing by filters alone needs no query, and clearing the filters empties the page', async () => {
    const page = await newPage({ viewport: { width: 375, height: 800 } });
    await page.goto(baseUrl + searchPath.fr);
    await page.click('[data-filter-panel] > summary');
    await page.getByRole('checkbox', { name: /^Code et robotique/ }).check();
    await searched(page);
    expect(await status(page)).toMatch(/^2 pratiques correspondent à ces filtres$/);
    expect(await page.textContent('[data-filter-panel] > summary')).toContain('(1 actif)');
    await page.click('[data-reset]');
    await page.waitForFunction(() =>
      /^Tapez un mot/.test(document.querySelector('[data-status]')!.textContent!),
    );
    expect(await shownLinks(page)).toEqual([]);
  });

  test('says so when nothing matches, and points to the catalogue', async () => {
    const page = await newPage();
    await openSearch(page, 'fr', { q: 'xyzzy' });
    expect(await status(page)).toBe('Aucun résultat pour «\u00a0xyzzy\u00a0»');
    expect(
      await page.getByRole('link', { name: 'toutes les pratiques' }).getAttribute('href'),
    ).toBe('/fr/pratiques/');
  });

  test('every filter and every result can be reached with the keyboard, and “Show more” moves focus to the new results', async () => {
    const page = await newPage();
    await openSearch(page, 'en', { q: 'digital' });
    expect(await page.isVisible('[data-more]')).toBe(true);
    await page.focus('#recherche-page');
    const reached = new Set<string>();
    for (let step = 0; step < 200; step += 1) {
      await page.keyboard.press('Tab');
      const focused = await page.evaluate(() => {
        const element = document.activeElement as HTMLInputElement | HTMLAnchorElement | null;
        if (!element || element === document.body) return 'body';
        if (element.closest('footer')) return 'footer';
        return element instanceof HTMLInputElement
          ? `${element.name}=${element.value}`
          : (element.getAttribute('href') ?? element.textContent!.trim());
      });
      if (focused === 'footer') break;
      expect(focused).not.toBe('body');
      reached.add(focused);
    }
    const boxes = await page.$$eval('[data-facets] input', (inputs) =>
      inputs.map(
        (input) => `${(input as HTMLInputElement).name}=${(input as HTMLInputElement).value}`,
      ),
    );
    for (const box of boxes) expect(reached).toContain(box);
    for (const link of await shownLinks(page)) expect(reached).toContain(link);
    expect(reached).toContain('Show more results');
    const before = (await shownLinks(page)).length;
    await page.focus('[data-more]');
    await page.keyboard.press('Enter');
    await page.waitForFunction(
      (count) => document.querySelectorAll('[data-results] h3 a').length > count,
      before,
    );
    expect(await page.evaluate(() => document.activeElement?.getAttribute('href'))).toBe(
      (await shownLinks(page))[before],
    );
  });

  test('without JavaScript, the page explains itself and links to the catalogue', async () => {
    const page = await newPage({ javaScriptEnabled: false });
    await page.goto(`${baseUrl}/fr/recherche/?q=ENT`);
    expect(await page.textContent('main')).toContain(
      'Les résultats s’affichent pendant la saisie lorsque JavaScript est activé',
    );
    expect(
      await page.getByRole('link', { name: 'toutes les pratiques' }).getAttribute('href'),
    ).toBe('/fr/pratiques/');
    expect(await page.isVisible('[data-search-ui]')).toBe(false);
  });

  test('the header’s search form lands here with the query searched', async () => {
    const page = await newPage();
    await page.goto(`${baseUrl}/en/practices/`);
    await page.fill('#recherche', 'fibre');
    await page.press('#recherche', 'Enter');
    await page.waitForURL('**/en/search/?q=fibre');
    await searched(page);
    expect(caseSlug((await shownLinks(page))[0]!)).toBe('parthenay-gatine-strategie-numerique');
  });
});

describe('what the search page costs', () => {
  const gzipped = async (responses: Response[]) => {
    let total = 0;
    for (const response of responses) total += gzipSync(await response.body()).length;
    return total;
  };

  test('before typing it loads nothing of Pagefind and stays under 45 KB; the first search stays under 130 KB (gzip, as a host sends them)', async () => {
    // A first visit: nothing in the cache, so every byte is counted.
    const page = await newIsolatedPage();
    const responses: Response[] = [];
    page.on('response', (response) => responses.push(response));
    await page.goto(baseUrl + searchPath.fr, { waitUntil: 'networkidle' });
    expect(
      responses.map((response) => response.url()).filter((url) => url.includes('/pagefind/')),
    ).toEqual([]);
    expect(await gzipped(responses)).toBeLessThanOrEqual(45 * 1024);
    const beforeTyping = responses.length;
    await page.fill('#recherche-page', 'école');
    await searched(page);
    await page.waitForLoadState('networkidle');
    expect(await gzipped(responses.slice(beforeTyping))).toBeLessThanOrEqual(130 * 1024);
  });
});

describe('a page that exists in one language only is not indexed as the other language', () => {
  const fixture = useBrowser(inject('fixtureUrl'));

  test('the English index does not return the French text shown at /en/practices/lab28-la-loupe/', async () => {
    const page = await fixture.newPage();
    for (const query of ['Lab28', 'coding goûters', 'caravanes numériques', 'La Loupe']) {
      await openSearch(page, 'en', { q: query }, fixture.baseUrl);
      expect(await allLinks(page), query).not.toContain('/en/practices/lab28-la-loupe/');
    }
    await openSearch(page, 'fr', { q: 'Lab28' }, fixture.baseUrl);
    expect((await shownLinks(page))[0]).toBe('/fr/pratiques/lab28-la-loupe/');
  });

  test('its filters count only the practices written in English', async () => {
    const page = await fixture.newPage();
    await openSearch(page, 'en', { theme: 'code-robotique' }, fixture.baseUrl);
    expect((await allLinks(page)).map(caseSlug)).toEqual(['francas-programmation-robots']);
  });
});
