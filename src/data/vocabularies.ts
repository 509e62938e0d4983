import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { both } from '../i18n/contributor/index.ts';
import { idPattern } from '../schemas/common.ts';
import {
  vocabularyFiles,
  vocabularyNames,
  type Ids,
  type Vocabularies,
  type VocabularyName,
} from '../schemas/vocabulary.ts';
import { maxContentBytes, readContentText } from '../utils/text-file.ts';
import { readYaml } from '../utils/yaml.ts';
import { contentDir } from './content-dir.ts';

/** One controlled list as read from a content folder. */
export interface VocabularyList {
  name: VocabularyName;
  /** The file: the content folder joined with its path in `vocabularyFiles`. */
  path: string;
  /** The file's text, to locate the line of each entry. */
  text: string;
  /** The entries, not yet checked against their schema (the content layer and the content check do that). */
  entries: unknown[];
}

/** What stops a controlled list from being read, said for a contributor. */
export interface VocabularyProblem {
  path: string;
  line?: number | undefined;
  message: string;
  /** The same in French, when it has a translation. */
  fr?: string | undefined;
}

/** Every controlled list of a content folder, read once. */
export interface VocabularyRead {
  /** The ids of every list, in the order of their files; absent when any list cannot be read. */
  vocabularies?: Vocabularies;
  /** The lists that could be read. */
  lists: VocabularyList[];
  /** One problem per list that could not be read, or per entry without a valid id. */
  problems: VocabularyProblem[];
}

/**
 * Read every controlled list of `vocabularyFiles` from a content folder: the one reader of the lists
 * from disk, for the build (`readVocabularies`) and the content check (which reports every problem).
 */
export function readVocabularyLists(folder: string): VocabularyRead {
  const lists: VocabularyList[] = [];
  const problems: VocabularyProblem[] = [];
  const ids: Partial<Record<VocabularyName, Ids>> = {};
  for (const name of vocabularyNames) {
    const path = join(folder, vocabularyFiles[name]);
    if (!existsSync(path)) {
      problems.push({
        path,
        message: 'missing: the site needs this list (see src/schemas/vocabulary.ts)',
      });
      continue;
    }
    const read = readContentText(path);
    if (read.error) {
      problems.push({
        path,
        ...(read.error === 'too large'
          ? both('file.tooLarge', {
              size: Math.ceil(read.bytes / 1024),
              limit: maxContentBytes / 1024,
            })
          : both('file.notUtf8')),
      });
      continue;
    }
    const text = read.text;
    const { data, error } = readYaml(text);
    if (error) {
      problems.push({ path, ...error });
      continue;
    }
    if (!Array.isArray(data) || data.length === 0) {
      problems.push({
        path,
        line: 1,
        message: 'expected a non-empty list of entries, each starting with "- id: …"',
      });
      continue;
    }
    lists.push({ name, path, text, entries: data });
    const listIds = data.map((entry: unknown) => (entry as { id?: unknown } | null)?.id);
    const badIndex = listIds.findIndex((id) => typeof id !== 'string' || !idPattern.test(id));
    if (badIndex >= 0) {
      problems.push({
        path,
        message: `entry ${badIndex + 1}: id: expected a lowercase ASCII kebab-case id, got ${JSON.stringify(listIds[badIndex])}`,
      });
      continue;
    }
    ids[name] = listIds as unknown as Ids;
  }
  return problems.length
    ? { lists, problems }
    : { vocabularies: ids as Vocabularies, lists, problems };
}

/**
 * The ids of every controlled list of a content folder (by default the site's, see `contentDir`).
 * A list that cannot be read throws with its file and line, so that the build stops with the name of
 * the file instead of going on with an empty collection (Astro's file loader only logs a YAML error).
 * @example readVocabularies().levels // ['ecole', 'college', 'lycee']
 */
export function readVocabularies(folder: string = contentDir): Vocabularies {
  const { vocabularies, problems } = readVocabularyLists(folder);
  if (!vocabularies) {
    throw new Error(
      problems
        .map(({ path, line, message }) => `${path}${line ? `:${line}` : ''}: ${message}`)
        .join('\n'),
    );
  }
  return vocabularies;
}
