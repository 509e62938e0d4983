import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, test } from 'vitest';
import { localeTags } from '../../src/i18n/config.ts';
import { parsePath } from '../../src/i18n/routes.ts';
import { decodeEntities } from '../../src/utils/html-entities.ts';
import { type BuiltPage, documentTitle, metaContent, readBuiltPage } from './support/built-html.ts';
import { untranslatedFixture } from './support/fixture.ts';
import {
  distDir,
  everyPage,
  fallbackPaths,
  fixtureDistDir,
  isNoindex,
  sitemapPaths,
  unlistedPaths,
} from './support/site-pages.ts';

// What search engines and link previews read, from the built files. The canonical link, Open Graph
// tags and hreflang alternates of every page are checked in data.spec.ts ("sitemap and metadata").

const pages = new Map<string, BuiltPage>();
const indexable = sitemapPaths();

/** The JSON-LD blocks of a page, parsed. */
const jsonLd = (page: BuiltPage): Record<string, unknown>[] =>
  page.tags
    .filter((tag) => tag.name === 'script' && tag.attributes.get('type') === 'application/ld+json')
    .map((tag) => JSON.parse(tag.text!) as Record<string, unknown>);

/** The first `<h1>` of a page, as text. */
const heading = (page: BuiltPage) =>
  decodeEntities(
    /<h1[^>]*>([\s\S]*?)<\/h1>/
      .exec(page.html)![1]!
      .replace(/<[^>]+>/g, '')
      .trim(),
  );

describe('what search engines read', () => {
  beforeAll(() => {
    for (const path of everyPage()) pages.set(path, readBuiltPage(distDir, path));
  });

  test('every page has a title and a description, and no two pages open to search engines share one', () => {
    const missing = [...pages.values()]
      .filter((page) => !documentTitle(page)?.trim() || !metaContent(page, 'description')?.trim())
      .map((page) => page.path);
    expect(missing).toEqual([]);
    const shared = (read: (page: BuiltPage) => string | undefined) => {
      const byValue = new Map<string, string[]>();
      for (const path of indexable) {
        const value = read(pages.get(path)!)!;
        byValue.set(value, [...(byValue.get(value) ?? []), path]);
      }
      return [...byValue].filter(([, paths]) => paths.length > 1);
    };
    expect(shared(documentTitle)).toEqual([]);
    expect(shared((page) => metaContent(page, 'description'))).toEqual([]);
  });

  test('every page the sitemap leaves out asks not to be indexed, and no listed page does', () => {
    expect(unlistedPaths().filter((path) => !isNoindex(distDir, path))).toEqual([]);
    expect(indexable.filter((path) => isNoindex(distDir, path))).toEqual([]);
  });

  test('every case page describes itself with schema.org data that agrees with the page', () => {
    const cases = indexable.filter(
      (path) =>
        parsePath(path)?.section === 'practices' &&
        parsePath(path)?.slug &&
        !parsePath(path)?.facet,
    );
    expect(cases.length).toBeGreaterThanOrEqual(20);
    for (const path of cases) {
      const page = pages.get(path)!;
      const blocks = jsonLd(page);
      expect(blocks, path).toHaveLength(1);
      const [article] = blocks;
      const canonical = page.tags
        .find((tag) => tag.name === 'link' && tag.attributes.get('rel') === 'canonical')!
        .attributes.get('href');
      expect(article, path).toMatchObject({
        '@context': 'https://schema.org',
        '@type': 'Article',
        headline: heading(page),
        description: metaContent(page, 'description'),
        url: canonical,
        inLanguage: localeTags[parsePath(path)!.locale],
        license: 'https://creativecommons.org/licenses/by/4.0/',
      });
      expect((article!.contributor as unknown[]).length, path).toBeGreaterThan(0);
      expect(article!.isBasedOn, path).toMatchObject({ '@type': 'CreativeWork' });
      expect(String(article!.dateModified), path).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    }
  });

  test('an untranslated copy has no structured data of its own (its canonical is the original)', async () => {
    await untranslatedFixture();
    const copies = fallbackPaths(fixtureDistDir).filter(
      (path) => parsePath(path)?.section === 'practices',
    );
    expect(copies.length).toBeGreaterThan(0);
    for (const path of copies)
      expect(jsonLd(readBuiltPage(fixtureDistDir, path)), path).toEqual([]);
  });

  test('robots.txt lets search engines in', () => {
    const robots = readFileSync(join(distDir, 'robots.txt'), 'utf8');
    expect(robots).toMatch(/^User-agent: \*$/m);
    expect(robots).not.toMatch(/^Disallow: \/\s*$/m);
  });

  test('every page names the site’s icon, an SVG that exists', () => {
    const icons = new Set(
      [...pages.values()].map((page) =>
        page.tags
          .find((tag) => tag.name === 'link' && tag.attributes.get('rel') === 'icon')
          ?.attributes.get('href'),
      ),
    );
    expect([...icons]).toEqual(['/favicon.svg']);
    expect(existsSync(join(distDir, 'favicon.svg'))).toBe(true);
    expect(readFileSync(join(distDir, 'favicon.svg'), 'utf8')).toMatch(/^<svg[\s\S]*<\/svg>\s*$/);
  });
});
