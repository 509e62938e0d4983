/**
 * The benchmark's figures as Markdown: medians of the runs, ratios taken within the same run, and
 * where each target stands. Pure functions, so that the arithmetic is unit-tested.
 */
import type { measureSearch } from './search.mjs';
import { pageKind, type SiteWeight } from '../site-weight.ts';
import type { AstroStages } from './run.ts';

/** One build of the site or of the floor. */
export interface BuildSample {
  /** Everything the build command does: for the site, the content check and `astro build`. */
  ms: number;
  checkMs?: number;
  buildMs: number;
  peakRss: number | undefined;
  stages: AstroStages;
}

type SearchResult = Awaited<ReturnType<typeof measureSearch>>;

/** Everything measured for one number of cases. */
export interface SizeResult {
  cases: number;
  site: BuildSample[];
  floor: BuildSample[];
  weight?: Omit<SiteWeight, 'pages'>;
  /** Case pages over the HTML budget. */
  overBudgetCases?: string[];
  search?: SearchResult;
}

/** The targets of issue 8, in the units the report uses. */
export const targets = {
  floorRatio: 1.3,
  floorRatioAt: 1000,
  doublingRatio: 2.1,
  memoryPerPage: 0.6 * 2 ** 20,
  caseScripts: 0,
  caseHtmlGzip: 14_600,
  cssGzip: 10 * 1024,
  firstSearch: 130 * 1024,
  firstSearchAt: 1000,
  searchPage: 45 * 1024,
  secondSearchMs: 50,
} as const;

/**
 * The median of some numbers (the mean of the two middle ones for an even count).
 * @example median([3, 1, 2]) // 2
 */
export function median(values: readonly number[]): number {
  if (!values.length) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}

/**
 * Site ÷ floor, run by run (the two builds of a run share the machine's state), then the median.
 * @example pairedRatio([10, 12], [5, 8]) // 1.75
 */
export function pairedRatio(site: readonly number[], floor: readonly number[]): number {
  return median(site.slice(0, floor.length).map((value, index) => value / floor[index]!));
}

/**
 * time(2N) ÷ time(N) for every N whose double was measured too.
 * @example doublings([{ cases: 500, ms: 10 }, { cases: 1000, ms: 19 }, { cases: 2000, ms: 40 }]) // [{ from: 500, ratio: 1.9 }, { from: 1000, ratio: 2.105… }]
 */
export function doublings(
  points: readonly { cases: number; ms: number }[],
): { from: number; ratio: number }[] {
  return points.flatMap((point) => {
    const double = points.find((other) => other.cases === point.cases * 2);
    return double ? [{ from: point.cases, ratio: double.ms / point.ms }] : [];
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

const s = (ms: number) => `${(ms / 1000).toFixed(1)} s`;
const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
const mb = (bytes: number) => `${(bytes / 2 ** 20).toFixed(bytes < 10 * 2 ** 20 ? 2 : 0)} MB`;
const x = (ratio: number) => `${ratio.toFixed(2)} ×`;
const n = (value: number) => value.toLocaleString('en');
const mark = (ok: boolean) => (ok ? '✅ met' : '❌ missed');

/** Medians of one size, as the tables use them. */
function summarize(result: SizeResult) {
  const site = median(result.site.map((sample) => sample.ms));
  const floor = median(result.floor.map((sample) => sample.ms));
  const peak = median(result.site.map((sample) => sample.peakRss ?? Number.NaN));
  const pages = result.weight?.htmlPages ?? Number.NaN;
  return {
    site,
    floor,
    check: median(result.site.map((sample) => sample.checkMs ?? 0)),
    astro: median(result.site.map((sample) => sample.buildMs)),
    render: median(result.site.map((sample) => sample.stages.render ?? 0)),
    index: median(result.site.map((sample) => sample.stages.index ?? 0)),
    floorRender: median(result.floor.map((sample) => sample.stages.render ?? 0)),
    ratio: pairedRatio(
      result.site.map((sample) => sample.ms),
      result.floor.map((sample) => sample.ms),
    ),
    astroRatio: pairedRatio(
      result.site.map((sample) => sample.buildMs),
      result.floor.map((sample) => sample.ms),
    ),
    peak,
    floorPeak: median(result.floor.map((sample) => sample.peakRss ?? Number.NaN)),
    pages,
    floorPages: result.floor[0]?.stages.pages ?? Number.NaN,
  };
}

/** The whole report: builds, output, search, kinds of page, render time, targets. */
export function benchTables(
  results: readonly SizeResult[],
  meta: { date: string; machine: string; minutes: number },
): string {
  const lines: string[] = [];
  const rows = results.map((result) => ({ result, sum: summarize(result) }));
  const runs = results
    .map((result) => `${result.site.length} at N = ${n(result.cases)}`)
    .join(', ');
  lines.push(
    `Benchmark of ${meta.date} on ${meta.machine}; runs: ${runs}; ${Math.round(meta.minutes)} min in all. Medians; ratios paired within each run.`,
    '',
  );

  const doubling = new Map(
    doublings(rows.map(({ result, sum }) => ({ cases: result.cases, ms: sum.site }))).map((d) => [
      d.from * 2,
      d.ratio,
    ]),
  );
  const floorDoubling = new Map(
    doublings(rows.map(({ result, sum }) => ({ cases: result.cases, ms: sum.floor }))).map((d) => [
      d.from * 2,
      d.ratio,
    ]),
  );
  lines.push(
    '| N cases | HTML pages | site build | check · astro (render · index) | floor build (pages) | site ÷ floor | astro ÷ floor | time(N) ÷ time(N/2), site · floor | peak memory, site · floor | per site page |',
    '|---|---|---|---|---|---|---|---|---|---|',
  );
  for (const { result, sum } of rows) {
    const twice = doubling.has(result.cases)
      ? `${x(doubling.get(result.cases)!)} · ${x(floorDoubling.get(result.cases)!)}`
      : '—';
    lines.push(
      `| ${n(result.cases)} | ${n(sum.pages)} | ${s(sum.site)} | ${s(sum.check)} · ${s(sum.astro)} (${s(sum.render)} · ${s(sum.index)}) | ${s(sum.floor)} (${n(sum.floorPages)}) | ${x(sum.ratio)} | ${x(sum.astroRatio)} | ${twice} | ${mb(sum.peak)} · ${mb(sum.floorPeak)} | ${mb(sum.peak / sum.pages)} |`,
    );
  }

  lines.push(
    '',
    '| N cases | deployed files | per HTML page | search index (fr + en) | per indexed page | case page HTML gzip, median · max | case page CSS gzip | catalogue page gzip (raw) | largest listing page gzip (raw) |',
    '|---|---|---|---|---|---|---|---|---|',
  );
  for (const { result } of rows) {
    const weight = result.weight;
    const index = result.search?.index;
    if (!weight || !index) continue;
    const indexBytes = Object.values(index).reduce((total, language) => total + language.bytes, 0);
    const indexPages = Object.values(index).reduce((total, language) => total + language.pages, 0);
    const casePages = weight.byKind.case!;
    const catalogue = weight.byKind.catalogue!;
    const listing = [
      'facet',
      'theme',
      'continuity',
      'department',
      'home',
      'territories',
      'proposals',
    ]
      .map((kind) => weight.byKind[kind])
      .filter((kind) => kind !== undefined)
      .reduce((a, b) => (b.gzipMax > a.gzipMax ? b : a));
    lines.push(
      `| ${n(result.cases)} | ${n(weight.files)} | ${(weight.files / weight.htmlPages).toFixed(2)} | ${kb(indexBytes)} | ${kb(indexBytes / indexPages)} | ${n(casePages.gzipMedian)} · ${n(casePages.gzipMax)} B | ${kb(weight.caseCss.gzip)} | ${kb(catalogue.gzipMax)} (${kb(catalogue.bytesMax)}) | ${kb(listing.gzipMax)} (${kb(listing.bytesMax)}) ${listing.largest} |`,
    );
  }

  lines.push(
    '',
    'Search in Chromium, French (“école” then “parents”), cold cache; bytes gzipped as a host sends them:',
    '',
    '| N cases | width | search page before typing | first search | first search time | second search | second search time |',
    '|---|---|---|---|---|---|---|',
  );
  for (const { result } of rows) {
    if (!result.search) continue;
    for (const [width, measured] of Object.entries(result.search.widths)) {
      lines.push(
        `| ${n(result.cases)} | ${width} px | ${kb(measured.pageBeforeTyping.sent)}, ${measured.pageBeforeTyping.requests} requests | ${kb(measured.firstSearch.sent)}, ${measured.firstSearch.requests} requests | ${Math.round(measured.firstSearch.ms ?? 0)} ms | ${kb(measured.secondSearch.sent)}, ${measured.secondSearch.requests} requests | ${Math.round(measured.secondSearch.ms ?? 0)} ms |`,
      );
    }
  }

  const largest = rows.at(-1);
  if (largest?.result.weight) {
    const { result } = largest;
    lines.push(
      '',
      `Pages by kind at N = ${n(result.cases)} (scripts: most \`<script>\` elements on one page of the kind):`,
      '',
    );
    lines.push(
      '| kind | pages | scripts | HTML gzip, median | largest (gzip · raw) |',
      '|---|---|---|---|---|',
    );
    for (const [kind, weight] of Object.entries(result.weight!.byKind)) {
      lines.push(
        `| ${kind} | ${n(weight.pages)} | ${weight.scripts} | ${kb(weight.gzipMedian)} | ${kb(weight.gzipMax)} · ${kb(weight.bytesMax)} ${weight.largest} |`,
      );
    }
    const routes = result.site.at(-1)?.stages.routes ?? [];
    if (routes.length) {
      lines.push(
        '',
        `Render time by kind of page at N = ${n(result.cases)} (last site build, the times Astro prints per page):`,
        '',
      );
      lines.push('| kind | pages | render time | per page |', '|---|---|---|---|');
      for (const kind of renderByKind(routes))
        lines.push(
          `| ${kind.kind} | ${n(kind.pages)} | ${s(kind.ms)} | ${(kind.ms / kind.pages).toFixed(1)} ms |`,
        );
    }
  }

  lines.push('', ...targetLines(rows.map((row) => row.result)));
  return lines.join('\n');
}

/** Where each target stands. */
export function targetLines(results: readonly SizeResult[]): string[] {
  const at = (cases: number) => results.find((result) => result.cases === cases) ?? results.at(-1);
  const lines = ['| target | measured | status |', '|---|---|---|'];
  const ratioResult = at(targets.floorRatioAt);
  if (ratioResult) {
    const sum = summarize(ratioResult);
    lines.push(
      `| build + index ≤ ${targets.floorRatio} × the floor at N = ${n(targets.floorRatioAt)} | ${x(sum.ratio)} at N = ${n(ratioResult.cases)} (astro build alone: ${x(sum.astroRatio)}) | ${mark(sum.ratio <= targets.floorRatio)} |`,
    );
  }
  const twice = doublings(
    results.map((result) => ({ cases: result.cases, ms: summarize(result).site })),
  );
  if (twice.length) {
    const worst = Math.max(...twice.map((d) => d.ratio));
    lines.push(
      `| time(2N) ÷ time(N) ≤ ${targets.doublingRatio} | ${twice.map((d) => `${x(d.ratio)} from ${n(d.from)}`).join(', ')} | ${mark(worst <= targets.doublingRatio)} |`,
    );
  }
  const large = results.filter((result) => result.cases >= 1000);
  const memory = (large.length ? large : results.slice(-1)).map((result) => ({
    cases: result.cases,
    perPage: summarize(result).peak / summarize(result).pages,
  }));
  if (memory.length) {
    const worst = Math.max(...memory.map((m) => m.perPage));
    lines.push(
      `| peak memory ≤ 0.6 MB per page | ${memory.map((m) => `${mb(m.perPage)} at N = ${n(m.cases)}`).join(', ')} | ${mark(worst <= targets.memoryPerPage)} |`,
    );
  }
  const weighed = results.filter((result) => result.weight);
  if (weighed.length) {
    const scripts = Math.max(...weighed.map((result) => result.weight!.byKind.case?.scripts ?? 0));
    const html = Math.max(...weighed.map((result) => result.weight!.byKind.case?.gzipMax ?? 0));
    const css = Math.max(...weighed.map((result) => result.weight!.caseCss.gzip));
    lines.push(
      `| case page: ${targets.caseScripts} scripts | at most ${scripts} on any case page, every N | ${mark(scripts <= targets.caseScripts)} |`,
    );
    const over = weighed.reduce(
      (total, result) => total + (result.overBudgetCases?.length ?? 0),
      0,
    );
    lines.push(
      `| case page HTML ≤ ${n(targets.caseHtmlGzip)} B gzipped | largest ${n(html)} B, every N${over ? ` (${n(over)} pages over)` : ''} | ${mark(html <= targets.caseHtmlGzip)} |`,
    );
    lines.push(`| CSS ≤ 10 KB gzipped | ${kb(css)} | ${mark(css <= targets.cssGzip)} |`);
  }
  const searched = results.filter((result) => result.search);
  const searchResult = at(targets.firstSearchAt);
  if (searchResult?.search) {
    const first = Math.max(
      ...Object.values(searchResult.search.widths).map((width) => width.firstSearch.sent),
    );
    lines.push(
      `| first French search ≤ 130 KB at ${n(targets.firstSearchAt)} cases per language | ${kb(first)} at N = ${n(searchResult.cases)} (heavier width) | ${mark(first <= targets.firstSearch)} |`,
    );
  }
  if (searched.length) {
    const before = Math.max(
      ...searched.flatMap((result) =>
        Object.values(result.search!.widths).map((width) => width.pageBeforeTyping.sent),
      ),
    );
    const second = Math.max(
      ...searched.flatMap((result) =>
        Object.values(result.search!.widths).map((width) => width.secondSearch.ms ?? 0),
      ),
    );
    lines.push(
      `| search page before typing ≤ 45 KB | ${kb(before)}, every N | ${mark(before <= targets.searchPage)} |`,
    );
    lines.push(
      `| second search ≤ ${targets.secondSearchMs} ms | slowest median ${Math.round(second)} ms, every N and width | ${mark(second <= targets.secondSearchMs)} |`,
    );
  }
  return lines;
}
