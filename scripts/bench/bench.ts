/**
 * The site benchmark: `npm run bench -- [--sizes 1000,10000] [--rounds 3,1] [--builders site,starlight,floor]
 * [--search-runs 3] [--seed 1] [--skip-browser] [--skip-rebuild] [--keep]` (also BENCH_SIZES,
 * BENCH_ROUNDS, BENCH_BUILDERS in the environment; flags win).
 *
 * For each size N it writes N synthetic bilingual cases (scripts/bench/generate-cases.ts) with a copy
 * of the real non-case content, and builds the same cases, cold (cache and output removed), in
 * rounds whose order rotates so that the machine's noise hits every builder:
 * - this site, as `npm run build` does (content check, then scripts/build.ts: astro build, Pagefind);
 * - Starlight with a small manual sidebar (scripts/bench/starlight/: its own project, installed on
 *   demand; the cases become its pages through scripts/bench/starlight-docs.ts);
 * - the floor: bare Astro + Pagefind (scripts/bench/baseline/: one page per file, no layout).
 * Each build is measured for wall time, CPU time and peak memory of its whole process tree, with the
 * machine's load beside it; then the pages of each build are weighed. At every N this site is then
 * measured in Chromium (search, catalogue, « Pour mon territoire »), and at the largest N it is
 * rebuilt after a change to one case, keeping Astro's cache (ASTRO_CACHE_DIR) of the last cold build.
 * Results: tests/.tmp/bench/results.json and results.md (one table per N), written after each N;
 * build logs in tests/.tmp/bench/logs/. The content, builds and caches are removed unless `--keep`.
 */
import { spawnSync } from 'node:child_process';
import { appendFileSync, cpSync, existsSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { availableParallelism, cpus, totalmem } from 'node:os';
import { delimiter, dirname, join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { measureSearch } from './search.mjs';
import { measureCatalogue } from './catalogue.ts';
import { generateContent } from './generate-cases.ts';
import { readHtmlPages, summarizePages } from './pages.ts';
import {
  benchReport,
  builders as allBuilders,
  renderByKind,
  type Builder,
  type BuildSample,
  type SizeResult,
} from './report.ts';
import { astroStages, runMeasured, type Run } from './run.ts';
import { writeStarlightDocs } from './starlight-docs.ts';
import { measureTerritoryLookup } from './territory-lookup.ts';
import { weighSite } from '../site-weight.ts';
import { launchBrowser } from '../browser.mjs';
import { startServer } from '../serve.mjs';

const usage =
  'usage: npm run bench -- [--sizes 1000,10000] [--rounds 3 | --rounds 3,1] [--builders site,starlight,floor] [--search-runs 3] [--seed 1] [--skip-browser] [--skip-rebuild] [--out file.md] [--keep]';
const { values } = parseArgs({
  options: {
    sizes: { type: 'string', default: process.env['BENCH_SIZES'] ?? '1000,10000' },
    rounds: { type: 'string', default: process.env['BENCH_ROUNDS'] },
    builders: {
      type: 'string',
      default: process.env['BENCH_BUILDERS'] ?? allBuilders.join(','),
    },
    'search-runs': { type: 'string', default: '3' },
    seed: { type: 'string', default: '1' },
    out: { type: 'string' },
    'skip-browser': { type: 'boolean', default: false },
    'skip-rebuild': { type: 'boolean', default: false },
    keep: { type: 'boolean', default: false },
  },
});
const sizes = values.sizes.split(',').map(Number);
const roundsList = values.rounds?.split(',').map(Number);
const chosen = values.builders.split(',') as Builder[];
if (
  sizes.some((size) => !Number.isInteger(size) || size < 1) ||
  roundsList?.some((rounds) => !Number.isInteger(rounds) || rounds < 1) ||
  chosen.some((builder) => !allBuilders.includes(builder)) ||
  !chosen.includes('site')
) {
  console.error(`${usage}\n(--builders must include site; known: ${allBuilders.join(', ')})`);
  process.exit(2);
}
/** Three rounds for small N, one from 5,000 cases (a 10,000-case build takes minutes and gigabytes). */
const roundsFor = (index: number, size: number) =>
  roundsList ? roundsList[Math.min(index, roundsList.length - 1)]! : size >= 5000 ? 1 : 3;

const root = resolve(import.meta.dirname, '../..');
// Relative to the project root: CONTINUITES_CONTENT_DIR must be (see src/data/content-dir.ts).
const work = 'tests/.tmp/bench';
const content = `${work}/content`;
const starlightRoot = join(root, 'scripts/bench/starlight');
const floorRoot = join(root, 'scripts/bench/baseline');
const node = process.execPath;
// npm and the builds run on this Node (22), whatever `node` the shell would find first.
const path = [dirname(node), join(root, 'node_modules/.bin'), process.env['PATH']].join(delimiter);

/** Install the Starlight peer in its own folder when it is not there yet (its own package.json and lockfile). */
function ensureStarlight(): void {
  if (existsSync(join(starlightRoot, 'node_modules/@astrojs/starlight/package.json'))) return;
  console.log('Installing the Starlight peer in scripts/bench/starlight/ (npm install there)…');
  const npm = spawnSync('npm', ['install', '--no-audit', '--no-fund'], {
    cwd: starlightRoot,
    stdio: 'inherit',
    env: { ...process.env, PATH: path },
  });
  if (npm.status !== 0) throw new Error('npm install failed in scripts/bench/starlight/');
}

/** Remove what a previous build left that could make the next one warm. */
function clearCaches(builder: Builder): void {
  rmSync(join(root, work, `cache-${builder}`), { recursive: true, force: true });
  rmSync(join(root, work, `dist-${builder}`), { recursive: true, force: true });
  const projectRoot = { site: root, starlight: starlightRoot, floor: floorRoot }[builder];
  rmSync(join(projectRoot, 'node_modules/.vite'), { recursive: true, force: true });
}

const envFor = (builder: Builder) => ({
  ...process.env,
  PATH: path,
  ASTRO_CACHE_DIR: join(root, work, `cache-${builder}`),
  ASTRO_TELEMETRY_DISABLED: '1',
  GITHUB_ACTIONS: '',
});

/** One build of the site as `npm run build` does it: the content check, then scripts/build.ts. */
async function buildSite(log: string): Promise<{ check: Run; build: Run }> {
  // The content folder is given relative to the project root, as src/data/content-dir.ts wants it.
  const env = { ...envFor('site'), CONTINUITES_CONTENT_DIR: content };
  const check = await runMeasured(node, ['scripts/check-content.ts', content], { cwd: root, env });
  const build = await runMeasured(node, ['scripts/build.ts', '--outDir', `${work}/dist-site`], {
    cwd: root,
    env,
    log,
  });
  return { check, build };
}

/** One build of another project: `astro build` in its folder. */
function buildOther(builder: 'starlight' | 'floor', log: string): Promise<Run> {
  const projectRoot = builder === 'starlight' ? starlightRoot : floorRoot;
  // The floor has no Astro of its own: it runs the site's (the same version Starlight's folder pins).
  const astro = join(
    builder === 'starlight' ? starlightRoot : root,
    'node_modules/astro/bin/astro.mjs',
  );
  return runMeasured(node, [astro, 'build', '--outDir', join(root, work, `dist-${builder}`)], {
    cwd: projectRoot,
    env: { ...envFor(builder), BENCH_CASES_DIR: join(root, content, 'cases') },
    log,
  });
}

/** Build one builder cold and measure it. */
/** The measures of the content check and the build that follows it, as one build. */
function oneAfterTheOther(check: Run, build: Run) {
  return {
    ms: check.ms + build.ms,
    cpuMs:
      check.cpuMs === undefined || build.cpuMs === undefined
        ? undefined
        : check.cpuMs + build.cpuMs,
    peakRss: Math.max(check.peakRss ?? 0, build.peakRss ?? 0) || undefined,
    load: { before: check.load.before, after: build.load.after },
  };
}

async function coldBuild(builder: Builder, size: number, round: number): Promise<BuildSample> {
  clearCaches(builder);
  const log = join(root, work, 'logs', `${builder}-${size}-${round}.log`);
  if (builder === 'site') {
    const { check, build } = await buildSite(log);
    return {
      builder,
      round,
      ...oneAfterTheOther(check, build),
      checkMs: check.ms,
      stages: astroStages(build.output),
    };
  }
  const build = await buildOther(builder, log);
  return {
    builder,
    round,
    ms: build.ms,
    cpuMs: build.cpuMs,
    peakRss: build.peakRss,
    load: build.load,
    stages: astroStages(build.output),
  };
}

/** Change one case's French text, as a contributor's pull request would, and rebuild the site with the cache kept. */
async function rebuildAfterOneChange(slug: string, size: number): Promise<SizeResult['rebuild']> {
  const file = `${content}/cases/fr/${slug}.mdx`;
  appendFileSync(
    join(root, file),
    '\nUne phrase ajoutée par une relecture, pour mesurer la reconstruction.\n',
  );
  const { check, build } = await buildSite(join(root, work, 'logs', `site-${size}-rebuild.log`));
  return {
    changed: file.replace(`${content}/`, ''),
    ...oneAfterTheOther(check, build),
    cacheDir: 'ASTRO_CACHE_DIR (by default node_modules/.astro/)',
  };
}

/** Run one browser measure; a failure is reported and recorded, and the benchmark goes on. */
async function attempt<T>(
  what: string,
  result: SizeResult,
  measure: () => Promise<T>,
): Promise<T | undefined> {
  try {
    return await measure();
  } catch (error) {
    const message = `${what}: ${error instanceof Error ? error.message.split('\n')[0] : String(error)}`;
    console.error(`  ${message}`);
    (result.failures ??= []).push(message);
    return undefined;
  }
}

/** Search, catalogue and territory lookup in Chromium on the site's build. */
async function measureInBrowser(result: SizeResult, dist: string): Promise<void> {
  const runs = Number(values['search-runs']);
  result.search = await attempt('search', result, () =>
    measureSearch({ dist, runs, locale: 'fr' }),
  );
  const { server, url } = await startServer({ root: dist, port: 0 });
  const browser = await launchBrowser();
  try {
    result.catalogue = await attempt('catalogue', result, () =>
      measureCatalogue(url, { browser, runs }),
    );
    const lookups = await attempt('territory lookup', result, () =>
      measureTerritoryLookup(url, { browser }),
    );
    if (lookups?.length) {
      const heaviest = lookups.reduce((a, b) => (b.lookup.raw > a.lookup.raw ? b : a));
      result.territory = {
        queries: lookups.length,
        maxLookupRaw: heaviest.lookup.raw,
        maxLookupGzip: heaviest.lookup.gzip,
        heaviest: heaviest.query.typed,
      };
    }
  } finally {
    await browser.close();
    server.close();
  }
}

const results: SizeResult[] = [];
const started = Date.now();
const machine = `${availableParallelism()} × ${cpus()[0]?.model.trim() ?? 'CPU'}, ${Math.round(totalmem() / 2 ** 30)} GB, Node ${process.version}`;
const seconds = (ms: number | undefined) =>
  ms === undefined ? '—' : `${(ms / 1000).toFixed(1)} s`;
const megabytes = (bytes: number | undefined) => `${Math.round((bytes ?? 0) / 2 ** 20)} MB`;

/** Write what is measured so far (after each N, so that a long run that fails keeps its first sizes). */
function writeResults(): string {
  const report = benchReport(results, {
    date: new Date().toISOString().slice(0, 10),
    machine,
    minutes: (Date.now() - started) / 60_000,
  });
  mkdirSync(join(root, work), { recursive: true });
  writeFileSync(join(root, work, 'results.md'), `${report}\n`);
  writeFileSync(
    join(root, work, 'results.json'),
    JSON.stringify(
      { machine, date: new Date().toISOString(), results },
      (key, value) => (key === 'routes' ? undefined : value),
      2,
    ),
  );
  return report;
}

try {
  mkdirSync(join(root, work, 'logs'), { recursive: true });
  if (chosen.includes('starlight')) ensureStarlight();
  const largest = Math.max(...sizes);
  for (const [sizeIndex, size] of sizes.entries()) {
    const rounds = roundsFor(sizeIndex, size);
    const { slugs } = generateContent({
      count: size,
      folder: join(root, content),
      seed: Number(values.seed),
      source: join(root, 'content'),
    });
    if (chosen.includes('starlight'))
      writeStarlightDocs(join(root, content), join(starlightRoot, 'src/content/docs'));
    console.log(
      `\nN = ${size}: ${size} bilingual cases generated; ${rounds} round(s) of ${chosen.join(', ')}`,
    );
    const result: SizeResult = { cases: size, rounds, samples: [], pages: {} };
    for (let round = 1; round <= rounds; round += 1) {
      // Rotate the order, so that a slow spell of the machine does not always hit the same builder.
      const shift = (round - 1) % chosen.length;
      const order = [...chosen.slice(shift), ...chosen.slice(0, shift)];
      for (const builder of order) {
        const sample = await coldBuild(builder, size, round);
        result.samples.push(sample);
        console.log(
          `  round ${round} ${builder.padEnd(9)} ${seconds(sample.ms)}${sample.checkMs === undefined ? '' : ` (check ${seconds(sample.checkMs)})`}, CPU ${seconds(sample.cpuMs)}, peak ${megabytes(sample.peakRss)}, load ${sample.load.before.toFixed(1)} → ${sample.load.after.toFixed(1)}`,
        );
      }
    }
    // The builds of the last round are weighed: the same case in each.
    const slug = slugs[0]!;
    const casePaths: Record<Builder, string> = {
      site: `/fr/pratiques/${slug}/`,
      starlight: `/fr/${slug}/`,
      floor: `/fr/${slug}/`,
    };
    for (const builder of chosen) {
      const dist = join(root, work, `dist-${builder}`);
      if (builder === 'site') {
        const { pages, ...weight } = weighSite(dist);
        result.siteWeight = weight;
        result.pages.site = summarizePages(pages, casePaths.site);
      } else {
        result.pages[builder] = summarizePages(readHtmlPages(dist), casePaths[builder]);
      }
    }
    result.siteRender = renderByKind(
      result.samples.filter((sample) => sample.builder === 'site').at(-1)?.stages.routes ?? [],
    );
    if (!values['skip-browser']) {
      console.log('  measuring search, catalogue and territory lookup in Chromium…');
      await measureInBrowser(result, join(root, work, 'dist-site'));
    }
    if (size === largest && !values['skip-rebuild']) {
      result.rebuild = await rebuildAfterOneChange(slugs[Math.floor(slugs.length / 2)]!, size);
      console.log(
        `  rebuild after one case changed: ${seconds(result.rebuild!.ms)}, peak ${megabytes(result.rebuild!.peakRss)}`,
      );
    }
    results.push(result);
    writeResults();
  }
} finally {
  if (!values.keep) {
    // Keep the results and logs, drop the content, builds and caches.
    for (const builder of allBuilders)
      for (const folder of [`dist-${builder}`, `cache-${builder}`])
        rmSync(join(root, work, folder), { recursive: true, force: true });
    rmSync(join(root, content), { recursive: true, force: true });
    rmSync(join(starlightRoot, 'src/content/docs'), { recursive: true, force: true });
    rmSync(join(floorRoot, '.astro'), { recursive: true, force: true });
    rmSync(join(starlightRoot, '.astro'), { recursive: true, force: true });
  }
}

const report = writeResults();
console.log(`\n${report}`);
if (values.out) cpSync(join(root, work, 'results.md'), resolve(values.out));
console.log(
  `\nWritten to ${work}/results.md and results.json${values.out ? ` and ${values.out}` : ''}; build logs in ${work}/logs/.`,
);
