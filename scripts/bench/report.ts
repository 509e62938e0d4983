/**
 * The benchmark's figures: medians of the rounds, ratios paired round by round (the builds of a
 * round share the machine's state), growth per doubling of N, and where each target of issue 14
 * stands, as Markdown (one table per N). Pure functions, so that the arithmetic is unit-tested.
 */
import type { measureSearch } from './search.mjs';
import type { CatalogueMeasure } from './catalogue.ts';
import type { PagesSummary } from './pages.ts';
import { pageKind, type SiteWeight } from '../site-weight.ts';
import type { AstroStages } from './run.ts';

/** What is built: this site, the Starlight peer, the floor (bare Astro + Pagefind). */
export type Builder = 'site' | 'starlight' | 'floor';
export const builders: readonly Builder[] = ['site', 'starlight', 'floor'];
export const builderNames: Record<Builder, string> = {
  site: 'this site',
  starlight: 'Starlight, small manual sidebar',
  floor: 'floor: bare Astro + Pagefind',
};

/** One cold build. */
export interface BuildSample {
  builder: Builder;
  /** The round it belongs to, from 1. */
  round: number;
  /** Everything the build command does (for the site: the content check and the build). */
  ms: number;
  /** CPU time, user + system, of every process of the build. */
  cpuMs: number | undefined;
  /** Peak resident memory of the process tree, in bytes. */
  peakRss: number | undefined;
  /** One-minute load average when the build started and ended. */
  load: { before: number; after: number };
  /** For the site: the content check alone. */
  checkMs?: number;
  stages: AstroStages;
}

/** The site rebuilt after a change to one case, with the cache of a cold build kept. */
export interface RebuildSample {
  changed: string;
  ms: number;
  cpuMs: number | undefined;
  peakRss: number | undefined;
  load: { before: number; after: number };
  /** The folder kept between the two builds (Astro's cacheDir: the content layer's data store). */
  cacheDir: string;
}

type SearchResult = Awaited<ReturnType<typeof measureSearch>>;

/** The « Pour mon territoire » lookups: the heaviest one, against its budget. */
export interface TerritoryResult {
  queries: number;
  /** The commune index chunks of the heaviest lookup, as served (the budget) and gzipped. */
  maxLookupRaw: number;
  maxLookupGzip: number;
  heaviest: string;
}

/** Everything measured for one number of cases. */
export interface SizeResult {
  cases: number;
  rounds: number;
  samples: BuildSample[];
  pages: Partial<Record<Builder, PagesSummary>>;
  siteWeight?: Omit<SiteWeight, 'pages'>;
  /** Render time by kind of page, from the last site build. */
  siteRender?: { kind: string; pages: number; ms: number }[];
  rebuild?: RebuildSample | undefined;
  search?: SearchResult | undefined;
  catalogue?: CatalogueMeasure | undefined;
  territory?: TerritoryResult | undefined;
  /** Measures that failed, with their error: the report says so rather than leave a gap. */
  failures?: string[];
}

/** The targets of issue 14, in the units the report uses. */
export const targets = {
  starlightRatio: 0.9,
  floorRatio: 1.5,
  perDoubling: 2.1,
  peakMemory: 8 * 2 ** 30,
  pageGzip: 50 * 1024,
  pageRaw: 300 * 1024,
  firstSearch: 150 * 1024,
  secondSearchMs: 100,
  catalogueFirstView: 60 * 1024,
  filterChange: 40 * 1024,
  rebuildShare: 0.5,
  caseScripts: 0,
  caseHtmlGzip: 14_600,
  cssGzip: 10 * 1024,
  territoryLookup: 30 * 1024,
} as const;

/**
 * The median of some numbers (the mean of the two middle ones for an even count); NaN for none.
 * @example median([3, 1, 2]) // 2
 */
export function median(values: readonly number[]): number {
  const known = values.filter((value) => !Number.isNaN(value));
  if (!known.length) return Number.NaN;
  const sorted = [...known].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}

/** A figure of the samples of one builder. */
type Metric = 'ms' | 'cpuMs' | 'peakRss';

/**
 * A ÷ B round by round (the builds of a round share the machine's state), then the median.
 * @example pairedRatio([{ builder: 'site', round: 1, ms: 10 }, { builder: 'floor', round: 1, ms: 5 }], 'site', 'floor') // 2
 */
export function pairedRatio(
  samples: readonly (Pick<BuildSample, 'builder' | 'round'> & {
    [metric in Metric]?: number | undefined;
  })[],
  a: Builder,
  b: Builder,
  metric: Metric = 'ms',
): number {
  const ratios = samples
    .filter((sample) => sample.builder === a)
    .map((sample) => {
      const other = samples.find((peer) => peer.builder === b && peer.round === sample.round);
      const mine = sample[metric];
      const theirs = other?.[metric];
      return mine === undefined || theirs === undefined ? Number.NaN : mine / theirs;
    });
  return median(ratios);
}

/**
 * How time grows each time N doubles, between consecutive sizes: (t₂ ÷ t₁)^(1 ÷ log₂(N₂ ÷ N₁)),
 * which is t₂ ÷ t₁ itself when N₂ = 2 N₁ (from 1,000 to 10,000: the 3.32nd root of the ratio).
 * @example perDoubling([{ cases: 500, ms: 10 }, { cases: 1000, ms: 19 }]) // [{ from: 500, to: 1000, ratio: 1.9, perDoubling: 1.9 }]
 */
export function perDoubling(
  points: readonly { cases: number; ms: number }[],
): { from: number; to: number; ratio: number; perDoubling: number }[] {
  const sorted = [...points].sort((a, b) => a.cases - b.cases);
  return sorted.slice(1).map((point, index) => {
    const previous = sorted[index]!;
    const ratio = point.ms / previous.ms;
    return {
      from: previous.cases,
      to: point.cases,
      ratio,
      perDoubling: ratio ** (1 / Math.log2(point.cases / previous.cases)),
    };
  });
}

/** Rendering time summed per kind of page (from the route list Astro prints), the slowest first. */
export function renderByKind(
  routes: readonly { path: string; ms: number }[],
): { kind: string; pages: number; ms: number }[] {
  const byKind = new Map<string, { pages: number; ms: number }>();
  for (const route of routes) {
    if (!route.path.endsWith('.html')) continue;
    const kind = pageKind(route.path.replace(/index\.html$/, ''));
    const entry = byKind.get(kind) ?? { pages: 0, ms: 0 };
    entry.pages += 1;
    entry.ms += route.ms;
    byKind.set(kind, entry);
  }
  return [...byKind].map(([kind, entry]) => ({ kind, ...entry })).sort((a, b) => b.ms - a.ms);
}

/** Medians of one builder's rounds at one size. */
export function builderSummary(result: SizeResult, builder: Builder) {
  const own = result.samples.filter((sample) => sample.builder === builder);
  const pages = result.pages[builder]?.htmlPages ?? Number.NaN;
  const peakRss = median(own.map((sample) => sample.peakRss ?? Number.NaN));
  return {
    rounds: own.length,
    ms: median(own.map((sample) => sample.ms)),
    cpuMs: median(own.map((sample) => sample.cpuMs ?? Number.NaN)),
    peakRss,
    load: median(own.map((sample) => sample.load.before)),
    render: median(own.map((sample) => sample.stages.render ?? Number.NaN)),
    index: median(own.map((sample) => sample.stages.index ?? Number.NaN)),
    pages,
    perPage: peakRss / pages,
  };
}

const s = (ms: number) => (Number.isNaN(ms) ? '—' : `${(ms / 1000).toFixed(1)} s`);
const kb = (bytes: number) => (Number.isNaN(bytes) ? '—' : `${(bytes / 1024).toFixed(1)} KB`);
const mb = (bytes: number) =>
  Number.isNaN(bytes)
    ? '—'
    : bytes >= 2 ** 30
      ? `${(bytes / 2 ** 30).toFixed(2)} GB`
      : `${(bytes / 2 ** 20).toFixed(bytes < 10 * 2 ** 20 ? 2 : 0)} MB`;
const x = (ratio: number) => (Number.isNaN(ratio) ? '—' : `${ratio.toFixed(2)} ×`);
const n = (value: number) => (Number.isNaN(value) ? '—' : value.toLocaleString('en'));
const load = (value: number) => value.toFixed(1);
const mark = (ok: boolean | undefined) =>
  ok === undefined ? '— not measured' : ok ? '✅ met' : '❌ missed';

/** The Markdown of one size: builders side by side, ratios, rounds, what a reader downloads. */
export function sizeTable(result: SizeResult): string {
  const lines: string[] = [];
  const present = builders.filter((builder) =>
    result.samples.some((sample) => sample.builder === builder),
  );
  lines.push(
    `### N = ${n(result.cases)} cases (${n(result.cases * 2)} MDX files), ${result.rounds} round${result.rounds > 1 ? 's' : ''}`,
    '',
    '| builder | build (wall) | render · index (Astro stages) | CPU (user + sys) | load at start | peak memory, process tree | HTML pages | memory per page | largest page raw · gzip | case page gzip · scripts |',
    '|---|---|---|---|---|---|---|---|---|---|',
  );
  for (const builder of present) {
    const sum = builderSummary(result, builder);
    const pages = result.pages[builder];
    const largest = pages
      ? `${kb(pages.largestRaw.bytes)} \`${pages.largestRaw.path}\` · ${kb(pages.largestGzip.gzip)} \`${pages.largestGzip.path}\``
      : '—';
    const casePage = pages?.casePage
      ? `${kb(pages.casePage.gzip)} · ${pages.casePage.scripts}`
      : '—';
    lines.push(
      `| ${builderNames[builder]} | ${s(sum.ms)} | ${s(sum.render)} · ${s(sum.index)} | ${s(sum.cpuMs)} | ${load(sum.load)} | ${mb(sum.peakRss)} | ${n(sum.pages)} | ${mb(sum.perPage)} | ${largest} | ${casePage} |`,
    );
  }
  const ratios = present
    .filter((builder) => builder !== 'site')
    .map(
      (builder) =>
        `this site ÷ ${builder === 'floor' ? 'floor' : 'Starlight'}: wall ${x(pairedRatio(result.samples, 'site', builder))}, CPU ${x(pairedRatio(result.samples, 'site', builder, 'cpuMs'))}, peak memory ${x(pairedRatio(result.samples, 'site', builder, 'peakRss'))}`,
    );
  if (present.includes('site') && ratios.length)
    lines.push('', `Ratios, paired round by round (median): ${ratios.join('; ')}.`);

  lines.push(
    '',
    `Each round (builders alternated; wall time, CPU, peak memory, load at start → end):`,
    '',
  );
  for (let round = 1; round <= result.rounds; round += 1) {
    const own = result.samples.filter((sample) => sample.round === round);
    lines.push(
      `- round ${round}: ${own
        .map(
          (sample) =>
            `${sample.builder} ${s(sample.ms)}${sample.checkMs === undefined ? '' : ` (check ${s(sample.checkMs)})`}, CPU ${s(sample.cpuMs ?? Number.NaN)}, ${mb(sample.peakRss ?? Number.NaN)}, load ${load(sample.load.before)} → ${load(sample.load.after)}`,
        )
        .join('; ')}`,
    );
  }

  if (result.rebuild) {
    const cold = builderSummary(result, 'site');
    const rebuild = result.rebuild;
    lines.push(
      '',
      `Rebuild after a change to one case (\`${rebuild.changed}\`), keeping \`${rebuild.cacheDir}\` from the last cold build: ${s(rebuild.ms)} (CPU ${s(rebuild.cpuMs ?? Number.NaN)}, ${mb(rebuild.peakRss ?? Number.NaN)}, load ${load(rebuild.load.before)} → ${load(rebuild.load.after)}), ${Math.round((rebuild.ms / cold.ms) * 100)} % of the cold build's median wall time, ${Math.round(((rebuild.cpuMs ?? Number.NaN) / cold.cpuMs) * 100)} % of its CPU time.`,
    );
  }

  const browserRows: string[] = [];
  if (result.search) {
    for (const [width, measured] of Object.entries(result.search.widths)) {
      browserRows.push(
        `| first French search (“${result.search.queries[0]}”), ${width} px | ${kb(measured.firstSearch.sent)}, ${measured.firstSearch.requests} requests, ${Math.round(measured.firstSearch.ms ?? 0)} ms | ≤ 150 KB |`,
        `| second search (“${result.search.queries[1]}”), ${width} px | ${kb(measured.secondSearch.sent)}, ${measured.secondSearch.requests} requests, ${Math.round(measured.secondSearch.ms ?? 0)} ms | ≤ 100 ms |`,
      );
    }
  }
  if (result.catalogue) {
    const { firstView, filterChange, filter, path } = result.catalogue;
    browserRows.push(
      `| catalogue \`${path}\` first view, 1280 px | ${kb(firstView.sent)}, ${firstView.requests} requests (${kb(firstView.raw)} raw) | ≤ 60 KB |`,
      `| a filter change (\`${filter}\`) | ${kb(filterChange.sent)}, ${filterChange.requests} requests | ≤ 40 KB |`,
    );
  }
  if (result.territory) {
    browserRows.push(
      `| « Pour mon territoire » lookup, heaviest of ${result.territory.queries} (\`${result.territory.heaviest}\`) | ${kb(result.territory.maxLookupRaw)} as served (${kb(result.territory.maxLookupGzip)} gzip) | ≤ 30 KB as served |`,
    );
  }
  if (browserRows.length) {
    lines.push(
      '',
      `What a reader downloads, this site, in Chromium (cold cache, median of ${result.search?.runs ?? result.catalogue?.runs ?? 1} run(s) per measure; gzipped as a host sends it):`,
      '',
      '| measure | transferred | budget |',
      '|---|---|---|',
      ...browserRows,
    );
  }

  if (result.failures?.length)
    lines.push('', ...result.failures.map((failure) => `- Not measured: ${failure}`));

  const weight = result.siteWeight;
  if (weight) {
    lines.push(
      '',
      `This site's pages by kind (scripts: most on one page of the kind):`,
      '',
      '| kind | pages | scripts | gzip, median | largest gzip · raw |',
      '|---|---|---|---|---|',
    );
    for (const [kind, byKind] of Object.entries(weight.byKind)) {
      lines.push(
        `| ${kind} | ${n(byKind.pages)} | ${byKind.scripts} | ${kb(byKind.gzipMedian)} | ${kb(byKind.gzipMax)} · ${kb(byKind.bytesMax)} \`${byKind.largest}\` |`,
      );
    }
  }
  if (result.siteRender?.length) {
    lines.push(
      '',
      "Render time by kind of page (last cold build of this site, Astro's per-page times):",
      '',
      '| kind | pages | render time | per page |',
      '|---|---|---|---|',
      ...result.siteRender
        .slice(0, 8)
        .map(
          (kind) =>
            `| ${kind.kind} | ${n(kind.pages)} | ${s(kind.ms)} | ${(kind.ms / kind.pages).toFixed(1)} ms |`,
        ),
    );
  }
  return lines.join('\n');
}

/** Time growth per doubling of N, for each builder, between consecutive sizes. */
export function scalingTable(results: readonly SizeResult[]): string[] {
  if (results.length < 2) return [];
  const lines = ['| builder | from → to | time ratio | per doubling of N |', '|---|---|---|---|'];
  for (const builder of builders) {
    const points = results
      .map((result) => ({ cases: result.cases, ms: builderSummary(result, builder).ms }))
      .filter((point) => !Number.isNaN(point.ms));
    for (const step of perDoubling(points))
      lines.push(
        `| ${builderNames[builder]} | ${n(step.from)} → ${n(step.to)} | ${x(step.ratio)} | ${x(step.perDoubling)} |`,
      );
  }
  return lines;
}

/** Where each target of issue 14 stands, read at the largest N measured (and every N for page sizes). */
export function targetLines(results: readonly SizeResult[]): string[] {
  const lines = ['| target | measured | status |', '|---|---|---|'];
  const largest = [...results].sort((a, b) => a.cases - b.cases).at(-1);
  if (!largest) return lines;
  const at = `at N = ${n(largest.cases)}`;
  const site = builderSummary(largest, 'site');
  const floor = builderSummary(largest, 'floor');
  if (largest.samples.some((sample) => sample.builder === 'starlight')) {
    const ratio = pairedRatio(largest.samples, 'site', 'starlight');
    lines.push(
      `| build ≤ ${targets.starlightRatio} × Starlight | ${x(ratio)} ${at} | ${mark(ratio <= targets.starlightRatio)} |`,
    );
  }
  if (largest.samples.some((sample) => sample.builder === 'floor')) {
    const ratio = pairedRatio(largest.samples, 'site', 'floor');
    lines.push(
      `| build ≤ ${targets.floorRatio} × the floor (bare Astro + Pagefind) | ${x(ratio)} ${at} | ${mark(ratio <= targets.floorRatio)} |`,
    );
    lines.push(
      `| peak memory per page ≤ the floor's | ${mb(site.perPage)} against ${mb(floor.perPage)} ${at} | ${mark(site.perPage <= floor.perPage)} |`,
    );
  }
  lines.push(
    `| peak memory < 8 GB | ${mb(site.peakRss)} ${at} | ${mark(site.peakRss < targets.peakMemory)} |`,
  );
  const growth = perDoubling(
    results.map((result) => ({ cases: result.cases, ms: builderSummary(result, 'site').ms })),
  );
  if (growth.length) {
    const worst = Math.max(...growth.map((step) => step.perDoubling));
    lines.push(
      `| time(2N) ÷ time(N) ≤ ${targets.perDoubling} | ${growth.map((step) => `${x(step.perDoubling)} per doubling from ${n(step.from)} to ${n(step.to)}`).join(', ')} | ${mark(worst <= targets.perDoubling)} |`,
    );
  }
  const weighed = results.filter((result) => result.pages.site);
  if (weighed.length) {
    const overGzip = weighed.reduce(
      (total, result) => total + result.pages.site!.overBudget.gzip,
      0,
    );
    const overRaw = weighed.reduce((total, result) => total + result.pages.site!.overBudget.raw, 0);
    const big = largest.pages.site ?? weighed.at(-1)!.pages.site!;
    lines.push(
      `| every HTML page ≤ 50 KB gzipped and ≤ 300 KB raw, any N | largest ${kb(big.largestGzip.gzip)} gzip \`${big.largestGzip.path}\`, ${kb(big.largestRaw.bytes)} raw \`${big.largestRaw.path}\` ${at}; pages over: ${n(overGzip)} gzip, ${n(overRaw)} raw (all N) | ${mark(overGzip === 0 && overRaw === 0)} |`,
    );
  }
  const searched = largest.search;
  if (searched) {
    const widths = Object.values(searched.widths);
    const first = Math.max(...widths.map((width) => width.firstSearch.sent));
    const second = Math.max(...widths.map((width) => width.secondSearch.ms ?? 0));
    lines.push(
      `| first French search ≤ 150 KB | ${kb(first)} ${at} (heavier width) | ${mark(first <= targets.firstSearch)} |`,
      `| second search ≤ 100 ms, median in Chromium | ${Math.round(second)} ms ${at} (slower width) | ${mark(second <= targets.secondSearchMs)} |`,
    );
  }
  if (largest.catalogue) {
    const { firstView, filterChange } = largest.catalogue;
    lines.push(
      `| catalogue first view ≤ 60 KB | ${kb(firstView.sent)} ${at} | ${mark(firstView.sent <= targets.catalogueFirstView)} |`,
      `| a filter change ≤ 40 KB | ${kb(filterChange.sent)} ${at}${filterChange.requests === 0 ? ' (nothing fetched: the first view held every card)' : ''} | ${mark(filterChange.sent <= targets.filterChange)} |`,
    );
  }
  if (largest.rebuild) {
    const share = largest.rebuild.ms / site.ms;
    const cpuShare = (largest.rebuild.cpuMs ?? Number.NaN) / site.cpuMs;
    lines.push(
      `| rebuild after a one-case change ≤ 50 % of a cold build | ${Math.round(share * 100)} % of the wall time (${s(largest.rebuild.ms)} against ${s(site.ms)}), ${Math.round(cpuShare * 100)} % of the CPU time ${at} | ${mark(share <= targets.rebuildShare)} |`,
    );
  }
  const withWeight = results.filter((result) => result.siteWeight);
  if (withWeight.length) {
    const scripts = Math.max(
      ...withWeight.map((result) => result.siteWeight!.byKind['case']?.scripts ?? 0),
    );
    const html = Math.max(
      ...withWeight.map((result) => result.siteWeight!.byKind['case']?.gzipMax ?? 0),
    );
    const css = Math.max(...withWeight.map((result) => result.siteWeight!.caseCss.gzip));
    lines.push(
      `| case page: 0 scripts | at most ${scripts}, every N | ${mark(scripts <= targets.caseScripts)} |`,
      `| case page ≤ 14,600 B gzipped | largest ${n(html)} B, every N | ${mark(html <= targets.caseHtmlGzip)} |`,
      `| CSS ≤ 10 KB gzipped | ${kb(css)} | ${mark(css <= targets.cssGzip)} |`,
    );
  }
  if (largest.territory) {
    lines.push(
      `| « Pour mon territoire » lookup ≤ 30 KB as served | heaviest ${kb(largest.territory.maxLookupRaw)} ${at} | ${mark(largest.territory.maxLookupRaw <= targets.territoryLookup)} |`,
    );
  }
  return lines;
}

/** The whole report: a table per N, growth across N, the targets. */
export function benchReport(
  results: readonly SizeResult[],
  meta: { date: string; machine: string; minutes: number },
): string {
  const lines = [
    `Benchmark of ${meta.date} on ${meta.machine}; ${Math.round(meta.minutes)} min in all. Medians of the rounds; ratios paired within each round; the same generated cases for every builder; every build cold (caches and output removed).`,
    '',
  ];
  for (const result of results) lines.push(sizeTable(result), '');
  const scaling = scalingTable(results);
  if (scaling.length) lines.push('### Growth with N', '', ...scaling, '');
  lines.push('### Targets (issue 14)', '', ...targetLines(results));
  return lines.join('\n');
}
