import type { entrySchemas } from '../../src/schemas/collections.ts';
import { collections, type ContentFile } from './files.ts';
import { both } from '../../src/i18n/contributor/index.ts';
import { textProblems } from '../../src/schemas/characters.ts';
import { fieldName, FieldLocator, readFrontmatter, schemaProblems } from './frontmatter.ts';
import type { Problem } from './problems.ts';

/** A content file with its frontmatter read. */
export interface ReadFile extends ContentFile {
  /** Where each field is, when the frontmatter could be read. */
  locator?: FieldLocator;
  /** The frontmatter as the schema outputs it, when it is valid. */
  data?: Record<string, unknown>;
}

/**
 * Phase 5: the frontmatter of every content file, against the site's own schemas (when the lists
 * could be read: `schemas` is undefined otherwise, and only YAML syntax is checked).
 */
export function fieldProblems(
  files: readonly ContentFile[],
  schemas: ReturnType<typeof entrySchemas> | undefined,
): { files: ReadFile[]; problems: Problem[] } {
  const problems: Problem[] = [];
  const read = files.map((entry): ReadFile => {
    const { raw, firstLine } = entry.split;
    if (raw === undefined) {
      problems.push({
        file: entry.file,
        line: 1,
        field: 'frontmatter',
        ...both('file.noFrontmatter'),
        severity: 'error',
      });
      return entry;
    }
    const { data, problem } = readFrontmatter(raw, entry.file, firstLine);
    if (problem) {
      problems.push(problem);
      return entry;
    }
    const locator = new FieldLocator(raw, firstLine);
    // Invisible characters and line breaks, in every field whatever else is wrong (the schema's own
    // refinement only runs on an entry that is otherwise valid, and says the same).
    const texts: Problem[] = textProblems(data).map(({ path, message, fr }) => ({
      file: entry.file,
      line: locator.line(path),
      field: fieldName(path) || undefined,
      message,
      fr,
      severity: 'error',
    }));
    problems.push(...texts);
    if (!schemas) return { ...entry, locator };
    const schema = schemas[entry.collection];
    const said = new Set(texts.map((problem) => `${problem.line} ${problem.message}`));
    const found = schemaProblems({
      schema,
      data: data ?? {},
      file: entry.file,
      locator,
      kind: collections[entry.collection].kind,
    });
    problems.push(...found.filter((problem) => !said.has(`${problem.line} ${problem.message}`)));
    return found.length
      ? { ...entry, locator }
      : { ...entry, locator, data: schema.parse(data ?? {}) as Record<string, unknown> };
  });
  return { files: read, problems };
}
