import type { Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { useBrowser } from './support/browser.ts';

const { baseUrl, newPage } = useBrowser();

/** The practices of the catalogue, in its order: slug, title and territory line. */
async function practices(path: string) {
  const page = await newPage({ javaScriptEnabled: false });
  await page.goto(baseUrl + path);
  const list = await page.$$eval('[data-case]', (items) =>
    items.map((item) => ({
      slug: (item as HTMLElement).dataset.case!,
      title: item.querySelector('h3')!.textContent!.trim(),
      territory: item.querySelector('.card-meta')!.textContent!.split(' · ')[0]!.trim(),
    })),
  );
  await page.close();
  return list;
}

/** The table once the script has filled it: column titles and the cells of each row. */
async function table(page: Page) {
  await page.waitForSelector('[data-compare-table]:not([hidden])');
  return page.$eval('.compare-table', (element) => ({
    columns: [...element.querySelectorAll('thead th')].map((th) => th.textContent!.trim()),
    links: [...element.querySelectorAll('thead th a')].map((a) => a.getAttribute('href')),
    rows: Object.fromEntries(
      [...element.querySelectorAll('tbody tr')].map((tr) => [
        (tr as HTMLElement).dataset.row!,
        [...tr.querySelectorAll('td')].map((td) => td.textContent!.trim()),
      ]),
    ),
  }));
}

describe('comparing practices', () => {
  test.each([
    ['/fr/pratiques/', '/fr/comparer/?cas=', '/fr/pratiques/'],
    ['/en/practices/', '/en/compare/?cases=', '/en/practices/'],
  ])(
    'a shared link built from %s shows the chosen practices side by side',
    async (catalogue, link, casePrefix) => {
      const chosen = (await practices(catalogue)).slice(0, 3);
      expect(chosen.length).toBeGreaterThanOrEqual(2);
      const page = await newPage();
      await page.goto(baseUrl + link + chosen.map((practice) => practice.slug).join(','));
      const { columns, links, rows } = await table(page);
      expect(columns).toEqual(chosen.map((practice) => practice.title));
      expect(links).toEqual(chosen.map((practice) => `${casePrefix}${practice.slug}/`));
      for (const [row, cells] of Object.entries(rows)) {
        expect(cells, row).toHaveLength(chosen.length);
        for (const cell of cells) expect(cell.length, row).toBeGreaterThan(0);
      }
      chosen.forEach((practice, index) =>
        expect(rows.territory![index]).toContain(practice.territory),
      );
      expect(await page.textContent('[data-compare-status]')).toContain(String(chosen.length));
      expect(page.externalRequests).toEqual([]);
    },
  );

  test('ticking “Compare” on cards of the catalogue leads to their comparison', async () => {
    const all = await practices('/fr/pratiques/');
    const page = await newPage();
    await page.goto(`${baseUrl}/fr/pratiques/`);
    await page.waitForSelector('[data-compare-control]:not([hidden])');
    const slugs = await page.$$eval('[data-case]', (items) =>
      items.slice(0, 2).map((item) => (item as HTMLElement).dataset.case!),
    );
    for (const slug of slugs) await page.check(`[data-case="${slug}"] input[data-compare]`);
    expect(await page.getAttribute('[data-compare-link]', 'href')).toBe(
      `/fr/comparer/?cas=${slugs.join(',')}`,
    );
    expect(await page.textContent('[data-compare-status]')).toContain('2');
    await page.click('[data-compare-link]');
    await page.waitForURL('**/fr/comparer/?cas=*');
    expect((await table(page)).columns).toEqual(
      slugs.map((slug) => all.find((practice) => practice.slug === slug)!.title),
    );
  });

  test('no more than three practices can be picked', async () => {
    const all = await practices('/fr/pratiques/');
    // The limit only shows with four practices or more.
    if (all.length < 4) return;
    const page = await newPage();
    await page.goto(`${baseUrl}/fr/pratiques/`);
    await page.waitForSelector('[data-compare-control]:not([hidden])');
    for (const practice of all.slice(0, 4))
      await page.click(`[data-case="${practice.slug}"] [data-compare-control] label`);
    expect(await page.isChecked(`[data-case="${all[3]!.slug}"] input[data-compare]`)).toBe(false);
    expect(await page.textContent('[data-compare-status]')).toContain('trois');
    expect(await page.getAttribute('[data-compare-link]', 'href')).toBe(
      `/fr/comparer/?cas=${all
        .slice(0, 3)
        .map((practice) => practice.slug)
        .join(',')}`,
    );

    await page.goto(
      `${baseUrl}/fr/comparer/?cas=${all
        .slice(0, 4)
        .map((practice) => practice.slug)
        .join(',')}`,
    );
    expect((await table(page)).columns).toHaveLength(3);
    expect(await page.textContent('[data-compare-status]')).toContain('trois premières');
  });

  test('the picker holds the practices compared: unticking one and submitting compares the others, at a tidy address', async () => {
    const [a, b, c] = await practices('/en/practices/');
    const page = await newPage();
    await page.goto(`${baseUrl}/en/compare/?cases=${a!.slug},${b!.slug},${c!.slug}`);
    await page.waitForSelector('[data-compare-table]:not([hidden])');
    const ticked = await page.$$eval('[data-compare-choices] input', (inputs) =>
      (inputs as HTMLInputElement[]).map((input) => [input.value, input.checked]),
    );
    expect(ticked).toEqual([a, b, c].map((practice) => [practice!.slug, true]));
    expect(await page.textContent(`label[for="comparer-${c!.slug}"]`)).toContain(c!.title);
    await page.uncheck(`#comparer-${c!.slug}`);
    await page.click('[data-compare-picker] button[type=submit]');
    await page.waitForURL((url) => !url.search.includes(c!.slug));
    await page.waitForSelector('[data-compare-table]:not([hidden])');
    expect(new URL(page.url()).search).toBe(`?cases=${a!.slug},${b!.slug}`);
    expect(await page.getAttribute('.lang-switch a', 'href')).toBe(
      `/fr/comparer/?cas=${a!.slug},${b!.slug}`,
    );
    expect((await table(page)).columns).toEqual([a!.title, b!.title]);
    expect(await page.isChecked(`#comparer-${a!.slug}`)).toBe(true);
    // Other practices are chosen in the catalogue, which the picker links to.
    expect(await page.getAttribute('[data-compare-picker] a', 'href')).toBe('/en/practices/');
  });

  test('the page does not list the catalogue: it stays the same size however many practices there are', async () => {
    const all = await practices('/fr/pratiques/');
    const page = await newPage();
    await page.goto(`${baseUrl}/fr/comparer/`);
    await page.waitForSelector('[data-compare-picker]');
    expect(await page.textContent('[data-compare-status]')).toContain('Choisissez deux ou trois');
    expect(await page.$$('[data-compare-choices] li')).toHaveLength(0);
    const html = await (await fetch(`${baseUrl}/fr/comparer/`)).text();
    for (const practice of all) expect(html).not.toContain(`/fr/pratiques/${practice.slug}/`);
    // Nor the names it marks in their language: each practice's JSON file brings its own.
    const english = await (await fetch(`${baseUrl}/en/compare/`)).text();
    for (const practice of await practices('/en/practices/'))
      expect(english).not.toContain(practice.territory);
  });

  test('a practice that does not exist is named, the others are shown', async () => {
    const [a] = await practices('/fr/pratiques/');
    const page = await newPage();
    await page.goto(`${baseUrl}/fr/comparer/?cas=${a!.slug},pratique-disparue`);
    expect((await table(page)).columns).toEqual([a!.title]);
    const status = await page.textContent('[data-compare-status]');
    expect(status).toContain('pratique-disparue');
    expect(status).toContain('Choisissez une ou deux autres pratiques');
    expect(new URL(page.url()).search).toBe(`?cas=${a!.slug}`);
  });

  test('a related practice on a case page opens the comparison of the two', async () => {
    const all = await practices('/fr/pratiques/');
    const page = await newPage();
    for (const practice of all) {
      await page.goto(`${baseUrl}/fr/pratiques/${practice.slug}/`);
      const link = await page.$('.related-list a[href*="/comparer/"]');
      if (!link) continue;
      await link.click();
      await page.waitForURL('**/fr/comparer/?cas=*');
      const { columns } = await table(page);
      expect(columns).toHaveLength(2);
      expect(columns[0]).toBe(practice.title);
      return;
    }
    throw new Error('no case page offers a related practice to compare with');
  });

  test('without JavaScript the compare page says why and leads to the catalogue', async () => {
    const all = await practices('/fr/pratiques/');
    const page = await newPage({ javaScriptEnabled: false });
    await page.goto(
      `${baseUrl}/fr/comparer/?cas=${all.map((practice) => practice.slug).join(',')}`,
    );
    expect(await page.isVisible('[data-compare-fallback]')).toBe(true);
    expect(await page.textContent('[data-compare-fallback]')).toContain('JavaScript');
    expect(await page.isVisible('[data-compare-app]')).toBe(false);
    const links = await page.$$eval('[data-compare-fallback] a', (anchors) =>
      anchors.map((a) => a.getAttribute('href')),
    );
    expect(links).toEqual(['/fr/pratiques/']);
  });
});
