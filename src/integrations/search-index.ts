import type { AstroIntegration } from 'astro';
import { readdir, readFile } from 'node:fs/promises';
import { readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import yaml from 'js-yaml';
import * as pagefind from 'pagefind';
import { locales, otherLocale, type Locale } from '../i18n/config.ts';
import { GlossaryTermSchema, type GlossaryTerm } from '../schemas/glossary.ts';
import { vocabularyFiles } from '../schemas/vocabulary.ts';
import { contentDir } from '../data/content-dir.ts';
import { readForeignPhrases } from '../data/foreign-phrases.ts';
import { innerPhrases, type ForeignPhrases } from '../utils/language-marks.ts';
import {
  indexableCopy,
  markedPhrases,
  pageLocale,
  pageUrl,
  searchBodies,
  withMarkedPhrases,
} from '../search/html.ts';
import { synonymFinder, type SynonymFinder } from '../search/synonyms.ts';

/** Weight of the glossary synonyms added to a page, against 1 for the page's own words. */
const SYNONYM_WEIGHT = 0.5;

/** The glossary, the one list of synonyms (already checked by the content layer when the build reaches this point). */
function readGlossary(): GlossaryTerm[] {
  const file = join(contentDir, vocabularyFiles.glossary);
  const parsed = GlossaryTermSchema.array().safeParse(yaml.load(readFileSync(file, 'utf8')));
  if (!parsed.success)
    throw new Error(
      `${file}: ${parsed.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`).join('; ')}`,
    );
  return parsed.data;
}

async function htmlFiles(root: string): Promise<string[]> {
  const entries = await readdir(root, { recursive: true, withFileTypes: true });
  return entries
    .filter((entry) => entry.isFile() && entry.name.endsWith('.html'))
    .map((entry) => relative(root, join(entry.parentPath, entry.name)))
    .sort();
}

/** What was indexed, per language. */
export type IndexedPages = Record<Locale, string[]>;

/**
 * Index the pages of a built site into `outputPath`: only pages that carry `data-pagefind-body`,
 * each in the language of its `<html lang>`, from a copy of what Pagefind reads of them (the
 * `data-pagefind-body` elements) where elisions are cut, glossary synonyms added and the phrases
 * the page marks in the other language listed in a meta field (the files on disk are not touched). Exported for tests that index their own pages.
 */
export async function writeSearchIndex(options: {
  root: string;
  outputPath: string;
  glossary: readonly GlossaryTerm[];
  /** The phrases the site marks (see `readForeignPhrases`): those found inside a page's marked phrases travel with it too. */
  foreignPhrases?: ForeignPhrases;
}): Promise<IndexedPages> {
  const finders = Object.fromEntries(
    locales.map((locale) => [locale, synonymFinder(options.glossary, locale)]),
  ) as Record<Locale, SynonymFinder>;
  const indexed: IndexedPages = { fr: [], en: [] };
  const known = options.foreignPhrases ?? { fr: [], en: [] };
  const withInner = Object.fromEntries(
    locales.map((locale) => [locale, innerPhrases(known[locale])]),
  ) as Record<Locale, (phrases: readonly string[]) => string[]>;
  try {
    const { index, errors } = await pagefind.createIndex({});
    if (!index) throw new Error(errors.join('\n'));
    // Pages are sent without waiting for each answer, so that reading the next file overlaps with
    // Pagefind indexing the previous one; they still reach it in order, so the index is the same.
    const added: Promise<string[]>[] = [];
    for (const file of await htmlFiles(options.root)) {
      const html = await readFile(join(options.root, file), 'utf8');
      const bodies = searchBodies(html);
      if (!bodies) continue;
      const locale = pageLocale(html);
      if (!locale)
        throw new Error(
          `${file}: <html lang> is missing or not one of ${locales.join(', ')}, so the page cannot be indexed in its language`,
        );
      const url = pageUrl(file);
      added.push(
        index
          .addHTMLFile({
            url,
            // Each result brings the phrases its page marks in the other language, for the search
            // page to mark them again in what it shows of it.
            content: withMarkedPhrases(
              indexableCopy(bodies, {
                locale,
                synonyms: finders[locale],
                synonymWeight: SYNONYM_WEIGHT,
              }),
              withInner[locale](markedPhrases(bodies, otherLocale(locale))),
            ),
          })
          .then(
            (result) => result.errors.map((error) => `${file}: ${error}`),
            (error: unknown) => [
              `${file}: ${error instanceof Error ? error.message : String(error)}`,
            ],
          ),
      );
      indexed[locale].push(url);
    }
    const problems = (await Promise.all(added)).flat();
    if (problems.length) throw new Error(problems.join('\n'));
    const written = await index.writeFiles({ outputPath: options.outputPath });
    if (written.errors.length) throw new Error(written.errors.join('\n'));
  } finally {
    await pagefind.close();
  }
  return indexed;
}

/** Build the Pagefind search index (one per language, from `<html lang>`) when the static build is done. */
export function searchIndex(): AstroIntegration {
  return {
    name: 'continuites:search-index',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const started = performance.now();
        const root = fileURLToPath(dir);
        const indexed = await writeSearchIndex({
          root,
          outputPath: join(root, 'pagefind'),
          glossary: readGlossary(),
          foreignPhrases: readForeignPhrases(contentDir),
        });
        const counts = locales.map((locale) => `${indexed[locale].length} in ${locale}`).join(', ');
        logger.info(`Indexed ${counts} in ${Math.round(performance.now() - started)} ms.`);
      },
    },
  };
}
