import { join } from 'node:path';
import type { VocabularyList } from '../../src/data/vocabularies.ts';
import { locales } from '../../src/i18n/config.ts';
import { buildRoutes, pageIds } from '../../src/routing/page-routes.ts';
import type { EntryCollection } from '../../src/schemas/collections.ts';
import type { VocabularyName } from '../../src/schemas/vocabulary.ts';
import { closest } from '../../src/utils/suggest.ts';
import { shownPath, type CheckContext } from './context.ts';
import type { ReadFile } from './fields.ts';
import { publicFileIn, type SiteIndex } from './links.ts';
import type { Problem } from './problems.ts';
import { translationGroups } from './translations.ts';

/** Phase 7: the standalone pages, each a page the site links to (`pageIds`), and none missing. */
export function pageProblems(files: readonly ReadFile[], context: CheckContext): Problem[] {
  const problems: Problem[] = [];
  const pageFiles = files.filter((file) => file.collection === 'pages' && file.format === 'mdx');
  for (const page of pageFiles) {
    if (!(pageIds as readonly string[]).includes(page.slug)) {
      const suggestion = closest(page.slug, pageIds);
      problems.push({
        file: page.file,
        field: 'file name',
        message: `"${page.slug}" is not a page of the site: one of ${pageIds.join(' | ')}${suggestion ? ` (did you mean "${suggestion}"?)` : ''}`,
        severity: 'error',
      });
    }
  }
  for (const id of pageIds) {
    if (!pageFiles.some((page) => page.slug === id)) {
      problems.push({
        file: shownPath(context, join(context.contentRoot, 'pages')),
        field: id,
        message: `missing: write pages/fr/${id}.mdx (the site links to it from every page)`,
        severity: 'error',
      });
    }
  }
  return problems;
}

/**
 * The site's pages, from the same route table the build uses, and the files of `public/`: what
 * internal links are checked against, without a build.
 */
export function siteIndex(
  files: readonly ReadFile[],
  lists: readonly VocabularyList[],
  context: CheckContext,
): SiteIndex {
  const groups = [...translationGroups(files).entries()];
  const translatedInputs = (collection: EntryCollection) =>
    groups
      .filter(([key]) => key.startsWith(`${collection}/`))
      .map(([key, versions]) => {
        const present = locales.filter((locale) => versions[locale]);
        return { slug: key.slice(collection.length + 1), locales: present, original: present[0]! };
      });
  const listIds = (name: VocabularyName) =>
    (lists.find((list) => list.name === name)?.entries ?? [])
      .map((entry) => (entry as { id?: unknown } | null)?.id)
      .filter((id): id is string => typeof id === 'string');
  const routes = new Set(
    buildRoutes({
      // A practice named by a number is reported by the file-name check; the route table refuses it.
      cases: translatedInputs('cases').filter((entry) => !/^[0-9]+$/.test(entry.slug)),
      voices: translatedInputs('voices'),
      pages: pageIds.map((id) => ({ slug: id, locales: [...locales], original: 'fr' as const })),
      continuities: listIds('continuities'),
      themes: listIds('themes'),
    }).map((route) => route.path),
  );
  const publicFolder = join(context.projectRoot, 'public');
  return { routes, publicFile: publicFileIn(publicFolder), publicFolder };
}
