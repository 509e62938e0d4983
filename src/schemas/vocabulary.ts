/**
 * The controlled lists of the content model: their names, their files and the ids they hold.
 * Nothing here reads a file: `src/data/vocabularies.ts` reads the lists from a content folder, and
 * the schemas that check ids against them are factories that receive them (see `collections.ts`).
 */

/**
 * The files that hold a controlled list of ids, relative to the content folder: the one record of
 * their names. The collections of `src/content.config.ts`, the taxonomy of `src/data/site-data.ts`,
 * the content check and the contributor guide all derive their lists from it.
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

/** The name of a controlled list, for example `themes`. */
export type VocabularyName = keyof typeof vocabularyFiles;

/** Every controlled list, in the order of `vocabularyFiles`. */
export const vocabularyNames = Object.keys(vocabularyFiles) as VocabularyName[];

/** A non-empty list of ids, as `z.enum` needs it. */
export type Ids = readonly [string, ...string[]];

/**
 * The ids of every controlled list, in the order of their files: what the schemas check ids against.
 * @example { continuities: ['parcours', 'journee', 'territoire'], themes: ['ent', …], … }
 */
export type Vocabularies = Readonly<Record<VocabularyName, Ids>>;
