#!/usr/bin/env node
// What search costs a reader, measured in Chromium against a built site: the search page before
// typing, the first search (which fetches Pagefind, its WebAssembly and the index chunks it needs)
// and a second one, in bytes, requests and time; and the size of the index per page.
//
// Usage: npm run bench:search -- [dist] [--runs 7] [--locale fr|en] [--query école] [--second parents] [--json]
// Each measure is taken on a phone (375 px: the filter panel is folded, so its counts are not
// fetched) and on a desktop (1280 px: the panel is open and the filter index comes with the first search).
// The dist folder defaults to dist/ (build it first); point it at a bigger build to see how search scales.
// Medians over fresh browser contexts (cold cache each time). Not part of `npm test`: timings
// depend on the machine. Byte budgets are also checked by tests/e2e/search.spec.ts. The site benchmark
// (scripts/bench/bench.ts) imports `measureSearch` to measure search on its generated builds.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { gzipSync } from 'node:zlib';
import { launchBrowser } from '../browser.mjs';
import { startServer } from '../serve.mjs';

// What a static host compresses; Pagefind's own index files are gzipped already and sent as they are.
const compressible = /^(text\/|application\/(javascript|json|xml)|image\/svg)/;

/** Record every response of a page from now on: its size as served (scripts/serve.mjs does not compress) and gzipped as a host would send it. */
function recorder(page) {
  const entries = [];
  page.on('response', (response) => {
    // The browser fetches the icon when it likes; it is not part of searching.
    if (response.url().endsWith('/favicon.svg')) return;
    entries.push(
      response.body().then(
        (body) => {
          const type = response.headers()['content-type'] ?? '';
          return {
            url: response.url(),
            raw: body.length,
            sent: compressible.test(type) ? gzipSync(body).length : body.length,
          };
        },
        () => ({ url: response.url(), raw: 0, sent: 0 }),
      ),
    );
  });
  return {
    mark: () => entries.length,
    async since(mark) {
      const done = await Promise.all(entries.slice(mark));
      return {
        requests: done.length,
        raw: sum(done.map((entry) => entry.raw)),
        sent: sum(done.map((entry) => entry.sent)),
        urls: done.map((entry) => entry.url),
      };
    },
  };
}

/** Wait until no request has been in flight for a while (Playwright's networkidle only follows the page load). */
function network(page) {
  let inFlight = 0;
  page.on('request', () => (inFlight += 1));
  page.on('requestfinished', () => (inFlight -= 1));
  page.on('requestfailed', () => (inFlight -= 1));
  return {
    async quiet(ms = 400) {
      await page.waitForSelector('[data-facets]:not([aria-busy])', { state: 'attached' });
      let since = Date.now();
      while (Date.now() - since < ms) {
        await new Promise((done) => setTimeout(done, 50));
        if (inFlight > 0) since = Date.now();
      }
    },
  };
}

const sum = (numbers) => numbers.reduce((total, value) => total + value, 0);
const median = (numbers) => {
  const sorted = [...numbers].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
};

/** Search as a reader does, from the page's own box, and time it until the results are announced. */
async function timedSearch(page, query) {
  return page.evaluate(async (text) => {
    const status = document.querySelector('[data-status]');
    const input = document.querySelector('#recherche-page');
    const before = status.textContent;
    const started = performance.now();
    const announced = new Promise((done) => {
      new MutationObserver((_, observer) => {
        if (status.textContent !== before && /^(\d|Aucun|No )/.test(status.textContent)) {
          observer.disconnect();
          done(performance.now() - started);
        }
      }).observe(status, { childList: true, characterData: true, subtree: true });
    });
    input.focus();
    input.value = text;
    // Submitting skips the pause the page waits for while someone types.
    input.form.requestSubmit();
    return announced;
  }, query);
}

/** The Pagefind index of each language: its files (not the UI bundles Pagefind also writes), their size, pages. */
export function indexSize(dist) {
  const root = join(dist, 'pagefind');
  const entry = JSON.parse(readFileSync(join(root, 'pagefind-entry.json'), 'utf8'));
  const files = (folder) =>
    existsSync(join(root, folder))
      ? readdirSync(join(root, folder)).map((name) => join(folder, name))
      : [];
  const all = [
    ...readdirSync(root).filter((name) => name.endsWith('.pf_meta')),
    ...files('index'),
    ...files('fragment'),
    ...files('filter'),
  ];
  return Object.fromEntries(
    Object.entries(entry.languages).map(([language, { page_count: pages }]) => {
      const own = all.filter(
        (file) => /^(pagefind\.)?([^_]+)_/.exec(file.split('/').pop())?.[2] === language,
      );
      const bytes = sum(own.map((file) => statSync(join(root, file)).size));
      return [
        language,
        { pages, files: own.length, bytes, perPage: Math.round(bytes / Math.max(pages, 1)) },
      ];
    }),
  );
}

/** The widths measured: a phone (filter panel folded) and a desktop (panel open). */
export const searchWidths = [375, 1280];

/** The search page of each language, and the queries typed by default. */
export const searchDefaults = {
  fr: { path: '/fr/recherche/', first: 'école', second: 'parents' },
  en: { path: '/en/search/', first: 'school', second: 'parents' },
};

/**
 * Measure search on a built site in Chromium: the search page before typing, a first and a second
 * search, in requests, bytes and time to results, at each width; medians of `runs` cold runs.
 * @param {{ dist: string, runs?: number, locale?: 'fr' | 'en', firstQuery?: string, secondQuery?: string }} options
 */
export async function measureSearch({ dist, runs = 7, locale = 'fr', firstQuery, secondQuery }) {
  const { path: searchPath, first, second } = searchDefaults[locale];
  firstQuery ??= first;
  secondQuery ??= second;
  if (
    !existsSync(join(dist, searchPath, 'index.html')) ||
    !existsSync(join(dist, 'pagefind/pagefind-entry.json'))
  ) {
    throw new Error(
      `${dist} has no built search page or Pagefind index: run \`npm run build\` first (or give the folder of another build).`,
    );
  }
  const { server, url } = await startServer({ root: dist, port: 0 });
  const browser = await launchBrowser();
  const samples = Object.fromEntries(searchWidths.map((width) => [width, []]));
  try {
    for (let run = 0; run < runs * searchWidths.length; run += 1) {
      const width = searchWidths[run % searchWidths.length];
      const context = await browser.newContext({ viewport: { width, height: 900 } });
      const page = await context.newPage();
      const record = recorder(page);
      const requests = network(page);
      await page.goto(url + searchPath, { waitUntil: 'networkidle' });
      const page0 = await record.since(0);
      const mark1 = record.mark();
      const firstMs = await timedSearch(page, firstQuery);
      await requests.quiet();
      const firstSearch = await record.since(mark1);
      const mark2 = record.mark();
      const secondMs = await timedSearch(page, secondQuery);
      await requests.quiet();
      const secondSearch = await record.since(mark2);
      samples[width].push({
        page: page0,
        first: { ...firstSearch, ms: firstMs },
        second: { ...secondSearch, ms: secondMs },
      });
      await context.close();
    }
  } finally {
    await browser.close();
    server.close();
  }
  const summary = (width, key) => ({
    requests: median(samples[width].map((sample) => sample[key].requests)),
    raw: median(samples[width].map((sample) => sample[key].raw)),
    sent: median(samples[width].map((sample) => sample[key].sent)),
    ms: key === 'page' ? undefined : median(samples[width].map((sample) => sample[key].ms)),
  });
  return {
    dist,
    locale,
    runs,
    queries: [firstQuery, secondQuery],
    widths: Object.fromEntries(
      searchWidths.map((width) => [
        width,
        {
          pageBeforeTyping: summary(width, 'page'),
          firstSearch: summary(width, 'first'),
          secondSearch: summary(width, 'second'),
          firstSearchFiles: samples[width][0].first.urls.map(
            (address) => new URL(address).pathname,
          ),
        },
      ]),
    ),
    index: indexSize(dist),
  };
}

const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB`;

/** The result of `measureSearch` as Markdown tables. */
export function searchTables(result) {
  const row = (label, value) =>
    `| ${label} | ${value.requests} | ${kb(value.sent)} | ${kb(value.raw)} | ${value.ms === undefined ? '—' : `${Math.round(value.ms)} ms`} |`;
  const lines = [
    `Search in ${result.dist} (${result.locale}, “${result.queries[0]}” then “${result.queries[1]}”), median of ${result.runs} cold runs per width in Chromium`,
    '',
    '| | requests | transferred (gzip, as a host sends it) | as served uncompressed | time to results |',
    '|---|---|---|---|---|',
  ];
  for (const width of searchWidths) {
    const measured = result.widths[width];
    lines.push(row(`${width} px: search page before typing`, measured.pageBeforeTyping));
    lines.push(row(`${width} px: first search`, measured.firstSearch));
    lines.push(row(`${width} px: second search`, measured.secondSearch));
  }
  lines.push('', '| index | pages | files | size | per page |', '|---|---|---|---|---|');
  for (const [language, index] of Object.entries(result.index)) {
    lines.push(
      `| ${language} | ${index.pages} | ${index.files} | ${kb(index.bytes)} | ${(index.perPage / 1024).toFixed(2)} KB |`,
    );
  }
  lines.push(
    '',
    `Files of the first search at 1280 px: ${result.widths[1280].firstSearchFiles.join(', ')}`,
  );
  return lines.join('\n');
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: {
      runs: { type: 'string', default: '7' },
      locale: { type: 'string', default: 'fr' },
      query: { type: 'string' },
      second: { type: 'string' },
      json: { type: 'boolean', default: false },
    },
  });
  try {
    const result = await measureSearch({
      dist: resolve(positionals[0] ?? 'dist'),
      runs: Number(values.runs),
      locale: values.locale === 'en' ? 'en' : 'fr',
      firstQuery: values.query,
      secondQuery: values.second,
    });
    console.log(values.json ? JSON.stringify(result, null, 2) : searchTables(result));
  } catch (error) {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  }
}
