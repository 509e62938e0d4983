// The layout's rules, read from the imports of the source files: browser code stays browser code,
// pure modules stay pure, and importing a schema reads nothing. The layout itself is described in
// README.md ("Layout") and CONTRIBUTING.md ("Working on the code").
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { builtinModules } from 'node:module';
import { dirname, join, relative, resolve } from 'node:path';
import { describe, expect, test } from 'vitest';

const root = resolve(import.meta.dirname, '../..');
const nodeBuiltins = new Set(builtinModules);

/**
 * The modules a source file loads when it runs: static imports, re-exports, dynamic imports with a
 * literal (in .astro files, those of the frontmatter and the scripts). `import type` and `export type`
 * are left out: TypeScript erases them.
 */
function specifiers(file: string): string[] {
  const text = readFileSync(file, 'utf8');
  const pattern =
    /(?:^|[\s;])(?:import|export)\s+(type\s)?[^'"`;]*?\bfrom\s*['"]([^'"]+)['"]|\bimport\s*\(\s*['"]([^'"]+)['"]\s*\)|^\s*import\s*['"]([^'"]+)['"]/gm;
  return [...text.matchAll(pattern)]
    .filter((match) => !match[1])
    .map((match) => (match[2] ?? match[3] ?? match[4])!);
}

/** The file a relative specifier names, if it is a file of the project. */
function resolveLocal(from: string, specifier: string): string | undefined {
  if (!specifier.startsWith('.')) return undefined;
  const path = resolve(dirname(from), specifier);
  return existsSync(path) && statSync(path).isFile() ? path : undefined;
}

/** Every source file under a folder of the project. */
function sourceFiles(folder: string): string[] {
  return readdirSync(join(root, folder), { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && /\.(ts|mjs|astro)$/.test(entry.name))
    .map((entry) => join(entry.parentPath, entry.name));
}

/** Every project file reachable by imports from some files, with the outside modules each one imports. */
function reachable(start: readonly string[]): Map<string, string[]> {
  const found = new Map<string, string[]>();
  const queue = [...start];
  while (queue.length) {
    const file = queue.pop()!;
    if (found.has(file)) continue;
    const outside: string[] = [];
    for (const specifier of specifiers(file)) {
      const local = resolveLocal(file, specifier);
      if (local) queue.push(local);
      else if (!specifier.startsWith('.')) outside.push(specifier);
    }
    found.set(file, outside);
  }
  return found;
}

const shown = (file: string) => relative(root, file);
const isNodeModule = (specifier: string) =>
  specifier.startsWith('node:') || nodeBuiltins.has(specifier.split('/')[0]!);

describe('the layout', () => {
  test('finds the imports it checks (the rules below are not vacuous)', () => {
    const browser = reachable(sourceFiles('src/scripts'));
    expect([...browser.keys()].map(shown)).toEqual(
      expect.arrayContaining([
        'src/scripts/search/index.ts',
        'src/search/facets.ts',
        'src/i18n/routes.ts',
      ]),
    );
    expect(specifiers(join(root, 'src/data/site-data.ts'))).toContain('astro:content');
  });

  test('nothing reachable from src/scripts/ (code that runs in the browser) imports Node or the content layer', () => {
    const offending = [...reachable(sourceFiles('src/scripts')).entries()].flatMap(
      ([file, outside]) =>
        outside
          .filter((specifier) => isNodeModule(specifier) || specifier.startsWith('astro:'))
          .map((specifier) => `${shown(file)} imports ${specifier}`),
    );
    expect(offending).toEqual([]);
  });

  test('only src/data/ reads the content layer; features, helpers, schemas and i18n import nothing from src/data/', () => {
    const pure = [
      'src/utils',
      'src/search',
      'src/catalogue',
      'src/territory',
      'src/open-data',
      'src/routing',
      'src/schemas',
      'src/i18n',
    ];
    const offending = pure.flatMap((folder) =>
      sourceFiles(folder).flatMap((file) =>
        specifiers(file)
          .filter(
            (specifier) =>
              specifier === 'astro:content' ||
              resolveLocal(file, specifier)?.startsWith(join(root, 'src/data/')),
          )
          .map((specifier) => `${shown(file)} imports ${specifier}`),
      ),
    );
    expect(offending).toEqual([]);
  });

  test('importing a schema reads no environment and no content file: nothing reachable from src/schemas/ mentions process.env or content-dir', () => {
    const offending = [...reachable(sourceFiles('src/schemas')).keys()].filter(
      (file) => /process\.env/.test(readFileSync(file, 'utf8')) || file.endsWith('content-dir.ts'),
    );
    expect(offending.map(shown)).toEqual([]);
  });
});
