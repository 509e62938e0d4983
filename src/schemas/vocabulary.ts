import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import yaml from 'js-yaml';
import { contentDir } from '../data/content-dir.ts';

/** A non-empty list of ids, as `z.enum` needs it. */
export type Ids = readonly [string, ...string[]];

/**
 * The files that hold a controlled list of ids, relative to the content folder. Case frontmatter
 * is checked against them, so a typo fails with the allowed values instead of a broken page.
 */
export const vocabularyFiles = {
  continuities: 'taxonomy/continuities.yaml',
  themes: 'taxonomy/themes.yaml',
  levels: 'taxonomy/levels.yaml',
  audiences: 'taxonomy/audiences.yaml',
  actorTypes: 'taxonomy/actor-types.yaml',
  authorities: 'taxonomy/authorities.yaml',
  scopes: 'taxonomy/scopes.yaml',
  populationBands: 'taxonomy/population-bands.yaml',
  reviewStatuses: 'taxonomy/review-statuses.yaml',
  proposalThemes: 'proposals/themes.yaml',
  proposals: 'proposals/proposals.yaml',
  sources: 'sources.yaml',
  glossary: 'glossary.yaml',
} as const;

export type Vocabulary = keyof typeof vocabularyFiles;

/** Read the ids of one YAML list; the file's own schema checks the rest when Astro loads it. */
function readIds(relativePath: string): Ids {
  const file = join(contentDir, relativePath);
  let data: unknown;
  try {
    data = yaml.load(readFileSync(file, 'utf8'));
  } catch (error) {
    // js-yaml's message carries the line and column and a snippet of the file.
    throw new Error(`${file}: ${(error as Error).message}`);
  }
  if (!Array.isArray(data) || data.length === 0) {
    throw new Error(`${file}: expected a non-empty list of entries, each with an id`);
  }
  return data.map((entry: unknown, index) => {
    const id = (entry as { id?: unknown } | null)?.id;
    if (typeof id !== 'string' || !/^[a-z0-9]+(-[a-z0-9]+)*$/.test(id)) {
      throw new Error(`${file}: entry ${index + 1}: id: expected a lowercase ASCII kebab-case id, got ${JSON.stringify(id)}`);
    }
    return id;
  }) as unknown as Ids;
}

const cache = new Map<Vocabulary, Ids>();

/** Read every controlled list now, so that a broken YAML file stops the build with its name instead of being skipped. */
export function readAllVocabularies(): void {
  for (const name of Object.keys(vocabularyFiles) as Vocabulary[]) vocabulary(name);
}

/**
 * The ids of a controlled list, read once per process.
 * @example vocabulary('continuities') // ['parcours', 'journee', 'territoire']
 */
export function vocabulary(name: Vocabulary): Ids {
  let ids = cache.get(name);
  if (!ids) {
    ids = readIds(vocabularyFiles[name]);
    cache.set(name, ids);
  }
  return ids;
}
