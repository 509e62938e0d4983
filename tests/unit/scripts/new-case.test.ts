import { execFile } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import yaml from 'js-yaml';
import { afterAll, describe, expect, test, vi } from 'vitest';
import { siteCaseSchema } from '../support/site-content.ts';

vi.setConfig({ testTimeout: 60_000 });

const root = resolve(import.meta.dirname, '../../..');
const folder = mkdtempSync(join(tmpdir(), 'new-case-'));
cpSync(join(root, 'tests/fixtures/content-check/valid'), folder, { recursive: true });
afterAll(() => rmSync(folder, { recursive: true, force: true }));

async function run(script: string, ...args: string[]): Promise<{ status: number; output: string }> {
  // English unless the arguments say otherwise (--lang fr): the system's language is not the test's.
  const env = {
    ...process.env,
    CONTINUITES_CONTENT_DIR: folder,
    GITHUB_ACTIONS: '',
    LC_ALL: '',
    LANG: 'en_GB.UTF-8',
  };
  try {
    const { stdout, stderr } = await promisify(execFile)(process.execPath, [script, ...args], {
      cwd: root,
      env,
    });
    return { status: 0, output: stdout + stderr };
  } catch (error) {
    const failed = error as { code: number; stdout: string; stderr: string };
    return { status: failed.code, output: failed.stdout + failed.stderr };
  }
}

const frontmatter = (path: string) =>
  yaml.load(
    readFileSync(path, 'utf8')
      .split('\n---\n')[0]!
      .replace(/^---\n/, ''),
  ) as Record<string, unknown>;

describe('npm run new:case', () => {
  const fr = join(folder, 'cases/fr/ecole-ouverte.mdx');
  const en = join(folder, 'cases/en/ecole-ouverte.mdx');

  test('creates the French and English files with every field of the case schema', async () => {
    const created = await run('scripts/new-case.ts', 'ecole-ouverte');
    expect(created.status).toBe(0);
    expect(created.output).toContain('/fr/pratiques/ecole-ouverte/');
    for (const path of [fr, en])
      expect(Object.keys(frontmatter(path)).sort()).toEqual(
        Object.keys(siteCaseSchema.shape).sort(),
      );
  });

  test('explains each field in the language of the file, with the allowed values of today’s lists', () => {
    const french = readFileSync(fr, 'utf8');
    const english = readFileSync(en, 'utf8');
    expect(french).toContain(
      '# La ou les continuités servies (1 à 3) : parcours | journee | territoire',
    );
    expect(french).toContain('## Ce qui a été fait');
    expect(french).not.toMatch(/@en|@fr|\{\{/);
    expect(english).toContain(
      '# The continuity or continuities it serves (1 to 3): parcours | journee | territoire',
    );
    expect(english).toContain('## What was done');
    expect(english).not.toMatch(/@en|@fr|\{\{|Contexte/);
  });

  test('leaves a case that the content check lists field by field until it is filled in', async () => {
    const checked = await run('scripts/check-content.ts');
    expect(checked.status).toBe(1);
    expect(checked.output).toMatch(
      /cases\/fr\/ecole-ouverte\.mdx:\d+: title: empty: write at least 5 characters/,
    );
    expect(checked.output).toMatch(
      /cases\/fr\/ecole-ouverte\.mdx:\d+: continuity: empty: give at least one value/,
    );
    expect(checked.output).toMatch(
      /cases\/en\/ecole-ouverte\.mdx:\d+: heading: the section "Context" is empty/,
    );
    expect(checked.output).not.toMatch(/lab28-la-loupe/);
  });

  test('refuses to overwrite a case that exists', async () => {
    const before = readFileSync(fr, 'utf8');
    const again = await run('scripts/new-case.ts', 'ecole-ouverte');
    expect(again.status).toBe(1);
    expect(again.output).toMatch(
      /cases\/fr\/ecole-ouverte\.mdx and .*cases\/en\/ecole-ouverte\.mdx already exist/,
    );
    expect(readFileSync(fr, 'utf8')).toBe(before);
  });

  test('refuses an id that is not lowercase ASCII words joined by hyphens, and suggests one', async () => {
    const wrong = await run('scripts/new-case.ts', 'École ouverte');
    expect(wrong.status).toBe(1);
    expect(wrong.output).toContain(
      '"École ouverte" is not a valid id: use lowercase ASCII letters, digits and hyphens (for example "ecole-ouverte")',
    );
  });

  test('speaks French with --lang fr, as the content check it points to does', async () => {
    const again = await run('scripts/new-case.ts', 'ecole-ouverte', '--lang', 'fr');
    expect(again.status).toBe(1);
    expect(again.output).toMatch(
      /new:case: .*cases\/fr\/ecole-ouverte\.mdx et .*cases\/en\/ecole-ouverte\.mdx existent déjà : modifiez-les, ou choisissez un autre identifiant/,
    );
    const wrong = await run('scripts/new-case.ts', 'École ouverte', '--lang', 'fr');
    expect(wrong.output).toContain(
      '"École ouverte" n’est pas un identifiant valable : utilisez des lettres ASCII minuscules, des chiffres et des traits d’union (par exemple "ecole-ouverte")',
    );
    const checked = await run('scripts/check-content.ts', '--lang', 'fr');
    expect(checked.output).toMatch(
      /cases\/fr\/ecole-ouverte\.mdx:\d+: title: vide : écrivez au moins 5 caractères/,
    );
    expect(checked.output).toMatch(
      /cases\/fr\/ecole-ouverte\.mdx:\d+: continuity: vide : donnez au moins une valeur/,
    );
  });

  test('creates one language only with --only', async () => {
    expect((await run('scripts/new-case.ts', 'robots-francas', '--only', 'fr')).status).toBe(0);
    expect(existsSync(join(folder, 'cases/fr/robots-francas.mdx'))).toBe(true);
    expect(existsSync(join(folder, 'cases/en/robots-francas.mdx'))).toBe(false);
  });
});
