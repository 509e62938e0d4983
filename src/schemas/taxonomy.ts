import { z } from 'astro/zod';
import { territoryScopes } from '../territory/resolve.ts';
import { notOneOf } from '../utils/suggest.ts';
import { IdSchema, LocalizedListSchema, LocalizedStringSchema } from './common.ts';

/** One value of a controlled vocabulary (a theme, a school level, an audience…). */
export const TermSchema = z.strictObject({
  /** Stable ASCII id used in frontmatter, URLs and data exports; never change it once published. */
  id: IdSchema,
  /** The name shown to readers, in both languages. */
  label: LocalizedStringSchema,
  /** One sentence saying what the value covers; shown on listing pages and in the contributor guide. */
  description: LocalizedStringSchema,
});

/** A kind of educational continuity, as framed by one round table of the partners' committee (1 October 2015). */
export const ContinuitySchema = TermSchema.extend({
  /** The round table that discussed it, for example "1re table ronde" / "First round table". */
  roundTable: LocalizedStringSchema,
  /** The question the round table was asked, in your own words. */
  question: LocalizedStringSchema,
  /** The round table's key message, in your own words. */
  message: LocalizedStringSchema,
  /** "Les + du partenariat": what working in partnership brings, one item per line. */
  pluses: LocalizedListSchema,
});

/** A level of local government responsible for schools or for the project (commune → écoles, département → collèges, région → lycées). */
export const AuthoritySchema = TermSchema.extend({
  /** What this level is responsible for in schools, for example "écoles" for the commune. */
  responsibleFor: LocalizedStringSchema,
});

/** A kind of territory; the ids are fixed because the site derives names and populations from each kind's official code. */
export const ScopeSchema = TermSchema.extend({
  /** One of national | region | academie | departement | epci | commune. */
  id: z.enum(territoryScopes, { error: (issue) => notOneOf(issue.input, territoryScopes) }),
});

/** A band of population used by the "size of territory" filter; derived from INSEE data, never typed by hand in a case. */
export const PopulationBandSchema = TermSchema.extend({
  /** Smallest population in the band (inclusive). */
  min: z.number().int().nonnegative(),
  /** Largest population in the band (inclusive); leave out for the last band. */
  max: z.number().int().positive().optional(),
});

export type Term = z.output<typeof TermSchema>;
export type Continuity = z.output<typeof ContinuitySchema>;
export type Authority = z.output<typeof AuthoritySchema>;
export type Scope = z.output<typeof ScopeSchema>;
export type PopulationBandTerm = z.output<typeof PopulationBandSchema>;
