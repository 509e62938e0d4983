import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { z } from 'astro/zod';
import { describe, expect, inject, test } from 'vitest';
import { locales, type Locale } from '../../src/i18n/config.ts';
import { localizedPath } from '../../src/i18n/routes.ts';
import { readVocabularies } from '../../src/data/vocabularies.ts';
import { caseSchema } from '../../src/schemas/case.ts';
import { useBrowser } from './support/browser.ts';
import { untranslatedFixture } from './support/fixture.ts';
import { inParallel, SITE_WALK_WIDTH } from './support/parallel.ts';
import { contentCases, structured } from './support/site-content.ts';

const { baseUrl, newPage } = useBrowser();
const cases = contentCases();

const get = async (url: string) => {
  const response = await fetch(url);
  expect(response.status, url).toBe(200);
  return response;
};
const text = async (path: string, base = baseUrl) => (await get(base + path)).text();

/** A minimal RFC 4180 reader: quoted cells may hold commas, quotes (doubled) and line breaks. */
function parseCsv(source: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < source.length; i++) {
    const char = source[i]!;
    if (quoted) {
      if (char === '"' && source[i + 1] === '"') ((cell += '"'), i++);
      else if (char === '"') quoted = false;
      else cell += char;
    } else if (char === '"') quoted = true;
    else if (char === ',') (row.push(cell), (cell = ''));
    else if (char === '\n')
      (row.push(cell.replace(/\r$/, '')), rows.push(row), (row = []), (cell = ''));
    else cell += char;
  }
  if (cell || row.length) rows.push([...row, cell]);
  return rows;
}

/** Every leaf field of the case schema, read from zod's own JSON Schema: `territory.code`, `actors[].name`. */
function schemaLeaves(
  node: { properties?: Record<string, any>; items?: any } = z.toJSONSchema(
    caseSchema(readVocabularies()),
    {
      unrepresentable: 'any',
    },
  ) as any,
  prefix = '',
): string[] {
  return Object.entries(node.properties ?? {}).flatMap(([key, child]) => {
    if (child.type === 'object') return schemaLeaves(child, `${prefix}${key}.`);
    if (child.type === 'array' && child.items?.type === 'object')
      return schemaLeaves(child.items, `${prefix}${key}[].`);
    return [`${prefix}${key}`];
  });
}

/** Every leaf field of a record; a `{ fr, en }` text counts as one field, as in the codebook. */
function recordLeaves(value: unknown, prefix = ''): string[] {
  const here = prefix.slice(0, -1);
  if (value === null || typeof value !== 'object') return [here];
  if (Array.isArray(value))
    return value.some((item) => item && typeof item === 'object')
      ? value.flatMap((item) => recordLeaves(item, `${here}[].`))
      : [here];
  if (Object.keys(value).sort().join() === [...locales].sort().join()) return [here];
  return Object.entries(value).flatMap(([key, child]) => recordLeaves(child, `${prefix}${key}.`));
}

const isoDate = (value: unknown) =>
  value instanceof Date ? value.toISOString().slice(0, 10) : String(value);

describe('open data', () => {
  test('cases.json parses and has every case, each text in every language it is written in, with its structured fields', async () => {
    const data = JSON.parse(await text('/data/cases.json'));
    expect(data.cases.map((record: { id: string }) => record.id).sort()).toEqual(
      cases.map((entry) => entry.slug),
    );
    for (const entry of cases) {
      const record = data.cases.find((candidate: { id: string }) => candidate.id === entry.slug);
      const fields = structured(entry);
      expect(record.languages).toEqual(locales.filter((locale) => entry.locales.includes(locale)));
      for (const locale of locales) {
        const version = entry.data[locale];
        expect(record.title[locale], `${entry.slug} ${locale}`).toBe(version?.title ?? null);
        expect(record.summary[locale]).toBe(version?.summary ?? null);
        expect(
          record.actors.map((actor: { name: Record<Locale, string> }) => actor.name[locale]),
        ).toEqual(
          version
            ? (version.actors as { name: string }[]).map((actor) => actor.name)
            : (fields.actors as unknown[]).map(() => null),
        );
        if (version)
          expect(new URL(record.url[locale]).pathname).toBe(
            localizedPath(locale, 'practices', entry.slug),
          );
      }
      for (const field of ['continuity', 'themes', 'levels', 'audiences', 'authorities', 'status'])
        expect(record[field], `${entry.slug} ${field}`).toEqual(fields[field]);
      expect(record.proposals).toEqual(fields.proposals ?? []);
      // The fields a case deduced rather than read in its source stay marked for reusers.
      expect(record.inferred, `${entry.slug} inferred`).toEqual(fields.inferred ?? []);
      expect(record.lastReviewed).toBe(isoDate(fields.lastReviewed));
      expect(record.territory).toMatchObject({
        scope: fields.territory.scope,
        code: fields.territory.code ?? null,
      });
      expect(record.actors.map((actor: { type: string }) => actor.type)).toEqual(
        (fields.actors as { type: string }[]).map((actor) => actor.type),
      );
      expect(record.source.id).toBe((fields.source as { id: string }).id);
    }
  });

  test('the address of each case in cases.json is its page, with the same title', async () => {
    const data = JSON.parse(await text('/data/cases.json'));
    const versions = (
      data.cases as {
        languages: Locale[];
        url: Record<Locale, string>;
        title: Record<Locale, string>;
      }[]
    ).flatMap((record) =>
      record.languages.map((locale) => ({
        path: new URL(record.url[locale]).pathname,
        title: record.title[locale],
      })),
    );
    const pages = await Promise.all(Array.from({ length: SITE_WALK_WIDTH }, () => newPage()));
    await inParallel(versions, pages, async ({ path, title }, page) => {
      await page.goto(baseUrl + path);
      expect(await page.textContent('h1'), path).toBe(title);
    });
  });

  test('cases.csv has the codebook’s columns and the same rows as cases.json', async () => {
    const [header, ...rows] = parseCsv(await text('/data/cases.csv'));
    const { cases: records } = JSON.parse(await text('/data/cases.json'));
    const { fields } = JSON.parse(await text('/data/codebook.json'));
    expect(header).toEqual(fields.flatMap((field: { columns: string[] }) => field.columns));
    expect(rows).toHaveLength(records.length);
    rows.forEach((row, index) => {
      const cell = (name: string) => row[header!.indexOf(name)];
      const record = records[index];
      expect(cell('id')).toBe(record.id);
      for (const locale of locales)
        expect(cell(`title_${locale}`)).toBe(record.title[locale] ?? '');
      expect(cell('themes')).toBe(record.themes.join('|'));
      expect(cell('inferred')).toBe(record.inferred.join('|'));
      expect(cell('actors_type')).toBe(
        record.actors.map((actor: { type: string }) => actor.type).join('|'),
      );
      expect(cell('territory_population')).toBe(
        record.territory.population === null ? '' : String(record.territory.population),
      );
    });
  });

  test('the codebook lists every field of the case schema, and every field of the records', async () => {
    const { fields } = JSON.parse(await text('/data/codebook.json'));
    const documented = fields.map((field: { field: string }) => field.field);
    expect(documented).toEqual(expect.arrayContaining(schemaLeaves()));
    const { cases: records } = JSON.parse(await text('/data/cases.json'));
    const used = new Set(records.flatMap((record: unknown) => recordLeaves(record)));
    // An empty list of objects or a null object (a national network has no department, no region) shows its parent only.
    for (const field of used)
      expect(
        documented.some(
          (name: string) =>
            name === field || name.startsWith(`${field}[].`) || name.startsWith(`${field}.`),
        ),
        String(field),
      ).toBe(true);
    for (const field of fields) expect(field.description, field.field).not.toBe('');
  });

  test.each(locales)(
    'the data page (%s) links the files, states the licence and shows the codebook as a table',
    async (locale) => {
      const page = await newPage();
      await page.goto(baseUrl + localizedPath(locale, 'data'));
      for (const file of ['/data/cases.json', '/data/cases.csv', '/data/codebook.json'])
        expect(await page.$(`main a[href="${file}"]`), file).not.toBeNull();
      expect(await page.textContent('main')).toContain('CC BY 4.0');
      expect(await page.textContent('main')).toContain('Licence Ouverte');
      const { fields } = JSON.parse(await text('/data/codebook.json'));
      expect(
        await page.$$eval('table.codebook tbody th > code', (cells) =>
          cells.map((cell) => cell.textContent),
        ),
      ).toEqual(fields.map((field: { field: string }) => field.field));
    },
  );
});

describe('feeds', () => {
  test.each(locales)(
    'the %s RSS feed parses and lists every case, linking to its page',
    async (locale) => {
      const page = await newPage();
      await page.goto(`${baseUrl}/${locale}/`);
      expect(
        await page.getAttribute('link[rel=alternate][type="application/rss+xml"]', 'href'),
      ).toBe(`/${locale}/rss.xml`);
      const xml = await text(`/${locale}/rss.xml`);
      const feed = await page.evaluate((source) => {
        const doc = new DOMParser().parseFromString(source, 'application/xml');
        return {
          error: doc.querySelector('parsererror')?.textContent ?? null,
          items: [...doc.querySelectorAll('item')].map((item) => ({
            title: item.querySelector('title')?.textContent,
            link: item.querySelector('link')?.textContent,
            date: item.querySelector('pubDate')?.textContent,
          })),
        };
      }, xml);
      expect(feed.error).toBeNull();
      expect(feed.items.map((item) => new URL(item.link!).pathname).sort()).toEqual(
        cases
          .map((entry) =>
            localizedPath(
              entry.locales.includes(locale) ? locale : entry.locales[0]!,
              'practices',
              entry.slug,
            ),
          )
          .sort(),
      );
      for (const item of feed.items) {
        const entry = cases.find((candidate) =>
          new URL(item.link!).pathname.endsWith(`/${candidate.slug}/`),
        )!;
        expect(item.title).toBe((entry.data[locale] ?? structured(entry)).title);
        expect(new Date(item.date!).toISOString().slice(0, 10)).toBe(
          isoDate(structured(entry).lastReviewed),
        );
      }
    },
  );
});

/** Every HTML page of a built site, as paths, with what its head says. */
function builtPages(dist: string) {
  const pages: { path: string; noindex: boolean; hreflang: Record<string, string> }[] = [];
  const walk = (folder: string) => {
    for (const name of readdirSync(folder)) {
      const file = join(folder, name);
      if (statSync(file).isDirectory()) walk(file);
      else if (name === 'index.html') {
        const html = readFileSync(file, 'utf8');
        const path = `/${relative(dist, folder).split(sep).join('/')}/`.replace(/^\/\/$/, '/');
        const hreflang = Object.fromEntries(
          [...html.matchAll(/<link rel="alternate" hreflang="([^"]+)" href="([^"]+)"/g)].map(
            ([, lang, href]) => [lang!, new URL(href!).pathname],
          ),
        );
        pages.push({
          path,
          noindex: /<meta name="robots" content="[^"]*noindex/.test(html),
          hreflang,
        });
      }
    }
  };
  walk(dist);
  return pages;
}

/** The entries of a built site's sitemap: page path → its alternates (hreflang → path). */
async function sitemapEntries(base: string) {
  const index = await text('/sitemap-index.xml', base);
  const entries = new Map<string, Record<string, string>>();
  for (const [, sitemap] of index.matchAll(/<loc>([^<]+)<\/loc>/g)) {
    const xml = await text(new URL(sitemap!).pathname, base);
    for (const [, body] of xml.matchAll(/<url>(.*?)<\/url>/gs)) {
      const loc = new URL(/<loc>([^<]+)<\/loc>/.exec(body!)![1]!).pathname;
      entries.set(
        loc,
        Object.fromEntries(
          [...body!.matchAll(/hreflang="([^"]+)" href="([^"]+)"/g)].map(([, lang, href]) => [
            lang!,
            new URL(href!).pathname,
          ]),
        ),
      );
    }
  }
  return entries;
}

describe('sitemap and metadata', () => {
  test('the sitemap lists every indexable page, in both languages, with the alternates each page declares', async () => {
    const pages = builtPages('dist').filter((page) => !page.noindex);
    const entries = await sitemapEntries(baseUrl);
    expect([...entries.keys()].sort()).toEqual(pages.map((page) => page.path).sort());
    for (const page of pages) expect(entries.get(page.path), page.path).toEqual(page.hreflang);
    for (const locale of locales)
      expect(entries.has(localizedPath(locale, 'territories'))).toBe(true);
  });

  test('an untranslated copy is neither listed nor offered as a translation', async () => {
    await untranslatedFixture();
    const fixtureUrl = inject('fixtureUrl');
    const entries = await sitemapEntries(fixtureUrl);
    const copy = '/en/practices/lab28-la-loupe/';
    expect(entries.has(copy)).toBe(false);
    for (const [path, alternates] of entries)
      expect(Object.values(alternates), path).not.toContain(copy);
    expect(entries.get('/fr/pratiques/lab28-la-loupe/')).toEqual({
      fr: '/fr/pratiques/lab28-la-loupe/',
      'x-default': '/fr/pratiques/lab28-la-loupe/',
    });
  });

  test('robots.txt points to the sitemap', async () => {
    expect(await text('/robots.txt')).toMatch(/^Sitemap: https?:\/\/[^/]+\/sitemap-index\.xml$/m);
  });

  test('every page of the sitemap has a canonical link and Open Graph tags that agree with it', async () => {
    const entries = await sitemapEntries(baseUrl);
    for (const path of entries.keys()) {
      const html = await text(path);
      const canonical = /<link rel="canonical" href="([^"]+)"/.exec(html)?.[1];
      expect(canonical, path).toBeDefined();
      expect(new URL(canonical!).pathname, path).toBe(path);
      for (const property of ['og:title', 'og:description', 'og:type', 'og:site_name', 'og:locale'])
        expect(html, `${path} ${property}`).toMatch(
          new RegExp(`<meta property="${property}" content="[^"]+"`),
        );
      expect(/<meta property="og:url" content="([^"]+)"/.exec(html)?.[1], path).toBe(canonical);
    }
  });
});
