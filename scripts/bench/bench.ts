/**
 * The site benchmark: `npm run bench -- [--sizes 100,500,1000,2000] [--runs 3] [--search-runs 3] [--seed 1] [--out file.md]`
 *
 * For each size N it writes N synthetic bilingual cases (scripts/bench/generate-cases.ts) with a copy
 * of the real non-case content, then builds, in the same run and in alternating order so that the
 * machine's noise hits both:
 * - the site, as `npm run build` does (content check, then `astro build` with the Pagefind index);
 * - the floor: the same case files through a bare Astro project (scripts/bench/baseline/: @astrojs/mdx,
 *   a glob content collection, one bare page per file, no layout, no styles, no search).
 * It reports medians of the runs: build time against the floor, how time grows from N to 2N, peak
 * memory per page, index size and deployed files per page, the weight of each kind of page, the
 * scripts on each, and first and second search in Chromium (scripts/bench/search.mjs).
 * `--runs` takes one number or one per size (`--runs 3,3,3,1`). Results go to the terminal and to
 * tests/.tmp/bench/results.md (and .json); docs/performance.md keeps the latest figures.
 * The work folder (tests/.tmp/bench/) is removed at the end unless `--keep` is given.
 */
import { cpSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { availableParallelism, cpus, totalmem } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { measureSearch } from './search.mjs';
import { generateContent } from './generate-cases.ts';
import { benchTables, type SizeResult } from './report.ts';
import { astroStages, runMeasured, type Run } from './run.ts';
import { weighSite } from '../site-weight.ts';

const { values } = parseArgs({
  options: {
    sizes: { type: 'string', default: '100,500,1000,2000' },
    runs: { type: 'string', default: '3' },
    'search-runs': { type: 'string' },
    seed: { type: 'string', default: '1' },
    out: { type: 'string' },
    keep: { type: 'boolean', default: false },
  },
});
const sizes = values.sizes.split(',').map(Number);
const runsList = values.runs.split(',').map(Number);
if (
  sizes.some((size) => !Number.isInteger(size) || size < 1) ||
  runsList.some((runs) => !Number.isInteger(runs) || runs < 1)
) {
  console.error(
    'usage: npm run bench -- [--sizes 100,500,1000,2000] [--runs 3 | --runs 3,3,3,1] [--search-runs 3] [--seed 1] [--out file.md] [--keep]',
  );
  process.exit(2);
}
const runsFor = (index: number) => runsList[Math.min(index, runsList.length - 1)]!;

const root = resolve(import.meta.dirname, '../..');
// Relative to the project root: CONTINUITES_CONTENT_DIR must be (see src/data/content-dir.ts).
const work = 'tests/.tmp/bench';
const content = `${work}/content`;
const astro = join(root, 'node_modules/astro/bin/astro.mjs');
const node = process.execPath;

/** One build of the site, as `npm run build` does it, from a cold cache. */
async function buildSite(log: string): Promise<{ check: Run; build: Run }> {
  rmSync(join(root, work, 'cache-site'), { recursive: true, force: true });
  rmSync(join(root, work, 'dist-site'), { recursive: true, force: true });
  const env = {
    ...process.env,
    CONTINUITES_CONTENT_DIR: content,
    ASTRO_CACHE_DIR: `${work}/cache-site`,
    GITHUB_ACTIONS: '',
  };
  const check = await runMeasured(node, ['scripts/check-content.ts', content], { cwd: root, env });
  const build = await runMeasured(node, [astro, 'build', '--outDir', `${work}/dist-site`], {
    cwd: root,
    env,
    log,
  });
  return { check, build };
}

/** One build of the floor, from a cold cache. */
async function buildFloor(log: string): Promise<Run> {
  rmSync(join(root, work, 'cache-floor'), { recursive: true, force: true });
  rmSync(join(root, work, 'dist-floor'), { recursive: true, force: true });
  const env = {
    ...process.env,
    BENCH_CASES_DIR: join(root, content, 'cases'),
    ASTRO_CACHE_DIR: join(root, work, 'cache-floor'),
  };
  return runMeasured(
    node,
    [
      astro,
      'build',
      '--root',
      'scripts/bench/baseline',
      '--outDir',
      join(root, work, 'dist-floor'),
    ],
    {
      cwd: root,
      env,
      log,
    },
  );
}

const seconds = (ms: number) => `${(ms / 1000).toFixed(1)} s`;
const results: SizeResult[] = [];
const started = Date.now();
try {
  for (const [sizeIndex, size] of sizes.entries()) {
    const runs = runsFor(sizeIndex);
    mkdirSync(join(root, work, 'logs'), { recursive: true });
    generateContent({
      count: size,
      folder: join(root, content),
      seed: Number(values.seed),
      source: join(root, 'content'),
    });
    console.log(
      `\nN = ${size}: ${size} bilingual cases generated; ${runs} run(s) of site and floor builds`,
    );
    const result: SizeResult = { cases: size, site: [], floor: [] };
    for (let run = 0; run < runs; run += 1) {
      // Alternate which build goes first, so that a slow spell of the machine does not always hit the same one.
      const order = run % 2 === 0 ? (['site', 'floor'] as const) : (['floor', 'site'] as const);
      for (const which of order) {
        const log = join(root, work, 'logs', `${which}-${size}-${run + 1}.log`);
        if (which === 'site') {
          const { check, build } = await buildSite(log);
          const stages = astroStages(build.output);
          result.site.push({
            ms: check.ms + build.ms,
            checkMs: check.ms,
            buildMs: build.ms,
            peakRss: Math.max(check.peakRss ?? 0, build.peakRss ?? 0) || undefined,
            stages,
          });
          console.log(
            `  site:  ${seconds(check.ms + build.ms)} (check ${seconds(check.ms)}, astro ${seconds(build.ms)}, render ${seconds(stages.render ?? 0)}, index ${seconds(stages.index ?? 0)}), peak ${Math.round((build.peakRss ?? 0) / 2 ** 20)} MB`,
          );
        } else {
          const build = await buildFloor(log);
          const stages = astroStages(build.output);
          result.floor.push({ ms: build.ms, buildMs: build.ms, peakRss: build.peakRss, stages });
          console.log(
            `  floor: ${seconds(build.ms)} (render ${seconds(stages.render ?? 0)}), peak ${Math.round((build.peakRss ?? 0) / 2 ** 20)} MB`,
          );
        }
      }
    }
    // The site of the last run is weighed and searched.
    const dist = join(root, work, 'dist-site');
    const { pages, ...weight } = weighSite(dist);
    result.weight = weight;
    result.overBudgetCases = pages
      .filter((page) => page.kind === 'case' && page.gzip > 14_600)
      .map((page) => page.path);
    result.search = await measureSearch({
      dist,
      runs: Number(values['search-runs'] ?? runs),
      locale: 'fr',
    });
    results.push(result);
    console.log(`  weighed and searched (${weight.htmlPages} HTML pages, ${weight.files} files)`);
  }
} finally {
  if (!values.keep) {
    // Keep the results, drop the content, builds and caches.
    for (const folder of ['content', 'dist-site', 'dist-floor', 'cache-site', 'cache-floor'])
      rmSync(join(root, work, folder), { recursive: true, force: true });
    rmSync(join(root, 'scripts/bench/baseline/node_modules'), { recursive: true, force: true });
    rmSync(join(root, 'scripts/bench/baseline/.astro'), { recursive: true, force: true });
  }
}

const machine = `${availableParallelism()} × ${cpus()[0]?.model.trim() ?? 'CPU'}, ${Math.round(totalmem() / 2 ** 30)} GB, Node ${process.version}`;
const report = benchTables(results, {
  date: new Date().toISOString().slice(0, 10),
  machine,
  minutes: (Date.now() - started) / 60_000,
});
console.log(`\n${report}`);
mkdirSync(join(root, work), { recursive: true });
writeFileSync(join(root, work, 'results.md'), `${report}\n`);
writeFileSync(
  join(root, work, 'results.json'),
  JSON.stringify(results, (key, value) => (key === 'routes' ? undefined : value), 2),
);
if (values.out) cpSync(join(root, work, 'results.md'), resolve(values.out));
console.log(
  `\nWritten to ${work}/results.md and results.json${values.out ? ` and ${values.out}` : ''}; build logs in ${work}/logs/.`,
);
