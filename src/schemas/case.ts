import { z } from 'astro/zod';
import { codeFormats, territoryProblems, territoryScopes } from '../utils/territory.ts';
import { notOneOf } from '../utils/suggest.ts';
import { CitationSchema } from './citation.ts';
import { DateSchema, idFrom, LocaleSchema } from './common.ts';

/** Where the case takes place. Give the official code: the site derives the names, department, region and population from it. */
export const TerritoryRefSchema = z
  .object({
    /** national | region | academie | departement | epci | commune. */
    scope: z.enum(territoryScopes, { error: (issue) => notOneOf(issue.input, territoryScopes) }),
    /**
     * Official code: INSEE code of the commune (5 characters), department or region, or SIREN of the EPCI (9 digits).
     * Not used for an académie or a national network.
     */
    code: z.string().optional(),
    /** For an académie (required) or a former region (optional): the INSEE codes of its departments. */
    departments: z.array(z.string()).optional(),
    /** A name shown instead of the official one, in the language of the file (required for a national network or an académie). */
    label: z.string().min(1).optional(),
  })
  .strict()
  .superRefine((territory, context) => {
    for (const problem of territoryProblems(territory)) {
      const [field, ...rest] = problem.split(': ');
      context.addIssue({ code: 'custom', path: [field!], message: rest.join(': ') });
    }
  });

/** A partner of the case. */
export const ActorSchema = z
  .object({
    /** The actor's name, in the language of the file (for example "Lycée Vauban", "conseil départemental d'Eure-et-Loir"). */
    name: z.string().min(1),
    /** What kind of actor it is: an id of content/taxonomy/actor-types.yaml. */
    type: idFrom('actorTypes'),
    /** What it did in the project, in one short sentence in the language of the file. */
    role: z.string().min(1).optional(),
  })
  .strict();

/**
 * A case study: one experience of digital education run by a local authority with schools and partners.
 * Written once per language in content/cases/{fr,en}/<id>.mdx; the structured fields (continuity, themes,
 * levels, audiences, territory scope and code, authorities, actor types, source, proposals, status) must be the
 * same in both files.
 */
export const CaseSchema = z
  .object({
    /** The title, in the language of the file; say what was done and where. */
    title: z.string().trim().min(5).max(120),
    /** One sentence summing the case up for a busy reader (at most 300 characters). */
    summary: z.string().trim().min(20).max(300),
    /** The kind(s) of educational continuity it serves: 1 to 3 ids of content/taxonomy/continuities.yaml. */
    continuity: z.array(idFrom('continuities')).min(1).max(3),
    /** Themes: ids of content/taxonomy/themes.yaml, the most important first. */
    themes: z.array(idFrom('themes')).min(1),
    /** School levels concerned: ids of content/taxonomy/levels.yaml. */
    levels: z.array(idFrom('levels')).min(1),
    /** Who it is for or who takes part: ids of content/taxonomy/audiences.yaml. */
    audiences: z.array(idFrom('audiences')).min(1),
    /** Where it takes place. */
    territory: TerritoryRefSchema,
    /** The level(s) of public authority responsible: ids of content/taxonomy/authorities.yaml. */
    authorities: z.array(idFrom('authorities')).min(1),
    /** The partners and what each did. */
    actors: z.array(ActorSchema).min(1),
    /** The source document and the part of it the case comes from. */
    source: CitationSchema,
    /** EGNé 2020 proposals the case illustrates (ids of content/proposals/proposals.yaml), where the link is a fair reading. */
    proposals: z.array(idFrom('proposals')).default([]),
    /** Editorial state: an id of content/taxonomy/review-statuses.yaml. */
    status: idFrom('reviewStatuses'),
    /** When the case was last checked against its source (YYYY-MM-DD). */
    lastReviewed: DateSchema,
    /** The language the case was first written in; the other file is its translation. */
    original: LocaleSchema.default('fr'),
    /** Show the case on the home page. */
    featured: z.boolean().default(false),
  })
  .strict();

export type CaseData = z.output<typeof CaseSchema>;
export type TerritoryRefData = z.output<typeof TerritoryRefSchema>;
export { codeFormats };
