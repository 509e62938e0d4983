import { execFile } from 'node:child_process';
import { createHash } from 'node:crypto';
import {
  cpSync,
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { join, relative } from 'node:path';
import yaml from 'js-yaml';
import { beforeAll, describe, expect, test } from 'vitest';
import type { CodebookField } from '../../../src/open-data/codebook.ts';
import type { CaseRecord } from '../../../src/open-data/records.ts';
import { csvDifferences, parseCsv } from '../open-data/cases-csv.ts';

// `npm run build` on content a contributor could send: the check's verdict and the build's must
// agree, the build itself refuses code and symbolic links, and a build that fails publishes nothing.
// One build of the unusual-but-valid fixture is shared by the tests; the failing builds stop early,
// into the same output folder as the first.

const fixture = 'tests/fixtures/unusual-content';
const work = 'tests/.tmp/build-test';
const outDir = `${work}/dist`;
/** A file that content with code would write if the build ran it. */
const ranMarker = `${work}/code-ran`;

interface Run {
  status: number;
  output: string;
}

/** The end of a run's output, where Astro and the build script say what went wrong. */
const tail = (run: Run) => run.output.slice(-3000);

/** Run a script of the project with Node, as npm does; never throws. */
function run(args: string[], env: Record<string, string> = {}): Promise<Run> {
  return new Promise((resolve) => {
    execFile(
      process.execPath,
      args,
      { env: { ...process.env, GITHUB_ACTIONS: '', ...env }, maxBuffer: 64 * 1024 * 1024 },
      (error, stdout, stderr) =>
        resolve({ status: error ? Number(error.code ?? 1) : 0, output: `${stdout}\n${stderr}` }),
    );
  });
}

/** `node scripts/build.ts` (what `npm run build` runs after the check) from a content folder, with a cold cache of its own. */
const build = (content: string, name: string) =>
  run(['scripts/build.ts', '--outDir', outDir], {
    CONTINUITES_CONTENT_DIR: content,
    ASTRO_CACHE_DIR: `${work}/cache-${name}`,
  });

/** Every file of a folder with the hash of its bytes. */
function tree(folder: string): Record<string, string> {
  const files: Record<string, string> = {};
  for (const entry of readdirSync(folder, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    const path = join(entry.parentPath, entry.name);
    files[relative(folder, path)] = createHash('sha256').update(readFileSync(path)).digest('hex');
  }
  return files;
}

/** A copy of the fixture with more files, for a build that must fail. */
function variant(name: string, files: Record<string, string>): string {
  const content = `${work}/${name}`;
  cpSync(fixture, content, { recursive: true });
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(join(content, path, '..'), { recursive: true });
    writeFileSync(join(content, path), text);
  }
  return content;
}

const frontmatter = (file: string) =>
  yaml.load(/^\uFEFF?---\r?\n([\s\S]*?)\r?\n---/.exec(readFileSync(file, 'utf8'))![1]!) as Record<
    string,
    any
  >;
const caseFile = (body: string) =>
  `${readFileSync(`${fixture}/cases/fr/titre-le-plus-long.mdx`, 'utf8').split('\n---\n')[0]}\n---\n\n## Contexte\n\n${body}\n`;
const payload = `{globalThis.process.getBuiltinModule('node:fs').writeFileSync('${ranMarker}', 'ran')}`;

let check: Run;
let first: Run;

beforeAll(async () => {
  rmSync(work, { recursive: true, force: true });
  mkdirSync(work, { recursive: true });
  check = await run(['scripts/check-content.ts', fixture]);
  first = await build(fixture, 'unusual');
}, 600_000);

describe('npm run build', () => {
  test('builds content the check accepts, however unusual: bars, quotes, accents, emoji, formulas, the longest title, BOM and CRLF', () => {
    expect(check.status, tail(check)).toBe(0);
    expect(first.status, tail(first)).toBe(0);
    expect(first.output).toContain(`Published the site in ${outDir}/.`);
    expect(existsSync(`${outDir}/.prerender`)).toBe(false);
    expect(existsSync(`${outDir}.next`)).toBe(false);
    expect(
      readFileSync(`${outDir}/fr/pratiques/barres-guillemets-accents/index.html`, 'utf8'),
    ).toContain(
      '<h1>Pipes | &quot;guillemets&quot; &amp; accents : l’école, ÇA ET LÀ, à Œuvre 🤖</h1>',
    );
  });

  test('publishes open data that gives back every field of every case, whatever its characters', () => {
    const { cases } = JSON.parse(readFileSync(`${outDir}/data/cases.json`, 'utf8')) as {
      cases: CaseRecord[];
    };
    const { fields } = JSON.parse(readFileSync(`${outDir}/data/codebook.json`, 'utf8')) as {
      fields: CodebookField[];
    };
    const csv = readFileSync(`${outDir}/data/cases.csv`, 'utf8');
    expect(csvDifferences(csv, cases, fields)).toEqual([]);

    // JSON keeps what the authors wrote, from a file with a BOM and CRLF line ends as from any other.
    const unusual = cases.find((record) => record.id === 'barres-guillemets-accents')!;
    for (const locale of ['fr', 'en'] as const) {
      const written = frontmatter(`${fixture}/cases/${locale}/barres-guillemets-accents.mdx`);
      expect(unusual.title[locale]).toBe(written.title);
      expect(unusual.summary[locale]).toBe(written.summary);
      expect(unusual.actors.map((actor) => actor.name[locale])).toEqual(
        written.actors.map((actor: { name: string }) => actor.name),
      );
      expect(unusual.actors.map((actor) => actor.role?.[locale])).toEqual(
        written.actors.map((actor: { role: string }) => actor.role),
      );
    }
    // A spreadsheet shows the cells that start like formulas as text.
    const [header, ...rows] = parseCsv(csv);
    const row = rows[cases.indexOf(unusual)]!;
    expect(row[header!.indexOf('summary_fr')]).toMatch(/^'=HYPERLINK/);
    expect(row[header!.indexOf('actors_name_en')]).toMatch(/^'\+33 Association \\\| The/);
  });

  test('refuses code in content even without the check, runs none of it, and leaves the previous site byte for byte', async () => {
    const before = tree(outDir);
    expect(Object.keys(before).length).toBeGreaterThan(50);
    const source = caseFile(`Texte ${payload} fin.`);
    const line = source.split('\n').findIndex((text) => text.startsWith('Texte ')) + 1;
    const content = variant('content-code', { 'cases/fr/du-code.mdx': source });
    const failed = await build(content, 'code');
    expect(failed.status, tail(failed)).not.toBe(0);
    expect(failed.output).toContain(
      `${content}/cases/fr/du-code.mdx:${line}: {globalThis.process.getBuiltinModule('nod…} is JavaScript run by the build`,
    );
    expect(existsSync(ranMarker)).toBe(false);
    // Astro empties its output folder before it compiles the content: built in place, the site would be gone.
    expect(failed.output).toContain(`${outDir}/ was left as it was.`);
    expect(tree(outDir)).toEqual(before);
    expect(existsSync(`${outDir}.next`)).toBe(false);
  }, 600_000);

  test('refuses a symbolic link in the content before reading anything, naming it', async () => {
    const before = tree(outDir);
    const outside = `${work}/outside`;
    mkdirSync(outside, { recursive: true });
    writeFileSync(`${outside}/barres-guillemets-accents.mdx`, `export const x = 1\n\n${payload}\n`);
    const content = variant('content-linked', {});
    rmSync(`${content}/cases/en`, { recursive: true });
    symlinkSync(join(process.cwd(), outside), `${content}/cases/en`);
    const failed = await build(content, 'linked');
    expect(failed.status, tail(failed)).not.toBe(0);
    expect(failed.output).toContain(`${content}/cases/en: a symbolic link`);
    expect(existsSync(ranMarker)).toBe(false);
    expect(tree(outDir)).toEqual(before);
  }, 600_000);
});
