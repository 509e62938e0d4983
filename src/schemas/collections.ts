import type { z } from 'astro/zod';
import { caseSchema } from './case.ts';
import { GlossaryTermSchema } from './glossary.ts';
import { pageSchema } from './page.ts';
import { proposalSchema, ProposalThemeSchema } from './proposal.ts';
import { SourceSchema } from './source.ts';
import {
  AuthoritySchema,
  ContinuitySchema,
  PopulationBandSchema,
  ScopeSchema,
  TermSchema,
} from './taxonomy.ts';
import type { Vocabularies, VocabularyName } from './vocabulary.ts';
import { voiceSchema } from './voice.ts';

/**
 * The schema of each localized MDX collection (`content/<name>/{fr,en}/*.mdx`), built from the
 * controlled lists. `src/content.config.ts` and the content check both take their schemas from here.
 */
export function entrySchemas(vocabularies: Vocabularies) {
  return {
    cases: caseSchema(vocabularies),
    voices: voiceSchema(vocabularies),
    pages: pageSchema(vocabularies),
  };
}

/** The name of a localized MDX collection. */
export type EntryCollection = keyof ReturnType<typeof entrySchemas>;

/**
 * The schema of one entry of each controlled list of `vocabularyFiles`: a list without a schema
 * here fails the type-check.
 */
export function listSchemas(vocabularies: Vocabularies) {
  return {
    continuities: ContinuitySchema,
    themes: TermSchema,
    levels: TermSchema,
    audiences: TermSchema,
    actorTypes: TermSchema,
    authorities: AuthoritySchema,
    scopes: ScopeSchema,
    populationBands: PopulationBandSchema,
    reviewStatuses: TermSchema,
    proposalThemes: ProposalThemeSchema,
    proposals: proposalSchema(vocabularies),
    sources: SourceSchema,
    glossary: GlossaryTermSchema,
  } satisfies Record<VocabularyName, z.ZodType>;
}

/** One entry of a controlled list, as its schema outputs it (`ListEntry<'themes'>` is a `Term`). */
export type ListEntry<K extends VocabularyName> = z.output<ReturnType<typeof listSchemas>[K]>;
