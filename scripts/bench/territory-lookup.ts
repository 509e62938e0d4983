#!/usr/bin/env node
/**
 * What finding a commune costs a reader of « Pour mon territoire », measured in Chromium against a
 * served build: the page is opened, a query typed one key at a time (as a person types, so the
 * chunks of the shorter prefixes are fetched too), the expected commune chosen with the arrows and
 * Enter, and the answer awaited. Counted: the commune index chunks (the lookup, budget 30 KB) and
 * the practice chunks of the answer, raw as scripts/serve.mjs sends them and gzipped as a host would.
 * Also the sizes of the chunks in a build folder. Used by tests/e2e/my-area.spec.ts (the budget);
 * `npm run bench` can call `measureTerritoryLookup` on its generated builds.
 *
 * Usage: node scripts/bench/territory-lookup.ts [dist] [--json]
 */
import { readdirSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { gzipSync } from 'node:zlib';
import type { Browser } from 'playwright-core';
import { launchBrowser } from '../browser.mjs';
import { startServer } from '../serve.mjs';

/** The budget of one lookup: every chunk of the commune index fetched from the first key to the answer. */
export const LOOKUP_BUDGET_BYTES = 30 * 1024;

/** A query as a reader types it, and the INSEE code of the suggestion they choose. */
export interface LookupQuery {
  typed: string;
  code: string;
}

/**
 * Queries that reach the heaviest paths: a long name through several top chunks, a namesake, a
 * commune déléguée whose successor is in another INSEE chunk, the largest postcode chunk, and a
 * municipal arrondissement whose commune is in another INSEE chunk.
 */
export const lookupQueries: LookupQuery[] = [
  { typed: 'le pre saint gervais', code: '93061' },
  { typed: 'saint etienne du rouvray', code: '76575' },
  { typed: 'seynod', code: '74268' },
  { typed: '62100', code: '62193' },
  { typed: 'paris 15', code: '75115' },
];

/** Bytes and requests of a group of responses. */
export interface Transfer {
  requests: number;
  /** As served, uncompressed. */
  raw: number;
  /** Gzipped, as a host that compresses JSON would send them. */
  gzip: number;
  paths: string[];
}

export interface LookupMeasure {
  query: LookupQuery;
  /** The commune index: manifest, name, top, postcode and INSEE chunks. */
  lookup: Transfer;
  /** The practices of the answer: department, region and national chunks. */
  practices: Transfer;
}

const transfer = (entries: { path: string; raw: number; gzip: number }[]): Transfer => ({
  requests: entries.length,
  raw: entries.reduce((total, entry) => total + entry.raw, 0),
  gzip: entries.reduce((total, entry) => total + entry.gzip, 0),
  paths: entries.map((entry) => entry.path),
});

/**
 * Look each query up on a served site, in a fresh browser context (cold cache) each time.
 * @param baseUrl the site, for example `http://localhost:4321`
 */
export async function measureTerritoryLookup(
  baseUrl: string,
  {
    queries = lookupQueries,
    browser,
    path = '/fr/mon-territoire/',
  }: { queries?: LookupQuery[]; browser?: Browser; path?: string } = {},
): Promise<LookupMeasure[]> {
  const own = browser ? undefined : await launchBrowser();
  const chromium = (browser ?? own)!;
  const measures: LookupMeasure[] = [];
  try {
    for (const query of queries) {
      const context = await chromium.newContext({ viewport: { width: 375, height: 800 } });
      const page = await context.newPage();
      const responses: Promise<{ path: string; raw: number; gzip: number }>[] = [];
      page.on('response', (response) => {
        const { pathname } = new URL(response.url());
        if (!pathname.startsWith('/territory/')) return;
        responses.push(
          response
            .body()
            .then((body) => ({ path: pathname, raw: body.length, gzip: gzipSync(body).length })),
        );
      });
      await page.goto(baseUrl + path);
      await page.locator('[role="combobox"]').pressSequentially(query.typed, { delay: 60 });
      // The list is drawn again as each key's chunks arrive: wait until they all have, then find the
      // option in one step in the page (a handle taken earlier may be of a list already replaced).
      await page.waitForLoadState('networkidle');
      const found = await page.waitForFunction((code) => {
        const option = document.querySelector(`[role="option"][data-code="${code}"]`);
        return option ? [...option.parentElement!.children].indexOf(option) + 1 : 0;
      }, query.code);
      const position = ((await found.jsonValue()) as number) - 1;
      for (let step = 0; step <= position; step++) await page.keyboard.press('ArrowDown');
      await page.keyboard.press('Enter');
      await page.waitForSelector('[data-area-answer]:not([hidden])');
      const done = await Promise.all(responses);
      measures.push({
        query,
        lookup: transfer(done.filter((entry) => entry.path.startsWith('/territory/communes/'))),
        practices: transfer(done.filter((entry) => entry.path.startsWith('/territory/practices/'))),
      });
      await context.close();
    }
  } finally {
    await own?.close();
  }
  return measures;
}

/** How many chunks of each kind a build holds, and their sizes. */
export function communeChunkSizes(
  dist: string,
): Record<string, { files: number; median: number; max: number; total: number }> {
  const root = join(dist, 'territory');
  const files = readdirSync(root, { recursive: true, encoding: 'utf8' })
    .map((file) => relative(root, join(root, file)).split(sep).join('/'))
    .filter((file) => file.endsWith('.json'));
  const kinds = new Map<string, number[]>();
  for (const file of files) {
    const kind = file.startsWith('communes/')
      ? file.split('/')[1]!.replace(/\.json$/, '') === 'index'
        ? 'manifest'
        : file.split('/')[1]!
      : `practices ${file.split('/')[2]!.replace(/\.json$/, '')}`;
    const sizes = kinds.get(kind) ?? [];
    sizes.push(statSync(join(root, file)).size);
    kinds.set(kind, sizes);
  }
  return Object.fromEntries(
    [...kinds].map(([kind, sizes]) => {
      sizes.sort((a, b) => a - b);
      return [
        kind,
        {
          files: sizes.length,
          median: sizes[Math.floor(sizes.length / 2)]!,
          max: sizes.at(-1)!,
          total: sizes.reduce((a, b) => a + b, 0),
        },
      ];
    }),
  );
}

const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;

/** The measures as Markdown tables. */
export function lookupReport(
  measures: LookupMeasure[],
  sizes: ReturnType<typeof communeChunkSizes>,
): string {
  return [
    '| query | lookup requests | lookup raw | lookup gzip | answer practices raw | total raw |',
    '|---|---:|---:|---:|---:|---:|',
    ...measures.map(
      ({ query, lookup, practices }) =>
        `| \`${query.typed}\` → ${query.code} | ${lookup.requests} | ${kb(lookup.raw)} | ${kb(lookup.gzip)} | ${kb(practices.raw)} | ${kb(lookup.raw + practices.raw)} |`,
    ),
    '',
    '| chunks | files | median | max | total |',
    '|---|---:|---:|---:|---:|',
    ...Object.entries(sizes).map(
      ([kind, size]) =>
        `| ${kind} | ${size.files} | ${kb(size.median)} | ${kb(size.max)} | ${kb(size.total)} |`,
    ),
  ].join('\n');
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const { values, positionals } = parseArgs({
    options: { json: { type: 'boolean' } },
    allowPositionals: true,
  });
  const dist = positionals[0] ?? 'dist';
  const { server, url } = await startServer({ root: dist, port: 0 });
  try {
    const measures = await measureTerritoryLookup(url);
    const sizes = communeChunkSizes(dist);
    console.log(
      values.json ? JSON.stringify({ measures, sizes }, null, 2) : lookupReport(measures, sizes),
    );
  } finally {
    server.close();
  }
}
