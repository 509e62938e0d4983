import { execFile, execFileSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative, resolve } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, describe, expect, test, vi } from 'vitest';
import { checkContent } from '../../../../scripts/content-check/index.ts';
import { checkReport } from '../../../../scripts/content-check/problems.ts';

// The first check of a run loads remark, Sätteri and the INSEE data; on a busy 2-core machine that takes seconds.
vi.setConfig({ testTimeout: 90_000 });

const root = resolve(import.meta.dirname, '../../../..');
const valid = join(root, 'tests/fixtures/content-check/valid');
const made: string[] = [];
afterAll(() => made.forEach((dir) => rmSync(dir, { recursive: true, force: true })));

interface Run {
  status: number;
  lines: string[];
}

/** Check a folder as `npm run check:content -- <folder> [--only-unsafe]` does from the project root: the lines it prints and its exit status. */
async function check(folder: string, ...options: string[]): Promise<Run> {
  const result = await checkContent(folder, { projectRoot: root });
  const { lines, exitCode } = checkReport(result, {
    onlyUnsafe: options.includes('--only-unsafe'),
    milliseconds: 0,
  });
  return { status: exitCode, lines };
}

/** Run the real command in a child process, from the project root. */
async function command(
  args: string[],
  env: Record<string, string> = {},
): Promise<Run & { stderr: string }> {
  try {
    const { stdout, stderr } = await promisify(execFile)(
      process.execPath,
      ['scripts/check-content.ts', ...args],
      {
        cwd: root,
        env: { ...process.env, GITHUB_ACTIONS: '', LC_ALL: '', LANG: 'en_GB.UTF-8', ...env },
      },
    );
    return { status: 0, lines: stdout.trim().split('\n'), stderr };
  } catch (error) {
    const failed = error as { code: number; stdout: string; stderr: string };
    return { status: failed.code, lines: failed.stdout.trim().split('\n'), stderr: failed.stderr };
  }
}

/** A copy of the valid fixture with one change. */
function copyWith(change: (dir: string) => void): string {
  const dir = mkdtempSync(join(tmpdir(), 'content-check-'));
  made.push(dir);
  cpSync(valid, dir, { recursive: true });
  change(dir);
  return dir;
}

/** A change that replaces one piece of text of one file (it must be there, once). */
const replace = (file: string, from: string, to: string) => (dir: string) => {
  const path = join(dir, file);
  const text = readFileSync(path, 'utf8');
  if (text.split(from).length !== 2)
    throw new Error(`fixture: "${from}" must appear once in ${file}`);
  writeFileSync(path, text.replace(from, to));
};

/** A change that adds a paragraph after the first section heading of a file. */
const addParagraph = (file: string, paragraph: string) =>
  replace(file, '## Contexte\n', `## Contexte\n\n${paragraph}\n`);

const frCase = 'cases/fr/lab28-la-loupe.mdx';
const enCase = 'cases/en/lab28-la-loupe.mdx';

/**
 * The beginning of the line that names this file, line and field. The line is where `marker` is in the
 * broken file (its `occurrence`-th appearance), or none when the problem concerns the whole file.
 */
function location(
  dir: string,
  variant: Pick<Variant, 'file' | 'field' | 'marker' | 'severity'>,
): string {
  const shown = relative(root, join(dir, variant.file));
  let where = shown;
  if (variant.marker !== undefined) {
    const [marker, occurrence] =
      typeof variant.marker === 'string' ? [variant.marker, 1] : variant.marker;
    const lines = readFileSync(join(dir, variant.file), 'utf8').split('\n');
    const index = lines.map((line, i) => (line.includes(marker) ? i : -1)).filter((i) => i >= 0)[
      occurrence - 1
    ];
    if (index === undefined) throw new Error(`marker "${marker}" not found in ${variant.file}`);
    where = `${shown}:${index + 1}`;
  }
  return `${where}: ${variant.severity === 'warning' ? 'warning: ' : ''}${variant.field ? `${variant.field}: ` : ''}`;
}

interface Variant {
  name: string;
  change: (dir: string) => void;
  /** The file, field and line (the line holding `marker`) the message must name. */
  file: string;
  field: string;
  marker?: string | [string, number];
  /** Part of the message: what is allowed or what to do. */
  says: string | RegExp;
  severity?: 'error' | 'warning';
}

const variants: Variant[] = [
  {
    name: 'a continuity that is not in the list',
    change: replace(frCase, 'continuity: [journee]', 'continuity: [journe]'),
    file: frCase,
    field: 'continuity',
    marker: 'continuity:',
    says: '"journe" is not one of parcours | journee | territoire (did you mean "journee"?)',
  },
  {
    name: 'an unknown theme',
    change: replace(frCase, 'themes: [inclusion,', 'themes: [inclusoin,'),
    file: frCase,
    field: 'themes',
    marker: 'themes:',
    says: /"inclusoin" is not one of ent \| .*\(did you mean "inclusion"\?\)/,
  },
  {
    name: 'a missing title',
    change: replace(
      frCase,
      'title: Le Lab28, une start-up publique autour du collège de La Loupe\n',
      '',
    ),
    file: frCase,
    field: 'title',
    says: 'missing: this field is required',
  },
  {
    name: 'a commune code that does not exist',
    change: replace(frCase, "code: '28214'", "code: '28999'"),
    file: frCase,
    field: 'territory.code',
    marker: "code: '28999'",
    says: '"28999" is not a commune INSEE code: expected a 5-character INSEE commune code',
  },
  {
    name: 'a commune code written as a number',
    change: replace(frCase, "code: '28214'", 'code: 28214'),
    file: frCase,
    field: 'territory.code',
    marker: 'code: 28214',
    says: "put it in quotes, for example '28214'",
  },
  {
    name: 'a reference to a proposal that does not exist',
    change: replace(frCase, 'proposals: [egne-03, egne-12]', 'proposals: [egne-03, egne-99]'),
    file: frCase,
    field: 'proposals',
    marker: 'proposals:',
    says: '"egne-99" is not one of egne-01 |',
  },
  {
    name: 'a reference to a source that does not exist',
    change: replace(frCase, 'id: comite-partenaires-2015', 'id: comite-partenaires-2016'),
    file: frCase,
    field: 'source.id',
    marker: 'id: comite-partenaires-2016',
    says: '(did you mean "comite-partenaires-2015"?)',
  },
  {
    name: 'a case that does not say which part of its source it comes from',
    change: replace(frCase, '  section: 2e table ronde\n', ''),
    file: frCase,
    field: 'source.section',
    marker: 'source:',
    says: 'missing: this field is required (name the part of the source the case comes from',
  },
  {
    name: 'a field marked inferred that cannot be',
    change: replace(
      frCase,
      'authorities: [departement, commune]\n',
      'authorities: [departement, commune]\ninferred: [themes]\n',
    ),
    file: frCase,
    field: 'inferred',
    marker: 'inferred:',
    says: '"themes" is not one of continuity | levels | audiences | territory | authorities',
  },
  {
    name: 'a field marked inferred that has no value to mark',
    change: (dir) => {
      replace(frCase, 'levels: [college]', 'levels: []')(dir);
      replace(
        frCase,
        'authorities: [departement, commune]\n',
        'authorities: [departement, commune]\ninferred: [levels]\n',
      )(dir);
    },
    file: frCase,
    field: 'inferred',
    marker: 'inferred:',
    says: '"levels" is empty: there is no deduced value to mark; remove "levels" from inferred',
  },
  {
    name: 'a misspelt field name',
    change: replace(frCase, 'levels: [college]', 'level: [college]'),
    file: frCase,
    field: 'level',
    marker: 'level:',
    says: '"level" is not a field of a case: title | summary |',
  },
  {
    name: 'an image without alternative text',
    change: replace(frCase, '![Une caravane numérique garée devant le collège]', '![]'),
    file: frCase,
    field: 'image',
    marker: '![]',
    says: 'no alternative text: describe what the image shows',
  },
  {
    name: 'an image whose file is missing',
    change: replace(frCase, './images/caravane.png', './images/caravanne.png'),
    file: frCase,
    field: 'image',
    marker: 'caravanne.png',
    says: '"./images/caravanne.png": image file not found next to this file',
  },
  {
    name: 'an image loaded from another site',
    change: replace(frCase, './images/caravane.png', 'https://example.org/caravane.png'),
    file: frCase,
    field: 'image',
    marker: 'https://example.org',
    says: 'images must be files of the repository',
  },
  {
    name: 'an import of a Node module',
    change: addParagraph(frCase, "import fs from 'fs'"),
    file: frCase,
    field: 'import/export',
    marker: "import fs from 'fs'",
    says: '"import" and "export" run code when the site is built',
  },
  {
    name: 'an export of code',
    change: addParagraph(frCase, 'export const written = true'),
    file: frCase,
    field: 'import/export',
    marker: 'export const',
    says: 'are not allowed in content',
  },
  {
    name: 'a JavaScript expression in braces',
    change: addParagraph(frCase, 'Il y a {process.env.HOME} élèves.'),
    file: frCase,
    field: 'expression',
    marker: '{process.env.HOME}',
    says: 'is JavaScript run when the site is built and is not allowed in content; to write a brace as text, put a backslash before it',
  },
  {
    name: 'an attribute expression on an HTML element',
    change: addParagraph(frCase, '<abbr title={globalThis.process.cwd()}>ENT</abbr>'),
    file: frCase,
    field: '<abbr>',
    marker: '<abbr title=',
    says: 'an attribute in braces is JavaScript run when the site is built',
  },
  {
    name: 'a spread of properties',
    change: addParagraph(frCase, '<span {...globalThis}>texte</span>'),
    file: frCase,
    field: '<span>',
    marker: '<span {...',
    says: 'in a tag is JavaScript run when the site is built',
  },
  {
    name: 'a component that is not in the allow-list',
    change: addParagraph(frCase, '<Chart data="x" />'),
    file: frCase,
    field: '<Chart>',
    marker: '<Chart',
    says: 'is not a component authors may use',
  },
  {
    name: 'a script element',
    change: addParagraph(frCase, '<script>alert(1)</script>'),
    file: frCase,
    field: '<script>',
    marker: '<script>',
    says: '<script> is not allowed in content: the HTML elements allowed are <span lang>, <abbr title lang>',
  },
  {
    name: 'an iframe',
    change: addParagraph(frCase, '<iframe src="https://example.org/"></iframe>'),
    file: frCase,
    field: '<iframe>',
    marker: '<iframe',
    says: 'not allowed in content',
  },
  {
    name: 'an event handler on an element',
    change: addParagraph(frCase, '<span onclick="alert(1)">cliquez</span>'),
    file: frCase,
    field: '<span>',
    marker: 'onclick',
    says: 'onclick="alert(1)": <span> takes only lang in content',
  },
  {
    name: 'a language the site does not have',
    change: addParagraph(frCase, 'un « <span lang="english">learning lab</span> »'),
    file: frCase,
    field: '<span>',
    marker: 'lang="english"',
    says: 'lang="english": write lang="fr" or lang="en"',
  },
  {
    name: 'a javascript: link',
    change: replace(frCase, '(/fr/pratiques/brest-incubateur-numerique/)', '(javascript:alert(1))'),
    file: frCase,
    field: 'link',
    marker: 'javascript:',
    says: 'a "javascript:" address runs code and is not allowed',
  },
  {
    name: 'a link to a page that does not exist',
    change: replace(
      frCase,
      '/fr/pratiques/brest-incubateur-numerique/',
      '/fr/pratiques/brest-incubateur/',
    ),
    file: frCase,
    field: 'link',
    marker: '/fr/pratiques/brest-incubateur/',
    says: 'no page of the site has this address (did you mean "/fr/pratiques/brest-incubateur-numerique/"?)',
  },
  {
    name: 'a link to a theme that does not exist',
    change: replace(frCase, '/fr/themes/inclusion/', '/fr/themes/inclusive/'),
    file: frCase,
    field: 'link',
    marker: '/fr/themes/inclusive/',
    says: 'no page of the site has this address',
  },
  {
    name: 'an internal link without its final slash',
    change: replace(frCase, '/fr/themes/inclusion/', '/fr/themes/inclusion'),
    file: frCase,
    field: 'link',
    marker: '/fr/themes/inclusion)',
    says: 'add the final slash: /fr/themes/inclusion/',
  },
  {
    name: 'raw HTML where Markdown would do',
    change: replace(
      frCase,
      'Des logiciels servent en classe',
      '<strong>Des logiciels</strong> servent en classe',
    ),
    file: frCase,
    field: '<strong>',
    marker: '<strong>',
    says: 'raw HTML where Markdown would do; write bold: **text**',
  },
  {
    name: 'a heading that skips a level',
    change: replace(frCase, '### Au collège', '#### Au collège'),
    file: frCase,
    field: 'heading',
    marker: '#### Au collège',
    says: 'the heading jumps from ## to ####: use ###',
  },
  {
    name: 'a level-1 heading in the text',
    change: replace(frCase, '## Contexte', '# Contexte'),
    file: frCase,
    field: 'heading',
    marker: '# Contexte',
    says: 'the title field is the page’s only level-1 heading',
  },
  {
    name: 'an empty section',
    change: replace(
      frCase,
      '- Quels acteurs du numérique sont déjà présents sur le territoire ?\n',
      '',
    ),
    file: frCase,
    field: 'heading',
    marker: '## Questions',
    says: 'the section "Questions à se poser avant de se lancer" is empty',
  },
  {
    name: 'an HTML comment, which MDX cannot read',
    change: addParagraph(frCase, '<!-- à relire -->'),
    file: frCase,
    field: 'syntax',
    marker: '<!--',
    says: 'HTML comments <!-- --> do not exist in MDX: write {/* comment */}',
  },
  {
    name: 'a frontmatter YAML error',
    change: replace(frCase, 'role: porte le Lab28', 'role: porte: le Lab28'),
    file: frCase,
    field: '',
    marker: 'role: porte: le Lab28',
    says: 'the YAML cannot be read',
  },
  {
    name: 'two files with the same address',
    change: (dir) => cpSync(join(dir, frCase), join(dir, 'cases/fr/Lab28-La-Loupe.mdx')),
    file: 'cases/fr/Lab28-La-Loupe.mdx',
    field: 'file name',
    says: /same address as .*cases\/fr\/lab28-la-loupe\.mdx \(fr\/lab28-la-loupe\): the build would keep only one of them/,
  },
  {
    name: 'a practice named by a number, the address of a page of the catalogue',
    change: (dir) => cpSync(join(dir, frCase), join(dir, 'cases/fr/2024.mdx')),
    file: 'cases/fr/2024.mdx',
    field: 'file name',
    says: '"2024" is only digits, and /fr/pratiques/2024/ is a page of the catalogue',
  },
  {
    name: 'a Markdown file, which the site does not publish',
    change: (dir) =>
      renameSync(
        join(dir, 'cases/fr/brest-incubateur-numerique.mdx'),
        join(dir, 'cases/fr/brest-incubateur-numerique.md'),
      ),
    file: 'cases/fr/brest-incubateur-numerique.md',
    field: 'file name',
    says: 'only .mdx files are published',
  },
  {
    name: 'structured fields that differ between the languages',
    change: replace(
      enCase,
      'themes: [inclusion, citoyennete, code-robotique]',
      'themes: [inclusion, citoyennete]',
    ),
    file: enCase,
    field: 'themes',
    marker: 'themes:',
    says: /must be the same as in .*cases\/fr\/lab28-la-loupe\.mdx \(fr: \["inclusion","citoyennete","code-robotique"\], en: \["inclusion","citoyennete"\]\)/,
  },
  {
    name: 'an id used twice in a taxonomy list',
    change: replace('taxonomy/levels.yaml', '- id: college', '- id: ecole'),
    file: 'taxonomy/levels.yaml',
    field: 'id',
    marker: ['- id: ecole', 2],
    says: /"ecole" is used twice \(first on line \d+\)/,
  },
  {
    name: 'a case without its English version',
    change: (dir) => rmSync(join(dir, enCase)),
    file: frCase,
    field: 'translation',
    severity: 'warning',
    says: /no English version yet \(.*cases\/en\/lab28-la-loupe\.mdx\): until there is one, the English site shows this text with a notice/,
  },
];

describe('the content check (checkContent)', () => {
  test('passes the valid fixture without a problem', async () => {
    const run = await check(relative(root, valid));
    expect(run.lines).toEqual([
      expect.stringMatching(/^✔ 10 content files checked in [\d.]+ s: no problem\.$/),
    ]);
    expect(run.status).toBe(0);
  });

  test('passes the site’s own content', async () => {
    const run = await check('content');
    expect(
      run.lines.filter((line) => !line.includes(': warning: ') && !/^[✔⚠]/.test(line)),
    ).toEqual([]);
    expect(run.status).toBe(0);
  });

  test.each(variants)(
    'names the file, line and field of $name, with the exit status',
    async (variant) => {
      const dir = copyWith(variant.change);
      const run = await check(dir);
      const prefix = location(dir, variant);
      const named = run.lines.filter((line) => line.startsWith(prefix));
      expect(named, `no line starts with "${prefix}" in:\n${run.lines.join('\n')}`).not.toEqual([]);
      const says = variant.says;
      expect(
        named.some((line) => (typeof says === 'string' ? line.includes(says) : says.test(line))),
        named.join('\n'),
      ).toBe(true);
      expect(run.status).toBe(variant.severity === 'warning' ? 0 : 1);
      expect(run.lines.at(-1)).toMatch(variant.severity === 'warning' ? /^⚠/ : /^✖ \d+ errors?/);
    },
  );

  test('reads French prose that starts a paragraph with "export" or "import" as prose', async () => {
    const dir = copyWith(
      addParagraph(
        frCase,
        'export des fiches au format tableur pour les élus.\n\nimport de contenus : les enseignants y déposent leurs séquences.',
      ),
    );
    const run = await check(dir);
    expect(run.lines).toEqual([expect.stringMatching(/^✔ 10 content files checked/)]);
    expect(run.status).toBe(0);
  });

  test('warns when such a paragraph loses its Markdown formatting', async () => {
    const dir = copyWith(addParagraph(frCase, 'export des fiches au format **tableur**.'));
    const run = await check(dir);
    expect(run.lines[0]).toMatch(
      /lab28-la-loupe\.mdx:\d+: warning: paragraph: a paragraph that starts with "export" is shown as plain text/,
    );
    expect(run.status).toBe(0);
  });

  test('reports every problem of a run, sorted by file and line, with a summary', async () => {
    const dir = copyWith((folder) => {
      replace(frCase, 'continuity: [journee]', 'continuity: [journe]')(folder);
      replace(frCase, '![Une caravane numérique garée devant le collège]', '![]')(folder);
      replace(enCase, 'status: relu', 'status: lu')(folder);
      addParagraph(frCase, '<script>alert(1)</script>')(folder);
    });
    const run = await check(dir);
    const problems = run.lines.slice(0, -1);
    expect(problems.map((line) => line.replace(/^.*?cases\//, '').replace(/: .*$/, ''))).toEqual([
      'en/lab28-la-loupe.mdx:22',
      'fr/lab28-la-loupe.mdx:4',
      'fr/lab28-la-loupe.mdx:28',
      'fr/lab28-la-loupe.mdx:39',
    ]);
    expect(run.lines.at(-1)).toMatch(
      /^✖ 4 errors in 2 files \(10 content files checked in [\d.]+ s\): fix the errors before the site can be built\.$/,
    );
    expect(run.status).toBe(1);
  });

  test('with --only-unsafe, reports only what would run code', async () => {
    const dir = copyWith((folder) => {
      replace(frCase, 'continuity: [journee]', 'continuity: [journe]')(folder);
      addParagraph(frCase, '{process.exit(0)}')(folder);
    });
    const run = await check(dir, '--only-unsafe');
    expect(run.lines.slice(0, -1)).toEqual([
      expect.stringMatching(
        /lab28-la-loupe\.mdx:28: expression: \{process\.exit\(0\)\} is JavaScript/,
      ),
    ]);
    expect(run.status).toBe(1);
  });

  test('refuses raw HTML that runs code in a Markdown file too', async () => {
    const dir = copyWith((folder) => {
      renameSync(
        join(folder, 'cases/fr/brest-incubateur-numerique.mdx'),
        join(folder, 'cases/fr/brest-incubateur-numerique.md'),
      );
      replace(
        'cases/fr/brest-incubateur-numerique.md',
        '## Contexte\n',
        '## Contexte\n\n<img src="x.png" onerror="alert(1)">\n\n[lien](javascript:alert(1))\n',
      )(folder);
    });
    const run = await check(dir, '--only-unsafe');
    expect(run.lines.slice(0, -1)).toEqual([
      expect.stringMatching(
        /brest-incubateur-numerique\.md:\d+: <img>: onerror="alert\(1\)": <img> takes no attribute in content/,
      ),
      expect.stringMatching(
        /brest-incubateur-numerique\.md:\d+: <img>: src="x.png": <img> takes no attribute in content/,
      ),
      expect.stringMatching(
        /brest-incubateur-numerique\.md:\d+: link: "javascript:alert\(1\)": a "javascript:" address runs code/,
      ),
    ]);
    expect(run.status).toBe(1);
  });

  test('warns when a translation is older than its source, from git dates', async () => {
    const dir = copyWith(() => {});
    const git = (...args: string[]) => execFileSync('git', args, { cwd: dir, stdio: 'pipe' });
    const commit = (date: string) =>
      git(
        '-c',
        'user.name=Test',
        '-c',
        'user.email=test@example.org',
        'commit',
        '-qam',
        date,
        '--date',
        date,
      );
    git('init', '-q');
    git('add', '.');
    process.env['GIT_COMMITTER_DATE'] = '2026-01-10T12:00:00Z';
    commit('2026-01-10T12:00:00Z');
    replace(
      frCase,
      'Le Lab28 a été présenté',
      'Le Lab28, projet d’Eure-et-Loir, a été présenté',
    )(dir);
    process.env['GIT_COMMITTER_DATE'] = '2026-02-20T12:00:00Z';
    commit('2026-02-20T12:00:00Z');
    delete process.env['GIT_COMMITTER_DATE'];
    const run = await check(dir);
    expect(run.lines.slice(0, -1)).toEqual([
      `${relative(root, join(dir, enCase))}: warning: translation: older than its source: ${relative(root, join(dir, frCase))} changed on 2026-02-20, after this translation (2026-01-10); bring the translation up to date`,
    ]);
    expect(run.status).toBe(0);
  });
});

describe('the command scripts/check-content.ts', () => {
  test('prints the problems, then their GitHub annotations on GitHub Actions, then the summary, and exits 1 on an error', async () => {
    const dir = copyWith(replace(frCase, 'continuity: [journee]', 'continuity: [journe]'));
    const run = await command([relative(root, dir)], { GITHUB_ACTIONS: 'true' });
    const file = relative(root, join(dir, frCase));
    expect(run.lines.slice(0, -1)).toEqual([
      `${file}:4: continuity: "journe" is not one of parcours | journee | territoire (did you mean "journee"?)`,
      `::error file=${file},line=4,title=continuity::"journe" n’est pas une valeur parmi parcours | journee | territoire (vouliez-vous dire "journee" ?)%0A"journe" is not one of parcours | journee | territoire (did you mean "journee"?)`,
    ]);
    expect(run.lines.at(-1)).toMatch(
      /^✖ 1 error in 1 file \(10 content files checked in [\d.]+ s\)/,
    );
    expect(run.status).toBe(1);
  });

  test('exits 2, saying why, on an unknown option or a folder that does not exist', async () => {
    const option = await command([relative(root, valid), '--fix']);
    expect(option.status).toBe(2);
    expect(option.stderr).toContain(
      'check-content: unknown option --fix; usage: node scripts/check-content.ts [content folder] [--only-unsafe] [--lang fr|en]',
    );
    const folder = await command(['no-such-folder']);
    expect(folder.status).toBe(2);
    expect(folder.stderr).toContain('check-content: no-such-folder: no such folder');
  });

  test('speaks French with --lang fr, or when LANG or LC_ALL starts with fr, and when nothing says', async () => {
    const dir = copyWith(replace(frCase, 'continuity: [journee]', 'continuity: [journe]'));
    const file = relative(root, join(dir, frCase));
    const french = `${file}:4: continuity: "journe" n’est pas une valeur parmi parcours | journee | territoire (vouliez-vous dire "journee" ?)`;
    const english = `${file}:4: continuity: "journe" is not one of parcours | journee | territoire (did you mean "journee"?)`;
    const runs = await Promise.all([
      command([relative(root, dir), '--lang', 'fr']),
      command([relative(root, dir)], { LANG: 'fr_FR.UTF-8' }),
      command([relative(root, dir)], { LANG: 'en_GB.UTF-8', LC_ALL: 'fr_CA.UTF-8' }),
      command([relative(root, dir)], { LANG: '' }),
      command([relative(root, dir), '--lang=en'], { LANG: 'fr_FR.UTF-8' }),
      command([relative(root, dir)], { LANG: 'en_US.UTF-8' }),
    ]);
    for (const run of runs.slice(0, 4)) {
      expect(run.lines[0]).toBe(french);
      expect(run.lines.at(-1)).toMatch(
        /^✖ 1 erreur dans 1 fichier \(10 fichiers de contenu vérifiés en [\d.]+ s\) : corrigez les erreurs/,
      );
    }
    for (const run of runs.slice(4)) expect(run.lines[0]).toBe(english);
    const wrong = await command([relative(root, dir), '--lang', 'de']);
    expect(wrong.status).toBe(2);
    expect(wrong.stderr).toContain('check-content: --lang: "de" is not one of fr | en');
    // Six commands at once, each loading the checker: minutes on a busy 2-core machine.
  }, 180_000);
});
