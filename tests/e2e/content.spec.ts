import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, resolve, sep } from 'node:path';
import yaml from 'js-yaml';
import { describe, expect, test } from 'vitest';
import { locales } from '../../src/i18n/config.ts';
import { localizedPath } from '../../src/i18n/routes.ts';
import { useTranslations } from '../../src/i18n/translate.ts';
import { useBrowser } from './support/browser.ts';

const { baseUrl, newPage } = useBrowser();
const root = resolve(import.meta.dirname, '../..');
const dist = join(root, 'dist');

/** The address of every page and data file the build published (the search index is derived from the pages). */
function publishedPaths(directory = dist): string[] {
  return readdirSync(directory, { withFileTypes: true }).flatMap((item) => {
    const path = join(directory, item.name);
    if (item.isDirectory())
      return item.name === 'pagefind' || item.name === '_astro' ? [] : publishedPaths(path);
    if (!/\.(html|json|csv|xml|txt)$/.test(item.name)) return [];
    return [`/${relative(dist, path).split(sep).join('/')}`.replace(/(^|\/)index\.html$/, '$1')];
  });
}

/** The French or English case files, with the frontmatter a reader should see on the page. */
function readCases(locale: (typeof locales)[number]) {
  const directory = join(root, 'content/cases', locale);
  return readdirSync(directory)
    .filter((file) => file.endsWith('.mdx'))
    .map((file) => {
      const frontmatter = yaml.load(
        readFileSync(join(directory, file), 'utf8').split(/^---$/m)[1]!,
      ) as {
        title: string;
        actors: { name: string }[];
        levels: string[];
        authorities: string[];
        inferred?: string[];
      };
      return { slug: file.replace(/\.mdx$/, ''), locale, ...frontmatter };
    });
}

describe('the published content', () => {
  test('shows none of the machine-translation slips of the English sources on any page or data file', () => {
    const slips = /gas pedals?|villa internet|digitalb|internet cities/i;
    const paths = publishedPaths();
    expect(paths.length).toBeGreaterThan(50);
    const found: string[] = [];
    // Read from the built files: the server sends them as they are, and the pages link only to
    // files that exist (links.spec.ts).
    for (const path of paths) {
      const file = join(dist, path.endsWith('/') ? `${path}index.html` : path);
      const text = readFileSync(file, 'utf8')
        .replace(/<[^>]+>/g, ' ')
        .replace(/\s+/g, ' ');
      const match = slips.exec(text);
      if (match) found.push(`${path}: "${match[0]}"`);
    }
    expect(found).toEqual([]);
  });

  test.each(
    locales.flatMap((locale) =>
      readCases(locale).map((entry) => [`${entry.locale}/${entry.slug}`, entry] as const),
    ),
  )(
    'the case %s is published in its own language with its title, who did what, and its guided sections',
    async (_, entry) => {
      const t = useTranslations(entry.locale);
      const page = await newPage();
      const response = await page.goto(
        baseUrl + localizedPath(entry.locale, 'practices', entry.slug),
      );
      expect(response?.status()).toBe(200);
      expect(await page.getAttribute('html', 'lang')).toBe(entry.locale);
      expect(await page.locator('[data-fallback-from]').count()).toBe(0);
      expect(await page.textContent('h1')).toBe(entry.title);
      const actors = (await page.getByRole('region', { name: t('case.actors') }).textContent())!;
      for (const actor of entry.actors) expect(actors).toContain(actor.name);
      const context = entry.locale === 'fr' ? 'Contexte' : 'Context';
      const done = entry.locale === 'fr' ? 'Ce qui a été fait' : 'What was done';
      expect(
        await page.getByRole('heading', { level: 2, name: context, exact: true }).isVisible(),
      ).toBe(true);
      expect(
        await page.getByRole('heading', { level: 2, name: done, exact: true }).isVisible(),
      ).toBe(true);
    },
  );

  /** The heading of each field a case may mark as inferred, in its facts box. */
  const factHeadings = {
    territory: 'case.territory',
    authorities: 'case.authority',
    continuity: 'case.continuity',
    levels: 'case.levels',
    audiences: 'case.audiences',
  } as const;

  test.each(
    locales.flatMap((locale) =>
      readCases(locale).map((entry) => [`${entry.locale}/${entry.slug}`, entry] as const),
    ),
  )(
    'the facts of %s mark as inferred exactly the fields its file lists, explain the mark, and say when the source names nothing',
    async (_, entry) => {
      const t = useTranslations(entry.locale);
      const page = await newPage();
      await page.goto(baseUrl + localizedPath(entry.locale, 'practices', entry.slug));
      const facts = await page.$$eval('.facts dt', (terms) =>
        Object.fromEntries(
          terms.map((term) => {
            const value = term.nextElementSibling as HTMLElement;
            return [
              term.textContent!.trim(),
              { text: value.innerText.trim(), marked: value.querySelector('.inferred') !== null },
            ];
          }),
        ),
      );
      const inferred = entry.inferred ?? [];
      for (const [field, key] of Object.entries(factHeadings)) {
        const shown = facts[t(key)]!;
        expect(shown, field).toBeDefined();
        expect(shown.marked, `${field}: ${shown.text}`).toBe(inferred.includes(field));
        expect(shown.text.includes(`(${t('case.inferred')})`), `${field}: ${shown.text}`).toBe(
          inferred.includes(field),
        );
      }
      for (const field of ['levels', 'authorities'] as const)
        expect(facts[t(factHeadings[field])]!.text.startsWith(t('case.notStated')), field).toBe(
          entry[field].length === 0,
        );
      const note = page.locator('#facts-inferred');
      if (inferred.length === 0) {
        expect(await note.count()).toBe(0);
        return;
      }
      expect(await note.textContent()).toBe(t('case.inferredNote'));
      // Each mark is a link that leads to the note.
      const marks = page.locator('.facts .inferred a');
      expect(await marks.count()).toBe(inferred.length);
      for (const href of await marks.evaluateAll((links) =>
        links.map((link) => link.getAttribute('href')),
      ))
        expect(href).toBe('#facts-inferred');
    },
  );
});
