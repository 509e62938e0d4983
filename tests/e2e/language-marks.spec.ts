import { describe, expect, test } from 'vitest';
import { useBrowser } from './support/browser.ts';
import { readBuiltPage } from './support/built-html.ts';
import {
  englishPhrases,
  frenchSourceTitles,
  territoryNames,
  unmarked,
} from './support/language-marks.ts';
import { distDir, everyPage } from './support/site-pages.ts';

// RGAA 8.7 (WCAG 3.1.2): every change of language is marked. Every page of the build is checked in
// the walk of a11y.spec.ts (one page load for axe, reflow and the marks); here, the names it looks
// for, and the text that the scripts write (search results, comparisons).

const { baseUrl, newPage } = useBrowser();

const englishPages = everyPage().filter((path) => path.startsWith('/en/'));

describe('changes of language are marked (RGAA 8.7)', () => {
  test('the names to look for come from the data: territories of every case, French source titles, English phrases', () => {
    expect(territoryNames).toEqual(
      expect.arrayContaining([
        "Champagne-au-Mont-d'Or",
        'Eure-et-Loir',
        'Centre-Val de Loire',
        'CC de Parthenay-Gâtine',
        'Le Pré-Saint-Gervais',
      ]),
    );
    expect(territoryNames.length).toBeGreaterThan(20);
    expect(frenchSourceTitles.length).toBeGreaterThan(0);
    expect(englishPhrases).toEqual(expect.arrayContaining(['learning lab']));
  });

  test('the English pages have French names to mark: the walk of every page (a11y.spec.ts) does not pass for want of them', () => {
    // Counted in the built files: the reading pages have no script that could add or remove marks.
    // (464 marks on the English pages when the listings became bounded pages: well above 300.)
    const marks = englishPages
      .map((path) => readBuiltPage(distDir, path))
      .flatMap((page) =>
        page.tags.filter(
          (tag) => tag.offset > page.html.indexOf('<body') && tag.attributes.get('lang') === 'fr',
        ),
      );
    expect(marks.length).toBeGreaterThan(300);
  });

  test('the phrase a French text marks as English is marked in the title of its practice', async () => {
    const ecla = await newPage();
    await ecla.goto(`${baseUrl}/fr/pratiques/ecla-champagne-au-mont-d-or/`);
    expect(await ecla.locator('h1 [lang="en"]').textContent()).toBe('learning lab');
  });

  test('search results mark the French names of places in titles, territories and excerpts', async () => {
    const page = await newPage();
    await page.goto(`${baseUrl}/en/search/?q=Brest`);
    await page.waitForSelector('[data-results] li');
    // The results, not the status line, which repeats what the reader typed.
    expect(await unmarked(page, 'fr', territoryNames, '[data-results]')).toEqual([]);
    expect(
      await page.$$eval('[data-results] .search-excerpt [lang="fr"]', (spans) =>
        spans.map((span) => span.textContent),
      ),
    ).toContain('Brest');
    expect(
      await page.$$eval('[data-results] .card-meta [lang="fr"]', (spans) => spans.length),
    ).toBeGreaterThan(0);
  });

  test('a comparison marks the French names of places in the cells the script fills', async () => {
    const page = await newPage();
    await page.goto(`${baseUrl}/en/compare/?cases=lab28-la-loupe,ecla-champagne-au-mont-d-or`);
    await page.waitForSelector('[data-compare-table]:not([hidden])');
    expect(await unmarked(page, 'fr', territoryNames)).toEqual([]);
    expect(
      await page.$$eval('.compare-table [lang="fr"]', (spans) =>
        spans.map((span) => span.textContent),
      ),
    ).toEqual(
      expect.arrayContaining([
        'La Loupe',
        'Eure-et-Loir',
        'Centre-Val de Loire',
        'Champagne-au-Mont-d’Or',
      ]),
    );
  });
});
