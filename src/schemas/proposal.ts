import { z } from 'astro/zod';
import { idFrom, IdSchema, LocalizedStringSchema } from './common.ts';
import { TermSchema } from './taxonomy.ts';

/** A theme of the États généraux du numérique pour l'éducation (EGNé, November 2020). */
export const ProposalThemeSchema = TermSchema;

/** One of the 40 proposals of the EGNé 2020. */
export const ProposalSchema = z.strictObject({
  /** Stable id, for example "egne-07"; cases cite it in `proposals`. */
  id: IdSchema,
  /** The proposal's number, 1 to 40, in the order of the EGNé document. */
  number: z.number().int().min(1).max(40),
  /** The EGNé theme it belongs to: an id of content/proposals/themes.yaml. */
  theme: idFrom('proposalThemes'),
  /** The proposal, in both languages (the English source is a machine translation: correct it). */
  title: LocalizedStringSchema,
});

export type Proposal = z.output<typeof ProposalSchema>;
export type ProposalTheme = z.output<typeof ProposalThemeSchema>;
