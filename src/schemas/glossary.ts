import { z } from 'astro/zod';
import { IdSchema, LocalizedStringSchema } from './common.ts';

/** An acronym or term of French education policy, explained for readers and used by search as a synonym list. */
export const GlossaryTermSchema = z
  .strictObject({
    /** Stable id, for example "ent". */
    id: IdSchema,
    /** The term as it is written, in both languages (often the same acronym). */
    term: LocalizedStringSchema,
    /**
     * What the acronym stands for, in both languages: the official French name in `fr`, an English
     * rendering in `en` (pages show the French name beside it). For a name that is not an acronym
     * (Pix, GAIA-X), repeat the term or give the full name (Réseau Canopé).
     */
    expansion: LocalizedStringSchema,
    /**
     * True when the term is an abbreviation of its expansion (ENT, CNED): content pages then mark it
     * with `<abbr title="expansion">`. False for names and words (Pix, loi Peillon, académie).
     */
    abbreviation: z.boolean().default(false),
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
  })
  .refine(
    (term) =>
      !term.abbreviation ||
      (term.expansion.fr !== term.term.fr && term.expansion.en !== term.term.en),
    {
      message:
        'an abbreviation needs an expansion that says what it stands for, different from the term itself',
      path: ['expansion'],
    },
  );

export type GlossaryTerm = z.output<typeof GlossaryTermSchema>;
