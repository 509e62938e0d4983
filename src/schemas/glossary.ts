import { z } from 'astro/zod';
import { IdSchema, LocalizedStringSchema } from './common.ts';

/** An acronym or term of French education policy, explained for readers and used by search as a synonym list. */
export const GlossaryTermSchema = z.strictObject({
  /** Stable id, for example "ent". */
  id: IdSchema,
  /** The term as it is written, in both languages (often the same acronym). */
  term: LocalizedStringSchema,
  /** What the acronym stands for, in both languages. */
  expansion: LocalizedStringSchema,
  /** One or two sentences saying what it is, in your own words. */
  definition: LocalizedStringSchema,
  /** Other ways readers write it; search treats them as the same word. */
  synonyms: z
    .strictObject({
      /** French synonyms. */
      fr: z.array(z.string().min(1)).default([]),
      /** English synonyms. */
      en: z.array(z.string().min(1)).default([]),
    })
    .default({ fr: [], en: [] }),
});

export type GlossaryTerm = z.output<typeof GlossaryTermSchema>;
