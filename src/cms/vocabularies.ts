import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import yaml from 'js-yaml';
import { vocabularyFiles, type VocabularyName } from '../schemas/vocabulary.ts';
import { officialCodes, type CodedScope, type NamedCode } from '../territory/resolve.ts';
import type { Bilingual } from './texts.ts';

/** One value of a controlled list as the editor offers it: its id, and its label or title. */
export interface VocabularyEntry {
  id: string;
  label?: Bilingual;
  /** Proposals have a `{ fr, en }` title, sources a title in their own language. */
  title?: Bilingual | string;
  /** A proposal's number, shown before its title. */
  number?: number;
}

/** Every controlled list of `content/`, in the order of its file. */
export type CmsVocabularies = Record<VocabularyName, readonly VocabularyEntry[]>;

/**
 * Read the controlled lists of a content folder (taxonomy, proposals, sources, glossary) as they are
 * written, for the editor's select fields. Called once by whoever builds the configuration.
 */
export function readVocabularies(contentDir: string): CmsVocabularies {
  return Object.fromEntries(
    (Object.entries(vocabularyFiles) as [VocabularyName, string][]).map(([name, file]) => {
      const path = join(contentDir, file);
      const entries = yaml.load(readFileSync(path, 'utf8'));
      if (!Array.isArray(entries))
        throw new Error(`${path}: expected a list of entries, each with an id`);
      return [name, entries as VocabularyEntry[]];
    }),
  ) as unknown as CmsVocabularies;
}

/** The official codes the editor accepts for each scope that has one (see `territoryProblems`). */
export type TerritoryCodes = Record<CodedScope, readonly NamedCode[]>;

/** Every official code of every coded scope, from the same data as the content check. */
export function readTerritoryCodes(): TerritoryCodes {
  return {
    region: officialCodes('region'),
    departement: officialCodes('departement'),
    epci: officialCodes('epci'),
    commune: officialCodes('commune'),
  };
}
