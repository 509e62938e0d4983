/**
 * The content check as a library: `checkContent(folder)` reads every content file without building
 * the site and returns every problem, each with its file, line, field and what is allowed. The phases
 * run in order, each a function of what the previous ones found; none keeps state between runs.
 * `scripts/check-content.ts` is the command around it (`npm run check:content`, run first by `npm run build`).
 */
import { existsSync, statSync } from 'node:fs';
import { resolve } from 'node:path';
import { entrySchemas, listSchemas } from '../../src/schemas/collections.ts';
import type { CheckContext } from './context.ts';
import { fieldProblems } from './fields.ts';
import { findContentFiles } from './files.ts';
import { listProblems, readLists } from './lists.ts';
import { bodyProblems } from './markdown.ts';
import { pageProblems, siteIndex } from './pages.ts';
import { sortProblems, type Problem } from './problems.ts';
import { translationProblems } from './translations.ts';

export type { Problem, Severity } from './problems.ts';

/** What a run of the check found. */
export interface ContentCheck {
  /** Every problem, in reading order (see `sortProblems`). */
  problems: Problem[];
  /** How many MDX and Markdown files were checked. */
  fileCount: number;
}

/** The folder to check does not exist: nothing was checked. */
export class ContentFolderError extends Error {
  override name = 'ContentFolderError';
}

/**
 * Check a content folder. `projectRoot` (default: the working directory) is where `public/` is,
 * and what messages name files relative to.
 * @example (await checkContent('content')).problems // [{ file: 'content/cases/fr/x.mdx', line: 4, field: 'continuity', message: '"parcour" is not one of …', severity: 'error' }]
 */
export async function checkContent(
  folder: string,
  options: { projectRoot?: string } = {},
): Promise<ContentCheck> {
  const projectRoot = resolve(options.projectRoot ?? process.cwd());
  const contentRoot = resolve(projectRoot, folder);
  if (!existsSync(contentRoot) || !statSync(contentRoot).isDirectory())
    throw new ContentFolderError(`${folder}: no such folder`);
  const context: CheckContext = { contentRoot, projectRoot };

  // 1. Where the files are and what they are called.
  const found = findContentFiles(context);
  // 2. The controlled lists, then 3. the schemas built from their ids (none when a list cannot be read).
  const lists = readLists(context);
  const schemas = lists.vocabularies && {
    entries: entrySchemas(lists.vocabularies),
    lists: listSchemas(lists.vocabularies),
  };
  // 4. Every entry of every list.
  const listed = schemas ? listProblems(lists.lists, schemas.lists, context) : [];
  // 5. The frontmatter of every file.
  const fields = fieldProblems(found.files, schemas?.entries);
  // 6. Translations, 7. standalone pages, 8. the Markdown bodies, links checked against the site's routes.
  const translations = translationProblems(fields.files, context);
  const pages = pageProblems(fields.files, context);
  const bodies = await bodyProblems(
    fields.files,
    siteIndex(fields.files, lists.lists, context),
    contentRoot,
  );

  return {
    problems: sortProblems([
      ...found.problems,
      ...lists.problems,
      ...listed,
      ...fields.problems,
      ...translations,
      ...pages,
      ...bodies,
    ]),
    fileCount: found.files.length,
  };
}
