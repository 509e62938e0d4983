import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import yaml from 'js-yaml';
import type { Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import type { Locale } from '../../src/i18n/config.ts';
import { contentDir } from '../../src/data/content-dir.ts';
import { resolveTerritory } from '../../src/territory/resolve.ts';
import { useBrowser } from './support/browser.ts';
import { contentCases, structured } from './support/site-content.ts';
import { inParallel, SITE_WALK_WIDTH } from './support/parallel.ts';
import { everyPage } from './support/site-pages.ts';

// RGAA 8.7 (WCAG 3.1.2): every change of language is marked, so that a screen reader reads a
// French name on an English page with a French voice. The names are derived here from the data,
// independently of the site's own list: if the site stops marking one, a page here says where.

const { baseUrl, newPage } = useBrowser();

/** Every commune, EPCI, department and region name the site shows, from the official data of each case's territory. */
const territoryNames = [
  ...new Set(
    contentCases().flatMap((entry) => {
      const territory = resolveTerritory(structured(entry).territory);
      return [
        territory.officialName,
        ...territory.departments.map((department) => department.name),
        territory.region?.name,
      ];
    }),
  ),
].filter((name): name is string => Boolean(name));

/** The titles of the sources written in French. */
const frenchSourceTitles = (
  yaml.load(readFileSync(join(contentDir, 'sources.yaml'), 'utf8')) as {
    title: string;
    language: Locale;
  }[]
)
  .filter((source) => source.language === 'fr')
  .map((source) => source.title);

/** The English phrases French texts mark by hand (`<span lang="en">learning lab</span>`). */
const englishPhrases = [
  ...new Set(
    ['cases', 'voices', 'pages'].flatMap((collection) =>
      readdirSync(join(contentDir, collection, 'fr')).flatMap((file) =>
        [
          ...readFileSync(join(contentDir, collection, 'fr', file), 'utf8').matchAll(
            /<span lang="en">([^<]+)<\/span>/g,
          ),
        ].map((match) => match[1]!),
      ),
    ),
  ),
];

const pages = everyPage();
const englishPages = pages.filter((path) => path.startsWith('/en/'));
const frenchPages = pages.filter((path) => path.startsWith('/fr/'));
/** The pages a walk of the site opens, one per task running at once (closed with the test). */
const walkers = () => Promise.all(Array.from({ length: SITE_WALK_WIDTH }, () => newPage()));

/**
 * The text under `root` that is not inside an element of `lang`: one string per block, with a
 * break wherever text in `lang` interrupts it. Text no reader gets is left out (scripts, `hidden`
 * elements, `<noscript>` when scripts run), and so are SVG `<title>`s: like attribute values, they
 * cannot hold a change of language.
 */
function unmarkedText(page: Page, lang: Locale, root = 'body'): Promise<string[]> {
  return page.evaluate(
    ([lang, root]) => {
      const blocks = new Map<Element, string[]>();
      const blockOfParent = new Map<Element, Element>();
      const blockOf = (element: Element): Element => {
        let block = blockOfParent.get(element);
        if (!block) {
          block =
            !getComputedStyle(element).display.startsWith('inline') || !element.parentElement
              ? element
              : blockOf(element.parentElement);
          blockOfParent.set(element, block);
        }
        return block;
      };
      const walker = document.createTreeWalker(document.querySelector(root)!, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const parent = node.parentElement!;
        if (parent.closest('script, style, template, noscript, [hidden], svg title')) continue;
        const block = blockOf(parent);
        const texts = blocks.get(block) ?? [];
        texts.push(
          parent.closest('[lang]')?.getAttribute('lang') === lang ? '\u0000' : node.textContent!,
        );
        blocks.set(block, texts);
      }
      return [...blocks.values()].flatMap((texts) => texts.join('').split('\u0000'));
    },
    [lang, root] as const,
  );
}

const apostrophes = /['’ʼ]/g;
/** The phrases of a list that occur in a text as whole words (any apostrophe, any run of spaces). */
function occurrences(text: string, phrases: readonly string[]): string[] {
  const plain = text.replace(apostrophes, "'").replace(/\s+/g, ' ');
  return phrases.filter((phrase) => {
    const pattern = phrase
      .replace(apostrophes, "'")
      .replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
      .replace(/\s+/g, '\\s');
    return new RegExp(`(?<![\\p{L}\\p{N}-])${pattern}(?![\\p{L}\\p{N}-])`, 'u').test(plain);
  });
}

/** Each phrase found outside `lang` on a page, with the text around it. */
async function unmarked(
  page: Page,
  lang: Locale,
  phrases: readonly string[],
  root?: string,
): Promise<string[]> {
  return (await unmarkedText(page, lang, root)).flatMap((text) =>
    occurrences(text, phrases).map(
      (phrase) => `“${phrase}” in “${text.replace(/\s+/g, ' ').trim().slice(0, 120)}”`,
    ),
  );
}

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

  test('on every English page, each French place name and French source title is inside an element marked lang="fr"', async () => {
    const found: string[] = [];
    let marked = 0;
    await inParallel(englishPages, await walkers(), async (path, page) => {
      await page.goto(baseUrl + path);
      found.push(
        ...(await unmarked(page, 'fr', [...territoryNames, ...frenchSourceTitles])).map(
          (problem) => `${path}: ${problem}`,
        ),
      );
      marked += await page.$$eval('body [lang="fr"]', (elements) => elements.length);
    });
    expect(found.sort()).toEqual([]);
    // The check above passes trivially on pages without names: make sure they were there to see.
    // (464 marks on the English pages when the listings became bounded pages: well above 300.)
    expect(marked).toBeGreaterThan(300);
  }, 600_000);

  test('on every French page, each English phrase the content marks is marked wherever it appears', async () => {
    const found: string[] = [];
    await inParallel(frenchPages, await walkers(), async (path, page) => {
      await page.goto(baseUrl + path);
      found.push(
        ...(await unmarked(page, 'en', englishPhrases)).map((problem) => `${path}: ${problem}`),
      );
    });
    expect(found.sort()).toEqual([]);
    const ecla = await newPage();
    await ecla.goto(`${baseUrl}/fr/pratiques/ecla-champagne-au-mont-d-or/`);
    expect(await ecla.locator('h1 [lang="en"]').textContent()).toBe('learning lab');
  }, 600_000);

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
