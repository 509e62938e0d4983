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
import {
  doublings,
  median,
  pairedRatio,
  renderByKind,
  targetLines,
  type SizeResult,
} from '../../../../scripts/bench/report.ts';
import { astroStages } from '../../../../scripts/bench/run.ts';
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

describe('the benchmark’s arithmetic', () => {
  test('medians, ratios paired run by run, and time(2N) ÷ time(N)', () => {
    expect(median([3, 1, 2])).toBe(2);
    expect(median([4, 1, 3, 2])).toBe(2.5);
    expect(pairedRatio([10, 12, 30], [5, 8, 10])).toBe(2);
    expect(
      doublings([
        { cases: 100, ms: 5 },
        { cases: 500, ms: 10 },
        { cases: 1000, ms: 19 },
        { cases: 2000, ms: 40 },
      ]),
    ).toEqual([
      { from: 500, ratio: 1.9 },
      { from: 1000, ratio: 40 / 19 },
    ]);
    expect(seededRandom(7)()).toBe(seededRandom(7)());
    expect(slugify('Saint-Étienne / L’Isle-Adam')).toBe('saint-etienne-l-isle-adam');
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
  });

  test('say where each target stands', () => {
    const build = (ms: number) => ({
      ms,
      buildMs: ms,
      peakRss: 1000 * 2 ** 20,
      stages: { routes: [] },
    });
    const result: SizeResult = {
      cases: 1000,
      site: [build(60), build(66)],
      floor: [build(40), build(60)],
      weight: {
        files: 5000,
        bytes: 1,
        htmlPages: 2000,
        byKind: {
          case: {
            pages: 2000,
            scripts: 0,
            gzipMedian: 4500,
            gzipMax: 5000,
            bytesMax: 16_000,
            largest: '/fr/pratiques/x/',
          },
        },
        caseCss: { files: ['/_astro/a.css'], gzip: 5400 },
      },
    };
    const lines = targetLines([result]).join('\n');
    expect(lines).toMatch(
      /build \+ index ≤ 1.3 × the floor at N = 1,000 \| 1.30 × at N = 1,000 .*\| ✅ met/,
    );
    expect(lines).toMatch(/peak memory ≤ 0.6 MB per page \| 0.50 MB at N = 1,000 \| ✅ met/);
    expect(lines).toMatch(/case page HTML ≤ 14,600 B gzipped \| largest 5,000 B/);
  });
});
