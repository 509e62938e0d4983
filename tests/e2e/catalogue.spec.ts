import { existsSync, readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import type { Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { PAGE_SIZE } from '../../src/routing/paging.ts';
import { useBrowser } from './support/browser.ts';
import { cardLinks, headingText, readBuiltPage, textOf } from './support/built-html.ts';
import { inParallel } from './support/parallel.ts';
import { distDir, fileOf } from './support/site-pages.ts';

const { baseUrl, newPage } = useBrowser();

const facets = ['continuity', 'theme', 'level', 'authority', 'region', 'size'] as const;
type Facet = (typeof facets)[number];

/**
 * Every card of the catalogue with the facet values the build wrote on it (the cards the script
 * shows for a filter have none: their values are read from the first load), and whether it is shown.
 */
async function cards(page: Page) {
  return page.$$eval(
    '[data-case]',
    (elements, keys) =>
      elements.map((element) => ({
        slug: (element as HTMLElement).dataset.case!,
        shown: !(element as HTMLElement).hidden,
        values: Object.fromEntries(
          keys.map((key) => [
            key,
            ((element as HTMLElement).dataset[key] ?? '').split(' ').filter(Boolean),
          ]),
        ) as Record<Facet, string[]>,
      })),
    facets as unknown as string[],
  );
}

const shownSlugs = async (page: Page) =>
  (await cards(page)).filter((card) => card.shown).map((card) => card.slug);

/** The filter checkboxes with their facet, value, count and state. */
async function options(page: Page) {
  return page.$$eval('[data-facets] input[data-facet]', (inputs) =>
    (inputs as HTMLInputElement[]).map((input) => ({
      id: input.id,
      facet: input.dataset.facet as Facet,
      value: input.value,
      checked: input.checked,
      count: Number(
        /\((\d+)\)/.exec(input.labels![0]!.querySelector('[data-count]')!.textContent!)![1],
      ),
    })),
  );
}

const statusText = (page: Page) => page.textContent('[data-results]');

/** Wait until the cards of the current filters are shown (the script fetches them from the index). */
const settled = (page: Page) =>
  page.waitForSelector('[data-cards]:not([aria-busy])', { state: 'attached' });

/** The slugs of the cards shown once the script has shown them, in alphabetical order. */
async function shownSorted(page: Page) {
  await settled(page);
  return (await shownSlugs(page)).sort();
}

async function openCatalogue(path = '/fr/pratiques/', width = 1280) {
  const page = await newPage({ viewport: { width, height: 900 } });
  await page.goto(baseUrl + path);
  // The script shows the form once it has read the URL (folded away on a narrow screen).
  await page.waitForSelector('[data-facets]:not([hidden])', { state: 'attached' });
  await settled(page);
  return page;
}

/** Tick a value and wait for the URL to follow. */
async function tick(page: Page, id: string) {
  const before = page.url();
  await page.check(`#${id}`);
  await page.waitForFunction((url) => window.location.href !== url, before);
  await settled(page);
}

describe('the catalogue with JavaScript', () => {
  test('each count equals the number of cards shown when that value alone is ticked', async () => {
    const page = await openCatalogue();
    const all = await cards(page);
    const initial = await options(page);
    expect(initial.length).toBeGreaterThan(0);
    // The values are shared out between three copies of the catalogue, ticked at the same time.
    const copies = [page, ...(await Promise.all([openCatalogue(), openCatalogue()]))];
    await inParallel(initial, copies, async (option, copy) => {
      await tick(copy, option.id);
      const shown = await shownSorted(copy);
      expect(shown.length, `${option.facet}=${option.value}`).toBe(option.count);
      expect(shown).toEqual(
        all
          .filter((card) => card.values[option.facet].includes(option.value))
          .map((card) => card.slug)
          .sort(),
      );
      expect(await statusText(copy)).toContain(String(option.count));
      await copy.uncheck(`#${option.id}`);
      await settled(copy);
    });
    for (const copy of copies) expect(await shownSlugs(copy)).toEqual(all.map((card) => card.slug));
  });

  test('filters narrow the catalogue, and loading the URL afresh shows the same cards', async () => {
    const page = await openCatalogue();
    const all = await cards(page);
    const total = all.length;
    const [first] = (await options(page))
      .filter((option) => option.count > 0)
      .sort((a, b) => a.count - b.count);
    await tick(page, first!.id);
    const afterFirst = await shownSlugs(page);
    expect(afterFirst.length).toBeLessThanOrEqual(total);
    // A second value in another facet, among those that still leave something to see.
    const second = (await options(page)).find(
      (option) => option.facet !== first!.facet && option.count > 0,
    )!;
    await tick(page, second.id);
    const shown = await shownSorted(page);
    expect(shown.length).toBeLessThanOrEqual(afterFirst.length);
    // The panel's summary says how many filters are on, a word apart from its label.
    expect(
      (await page.textContent('[data-filter-panel] > summary'))!.replace(/\s+/g, ' ').trim(),
    ).toBe('Filtrer les pratiques (2 actifs)');
    // Exactly the practices with both values: within a facet any value, across facets all.
    expect(shown).toEqual(
      all
        .filter(
          (card) =>
            card.values[first!.facet].includes(first!.value) &&
            card.values[second.facet].includes(second.value),
        )
        .map((card) => card.slug)
        .sort(),
    );

    const url = page.url();
    const query = new URL(url).searchParams;
    expect([...query.keys()].length).toBe(first!.facet === second.facet ? 1 : 2);
    const fresh = await openCatalogue(new URL(url).pathname + new URL(url).search);
    expect(await shownSorted(fresh)).toEqual(shown);
    expect(
      (await options(fresh))
        .filter((option) => option.checked)
        .map((option) => option.id)
        .sort(),
    ).toEqual([first!.id, second.id].sort());
    expect(await statusText(fresh)).toBe(await statusText(page));
  });

  test('Back and Forward move through the filters', async () => {
    const page = await openCatalogue();
    const everything = await shownSlugs(page);
    const [first, second] = (await options(page)).filter((option) => option.count > 0);
    await tick(page, first!.id);
    const urlA = page.url();
    const shownA = await shownSorted(page);
    await tick(page, second!.id);
    const urlB = page.url();
    const shownB = await shownSorted(page);
    expect(urlB).not.toBe(urlA);

    await page.goBack();
    expect(page.url()).toBe(urlA);
    expect(await shownSorted(page)).toEqual(shownA);
    expect(await page.isChecked(`#${second!.id}`)).toBe(false);
    await page.goBack();
    expect(new URL(page.url()).search).toBe('');
    await settled(page);
    expect(await shownSlugs(page)).toEqual(everything);
    expect(await page.isChecked(`#${first!.id}`)).toBe(false);
    await page.goForward();
    await page.goForward();
    expect(page.url()).toBe(urlB);
    expect(await shownSorted(page)).toEqual(shownB);
  });

  test('a filter is kept when the reader opens a practice and comes back', async () => {
    const page = await openCatalogue();
    const [option] = (await options(page)).filter((candidate) => candidate.count > 0);
    await tick(page, option!.id);
    const shown = await shownSlugs(page);
    await page.click(`[data-case="${shown[0]}"] h3 a`);
    await page.waitForURL(`**/fr/pratiques/${shown[0]}/`);
    await page.goBack();
    await page.waitForSelector('[data-facets]:not([hidden])', { state: 'attached' });
    expect(await shownSorted(page)).toEqual([...shown].sort());
    expect(await page.isChecked(`#${option!.id}`)).toBe(true);
  });

  test('ticking keeps the focus on the checkbox and the result count is announced', async () => {
    const page = await openCatalogue();
    const [option] = await options(page);
    await page.focus(`#${option!.id}`);
    await page.keyboard.press('Space');
    await page.waitForFunction(() => window.location.search !== '');
    await settled(page);
    expect(await page.evaluate(() => document.activeElement?.id)).toBe(option!.id);
    expect(await page.getAttribute('[data-results]', 'role')).toBe('status');
    expect(await statusText(page)).toMatch(new RegExp(`^${option!.count} pratiques? sur \\d+$`));
    // Every group of checkboxes is a fieldset named by its legend.
    const unnamed = await page.$$eval(
      '[data-facets] input[data-facet]',
      (inputs) =>
        inputs.filter(
          (input) => !input.closest('fieldset')?.querySelector('legend')?.textContent?.trim(),
        ).length,
    );
    expect(unnamed).toBe(0);
  });

  test('clearing the filters shows every practice again and keeps the focus on the button', async () => {
    const page = await openCatalogue();
    const total = (await cards(page)).length;
    const [option] = (await options(page)).filter((candidate) => candidate.count < total);
    if (option) await tick(page, option.id);
    await page.click('[data-reset]');
    expect(new URL(page.url()).search).toBe('');
    await settled(page);
    expect((await shownSlugs(page)).length).toBe(total);
    expect(await page.evaluate(() => document.activeElement?.hasAttribute('data-reset'))).toBe(
      true,
    );
  });

  test('links use the parameters of their language, understand the other one, and ignore unknown values', async () => {
    const french = await openCatalogue('/fr/pratiques/');
    const [option] = (await options(french)).filter((candidate) => candidate.facet === 'level');
    await tick(french, option!.id);
    expect(new URL(french.url()).search).toBe(`?niveau=${option!.value}`);

    // The language switch carries the selection over.
    expect(await french.getAttribute('.lang-switch a', 'href')).toBe(
      `/en/practices/?level=${option!.value}`,
    );

    const english = await openCatalogue(`/en/practices/?niveau=${option!.value},no-such-level`);
    expect(new URL(english.url()).search).toBe(`?level=${option!.value}`);
    expect((await shownSorted(english)).length).toBe(option!.count);
  });

  test('a filter change fetches the filter index once and the cards it shows, nothing else (≤ 40 KB)', async () => {
    const page = await openCatalogue();
    const fetched: { path: string; bytes: Promise<number> }[] = [];
    // The browser asks for the icon when it likes: not the catalogue's doing.
    page.on('response', (response) => {
      if (new URL(response.url()).pathname === '/favicon.svg') return;
      fetched.push({
        path: new URL(response.url()).pathname,
        bytes: response.body().then(
          (body) => gzipSync(body).length,
          () => 0,
        ),
      });
    });
    const [first, second] = (await options(page)).filter((option) => option.count > 0);
    await tick(page, first!.id);
    const shown = await shownSlugs(page);
    const paths = fetched.map((response) => response.path);
    expect(paths.filter((path) => path === '/fr/pratiques/facets.json')).toHaveLength(1);
    const cards = paths.filter((path) => /^\/fr\/pratiques\/cards\/\d+\.json$/.test(path));
    expect(cards).toHaveLength(shown.length);
    expect(cards.length).toBeLessThanOrEqual(PAGE_SIZE);
    // Neither the search index nor anything else: the catalogue is never downloaded whole.
    expect(paths.filter((path) => !cards.includes(path) && !path.endsWith('facets.json'))).toEqual(
      [],
    );
    const bytes = (await Promise.all(fetched.map((response) => response.bytes))).reduce(
      (sum, size) => sum + size,
      0,
    );
    expect(bytes).toBeLessThanOrEqual(40_000);

    // A second change reads the index already fetched, and only the cards not yet seen.
    fetched.length = 0;
    await tick(page, second!.id);
    expect(
      fetched.map((response) => response.path).filter((path) => path.endsWith('facets.json')),
    ).toEqual([]);
  });

  test('at 320 px the open filters fit the screen', async () => {
    const page = await openCatalogue('/fr/pratiques/', 320);
    expect(await page.getAttribute('[data-filter-panel]', 'open')).toBeNull();
    await page.click('[data-filter-panel] > summary');
    await page.waitForSelector('[data-facets] fieldset', { state: 'visible' });
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(
      320,
    );
    // Below the long form, a button takes the reader to the results.
    await page.click('[data-show-results]');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('resultats');
  });
});

describe('the catalogue without JavaScript', () => {
  test.each(['/fr/pratiques/', '/en/practices/'])(
    '%s shows its practices and the facet links, without the checkboxes that need the script',
    async (path) => {
      const page = await newPage({ javaScriptEnabled: false });
      await page.goto(baseUrl + path);
      expect(await page.isVisible('[data-facets]')).toBe(false);
      const all = await cards(page);
      expect(all.length).toBeGreaterThan(0);
      expect(all.every((card) => card.shown)).toBe(true);
      await page.click('[data-filter-panel] > summary');
      expect(await page.locator('[data-facet-links] a[data-facet]').first().isVisible()).toBe(true);
    },
  );

  // What a reader without JavaScript gets is the HTML of the build: the walk of every facet link
  // reads the built files (the browser check above makes sure they are what the browser shows).
  test.each([
    ['/fr/pratiques/', '/fr/pratiques/'],
    ['/en/practices/', '/en/practices/'],
  ])(
    'every facet value of %s is a link to a page listing exactly the practices with that value',
    (path, casePrefix) => {
      const catalogue = readBuiltPage(distDir, path);
      const all = catalogue.tags
        .filter((tag) => tag.attributes.has('data-case'))
        .map((tag) => ({
          slug: tag.attributes.get('data-case')!,
          values: Object.fromEntries(
            facets.map((facet) => [
              facet,
              (tag.attributes.get(`data-${facet}`) ?? '').split(' ').filter(Boolean),
            ]),
          ) as Record<Facet, string[]>,
        }));
      expect(all.length).toBeGreaterThan(0);
      // The links of the navigation `[data-facet-links]`, from its start tag to its end.
      const nav = catalogue.tags.find((tag) => tag.attributes.has('data-facet-links'))!;
      const navEnd = catalogue.html.indexOf('</nav>', nav.offset);
      const links = catalogue.tags
        .filter(
          (tag) =>
            tag.offset > nav.offset &&
            tag.offset < navEnd &&
            tag.name === 'a' &&
            tag.attributes.has('data-facet'),
        )
        .map((tag) => ({
          href: tag.attributes.get('href')!,
          facet: tag.attributes.get('data-facet') as Facet,
          value: tag.attributes.get('data-value')!,
          label: textOf(
            catalogue.html.slice(
              catalogue.html.indexOf('>', tag.offset) + 1,
              catalogue.html.indexOf('</a>', tag.offset),
            ),
          ),
        }));
      // Every facet offers its values as links.
      expect(new Set(links.map((link) => link.facet))).toEqual(new Set(facets));
      for (const link of links) {
        expect(existsSync(fileOf(distDir, link.href)), link.href).toBe(true);
        const listing = readFileSync(fileOf(distDir, link.href), 'utf8');
        const listed = cardLinks(listing);
        const expected = all
          .filter((card) => card.values[link.facet].includes(link.value))
          .map((card) => `${casePrefix}${card.slug}/`);
        expect(listed.sort(), link.href).toEqual(expected.sort());
        expect(headingText(listing)).toContain(link.label);
        // The value is really one of the practice's: its own page says so.
        for (const href of listed) {
          const facts = /<aside class="facts"[\s\S]*?<\/aside>/.exec(
            readFileSync(fileOf(distDir, href), 'utf8'),
          )![0];
          expect(textOf(facts), `${href} for ${link.href}`).toContain(link.label);
        }
      }
    },
  );
});

describe('a case page', () => {
  test('lists related practices that share something with it, each with a link to compare them', async () => {
    const page = await newPage({ javaScriptEnabled: false });
    await page.goto(`${baseUrl}/fr/pratiques/`);
    const slugs = (await cards(page)).map((card) => card.slug);
    expect(slugs.length).toBeGreaterThan(1);
    for (const slug of slugs) {
      await page.goto(`${baseUrl}/fr/pratiques/${slug}/`);
      const related = await page.$$eval('.related-list li', (items) =>
        items.map((item) => ({
          href: item.querySelector('a')!.getAttribute('href')!,
          compare: item.querySelector('a[href*="/comparer/"]')!.getAttribute('href')!,
        })),
      );
      // Between one and three: a case page that lists nothing would pass the checks below unseen.
      expect(related.length, slug).toBeGreaterThan(0);
      expect(related.length).toBeLessThanOrEqual(3);
      for (const { href, compare } of related) {
        expect(href).not.toBe(`/fr/pratiques/${slug}/`);
        expect(compare).toBe(`/fr/comparer/?cas=${slug},${href.split('/')[3]}`);
      }
      expect(await page.getAttribute('.related > p a', 'href')).toBe(`/fr/comparer/?cas=${slug}`);
      // No script runs: the one script element is structured data for search engines.
      expect(await page.$$('script:not([type="application/ld+json"])')).toHaveLength(0);
    }
  });

  test('links each EGNé proposal it illustrates to that proposal on the proposals page', async () => {
    const page = await newPage({ javaScriptEnabled: false });
    await page.goto(`${baseUrl}/en/practices/`);
    const links: { href: string; text: string }[] = [];
    for (const { slug } of await cards(page)) {
      const casePage = await newPage({ javaScriptEnabled: false });
      await casePage.goto(`${baseUrl}/en/practices/${slug}/`);
      links.push(
        ...(await casePage.$$eval('#proposals-title ~ ul a', (anchors) =>
          anchors.map((a) => ({
            href: a.getAttribute('href')!,
            text: a.textContent!.replace(/\s+/g, ' ').trim(),
          })),
        )),
      );
      await casePage.close();
    }
    expect(links.length).toBeGreaterThan(0);
    await page.goto(`${baseUrl}/en/proposals/`);
    for (const link of links) {
      expect(link.href).toMatch(/^\/en\/proposals\/#egne-\d\d$/);
      const target = await page.textContent(`[id="${link.href.split('#')[1]}"] .proposal-title`);
      expect(target, link.href).not.toBeNull();
      expect(link.text).toContain(target!.replace(/\s+/g, ' ').trim());
    }
  });
});
