import { z } from 'astro/zod';
import { citationSchema } from './citation.ts';
import { idFrom, IdSchema, LocalizedStringSchema } from './common.ts';
import { TermSchema } from './taxonomy.ts';
import type { Vocabularies } from './vocabulary.ts';

/** A theme of the États généraux du numérique pour l'éducation (EGNé, November 2020). */
export const ProposalThemeSchema = TermSchema;

/** One of the 40 proposals of the EGNé 2020, given the ids of the EGNé themes. */
export function proposalSchema(vocabularies: Pick<Vocabularies, 'proposalThemes'>) {
  return z.strictObject({
    /** Stable id, for example "egne-07"; cases cite it in `proposals`. */
    id: IdSchema,
    /** The proposal's number, 1 to 40, in the order of the EGNé document. */
    number: z.number().int().min(1).max(40),
    /** The EGNé theme it belongs to: an id of content/proposals/themes.yaml. */
    theme: idFrom(vocabularies.proposalThemes),
    /** The proposal, in both languages (the English source is a machine translation: correct it). */
    title: LocalizedStringSchema,
  });
}

export type Proposal = z.output<ReturnType<typeof proposalSchema>>;
export type ProposalTheme = z.output<typeof ProposalThemeSchema>;

/** One stage of the preparation of the EGNé. */
export const PreparationStageSchema = z.strictObject({
  /** What was done, in both languages. */
  label: LocalizedStringSchema,
  /** When, as the source says it ("from mid-June to mid-September 2020"). */
  period: LocalizedStringSchema,
});

/**
 * The introduction of the proposals page (content/proposals/introduction.yaml): why and how the EGNé
 * were held; given the ids of the sources it may cite.
 */
export function proposalsIntroSchema(vocabularies: Pick<Vocabularies, 'sources'>) {
  return z.strictObject({
    /** Stable id of the event, "egne-2020". */
    id: IdSchema,
    /** One sentence: the page's lead and its description for link previews. */
    summary: LocalizedStringSchema,
    /** Why the États généraux were held, and when. */
    context: LocalizedStringSchema,
    /** The stages of their preparation, in order. */
    stages: z.array(PreparationStageSchema).min(1),
    /** What came out of them. */
    outcome: LocalizedStringSchema,
    /** How to read the list of proposals. */
    reading: LocalizedStringSchema,
    /** The document these facts come from. */
    source: citationSchema(vocabularies),
  });
}

export type ProposalsIntro = z.output<ReturnType<typeof proposalsIntroSchema>>;
