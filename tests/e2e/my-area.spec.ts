import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import yaml from 'js-yaml';
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, test } from 'vitest';
import {
  LOOKUP_BUDGET_BYTES,
  measureTerritoryLookup,
  type LookupMeasure,
} from '../../scripts/bench/territory-lookup.ts';
import { localizedPath } from '../../src/i18n/routes.ts';
import { useTranslations } from '../../src/i18n/translate.ts';
import { departmentCodes } from '../../src/territory/departments.ts';
import { populationBand, type PopulationBand } from '../../src/territory/population-band.ts';
import { contentDir } from '../../src/data/content-dir.ts';
import { resolveTerritory } from '../../src/territory/resolve.ts';
import { axeViolations, withAxe } from './support/axe.ts';
import { useBrowser } from './support/browser.ts';
import { pdfPageCount } from './support/pdf.ts';
import { contentCases, structured } from './support/site-content.ts';

// « Pour mon territoire » in Chromium against the real build: the combobox with the keyboard, the
// answer and its permanent address, the page without JavaScript, print, accessibility, and what a
// lookup transfers.

const { baseUrl, newPage } = useBrowser();
const fr = useTranslations('fr');
const en = useTranslations('en');
const cases = contentCases().map((entry) => ({
  slug: entry.slug,
  data: structured(entry) as ReturnType<typeof structured> & { authorities: string[] },
}));
const bands = yaml.load(
  readFileSync(join(contentDir, 'taxonomy/population-bands.yaml'), 'utf8'),
) as PopulationBand[];

const combobox = (page: Page) => page.locator('#commune');
const options = (page: Page) => page.locator('#commune-suggestions [role="option"]');
const answer = (page: Page) => page.waitForSelector('[data-area-answer]:not([hidden])');
const text = (page: Page, selector: string) => page.locator(selector).first().innerText();

/**
 * Type as a person does, and wait until the suggestions for the whole text are shown: the form says
 * which text its suggestions answer (`data-suggested`), so that a slow machine's late lookup of the
 * last keystroke does not replace them under the test's next key.
 */
async function type(page: Page, query: string, code: string) {
  await combobox(page).pressSequentially(query, { delay: 30 });
  await page.waitForFunction(
    () =>
      (document.querySelector('[data-area-form]') as HTMLElement).dataset.suggested ===
      (document.querySelector('#commune') as HTMLInputElement).value,
  );
  await page.locator(`#commune-suggestions [role="option"][data-code="${code}"]`).waitFor();
}

describe('the combobox, with the keyboard', () => {
  test('suggests communes as one types, moves with the arrows, chooses with Enter and closes with Escape', async () => {
    const page = await newPage();
    await page.goto(`${baseUrl}/fr/mon-territoire/`);
    const input = combobox(page);
    expect(await input.getAttribute('role')).toBe('combobox');
    expect(await input.getAttribute('aria-expanded')).toBe('false');
    await input.focus();
    await type(page, 'st etienne', '42218');
    expect(await input.getAttribute('aria-expanded')).toBe('true');
    expect(await input.getAttribute('aria-controls')).toBe('commune-suggestions');
    expect(await page.locator('#commune-suggestions').getAttribute('role')).toBe('listbox');
    const count = await options(page).count();
    expect(await text(page, '[data-area-status]')).toBe(fr('myArea.status.count', { count }));
    // The three Saint-Étienne, told apart by their department.
    const labels = await options(page).locator('.area-option-name').allInnerTexts();
    expect(labels.slice(0, 2)).toEqual(['Saint-Étienne (42)', 'Saint-Étienne-du-Rouvray (76)']);
    expect(await options(page).first().innerText()).toContain('Loire');
    expect(await input.getAttribute('aria-activedescendant')).toBeNull();

    await page.keyboard.press('ArrowDown');
    expect(await input.getAttribute('aria-activedescendant')).toBe('commune-option-0');
    expect(await options(page).nth(0).getAttribute('aria-selected')).toBe('true');
    await page.keyboard.press('ArrowDown');
    expect(await input.getAttribute('aria-activedescendant')).toBe('commune-option-1');
    expect(await options(page).nth(0).getAttribute('aria-selected')).toBe('false');
    await page.keyboard.press('ArrowUp');
    await page.keyboard.press('ArrowUp');
    expect(await input.getAttribute('aria-activedescendant')).toBe(`commune-option-${count - 1}`);

    await page.keyboard.press('Escape');
    expect(await input.getAttribute('aria-expanded')).toBe('false');
    expect(await page.locator('#commune-suggestions').isHidden()).toBe(true);
    expect(await input.getAttribute('aria-activedescendant')).toBeNull();
    expect(await input.inputValue()).toBe('st etienne');

    await page.keyboard.press('ArrowDown');
    expect(await input.getAttribute('aria-expanded')).toBe('true');
    await page.keyboard.press('Enter');
    await answer(page);
    expect(new URL(page.url()).search).toBe('?commune=42218');
    expect(await text(page, '#area-name')).toBe('Saint-Étienne (42)');
    expect(await input.inputValue()).toBe('Saint-Étienne (42)');
    expect(await input.getAttribute('aria-expanded')).toBe('false');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('commune');
    expect(await text(page, '[data-area-status]')).toBe(
      fr('myArea.status.shown', { name: 'Saint-Étienne' }),
    );

    // Escape on a closed list empties the field.
    await page.keyboard.press('Escape');
    expect(await input.inputValue()).toBe('');
    expect(page.externalRequests).toEqual([]);
  });

  test('three digits are needed before a code is looked up', async () => {
    const page = await newPage();
    await page.goto(`${baseUrl}/en/my-area/`);
    await combobox(page).pressSequentially('28', { delay: 30 });
    await page.waitForFunction(
      (hint) => document.querySelector('[data-area-status]')?.textContent === hint,
      en('myArea.status.digits'),
    );
    expect(await options(page).count()).toBe(0);
    await combobox(page).pressSequentially('240', { delay: 30 });
    await page.locator('[role="option"][data-code="28214"]').waitFor();
    expect(await options(page).first().innerText()).toContain(
      en('myArea.option.postcode', { postcode: '28240' }),
    );
  });

  test('Enter without a choice shows the commune when the text names only one, and a choice otherwise', async () => {
    const page = await newPage();
    await page.goto(`${baseUrl}/fr/mon-territoire/`);
    await combobox(page).fill('le pre saint gervais');
    await page.keyboard.press('Enter');
    await answer(page);
    expect(new URL(page.url()).search).toBe('?commune=93061');
    await combobox(page).fill('saint denis');
    await page.keyboard.press('Enter');
    await page.waitForSelector('[data-area-message]:not([hidden])');
    expect(await text(page, '[data-area-message-text]')).toBe(
      fr('myArea.choices', { query: 'saint denis' }),
    );
    const choices = page.locator('[data-area-choices] a');
    expect(await choices.allInnerTexts()).toEqual(
      expect.arrayContaining(['Saint-Denis (974)', 'Saint-Denis (93)']),
    );
    await choices.filter({ hasText: 'Saint-Denis (93)' }).click();
    await answer(page);
    expect(await text(page, '#area-name')).toBe('Saint-Denis (93)');
  });
});

describe('the answer', () => {
  test('at its permanent address, gives the population, size band, EPCI, department, region and académie', async () => {
    const page = await newPage();
    await page.goto(`${baseUrl}/fr/mon-territoire/?commune=28214`);
    await answer(page);
    expect(await text(page, '#area-name')).toBe('La Loupe (28)');
    expect(await text(page, '[data-area-population]')).toBe(
      fr('myArea.populationValue', { value: new Intl.NumberFormat('fr').format(3191) }),
    );
    expect(await text(page, '[data-area-band]')).toBe('Moins de 10 000 habitants');
    expect(await text(page, '[data-area-epci]')).toMatch(/^CC Terres de Perche, /);
    expect(await page.locator('[data-area-department]').getAttribute('href')).toBe(
      '/fr/territoires/28/',
    );
    expect(await text(page, '[data-area-region]')).toBe('Centre-Val de Loire');
    expect(await text(page, '[data-area-academie]')).toBe('académie d’Orléans-Tours');
    expect(await page.locator('[data-area-permalink]').getAttribute('href')).toBe(
      `${baseUrl}/fr/mon-territoire/?commune=28214`,
    );
    expect(page.externalRequests).toEqual([]);
  });

  test('each authority links to the practices it leads in territories of the commune’s size band, with their number', async () => {
    const page = await newPage();
    await page.goto(`${baseUrl}/fr/mon-territoire/?commune=28214`);
    await answer(page);
    const band = populationBand(3191, bands)!;
    for (const authority of ['commune', 'epci', 'departement', 'region', 'etat']) {
      const expected = cases.filter(
        ({ data }) =>
          data.authorities.includes(authority) &&
          populationBand(resolveTerritory(data.territory).population, bands) === band,
      ).length;
      const link = page.locator(`[data-area-authority="${authority}"] [data-area-same-band]`);
      expect(await link.innerText(), authority).toBe(fr('myArea.sameBand', { count: expected }));
      expect(await link.getAttribute('href'), authority).toBe(
        expected ? `/fr/pratiques/?collectivite=${authority}&taille=${band}` : null,
      );
    }
    expect(await text(page, '[data-area-authority="epci"]')).toContain('BANATIC');
  });

  test('lists the practices from the nearest to the widest, each group with its count and why it is shown', async () => {
    const page = await newPage();
    await page.goto(`${baseUrl}/en/my-area/?commune=28214`);
    await answer(page);
    const listed = (group: string) =>
      page
        .locator(`[data-area-group="${group}"] [data-area-group-items] a`)
        .evaluateAll((links) => links.map((a) => a.getAttribute('href')));
    const inLaLoupe = cases
      .filter(({ data }) => data.territory.scope === 'commune' && data.territory.code === '28214')
      .map(({ slug }) => slug);
    expect(inLaLoupe.length).toBeGreaterThan(0);
    expect(await listed('commune')).toEqual(
      inLaLoupe.map((slug) => localizedPath('en', 'practices', slug)),
    );
    expect(await text(page, '[data-area-group="commune"] h4')).toBe(
      `${en('myArea.group.commune', { name: 'La Loupe' })} (${en('myArea.count', { count: inLaLoupe.length })})`,
    );
    expect(await text(page, '[data-area-group="commune"] .meta-line')).toBe(
      en('myArea.group.communeWhy'),
    );
    const national = cases
      .filter(({ data }) => data.territory.scope === 'national')
      .map(({ slug }) => localizedPath('en', 'practices', slug));
    expect((await listed('national')).sort()).toEqual(national.sort());
    // Every practice is listed once at most.
    const all = await page
      .locator('[data-area-group-items] a')
      .evaluateAll((links) => links.map((a) => a.getAttribute('href')));
    expect(new Set(all).size).toBe(all.length);
  });

  test('a deleted code and a municipal arrondissement lead to the commune responsible, with a note', async () => {
    const page = await newPage();
    await page.goto(`${baseUrl}/fr/mon-territoire/?commune=74268`);
    await answer(page);
    expect(await text(page, '#area-name')).toBe('Annecy (74)');
    expect(await text(page, '[data-area-asked]')).toBe(
      fr('myArea.asked.deleguee', { name: 'Seynod', commune: 'Annecy' }),
    );
    expect(await text(page, '[data-area-delegated]')).toContain('Seynod');
    await page.goto(`${baseUrl}/en/my-area/?commune=75115`);
    await answer(page);
    expect(await text(page, '#area-name')).toBe('Paris (75)');
    expect(await text(page, '[data-area-asked]')).toBe(
      en('myArea.asked.arrondissement', { name: 'Paris 15e Arrondissement', commune: 'Paris' }),
    );
    expect(await page.locator('[data-area-special]').isVisible()).toBe(true);
  });

  test('an overseas commune has its académie; an overseas collectivity says its responsibilities differ', async () => {
    const page = await newPage();
    await page.goto(`${baseUrl}/fr/mon-territoire/?commune=97611`);
    await answer(page);
    expect(await text(page, '[data-area-academie]')).toBe('académie de Mayotte');
    await page.goto(`${baseUrl}/fr/mon-territoire/?commune=98818`);
    await answer(page);
    expect(await page.locator('[data-area-overseas]').isVisible()).toBe(true);
    expect(await page.locator('[data-area-authorities]').isHidden()).toBe(true);
    expect(await text(page, '[data-area-academie]')).toBe(fr('myArea.noAcademie'));
  });

  test('a name in the address shows its commune and the address keeps its code; an unknown code says so', async () => {
    const page = await newPage();
    await page.goto(`${baseUrl}/fr/mon-territoire/?commune=la+loupe`);
    await answer(page);
    expect(new URL(page.url()).search).toBe('?commune=28214');
    await page.goto(`${baseUrl}/fr/mon-territoire/?commune=99999`);
    await page.waitForSelector('[data-area-message]:not([hidden])');
    expect(await text(page, '[data-area-message-text]')).toBe(
      fr('myArea.unknownCode', { code: '99999' }),
    );
  });

  test('Back and Forward go through the communes chosen', async () => {
    const page = await newPage();
    await page.goto(`${baseUrl}/fr/mon-territoire/`);
    await type(page, 'brest', '29019');
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Enter');
    await answer(page);
    await combobox(page).fill('');
    await type(page, 'la loupe', '28214');
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Enter');
    await page.waitForFunction(
      () => document.querySelector('#area-name')?.textContent === 'La Loupe (28)',
    );
    await page.goBack();
    await page.waitForFunction(
      () => document.querySelector('#area-name')?.textContent === 'Brest (29)',
    );
    expect(new URL(page.url()).search).toBe('?commune=29019');
    await page.goBack();
    await page.waitForFunction(() =>
      document.querySelector('[data-area-answer]')?.hasAttribute('hidden'),
    );
    await page.goForward();
    await page.waitForFunction(
      () => document.querySelector('#area-name')?.textContent === 'Brest (29)',
    );
  });

  test('the field on the home page leads there without JavaScript on the home page', async () => {
    const page = await newPage();
    await page.goto(`${baseUrl}/fr/`);
    expect(await page.locator('script:not([type="application/ld+json"])').count()).toBe(0);
    await page.fill('#commune-accueil', 'Le Pré-Saint-Gervais');
    await page.press('#commune-accueil', 'Enter');
    await answer(page);
    expect(new URL(page.url()).pathname).toBe('/fr/mon-territoire/');
    expect(await text(page, '#area-name')).toBe('Le Pré-Saint-Gervais (93)');
  });
});

describe('without JavaScript', () => {
  test('the page offers every department, and a department page lists its communes’ practices', async () => {
    const page = await newPage({ javaScriptEnabled: false });
    await page.goto(`${baseUrl}/en/my-area/`);
    expect(await page.locator('[data-area-form]').isHidden()).toBe(true);
    const links = await page
      .locator('.area-regions a')
      .evaluateAll((anchors) => anchors.map((a) => a.getAttribute('href')));
    expect(links.sort()).toEqual(
      departmentCodes()
        .map((code) => localizedPath('en', 'territories', code.toLowerCase()))
        .sort(),
    );
    await page.click('.area-regions summary');
    await page.click('a[href="/en/territories/28/"]');
    const listed = await page
      .locator('.card h3 a')
      .evaluateAll((anchors) => anchors.map((a) => a.getAttribute('href')));
    expect(listed).toContain(localizedPath('en', 'practices', 'lab28-la-loupe'));
    await page.goto(`${baseUrl}/fr/territoires/01/`);
    expect(await text(page, '.lead')).toBe(fr('department.intro', { count: 0 }));
  });
});

describe('print', () => {
  test.each([
    ['/fr/mon-territoire/?commune=42218'],
    ['/en/my-area/?commune=75115'],
    ['/fr/mon-territoire/?commune=28214'],
  ])(
    '%s prints its answer on one A4 page, without the field or the department list',
    async (path) => {
      const page = await newPage();
      await page.goto(baseUrl + path);
      await answer(page);
      expect(pdfPageCount(await page.pdf({ format: 'A4' }))).toBe(1);
      await page.emulateMedia({ media: 'print' });
      for (const selector of [
        '[data-area-form]',
        '.area-departments',
        '.main-nav',
        '.site-footer',
        '[data-area-print]',
      ]) {
        expect(await page.locator(selector).first().isHidden(), selector).toBe(true);
      }
      for (const selector of [
        '#area-name',
        '[data-area-population]',
        '.area-authorities',
        '[data-area-group="national"]',
        '[data-area-permalink]',
      ]) {
        expect(await page.locator(selector).first().isVisible(), selector).toBe(true);
      }
    },
  );
});

describe('accessibility', () => {
  const widths = [
    { width: 320, height: 800 },
    { width: 1280, height: 900 },
  ];
  test.each([
    ['fr', '/fr/mon-territoire/', 'saint etienne', '42218'],
    ['en', '/en/my-area/', 'paris 1', '75115'],
  ])(
    'axe finds nothing at 320 and 1280 px, empty, with suggestions open and with the answer (%s)',
    async (_, path, query, code) => {
      const page = await newPage();
      await withAxe(page.context());
      const found: Record<string, string[]> = {};
      for (const viewport of widths) {
        await page.setViewportSize(viewport);
        await page.goto(baseUrl + path);
        await page.waitForSelector('[data-area-form]:not([hidden])');
        found[`${viewport.width} px, empty`] = await axeViolations(page);
        await combobox(page).focus();
        await type(page, query, code);
        await page.keyboard.press('ArrowDown');
        found[`${viewport.width} px, suggestions open`] = await axeViolations(page);
        await page.keyboard.press('Enter');
        await answer(page);
        found[`${viewport.width} px, answer`] = await axeViolations(page);
        found[`${viewport.width} px, sideways scroll`] = [
          String(
            await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth),
          ),
        ];
      }
      expect(found).toEqual(
        Object.fromEntries(
          widths.flatMap(({ width }) => [
            [`${width} px, empty`, []],
            [`${width} px, suggestions open`, []],
            [`${width} px, answer`, []],
            [`${width} px, sideways scroll`, ['0']],
          ]),
        ),
      );
    },
    240_000,
  );
});

describe('what a lookup costs', () => {
  let measures: LookupMeasure[];
  beforeAll(async () => {
    measures = await measureTerritoryLookup(baseUrl);
  }, 180_000);

  test(`typing a commune until its answer fetches at most ${LOOKUP_BUDGET_BYTES / 1024} KB of the commune index`, () => {
    expect(measures.length).toBeGreaterThan(3);
    for (const { query, lookup } of measures) {
      expect(lookup.requests, query.typed).toBeGreaterThan(1);
      expect(lookup.raw, `${query.typed}: ${lookup.paths.join(' ')}`).toBeLessThanOrEqual(
        LOOKUP_BUDGET_BYTES,
      );
    }
  });

  test('the answer fetches only the practice chunks of its department, region and the national networks (and of its commune and EPCI when they have some)', () => {
    for (const { query, practices } of measures) {
      expect(practices.requests, query.typed).toBeGreaterThanOrEqual(3);
      expect(practices.requests, query.typed).toBeLessThanOrEqual(5);
      expect(
        practices.paths.every((path) =>
          /^\/territory\/practices\/fr\/(department|region|commune|epci)\/[\w-]+\.json$|national\.json$/.test(
            path,
          ),
        ),
        query.typed,
      ).toBe(true);
    }
  });
});
