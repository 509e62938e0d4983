/**
 * What the catalogue costs a reader with JavaScript, measured in Chromium on a served build (desktop
 * width, the filter panel open): its first view (the page and everything it fetches until the network
 * is quiet) and one filter change (ticking the first value of the first facet, until the network is
 * quiet again), in bytes gzipped as a host sends them. Medians of cold runs (a fresh browser context
 * each). Used by scripts/bench/bench.ts; budgets of issue 14: first view ≤ 60 KB, a filter change ≤ 40 KB.
 *
 * Usage: node scripts/bench/catalogue.ts [dist] [--runs 3] [--path /fr/pratiques/]
 */
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { gzipSync } from 'node:zlib';
import type { Browser, Page } from 'playwright-core';
import { launchBrowser } from '../browser.mjs';
import { startServer } from '../serve.mjs';
import { median } from './report.ts';

// What a static host compresses; Pagefind's own index files are gzipped already and sent as they are.
const compressible = /^(text\/|application\/(javascript|json|xml|manifest\+json)|image\/svg)/;

/** Bytes and requests of a group of responses. */
export interface Transfer {
  requests: number;
  /** As served, uncompressed. */
  raw: number;
  /** Gzipped where a host would compress, as sent otherwise. */
  sent: number;
  /** Milliseconds from the action to a quiet network. */
  ms: number;
}

/** The catalogue's first view and one filter change. */
export interface CatalogueMeasure {
  path: string;
  runs: number;
  firstView: Transfer;
  filterChange: Transfer;
  /** The facet value ticked for the filter change. */
  filter: string;
}

/** Record the responses of a page, and tell when no request has been in flight for `quietMs`. */
function recorder(page: Page) {
  const entries: Promise<{ raw: number; sent: number }>[] = [];
  let inFlight = 0;
  page.on('request', () => (inFlight += 1));
  page.on('requestfinished', () => (inFlight -= 1));
  page.on('requestfailed', () => (inFlight -= 1));
  page.on('response', (response) => {
    if (response.url().endsWith('/favicon.svg')) return;
    entries.push(
      response.body().then(
        (body) => ({
          raw: body.length,
          sent: compressible.test(response.headers()['content-type'] ?? '')
            ? gzipSync(body).length
            : body.length,
        }),
        () => ({ raw: 0, sent: 0 }),
      ),
    );
  });
  return {
    mark: () => entries.length,
    /** Wait until no request has been in flight for `quietMs`; returns when the last one ended. */
    async quiet(quietMs = 500): Promise<number> {
      let since = Date.now();
      while (Date.now() - since < quietMs) {
        await new Promise((done) => setTimeout(done, 50));
        if (inFlight > 0) since = Date.now();
      }
      return since;
    },
    async since(mark: number, ms: number): Promise<Transfer> {
      const done = await Promise.all(entries.slice(mark));
      return {
        requests: done.length,
        raw: done.reduce((total, entry) => total + entry.raw, 0),
        sent: done.reduce((total, entry) => total + entry.sent, 0),
        ms,
      };
    },
  };
}

/**
 * Open the catalogue and change one filter, `runs` times from a cold cache.
 * @param baseUrl the served site, for example `http://localhost:4321`
 */
export async function measureCatalogue(
  baseUrl: string,
  {
    runs = 3,
    browser,
    path = '/fr/pratiques/',
  }: { runs?: number; browser?: Browser; path?: string } = {},
): Promise<CatalogueMeasure> {
  const own = browser ? undefined : await launchBrowser();
  const chromium = (browser ?? own)!;
  const firstViews: Transfer[] = [];
  const changes: Transfer[] = [];
  let filter = '';
  try {
    for (let run = 0; run < runs; run += 1) {
      const context = await chromium.newContext({ viewport: { width: 1280, height: 900 } });
      const page = await context.newPage();
      const record = recorder(page);
      const opened = Date.now();
      await page.goto(baseUrl + path, { waitUntil: 'load' });
      firstViews.push(await record.since(0, (await record.quiet()) - opened));
      // The filter panel is open at this width once the script has run; open it if a design folds it.
      await page.evaluate(() => {
        const panel = document.querySelector<HTMLDetailsElement>('details[data-filter-panel]');
        if (panel) panel.open = true;
      });
      const box = page.locator('form[data-facets] input[type="checkbox"]').first();
      if (!(await box.count()))
        throw new Error(`${path}: no filter checkbox (form[data-facets] input[type=checkbox])`);
      filter = `${await box.getAttribute('name')}=${await box.getAttribute('value')}`;
      const mark = record.mark();
      const changed = Date.now();
      await box.check({ force: true });
      changes.push(await record.since(mark, (await record.quiet()) - changed));
      await context.close();
    }
  } finally {
    await own?.close();
  }
  const middle = (samples: Transfer[]): Transfer => ({
    requests: median(samples.map((sample) => sample.requests)),
    raw: median(samples.map((sample) => sample.raw)),
    sent: median(samples.map((sample) => sample.sent)),
    ms: median(samples.map((sample) => sample.ms)),
  });
  return { path, runs, firstView: middle(firstViews), filterChange: middle(changes), filter };
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: { runs: { type: 'string', default: '3' }, path: { type: 'string' } },
  });
  const { server, url } = await startServer({ root: positionals[0] ?? 'dist', port: 0 });
  try {
    console.log(
      JSON.stringify(
        await measureCatalogue(url, {
          runs: Number(values.runs),
          ...(values.path ? { path: values.path } : {}),
        }),
        null,
        2,
      ),
    );
  } finally {
    server.close();
  }
}
