/**
 * The content check: `npm run check:content [folder]` (default `content/`, or CONTINUITES_CONTENT_DIR).
 *
 * Reads every content file without building the site and lists every problem, each with its file,
 * line, field and what is allowed: frontmatter against the site's own schemas, translations, Markdown,
 * and content that would run code when the site is built (MDX compiles to JavaScript). `npm run build`
 * runs it before `astro build`, so unsafe content never reaches the build. Errors exit 1; warnings alone exit 0.
 *
 * Options: `--only-unsafe` reports only content that would run code or load another site (used by `npm run dev`).
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { extname, join, relative, resolve, sep } from 'node:path';
import { slug as githubSlug } from 'github-slugger';
import type { z } from 'astro/zod';
import { allowedComponents } from '../src/components/mdx/allowed.ts';
import { locales, localeNames, otherLocale, isLocale, type Locale } from '../src/i18n/config.ts';
import { buildRoutes, pageIds } from '../src/utils/page-routes.ts';
import { readGitDates } from '../src/utils/git-dates.ts';
import { translationStatus } from '../src/utils/translation-status.ts';
import { closest } from '../src/utils/suggest.ts';
import { FieldLocator, readYaml, schemaProblems, splitFrontmatter } from './content-check/frontmatter.ts';
import { markdownProblems } from './content-check/markdown.ts';
import { formatProblem, githubAnnotation, sortProblems, summarize, type Problem } from './content-check/problems.ts';

const started = performance.now();
const args = process.argv.slice(2);
const onlyUnsafe = args.includes('--only-unsafe');
const unknownOption = args.find((arg) => arg.startsWith('--') && arg !== '--only-unsafe');
if (unknownOption) {
  console.error(`check-content: unknown option ${unknownOption}; usage: node scripts/check-content.ts [content folder] [--only-unsafe]`);
  process.exit(2);
}
const contentFolder = args.find((arg) => !arg.startsWith('--')) ?? process.env.CONTINUITES_CONTENT_DIR ?? 'content';
// The schemas read the controlled lists from this folder when they are imported, so it is set first.
process.env.CONTINUITES_CONTENT_DIR = contentFolder;

const root = process.cwd();
const contentRoot = resolve(root, contentFolder);
const shown = (absolute: string) => relative(root, absolute).split(sep).join('/');
const problems: Problem[] = [];
const report = (problem: Problem) => problems.push(problem);

if (!existsSync(contentRoot) || !statSync(contentRoot).isDirectory()) {
  console.error(`check-content: ${contentFolder}: no such folder`);
  process.exit(2);
}

/** The folders of MDX content, what their files are called in messages, and which schema checks them. */
const collections = {
  cases: { kind: 'a case', schemaModule: '../src/schemas/case.ts', schemaName: 'CaseSchema' },
  voices: { kind: 'an interview', schemaModule: '../src/schemas/voice.ts', schemaName: 'VoiceSchema' },
  pages: { kind: 'a page', schemaModule: '../src/schemas/page.ts', schemaName: 'PageSchema' },
} as const;
type Collection = keyof typeof collections;

/** The schema of each controlled list (the file names come from src/schemas/vocabulary.ts). */
const listSchemas = {
  continuities: ['taxonomy.ts', 'ContinuitySchema'],
  themes: ['taxonomy.ts', 'TermSchema'],
  levels: ['taxonomy.ts', 'TermSchema'],
  audiences: ['taxonomy.ts', 'TermSchema'],
  actorTypes: ['taxonomy.ts', 'TermSchema'],
  authorities: ['taxonomy.ts', 'AuthoritySchema'],
  scopes: ['taxonomy.ts', 'ScopeSchema'],
  populationBands: ['taxonomy.ts', 'PopulationBandSchema'],
  reviewStatuses: ['taxonomy.ts', 'TermSchema'],
  proposalThemes: ['proposal.ts', 'ProposalThemeSchema'],
  proposals: ['proposal.ts', 'ProposalSchema'],
  sources: ['source.ts', 'SourceSchema'],
  glossary: ['glossary.ts', 'GlossaryTermSchema'],
} as const;

const idPattern = /^[a-z0-9]+(-[a-z0-9]+)*$/;
const imageExtensions = new Set(['.jpg', '.jpeg', '.png', '.webp', '.avif', '.gif', '.svg']);

/** One MDX or Markdown file of a collection. */
interface ContentFile {
  collection: Collection;
  locale: Locale;
  slug: string;
  absolute: string;
  file: string;
  format: 'md' | 'mdx';
  source: string;
  split: ReturnType<typeof splitFrontmatter>;
  locator?: FieldLocator;
  /** The frontmatter as the schema outputs it, when it is valid. */
  data?: Record<string, unknown>;
}

function listFiles(folder: string): string[] {
  if (!existsSync(folder)) return [];
  return readdirSync(folder, { withFileTypes: true }).flatMap((entry) => {
    const path = join(folder, entry.name);
    return entry.isDirectory() ? listFiles(path) : [path];
  });
}

// 1. Find the content files, check where they are and what they are called.
const files: ContentFile[] = [];
const idsByCollection = new Map<string, ContentFile[]>();
for (const collection of Object.keys(collections) as Collection[]) {
  const folder = join(contentRoot, collection);
  for (const absolute of listFiles(folder)) {
    const file = shown(absolute);
    const extension = extname(absolute).toLowerCase();
    if (imageExtensions.has(extension)) continue;
    if (extension !== '.mdx' && extension !== '.md') {
      report({
        file,
        message: `only .mdx files (and their images) belong in ${shown(folder)}/: this file is not published`,
        severity: 'warning',
      });
      continue;
    }
    const [first, ...rest] = relative(folder, absolute).split(sep);
    if (!isLocale(first) || rest.length === 0) {
      report({
        file,
        field: 'folder',
        message: `put the file in a language folder: ${shown(folder)}/fr/ or ${shown(folder)}/en/`,
        severity: 'error',
      });
      continue;
    }
    const slug = rest.join('/').slice(0, -extension.length);
    const source = readFileSync(absolute, 'utf8');
    const entry: ContentFile = {
      collection,
      locale: first,
      slug,
      absolute,
      file,
      format: extension === '.md' ? 'md' : 'mdx',
      source,
      split: splitFrontmatter(source),
    };
    files.push(entry);
    if (entry.format === 'md') {
      report({
        file,
        field: 'file name',
        message: `only .mdx files are published: rename it ${shown(absolute).replace(/\.md$/i, '.mdx')}`,
        severity: 'error',
      });
    }
    const badSegment = slug.split('/').find((segment) => !idPattern.test(segment));
    if (badSegment !== undefined) {
      report({
        file,
        field: 'file name',
        message: `"${badSegment}" is not a valid name: use lowercase ASCII letters, digits and hyphens, without accents or spaces (for example "${
          githubSlug(badSegment)
            .normalize('NFD')
            .replace(/[^a-z0-9-]/g, '') || 'lab28-la-loupe'
        }")`,
        severity: 'error',
      });
    }
    // Astro derives the page address from the path this way; two files with the same address build silently, the last one winning.
    const astroId = `${collection}/${first}/${slug
      .split('/')
      .map((segment) => githubSlug(segment))
      .join('/')}`;
    idsByCollection.set(astroId, [...(idsByCollection.get(astroId) ?? []), entry]);
  }
}
for (const [id, entries] of idsByCollection) {
  if (entries.length < 2) continue;
  for (const entry of entries) {
    const others = entries
      .filter((other) => other !== entry)
      .map((other) => other.file)
      .join(', ');
    report({
      file: entry.file,
      field: 'file name',
      message: `same address as ${others} (${id.split('/').slice(1).join('/')}): the build would keep only one of them, silently; rename or remove one`,
      severity: 'error',
    });
  }
}

// 2. The controlled lists: YAML syntax first, since the schemas are built from them.
const { vocabularyFiles } = await import('../src/schemas/vocabulary.ts');
const listData = new Map<keyof typeof listSchemas, { file: string; raw: string; data: unknown }>();
let listsReadable = true;
for (const [name, path] of Object.entries(vocabularyFiles) as [keyof typeof listSchemas, string][]) {
  const absolute = join(contentRoot, path);
  const file = shown(absolute);
  if (!existsSync(absolute)) {
    report({ file, message: `missing: the site needs this list (see src/schemas/vocabulary.ts)`, severity: 'error' });
    listsReadable = false;
    continue;
  }
  const raw = readFileSync(absolute, 'utf8');
  const { data, problem } = readYaml(raw, file, 1);
  if (problem) {
    report(problem);
    listsReadable = false;
    continue;
  }
  if (!Array.isArray(data) || data.length === 0) {
    report({ file, line: 1, message: 'expected a non-empty list of entries, each starting with "- id: …"', severity: 'error' });
    listsReadable = false;
    continue;
  }
  listData.set(name, { file, raw, data });
}

// 3. The schemas, imported now that the content folder is known; they read the lists' ids.
type Schemas = { content: Record<Collection, z.ZodType>; lists: Record<keyof typeof listSchemas, z.ZodType> };
let schemas: Schemas | undefined;
if (listsReadable) {
  try {
    const modules = new Map<string, Record<string, z.ZodType>>();
    const load = async (path: string) => {
      if (!modules.has(path)) modules.set(path, (await import(path)) as Record<string, z.ZodType>);
      return modules.get(path)!;
    };
    const content = {} as Record<Collection, z.ZodType>;
    for (const [collection, { schemaModule, schemaName }] of Object.entries(collections) as [
      Collection,
      (typeof collections)[Collection],
    ][]) {
      content[collection] = (await load(schemaModule))[schemaName]!;
    }
    const lists = {} as Record<keyof typeof listSchemas, z.ZodType>;
    for (const [name, [module, schemaName]] of Object.entries(listSchemas) as [keyof typeof listSchemas, readonly [string, string]][]) {
      lists[name] = (await load(`../src/schemas/${module}`))[schemaName]!;
    }
    schemas = { content, lists };
  } catch (error) {
    // vocabulary.ts names the file: "content/taxonomy/themes.yaml: entry 3: id: …".
    const message = (error as Error).message;
    const match = /^(.*?\.ya?ml): ([\s\S]*)$/.exec(message);
    report({ file: match ? shown(resolve(root, match[1]!)) : shown(contentRoot), message: match ? match[2]! : message, severity: 'error' });
  }
}

// 4. Every entry of every list, and ids used twice (the build would keep one silently).
if (schemas) {
  for (const [name, { file, raw, data }] of listData) {
    const locator = new FieldLocator(raw, 1);
    const seen = new Map<string, number>();
    (data as unknown[]).forEach((entry, index) => {
      for (const problem of schemaProblems({
        schema: schemas!.lists[name],
        data: entry,
        file,
        locator: locatorAt(locator, index),
        kind: 'an entry of this list',
      }))
        report(problem);
      const id = (entry as { id?: unknown } | null)?.id;
      if (typeof id !== 'string') return;
      const first = seen.get(id);
      if (first !== undefined) {
        report({
          file,
          line: locator.line([index, 'id']),
          field: 'id',
          message: `"${id}" is used twice (first on line ${first}): each entry needs its own id`,
          severity: 'error',
        });
      } else seen.set(id, locator.line([index, 'id']) ?? 0);
    });
  }
}

/** A locator for one entry of a list, so that paths inside the entry find their lines. */
function locatorAt(locator: FieldLocator, index: number): FieldLocator {
  return { line: (path: readonly PropertyKey[], key?: string) => locator.line([index, ...path], key) } as FieldLocator;
}

// 5. Frontmatter of every content file, against the site's own schemas.
for (const entry of files) {
  const { raw, firstLine } = entry.split;
  if (raw === undefined) {
    report({
      file: entry.file,
      line: 1,
      field: 'frontmatter',
      message: 'the file must start with its fields between two lines of ---: copy them from the template (npm run new:case -- <id>)',
      severity: 'error',
    });
    continue;
  }
  const { data, problem } = readYaml(raw, entry.file, firstLine);
  if (problem) {
    report(problem);
    continue;
  }
  entry.locator = new FieldLocator(raw, firstLine);
  if (!schemas) continue;
  const schema = schemas.content[entry.collection];
  const found = schemaProblems({
    schema,
    data: data ?? {},
    file: entry.file,
    locator: entry.locator,
    kind: collections[entry.collection].kind,
  });
  found.forEach(report);
  if (found.length === 0) entry.data = schema.parse(data ?? {}) as Record<string, unknown>;
}

// 6. Translations: both languages exist, agree on their structured fields, and the translation is not older than its source.
const dates = readGitDates(contentRoot);
const groups = new Map<string, Partial<Record<Locale, ContentFile>>>();
for (const entry of files.filter((file) => file.format === 'mdx')) {
  const key = `${entry.collection}/${entry.slug}`;
  groups.set(key, { ...groups.get(key), [entry.locale]: entry });
}
const { structuredDifferences } = await import('../src/utils/cases.ts');
for (const versions of groups.values()) {
  const present = locales.filter((locale) => versions[locale]);
  const declared = present.map((locale) => versions[locale]!.data?.['original'] as Locale | undefined).find(Boolean);
  const original = declared && versions[declared] ? declared : present.includes('fr') ? 'fr' : present[0]!;
  const source = versions[original]!;
  if (present.length === 1) {
    const missing = otherLocale(original);
    const missingFile = shown(join(contentRoot, source.collection, missing, `${source.slug}.mdx`));
    report({
      file: source.file,
      field: 'translation',
      message: `no ${localeNames[missing]} version yet (${missingFile}): until there is one, the ${localeNames[missing]} site shows this text with a notice`,
      severity: 'warning',
    });
    if (declared && declared !== original) {
      report({
        file: source.file,
        line: source.locator?.line(['original']),
        field: 'original',
        message: `"${declared}" but there is no ${localeNames[declared]} version: write "${original}"`,
        severity: 'warning',
      });
    }
    continue;
  }
  const translations = present.filter((locale) => locale !== original);
  if (source.collection === 'cases' && present.every((locale) => versions[locale]!.data)) {
    const data = Object.fromEntries(present.map((locale) => [locale, versions[locale]!.data])) as Parameters<
      typeof structuredDifferences
    >[0];
    for (const difference of structuredDifferences(data)) {
      for (const locale of translations) {
        const translation = versions[locale]!;
        const path = difference.field.replace(/ \(.*\)$/, '').split('.');
        report({
          file: translation.file,
          line: translation.locator?.line(path),
          field: difference.field,
          message: `must be the same as in ${source.file} (${original}: ${JSON.stringify(difference[original])}, ${locale}: ${JSON.stringify(difference[locale])})`,
          severity: 'error',
        });
      }
    }
  }
  const status = translationStatus({
    locales: present,
    original,
    updated: (locale) => dates.get(relative(contentRoot, versions[locale]!.absolute).split(sep).join('/')),
  });
  for (const locale of translations) {
    const state = status[locale];
    if (state.state !== 'outdated') continue;
    report({
      file: versions[locale]!.file,
      field: 'translation',
      message: `older than its source: ${source.file} changed on ${isoDay(status[original].updated)}, after this translation (${isoDay(state.updated)}); bring the translation up to date`,
      severity: 'warning',
    });
  }
}

function isoDay(date: Date | undefined): string {
  return date ? date.toISOString().slice(0, 10) : 'an unknown date';
}

// 7. The site's routes, from the same table the build uses, so that internal links can be checked without a build.
const pageFiles = files.filter((file) => file.collection === 'pages' && file.format === 'mdx');
for (const page of pageFiles) {
  if (!(pageIds as readonly string[]).includes(page.slug)) {
    const suggestion = closest(page.slug, pageIds);
    report({
      file: page.file,
      field: 'file name',
      message: `"${page.slug}" is not a page of the site: one of ${pageIds.join(' | ')}${suggestion ? ` (did you mean "${suggestion}"?)` : ''}`,
      severity: 'error',
    });
  }
}
for (const id of pageIds) {
  if (!pageFiles.some((page) => page.slug === id)) {
    report({
      file: shown(join(contentRoot, 'pages')),
      field: id,
      message: `missing: write pages/fr/${id}.mdx (the site links to it from every page)`,
      severity: 'error',
    });
  }
}
const translatedInputs = (collection: Collection) =>
  [...groups.entries()]
    .filter(([key]) => key.startsWith(`${collection}/`))
    .map(([key, versions]) => {
      const present = locales.filter((locale) => versions[locale]);
      return { slug: key.slice(collection.length + 1), locales: present, original: present[0]! };
    });
const listIds = (name: keyof typeof listSchemas) =>
  ((listData.get(name)?.data ?? []) as { id?: unknown }[]).map((entry) => entry?.id).filter((id): id is string => typeof id === 'string');
const routes = new Set(
  buildRoutes({
    cases: translatedInputs('cases'),
    voices: translatedInputs('voices'),
    pages: pageIds.map((id) => ({ slug: id, locales: [...locales], original: 'fr' as const })),
    continuities: listIds('continuities'),
    themes: listIds('themes'),
  }).map((route) => route.path),
);
const publicFolder = join(root, 'public');
// A folder of public/ with an index.html is a page too (the web editor, /admin/).
const publicPath = (path: string) => join(publicFolder, path.endsWith('/') ? `${path}index.html` : path);
const site = { routes, publicFile: (path: string) => existsSync(publicPath(path)) && statSync(publicPath(path)).isFile() };

// 8. The Markdown of every file: unsafe code, images, headings, links, raw HTML.
for (const entry of files) {
  for (const problem of markdownProblems(entry.split.body, {
    file: entry.file,
    absolutePath: entry.absolute,
    format: entry.format,
    site,
    components: allowedComponents,
  })) {
    report(problem);
  }
}

// 9. The report.
const shownProblems = sortProblems(onlyUnsafe ? problems.filter((problem) => problem.unsafe) : problems);
for (const problem of shownProblems) console.log(formatProblem(problem));
if (process.env['GITHUB_ACTIONS'] === 'true') for (const problem of shownProblems) console.log(githubAnnotation(problem));
console.log(summarize(shownProblems, files.length, performance.now() - started));
process.exitCode = shownProblems.some((problem) => problem.severity === 'error') ? 1 : 0;
