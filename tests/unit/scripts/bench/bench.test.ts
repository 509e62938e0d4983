import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import yaml from 'js-yaml';
import { afterAll, describe, expect, test, vi } from 'vitest';
import {
  generateContent,
  seededRandom,
  slugify,
} from '../../../../scripts/bench/generate-cases.ts';
import { cpuByKind, processKind } from '../../../../scripts/bench/cpu-by-process.ts';
import { summarizePages } from '../../../../scripts/bench/pages.ts';
import {
  builderSummary,
  median,
  pairedRatio,
  perDoubling,
  renderByKind,
  sizeTable,
  targetLines,
  type BuildSample,
  type SizeResult,
} from '../../../../scripts/bench/report.ts';
import { astroStages, parseProcStat, treeOf, treeTotal } from '../../../../scripts/bench/run.ts';
import { starlightPage, writeStarlightDocs } from '../../../../scripts/bench/starlight-docs.ts';
import { readTextBank } from '../../../../scripts/bench/text-bank.ts';
import { checkContent } from '../../../../scripts/content-check/index.ts';

// The generated folder is checked by the real content check, which loads its parsers on first use.
vi.setConfig({ testTimeout: 60_000 });

const root = resolve(import.meta.dirname, '../../../..');
const made: string[] = [];
afterAll(() => made.forEach((dir) => rmSync(dir, { recursive: true, force: true })));

const frontmatter = (file: string) =>
  yaml.load(readFileSync(file, 'utf8').split('---\n')[1]!) as Record<string, unknown>;
const ids = (file: string) =>
  (yaml.load(readFileSync(join(root, 'content', file), 'utf8')) as { id: string }[]).map(
    (entry) => entry.id,
  );

describe('the synthetic cases of the benchmark', () => {
  const folder = mkdtempSync(join(tmpdir(), 'bench-content-'));
  made.push(folder);
  const { slugs } = generateContent({ count: 64, folder, source: join(root, 'content') });
  const cases = slugs.map((slug) => ({
    fr: frontmatter(join(folder, 'cases/fr', `${slug}.mdx`)),
    en: frontmatter(join(folder, 'cases/en', `${slug}.mdx`)),
  }));

  test('pass the content check: schema, translations that agree, Markdown, links', async () => {
    const { problems, fileCount } = await checkContent(folder, { projectRoot: root });
    expect(problems).toEqual([]);
    expect(fileCount).toBeGreaterThanOrEqual(128);
  });

  test('come in both languages, with the rest of the real content and none of its cases', () => {
    expect(readdirSync(join(folder, 'cases/fr')).sort()).toEqual(
      readdirSync(join(folder, 'cases/en')).sort(),
    );
    expect(readdirSync(join(folder, 'cases/fr'))).toHaveLength(64);
    expect(readdirSync(join(folder, 'voices/fr')).sort()).toEqual(
      readdirSync(join(root, 'content/voices/fr')).sort(),
    );
    expect(
      readdirSync(join(folder, 'cases/fr')).some((file) =>
        readdirSync(join(root, 'content/cases/fr')).includes(file),
      ),
    ).toBe(false);
    expect(cases[0]!.fr.title).not.toBe(cases[0]!.en.title);
  });

  test('use every value of the taxonomy and every kind of territory', () => {
    const used = (field: string) => new Set(cases.flatMap(({ fr }) => fr[field] as string[]));
    expect([...used('themes')].sort()).toEqual(ids('taxonomy/themes.yaml').sort());
    expect([...used('continuity')].sort()).toEqual(ids('taxonomy/continuities.yaml').sort());
    expect([...used('levels')].sort()).toEqual(ids('taxonomy/levels.yaml').sort());
    expect([...used('audiences')].sort()).toEqual(ids('taxonomy/audiences.yaml').sort());
    expect([...used('authorities')].sort()).toEqual(ids('taxonomy/authorities.yaml').sort());
    const actorTypes = new Set(
      cases.flatMap(({ fr }) => (fr.actors as { type: string }[]).map((actor) => actor.type)),
    );
    expect([...actorTypes].sort()).toEqual(ids('taxonomy/actor-types.yaml').sort());
    const scopes = new Set(cases.map(({ fr }) => (fr.territory as { scope: string }).scope));
    expect([...scopes].sort()).toEqual(ids('taxonomy/scopes.yaml').sort());
    expect(new Set(cases.map(({ fr }) => fr.status)).size).toBe(
      ids('taxonomy/review-statuses.yaml').length,
    );
  });

  test('are written in the template’s sections, at the length of the real cases', () => {
    const body = readFileSync(join(folder, 'cases/fr', `${slugs[0]}.mdx`), 'utf8').split(
      '---\n',
    )[2]!;
    expect(body).toMatch(/^## Contexte$/m);
    expect(body).toMatch(/^## Ce qui a été fait$/m);
    expect(body).toMatch(/^## Questions à se poser avant de se lancer$/m);
    const words = body.split(/\s+/).length;
    expect(words).toBeGreaterThan(150);
    expect(words).toBeLessThan(600);
  });

  test('are written from a phrase bank that is data, whose missing parts are named', () => {
    const bank = yaml.load(
      readFileSync(join(root, 'scripts/bench/text-bank.yaml'), 'utf8'),
    ) as Record<string, unknown>;
    expect(readTextBank().themeBanks['ent']?.titles.length).toBeGreaterThan(0);
    delete bank['summaries'];
    const dir = mkdtempSync(join(tmpdir(), 'bench-bank-'));
    made.push(dir);
    const broken = join(dir, 'text-bank.yaml');
    writeFileSync(broken, yaml.dump(bank));
    expect(() => readTextBank(pathToFileURL(broken))).toThrow(/missing or empty: summaries$/);
  });

  test('are the same for the same seed', () => {
    const again = mkdtempSync(join(tmpdir(), 'bench-content-'));
    made.push(again);
    expect(
      generateContent({ count: 64, folder: again, source: join(root, 'content') }).slugs,
    ).toEqual(slugs);
    expect(readFileSync(join(again, 'cases/en', `${slugs[9]}.mdx`), 'utf8')).toBe(
      readFileSync(join(folder, 'cases/en', `${slugs[9]}.mdx`), 'utf8'),
    );
  });
});

describe('the Starlight peer', () => {
  const folder = mkdtempSync(join(tmpdir(), 'bench-starlight-'));
  made.push(folder);
  const content = join(folder, 'content');
  const docs = join(folder, 'docs');
  const { slugs } = generateContent({ count: 12, folder: content, source: join(root, 'content') });
  const written = writeStarlightDocs(content, docs);

  test('gets a page for every generated case, in both languages, and a home page each', () => {
    expect(written).toBe(12);
    for (const locale of ['fr', 'en'])
      expect(readdirSync(join(docs, locale)).sort()).toEqual(
        [...slugs.map((slug) => `${slug}.mdx`), 'index.mdx'].sort(),
      );
  });

  test('gets the same body, title and summary as the site, under the frontmatter Starlight reads', () => {
    for (const locale of ['fr', 'en']) {
      const original = readFileSync(join(content, 'cases', locale, `${slugs[3]}.mdx`), 'utf8');
      const page = readFileSync(join(docs, locale, `${slugs[3]}.mdx`), 'utf8');
      const [, originalFront, originalBody] = original.split('---\n');
      const [, pageFront, pageBody] = page.split('---\n');
      expect(pageBody).toBe(originalBody);
      const before = yaml.load(originalFront!) as Record<string, unknown>;
      expect(yaml.load(pageFront!)).toEqual({
        title: before['title'],
        description: before['summary'],
      });
    }
  });

  test('refuses a case without frontmatter or title, naming the file', () => {
    expect(() => starlightPage('## no frontmatter\n', 'cases/fr/x.mdx')).toThrow(
      /^cases\/fr\/x\.mdx: no frontmatter/,
    );
    expect(() => starlightPage('---\nsummary: S\n---\n\nBody\n', 'cases/fr/y.mdx')).toThrow(
      /cases\/fr\/y\.mdx: a case needs a text title and summary/,
    );
  });
});

const sample = (
  builder: BuildSample['builder'],
  round: number,
  seconds: number,
  peakRss = 1000 * 2 ** 20,
): BuildSample => ({
  builder,
  round,
  ms: seconds * 1000,
  cpuMs: seconds * 1500,
  peakRss,
  load: { before: 2, after: 3 },
  stages: { routes: [] },
});

describe('the benchmark’s arithmetic', () => {
  test('medians, ratios paired round by round, growth per doubling of N', () => {
    expect(median([3, 1, 2])).toBe(2);
    expect(median([4, 1, 3, 2])).toBe(2.5);
    expect(median([Number.NaN, 5])).toBe(5);
    expect(median([])).toBeNaN();
    const samples = [
      sample('site', 1, 10),
      sample('floor', 1, 5),
      sample('floor', 2, 8),
      sample('site', 2, 12),
      sample('site', 3, 30),
      sample('floor', 3, 10),
      sample('starlight', 1, 20),
    ];
    // 2, 1.5 and 3: the median of the ratios, not the ratio of the medians (12 ÷ 8).
    expect(pairedRatio(samples, 'site', 'floor')).toBe(2);
    // Rounds without a Starlight build have no ratio.
    expect(pairedRatio(samples, 'site', 'starlight')).toBe(0.5);
    expect(
      perDoubling([
        { cases: 1000, ms: 19 },
        { cases: 500, ms: 10 },
      ]),
    ).toEqual([{ from: 500, to: 1000, ratio: 1.9, perDoubling: 1.9 }]);
    // From 1,000 to 10,000 cases is log2(10) = 3.32 doublings: 10 times longer is 2 × per doubling.
    const [tenfold] = perDoubling([
      { cases: 1000, ms: 60 },
      { cases: 10_000, ms: 600 },
    ]);
    expect(tenfold!.ratio).toBe(10);
    expect(tenfold!.perDoubling).toBeCloseTo(2, 10);
    expect(seededRandom(7)()).toBe(seededRandom(7)());
    expect(slugify('Saint-Étienne / L’Isle-Adam')).toBe('saint-etienne-l-isle-adam');
  });

  test('read the memory of a process tree from /proc stat lines, whatever the command name', () => {
    const line = (pid: number, name: string, ppid: number, rss: number, utime = 0) =>
      `${pid} (${name}) S ${ppid} ${pid} ${pid} 0 -1 4194560 9 0 0 0 ${utime} 30 7 3 20 0 11 0 99 1000 ${rss} 18446744073709551615 0 0 0`;
    const stats = [
      line(10, 'node', 1, 1000, 150),
      line(11, 'pagefind (x) y', 10, 500),
      line(12, 'esbuild', 11, 100),
      line(13, 'other', 1, 9999),
    ].map(parseProcStat);
    expect(stats[0]).toEqual({
      pid: 10,
      ppid: 1,
      utime: 150,
      stime: 30,
      cutime: 7,
      cstime: 3,
      rssPages: 1000,
    });
    expect(stats[1]).toMatchObject({ pid: 11, ppid: 10, rssPages: 500 });
    expect(treeTotal(stats, 10)).toBe(1600 * 4096);
    expect(treeTotal(stats, 11)).toBe(600 * 4096);
    expect(treeTotal(stats, 99)).toBe(0);
  });

  test('read the stages Astro prints, in seconds or minutes', () => {
    const output = [
      '\u001b[2m12:00\u001b[22m [types] Generated 1.23s',
      ' generating static routes ',
      '12:00   ├─ /fr/pratiques/x/index.html (+6ms) ',
      '12:00   └─ /fr/comparer/x.json (+2ms) ',
      '12:01 ✓ Completed in 1m 4s.',
      '[continuites:search-index] Indexed 10 in fr, 10 in en in 812 ms.',
      '[build] 4362 page(s) built in 420ms',
    ].join('\n');
    expect(astroStages(output)).toEqual({
      sync: 1230,
      render: 64_000,
      index: 812,
      pages: 4362,
      total: 420,
      routes: [
        { path: '/fr/pratiques/x/index.html', ms: 6 },
        { path: '/fr/comparer/x.json', ms: 2 },
      ],
    });
    expect(renderByKind(astroStages(output).routes)).toEqual([{ kind: 'case', pages: 1, ms: 6 }]);
    expect(
      astroStages('12:00 [starlight:pagefind] Finished building search index in 4.25s\n').index,
    ).toBe(4250);
  });

  test('weigh pages against the budgets: largest raw and gzipped, pages over, the case page', () => {
    const pages = [
      { path: '/fr/pratiques/', bytes: 1_300_000, gzip: 91_000, scripts: 1 },
      { path: '/fr/themes/ent/', bytes: 310_000, gzip: 20_000, scripts: 0 },
      { path: '/fr/pratiques/x/', bytes: 16_000, gzip: 4_900, scripts: 0 },
    ];
    const summary = summarizePages(pages, '/fr/pratiques/x/');
    expect(summary.htmlPages).toBe(3);
    expect(summary.largestRaw).toEqual({ path: '/fr/pratiques/', bytes: 1_300_000, gzip: 91_000 });
    expect(summary.overBudget).toEqual({
      raw: 2,
      gzip: 1,
      paths: ['/fr/pratiques/', '/fr/themes/ent/'],
    });
    expect(summary.casePage).toEqual(pages[2]);
    expect(summarizePages(pages, '/fr/nowhere/').casePage).toBeUndefined();
  });

  test('say where each target stands, beside the peer and the floor', () => {
    const result: SizeResult = {
      cases: 1000,
      rounds: 2,
      samples: [
        sample('site', 1, 60, 1800 * 2 ** 20),
        sample('starlight', 1, 40, 1200 * 2 ** 20),
        sample('floor', 1, 40, 1000 * 2 ** 20),
        sample('starlight', 2, 44, 1200 * 2 ** 20),
        sample('floor', 2, 60, 1000 * 2 ** 20),
        sample('site', 2, 66, 1800 * 2 ** 20),
      ],
      pages: {
        site: summarizePages(
          [
            { path: '/fr/pratiques/', bytes: 1_300_000, gzip: 91_000, scripts: 1 },
            { path: '/fr/pratiques/x/', bytes: 16_000, gzip: 4_900, scripts: 0 },
          ],
          '/fr/pratiques/x/',
        ),
        floor: summarizePages([{ path: '/fr/x/', bytes: 3000, gzip: 1100, scripts: 0 }], '/fr/x/'),
      },
      rebuild: {
        changed: 'cases/fr/x.mdx',
        ms: 21_000,
        cpuMs: 30_000,
        peakRss: 1,
        load: { before: 1, after: 1 },
        cacheDir: 'node_modules/.astro/',
      },
    };
    expect(builderSummary(result, 'site')).toMatchObject({ ms: 63_000, rounds: 2, pages: 2 });
    const lines = targetLines([result]).join('\n');
    // 60 ÷ 40 and 66 ÷ 44: 1.5 in each round.
    expect(lines).toMatch(/build ≤ 0.9 × Starlight \| 1.50 × at N = 1,000 \| ❌ missed/);
    // 60 ÷ 40 and 66 ÷ 60: median 1.3.
    expect(lines).toMatch(/build ≤ 1.5 × the floor .*\| 1.30 × at N = 1,000 \| ✅ met/);
    // 1,800 MB for 2 pages against 1,000 MB for 1.
    expect(lines).toMatch(/memory per page ≤ the floor's \| 900 MB against 1000 MB .*✅ met/);
    expect(lines).toMatch(/≤ 50 KB gzipped and ≤ 300 KB raw.*pages over: 1 gzip, 1 raw.*❌ missed/);
    expect(lines).toMatch(/rebuild after a one-case change ≤ 50 % .*\| 33 % .*✅ met/);
    const table = sizeTable(result);
    expect(table).toMatch(/^### N = 1,000 cases \(2,000 MDX files\), 2 rounds/);
    expect(table).toMatch(/\| this site \| 63\.0 s \| .* \| 2\.0 \| 1\.76 GB \| 2 \|/);
    expect(table).toMatch(
      /round 1: site 60\.0 s, CPU 90\.0 s, 1\.76 GB, load 2\.0 → 3\.0; starlight/,
    );
  });
});

describe('the CPU of a command by kind of process', () => {
  test('names Chromium’s processes by their type, and the tools by their program', () => {
    expect(processKind('/usr/lib/chromium/chromium --type=renderer --lang=fr')).toBe(
      'chromium renderer',
    );
    expect(processKind('/usr/lib/chromium/chromium --headless --no-sandbox')).toBe(
      'chromium browser',
    );
    expect(processKind('node node_modules/astro/bin/astro.mjs build --outDir x')).toBe('astro');
    expect(processKind('node /repo/node_modules/vitest/dist/workers/forks.js')).toBe('vitest');
    expect(processKind('/usr/bin/git status --porcelain')).toBe('git status');
  });

  test('adds up the last CPU time seen of every process of the tree, and of no other', () => {
    const stat = (pid: number, ppid: number, utime: number) =>
      ({ pid, ppid, utime, stime: 0, cutime: 0, cstime: 0, rssPages: 0 }) as const;
    const stats = [stat(10, 1, 100), stat(11, 10, 250), stat(12, 11, 50), stat(20, 1, 999)];
    expect(
      treeOf(stats, 10)
        .map((entry) => entry.pid)
        .sort(),
    ).toEqual([10, 11, 12]);
    const seen = new Map([
      [10, { kind: 'vitest', ticks: 100 }],
      [11, { kind: 'chromium renderer', ticks: 250 }],
      [12, { kind: 'chromium renderer', ticks: 50 }],
    ]);
    expect(cpuByKind(seen)).toEqual([
      ['chromium renderer', 3],
      ['vitest', 1],
    ]);
  });
});
