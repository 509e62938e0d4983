import {
  cpSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  renameSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, test, vi } from 'vitest';
import { checkContent, type Problem } from '../../../../scripts/content-check/index.ts';
import { checkReport, githubAnnotation } from '../../../../scripts/content-check/problems.ts';

// Contributions written as an attacker would (issue 13): each must be refused with its file, its
// line (where there is one) and its field, by a check that answers in under 5 seconds. Each variant
// changes one thing in a copy of the valid fixture.

// The first check of a run loads remark, Sätteri and the INSEE data; on a busy 2-core machine that takes seconds.
vi.setConfig({ testTimeout: 60_000, hookTimeout: 60_000 });

const root = resolve(import.meta.dirname, '../../../..');
const valid = join(root, 'tests/fixtures/content-check/valid');
const made: string[] = [];
afterAll(() => made.forEach((dir) => rmSync(dir, { recursive: true, force: true })));

const frCase = 'cases/fr/lab28-la-loupe.mdx';
const enCase = 'cases/en/lab28-la-loupe.mdx';
const frPage = 'pages/fr/about.mdx';
const title = 'title: Le Lab28, une start-up publique autour du collège de La Loupe';

/** A copy of the valid fixture with one change. */
function copyWith(change: (dir: string) => void): string {
  const dir = mkdtempSync(join(tmpdir(), 'content-hostile-'));
  made.push(dir);
  cpSync(valid, dir, { recursive: true });
  change(dir);
  return dir;
}

/** Replace one piece of text of one file (it must be there, once). */
const replace = (file: string, from: string, to: string) => (dir: string) => {
  const path = join(dir, file);
  const text = readFileSync(path, 'utf8');
  if (text.split(from).length !== 2)
    throw new Error(`fixture: "${from}" must appear once in ${file}`);
  writeFileSync(path, text.replace(from, to));
};

/** Add a paragraph after the first section heading of the French case. */
const addParagraph = (paragraph: string) =>
  replace(frCase, '## Contexte\n', `## Contexte\n\n${paragraph}\n`);

/** Replace a frontmatter line of the French case. */
const field = (from: string, to: string) => replace(frCase, from, to);

interface Hostile {
  name: string;
  change: (dir: string) => void;
  /** The file the message must name (relative to the content folder). */
  file: string;
  /** The line holding this text in the changed file, or none when the problem concerns the whole file. */
  marker?: string;
  field: string | undefined;
  says: string | RegExp;
}

const bomb = (field: string) =>
  `${field}: &a [lol, lol, lol, lol, lol, lol, lol, lol, lol]\nx1: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a]\nx2: [*b, *b, *b, *b, *b, *b, *b, *b, *b]\n`;

const elements: [string, string, string, string | RegExp][] = [
  // [name, paragraph, field, says]
  [
    'an <image> tracking pixel',
    '<image src="https://tracker.example/p.gif" />',
    '<image>',
    /<image> is not allowed in content: the HTML elements allowed are <span lang>, <abbr title lang>, <q lang>, <cite lang>, <sub>, <sup>/,
  ],
  ['an <svg>', '<svg><circle r="4" /></svg>', '<svg>', '<svg> is not allowed in content'],
  [
    'a <style> element',
    '<style>{"body{display:none}"}</style>',
    '<style>',
    '<style> is not allowed in content',
  ],
  ['a <div>', '<div>texte</div>', '<div>', '<div> is not allowed in content'],
  ['a <video>', '<video src="https://example.org/v.mp4" />', '<video>', '<video> is not allowed'],
  [
    'a <link>',
    '<link rel="stylesheet" href="https://example.org/x.css" />',
    '<link>',
    '<link> is not allowed',
  ],
  [
    'a <meta> refresh',
    '<meta httpEquiv="refresh" content="0;url=https://evil.example" />',
    '<meta>',
    '<meta> is not allowed',
  ],
  [
    'a <form>',
    '<form action="https://evil.example"><span>x</span></form>',
    '<form>',
    '<form> is not allowed',
  ],
  ['a custom element', '<my-widget>texte</my-widget>', '<my-widget>', '<my-widget> is not allowed'],
  [
    'data-pagefind-meta',
    'un <span data-pagefind-meta="title:Faux titre">texte</span>',
    '<span>',
    'data-pagefind-meta="title:Faux titre": <span> takes only lang in content',
  ],
  [
    'data-pagefind-filter',
    'un <span data-pagefind-filter="theme:ent">texte</span>',
    '<span>',
    'data-pagefind-filter="theme:ent": <span> takes only lang',
  ],
  [
    'data-pagefind-sort',
    'un <span data-pagefind-sort="date:2099">texte</span>',
    '<span>',
    'data-pagefind-sort="date:2099": <span> takes only lang',
  ],
  [
    'data-pagefind-ignore',
    'un <span data-pagefind-ignore="">texte</span>',
    '<span>',
    'data-pagefind-ignore="": <span> takes only lang',
  ],
  ['hidden', 'un <span hidden>texte caché</span>', '<span>', 'hidden: <span> takes only lang'],
  [
    'a style attribute',
    'un <span style="display:none">texte</span>',
    '<span>',
    'style="display:none": <span> takes only lang',
  ],
  [
    'a class attribute',
    'un <abbr class="x" title="Espace numérique de travail">ENT</abbr>',
    '<abbr>',
    'class="x": <abbr> takes only title | lang',
  ],
  [
    'an id attribute',
    'un <span id="main">texte</span>',
    '<span>',
    'id="main": <span> takes only lang',
  ],
  [
    'an event handler in upper case',
    'un <span onMouseOver="alert(1)">texte</span>',
    '<span>',
    'onMouseOver="alert(1)": <span> takes only lang',
  ],
  [
    'lang="de"',
    'un <span lang="de">Wort</span>',
    '<span>',
    'lang="de": write lang="fr" or lang="en"',
  ],
  ['lang without a value', 'un <q lang>mot</q>', '<q>', 'lang: write lang="fr" or lang="en"'],
  [
    'an abbr without a title text',
    'un <abbr title="">ENT</abbr>',
    '<abbr>',
    'title="": write a text on one line',
  ],
  [
    'raw <a> to another site',
    'un <a href="https://evil.example">lien</a>',
    '<a>',
    'raw HTML where Markdown would do; write a link',
  ],
  [
    'raw <img>',
    '<img src="./images/caravane.png" alt="x" />',
    '<img>',
    'raw HTML where Markdown would do; write an image',
  ],
];

const hostile: Hostile[] = [
  // 1. One file set: what the build would load, found the same way.
  {
    name: 'a language folder replaced by a symbolic link',
    change: (dir) => {
      const elsewhere = mkdtempSync(join(tmpdir(), 'content-elsewhere-'));
      made.push(elsewhere);
      cpSync(join(dir, 'cases/en'), elsewhere, { recursive: true });
      rmSync(join(dir, 'cases/en'), { recursive: true });
      symlinkSync(elsewhere, join(dir, 'cases/en'));
    },
    file: 'cases/en',
    field: 'symbolic link',
    says: 'a symbolic link: content holds files and folders only',
  },
  {
    name: 'an MDX file that is a symbolic link',
    change: (dir) => {
      renameSync(join(dir, enCase), join(dir, 'cases/real.txt'));
      symlinkSync(join(dir, 'cases/real.txt'), join(dir, enCase));
    },
    file: enCase,
    field: 'symbolic link',
    says: 'since the build would read whatever a link points to',
  },
  {
    name: 'a symbolic link to a file outside the repository',
    change: (dir) => symlinkSync('/etc/os-release', join(dir, 'cases/fr/images/os.png')),
    file: 'cases/fr/images/os.png',
    field: 'symbolic link',
    says: 'a symbolic link',
  },
  {
    name: 'a symbolic link in a taxonomy folder',
    change: (dir) => symlinkSync('/etc', join(dir, 'taxonomy/etc')),
    file: 'taxonomy/etc',
    field: 'symbolic link',
    says: 'a symbolic link',
  },
  {
    name: 'a dangling symbolic link',
    change: (dir) => symlinkSync(join(dir, 'nowhere.mdx'), join(dir, 'pages/fr/ghost.mdx')),
    file: 'pages/fr/ghost.mdx',
    field: 'symbolic link',
    says: 'a symbolic link',
  },
  {
    name: 'an MDX file in a sub-folder, which the loader would find',
    change: (dir) => {
      mkdirSync(join(dir, 'cases/fr/extra'));
      cpSync(join(dir, frCase), join(dir, 'cases/fr/extra/copie.mdx'));
    },
    file: 'cases/fr/extra/copie.mdx',
    field: 'folder',
    says: 'put the file directly in',
  },
  {
    name: 'a deeply nested MDX file',
    change: (dir) => {
      mkdirSync(join(dir, 'pages/en/a/b/c'), { recursive: true });
      cpSync(join(dir, 'pages/en/about.mdx'), join(dir, 'pages/en/a/b/c/about.mdx'));
    },
    file: 'pages/en/a/b/c/about.mdx',
    field: 'folder',
    says: 'not in a sub-folder',
  },
  {
    name: 'an extension in upper case',
    change: (dir) => renameSync(join(dir, enCase), join(dir, 'cases/en/lab28-la-loupe.MDX')),
    file: 'cases/en/lab28-la-loupe.MDX',
    field: 'file name',
    says: 'write the extension in lowercase, ".mdx"',
  },
  {
    name: 'an extension in mixed case',
    change: (dir) => renameSync(join(dir, frPage), join(dir, 'pages/fr/about.Mdx')),
    file: 'pages/fr/about.Mdx',
    field: 'file name',
    says: 'write the extension in lowercase, ".mdx"',
  },
  {
    name: 'an image extension in upper case',
    change: (dir) =>
      renameSync(
        join(dir, 'cases/fr/images/caravane.png'),
        join(dir, 'cases/fr/images/caravane.PNG'),
      ),
    file: 'cases/fr/images/caravane.PNG',
    field: 'file name',
    says: 'write the extension in lowercase, ".png"',
  },
  {
    name: 'a Windows-1252 file',
    change: (dir) =>
      writeFileSync(
        join(dir, frCase),
        Buffer.from(
          readFileSync(join(dir, frCase), 'utf8').replace(/[^\x00-\xff]/g, '?'),
          'latin1',
        ),
      ),
    file: frCase,
    field: 'file',
    says: 'not UTF-8: save the file with the UTF-8 encoding',
  },
  {
    name: 'a taxonomy list that is not UTF-8',
    change: (dir) =>
      writeFileSync(
        join(dir, 'taxonomy/levels.yaml'),
        Buffer.from(
          readFileSync(join(dir, 'taxonomy/levels.yaml'), 'utf8').replace(/[^\x00-\xff]/g, '?'),
          'latin1',
        ),
      ),
    file: 'taxonomy/levels.yaml',
    field: undefined,
    says: 'not UTF-8',
  },
  {
    name: 'a file over the size limit',
    change: addParagraph(`${'Un texte très long. '.repeat(14_000)}`),
    file: frCase,
    field: 'file',
    says: /too large to be checked: \d+ KB, at most 256 KB/,
  },
  // 2. The allow-list of elements, attributes and addresses.
  ...elements.map(([name, paragraph, element, says]): Hostile => ({
    name,
    change: addParagraph(paragraph),
    file: frCase,
    marker: paragraph.slice(0, 12),
    field: element,
    says,
  })),
  {
    name: 'an image read from outside the repository, with a query',
    change: addParagraph('![x](../../../../../../../../../../etc/os-release?raw)'),
    file: frCase,
    marker: '/etc/os-release',
    field: 'image',
    says: 'an image path has no "?" or "#" part',
  },
  {
    name: 'an image read from outside the content folder',
    change: addParagraph('![x](../../../../package.json)'),
    file: frCase,
    marker: 'package.json',
    field: 'image',
    says: 'not an image file: the name must end in .jpg | .jpeg | .png | .webp | .avif | .gif',
  },
  {
    name: 'an image outside the content folder with an image extension',
    change: addParagraph('![x](../../../../public/favicon.png)'),
    file: frCase,
    marker: 'favicon.png',
    field: 'image',
    says: 'outside the content folder',
  },
  {
    name: 'an image by an absolute path',
    change: addParagraph('![x](/../etc/passwd.png)'),
    file: frCase,
    marker: '/etc/passwd',
    field: 'image',
    says: 'images are files of the content folders',
  },
  {
    name: 'an image reached through a symbolic link',
    change: (dir) => {
      symlinkSync(join(dir, 'cases/fr/images'), join(dir, 'cases/fr/pics'));
      replace(frCase, './images/caravane.png', './pics/caravane.png')(dir);
    },
    file: frCase,
    marker: './pics/caravane.png',
    field: 'image',
    says: 'reached through a symbolic link',
  },
  {
    name: 'an image as a data: address',
    change: addParagraph('![x](data:image/png;base64,iVBORw0KGgo=)'),
    file: frCase,
    marker: 'data:image',
    field: 'image',
    says: 'images must be files of the repository',
  },
  {
    name: 'an SVG image',
    change: addParagraph('![x](./images/logo.svg)'),
    file: frCase,
    marker: 'logo.svg',
    field: 'image',
    says: 'not an image file',
  },
  {
    name: 'an image with an encoded dot-dot',
    change: addParagraph('![x](./%2e%2e/%2e%2e/%2e%2e/%2e%2e/x.png)'),
    file: frCase,
    marker: '%2e%2e',
    field: 'image',
    says: 'outside the content folder',
  },
  {
    name: 'a link to a file above public/',
    change: addParagraph('[x](/../package.json)'),
    file: frCase,
    marker: '/../package.json',
    field: 'link',
    says: 'write the address without "." or ".." segments',
  },
  {
    name: 'a link with an encoded dot-dot',
    change: addParagraph('[x](/fr/%2e%2e/%2e%2e/package.json)'),
    file: frCase,
    marker: '%2e%2e',
    field: 'link',
    says: 'write the address without "." or ".." segments',
  },
  {
    name: 'a link with an encoded slash',
    change: addParagraph('[x](/%2f%2fevil.example/)'),
    file: frCase,
    marker: 'evil.example',
    field: 'link',
    says: 'encoded slashes',
  },
  {
    name: 'an http: link',
    change: addParagraph('[x](http://example.org/)'),
    file: frCase,
    marker: 'http://example.org',
    field: 'link',
    says: '"http:" addresses are not allowed: use https://',
  },
  {
    name: 'a protocol-relative link',
    change: addParagraph('[x](//evil.example/)'),
    file: frCase,
    marker: '//evil.example',
    field: 'link',
    says: 'write the full address, starting with https://',
  },
  // 3. Strict values.
  {
    name: 'lastReviewed: true',
    change: field('lastReviewed: 2026-11-23', 'lastReviewed: true'),
    file: frCase,
    marker: 'lastReviewed:',
    field: 'lastReviewed',
    says: 'expected a date of the calendar written YYYY-MM-DD',
  },
  {
    name: 'lastReviewed: "1"',
    change: field('lastReviewed: 2026-11-23', 'lastReviewed: "1"'),
    file: frCase,
    marker: 'lastReviewed:',
    field: 'lastReviewed',
    says: 'expected a date of the calendar written YYYY-MM-DD',
  },
  {
    name: 'lastReviewed: [2020]',
    change: field('lastReviewed: 2026-11-23', 'lastReviewed: [2020]'),
    file: frCase,
    marker: 'lastReviewed:',
    field: 'lastReviewed',
    says: 'expected a date of the calendar written YYYY-MM-DD',
  },
  {
    name: 'a day the calendar does not have',
    change: field('lastReviewed: 2026-11-23', 'lastReviewed: 2026-02-30'),
    file: frCase,
    marker: 'lastReviewed:',
    field: 'lastReviewed',
    says: 'expected a date of the calendar written YYYY-MM-DD',
  },
  {
    name: 'a date in the future',
    change: field('lastReviewed: 2026-11-23', 'lastReviewed: 2999-01-01'),
    file: frCase,
    marker: 'lastReviewed:',
    field: 'lastReviewed',
    says: 'a date in the future',
  },
  {
    name: 'a date with a time',
    change: field('lastReviewed: 2026-11-23', 'lastReviewed: 2026-11-23T10:00:00Z'),
    file: frCase,
    marker: 'lastReviewed:',
    field: 'lastReviewed',
    says: 'expected a date of the calendar written YYYY-MM-DD',
  },
  {
    name: 'the same theme twice',
    change: field(
      'themes: [inclusion, citoyennete, code-robotique]',
      'themes: [inclusion, citoyennete, inclusion]',
    ),
    file: frCase,
    marker: 'themes:',
    field: 'themes',
    says: '"inclusion" is listed twice: give each value once',
  },
  {
    name: 'the same audience twice',
    change: field('audiences: [eleves, elus, habitants]', 'audiences: [eleves, eleves]'),
    file: frCase,
    marker: 'audiences:',
    field: 'audiences',
    says: '"eleves" is listed twice',
  },
  {
    name: 'the same proposal twice',
    change: field('proposals: [egne-03, egne-12]', 'proposals: [egne-12, egne-12]'),
    file: frCase,
    marker: 'proposals:',
    field: 'proposals',
    says: '"egne-12" is listed twice',
  },
  {
    name: 'a right-to-left override in a title',
    change: field('title: Le Lab28,', 'title: Le Lab28\u202e,'),
    file: frCase,
    marker: 'title:',
    field: 'title',
    says: 'contains the invisible character U+202E (right-to-left override)',
  },
  {
    name: 'a directional isolate in a summary',
    change: field('summary: À La Loupe,', 'summary: À La\u2066 Loupe,'),
    file: frCase,
    marker: 'summary:',
    field: 'summary',
    says: 'U+2066 (left-to-right isolate)',
  },
  {
    name: 'a zero-width space in an actor’s name',
    change: field('name: Collège Jean-Monnet', 'name: Collège\u200b Jean-Monnet'),
    file: frCase,
    marker: 'name: Collège',
    field: 'actors.name',
    says: 'U+200B (zero width space)',
  },
  {
    name: 'a byte-order mark inside a text',
    change: field('role: porte le Lab28', 'role: porte le\ufeff Lab28'),
    file: frCase,
    marker: 'role: porte',
    field: 'actors.role',
    says: 'U+FEFF',
  },
  {
    name: 'a NUL in a title',
    change: field(title, 'title: "Le Lab28\\0, une start-up"'),
    file: frCase,
    marker: 'title:',
    field: 'title',
    says: 'U+0000 (NUL)',
  },
  {
    name: 'an escaped NUL in a section',
    change: field('section: 2e table ronde', 'section: "2e table\\0 ronde"'),
    file: frCase,
    marker: 'section:',
    field: 'source.section',
    says: 'U+0000 (NUL)',
  },
  {
    name: 'a control character in a page description',
    change: replace(
      frPage,
      'description: Continuités présente des expériences de numérique éducatif.',
      'description: "\\x1b[31mContinuités présente des expériences de numérique éducatif."',
    ),
    file: frPage,
    marker: 'description:',
    field: 'description',
    says: 'U+001B (control character)',
  },
  {
    name: 'a line break in a title',
    change: field(title, 'title: "Le Lab28\\n::error file=README.md::Fake"'),
    file: frCase,
    marker: 'title:',
    field: 'title',
    says: 'a line break in a field written on one line',
  },
  {
    name: 'a bidi override in the text of a case',
    change: addParagraph('Texte \u202eesrever\u202c ici.'),
    file: frCase,
    marker: 'esrever',
    field: 'text',
    says: 'U+202E (right-to-left override)',
  },
  {
    name: 'a bidi override in a taxonomy label',
    change: replace(
      'taxonomy/themes.yaml',
      'fr: Familles et parents',
      'fr: Familles et\u202e parents',
    ),
    file: 'taxonomy/themes.yaml',
    marker: 'Familles et',
    field: 'label.fr',
    says: 'U+202E',
  },
  {
    name: 'a YAML alias bomb in status',
    change: field('status: relu', bomb('status').replace(/x1:/, 'x1:').trimEnd()),
    file: frCase,
    marker: 'x1:',
    field: undefined,
    says: 'the YAML alias "*a" is not allowed',
  },
  {
    name: 'a YAML alias bomb in lastReviewed',
    change: field('lastReviewed: 2026-11-23', bomb('lastReviewed').trimEnd()),
    file: frCase,
    marker: 'x1:',
    field: undefined,
    says: 'the YAML alias "*a" is not allowed',
  },
  {
    name: 'a single YAML alias',
    change: field('status: relu', 'status: &s relu\nx: *s'),
    file: frCase,
    marker: 'x: *s',
    field: undefined,
    says: 'the YAML alias "*s" is not allowed',
  },
  {
    name: 'a YAML alias bomb in a taxonomy list',
    change: replace(
      'taxonomy/levels.yaml',
      '- id: college',
      `- id: college\n  x: &a [a, a, a]\n  y: [*a, *a]`,
    ),
    file: 'taxonomy/levels.yaml',
    marker: 'y: [*a',
    field: undefined,
    says: 'the YAML alias "*a" is not allowed',
  },
  {
    name: 'a 10,000-deep YAML list',
    change: field('status: relu', `status: ${'['.repeat(10_000)}${']'.repeat(10_000)}`),
    file: frCase,
    marker: 'status:',
    field: undefined,
    says: 'nesting exceeded maxDepth',
  },
  {
    name: 'a 10,000-deep Markdown list holding a link',
    change: addParagraph(`${'- '.repeat(10_000)}[x](/fr/)`),
    file: frCase,
    marker: '- - - -',
    field: 'nesting',
    says: 'nested more than 16 levels deep',
  },
  {
    name: 'a deep Markdown list indented line by line',
    change: addParagraph(
      Array.from({ length: 200 }, (_, i) => `${'  '.repeat(i)}- item`).join('\n'),
    ),
    file: frCase,
    marker: `${'  '.repeat(16)}- item`,
    field: 'nesting',
    says: 'nested more than 16 levels deep',
  },
  {
    name: 'a 5,000-deep quotation',
    change: addParagraph(`${'> '.repeat(5000)}[x](/fr/)`),
    file: frCase,
    marker: '> > > >',
    field: 'nesting',
    says: 'nested more than 16 levels deep',
  },
  {
    name: 'thousands of unclosed links, which take remark minutes',
    change: addParagraph('[a]('.repeat(40_000)),
    file: frCase,
    field: 'file',
    says: 'took more than 2 s to check and was refused',
  },
  {
    name: 'a huge value in a controlled field',
    change: field('status: relu', `status: ${'x'.repeat(200_000)}`),
    file: frCase,
    marker: 'status:',
    field: 'status',
    says: /^"x{60}…" is not one of/,
  },
  // 4. Values that would forge the output.
  {
    name: 'a theme that would forge a GitHub annotation',
    change: field(
      'themes: [inclusion, citoyennete, code-robotique]',
      'themes: ["x\\n::error file=README.md::Fake"]',
    ),
    file: frCase,
    marker: 'themes:',
    field: 'themes',
    says: '"x\\n::error file=README.md::Fake" is not one of',
  },
  {
    name: 'a field name that would forge a GitHub annotation',
    change: field('status: relu', 'status: relu\n"x\\n::warning::Fake": 1'),
    file: frCase,
    marker: 'Fake',
    field: 'x\n::warning::Fake',
    says: 'is not a field of a case',
  },
];

describe('the content check refuses hostile contributions (issue 13)', () => {
  // The first run loads the parsers, the INSEE data and the worker thread: not what is timed below.
  beforeAll(async () => {
    await checkContent(valid, { projectRoot: root });
  });

  test('has at least 60 of them', () => {
    expect(hostile.length).toBeGreaterThanOrEqual(60);
  });

  test.each(hostile)('$name', async (variant) => {
    const dir = copyWith(variant.change);
    const started = performance.now();
    const { problems, fileCount } = await checkContent(dir, { projectRoot: root });
    const seconds = (performance.now() - started) / 1000;
    const file = relative(root, join(dir, variant.file));
    let line: number | undefined;
    if (variant.marker !== undefined) {
      const lines = readFileSync(join(dir, variant.file), 'utf8').split('\n');
      const index = lines.findIndex((text) => text.includes(variant.marker!));
      if (index < 0) throw new Error(`marker "${variant.marker}" not found in ${variant.file}`);
      line = index + 1;
    }
    const matches = (problem: Problem) =>
      problem.file === file &&
      problem.line === line &&
      problem.field === variant.field &&
      problem.severity === 'error' &&
      (typeof variant.says === 'string'
        ? problem.message.includes(variant.says)
        : variant.says.test(problem.message));
    expect(
      problems.some(matches),
      `expected ${file}:${line ?? ''}: ${variant.field}: ${String(variant.says)} among\n${problems
        .map((problem) => JSON.stringify(problem))
        .join('\n')}`,
    ).toBe(true);
    expect(seconds).toBeLessThan(5);
    // What is printed, here and on GitHub, stays one line per problem: no value can start a line.
    const { lines, exitCode } = checkReport(
      { problems, fileCount },
      { annotations: true, milliseconds: 0 },
    );
    expect(exitCode).toBe(1);
    for (const printed of lines) expect(printed).not.toMatch(/[\r\n\u202a-\u202e\u2066-\u2069]/);
    expect(lines.filter((printed) => printed.startsWith('::')).length).toBe(problems.length);
  });
});

describe('the check’s output cannot be forged', () => {
  test('escapes a value as GitHub’s workflow commands require', () => {
    expect(
      githubAnnotation({
        file: 'content/cases/fr/a,b:c.mdx',
        line: 3,
        field: 'x:y,z',
        message: '"x\n::error file=README.md::Fake" 100%\r',
        severity: 'error',
      }),
    ).toBe(
      '::error file=content/cases/fr/a%2Cb%3Ac.mdx,line=3,title=x%3Ay%2Cz::"x\\n::error file=README.md::Fake" 100%25\\r',
    );
  });
});
