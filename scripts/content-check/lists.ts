import { readVocabularyLists, type VocabularyList } from '../../src/data/vocabularies.ts';
import type { listSchemas } from '../../src/schemas/collections.ts';
import type { Vocabularies } from '../../src/schemas/vocabulary.ts';
import { shownPath, type CheckContext } from './context.ts';
import { both } from '../../src/i18n/contributor/index.ts';
import { textProblems } from '../../src/schemas/characters.ts';
import { fieldName, FieldLocator, schemaProblems, type Locator } from './frontmatter.ts';
import type { Problem } from './problems.ts';

/**
 * Phase 2: read the controlled lists (YAML syntax, a list of entries, a kebab-case id in each), with
 * the reader the build uses. The schemas are built from their ids: without `vocabularies`, the
 * frontmatter cannot be checked.
 */
export function readLists(context: CheckContext): {
  lists: VocabularyList[];
  vocabularies?: Vocabularies;
  problems: Problem[];
} {
  const { vocabularies, lists, problems } = readVocabularyLists(context.contentRoot);
  return {
    lists,
    ...(vocabularies ? { vocabularies } : {}),
    problems: problems.map(({ path, line, message, fr }) => ({
      file: shownPath(context, path),
      line,
      message,
      fr,
      severity: 'error',
    })),
  };
}

/** A locator for one entry of a list, so that paths inside the entry find their lines. */
function entryLocator(locator: Locator, index: number): Locator {
  return { line: (path, key) => locator.line([index, ...path], key) };
}

/** Phase 4: every entry of every list against its schema, and ids used twice (the build would keep one silently). */
export function listProblems(
  lists: readonly VocabularyList[],
  schemas: ReturnType<typeof listSchemas>,
  context: CheckContext,
): Problem[] {
  const problems: Problem[] = [];
  for (const { name, path, text, entries } of lists) {
    const file = shownPath(context, path);
    const locator = new FieldLocator(text, 1);
    const seen = new Map<string, number>();
    entries.forEach((entry, index) => {
      // Invisible and control characters, in any text of the entry (line breaks are allowed in a list's texts).
      for (const found of textProblems(entry, { multiline: true }))
        problems.push({
          file,
          line: locator.line([index, ...found.path]),
          field: fieldName(found.path) || undefined,
          message: found.message,
          fr: found.fr,
          severity: 'error',
        });
      problems.push(
        ...schemaProblems({
          schema: schemas[name],
          data: entry,
          file,
          locator: entryLocator(locator, index),
          kind: 'kind.listEntry',
        }),
      );
      const id = (entry as { id?: unknown } | null)?.id;
      if (typeof id !== 'string') return;
      const first = seen.get(id);
      if (first !== undefined) {
        problems.push({
          file,
          line: locator.line([index, 'id']),
          field: 'id',
          ...both('list.duplicateId', { id: JSON.stringify(id), first }),
          severity: 'error',
        });
      } else seen.set(id, locator.line([index, 'id']) ?? 0);
    });
  }
  return problems;
}
