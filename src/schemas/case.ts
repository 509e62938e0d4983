import { z } from 'astro/zod';
import { codeFormats, territoryProblems, territoryScopes } from '../territory/resolve.ts';
import { notOneOf } from '../utils/suggest.ts';
import { citationSchema } from './citation.ts';
import { refuseHiddenCharacters } from './characters.ts';
import { DateSchema, idFrom, idList, LocaleSchema } from './common.ts';
import type { Vocabularies } from './vocabulary.ts';

// Each field documents itself with `.describe()`: the text is the authors' documentation and,
// through the open-data codebook (src/open-data/codebook.ts), the reusers' one. Write it for both.

/** Where the case takes place. Give the official code: the site derives the names, department, region and population from it. */
export const TerritoryRefSchema = z
  .object({
    scope: z
      .enum(territoryScopes, { error: (issue) => notOneOf(issue.input, territoryScopes) })
      .describe(
        'The kind of territory: national | region | academie | departement | epci | commune.',
      ),
    code: z
      .string()
      .optional()
      .describe(
        'Official code: INSEE code of the commune (5 characters), department or region, or SIREN of the EPCI (9 digits). Not used for an académie or a national network.',
      ),
    departments: z
      .array(z.string())
      .refine(
        (codes) => new Set(codes).size === codes.length,
        'a department is listed twice: give each code once',
      )
      .optional()
      .describe(
        'For an académie (required) or a former region (optional): the INSEE codes of its departments.',
      ),
    label: z
      .string()
      .min(1)
      .optional()
      .describe(
        'A name shown instead of the official one, in the language of the file (required for a national network or an académie).',
      ),
  })
  .strict()
  .superRefine((territory, context) => {
    for (const problem of territoryProblems(territory)) {
      const [field, ...rest] = problem.split(': ');
      context.addIssue({ code: 'custom', path: [field!], message: rest.join(': ') });
    }
  });

/** A partner of the case, given the ids of the actor types. */
export function actorSchema(vocabularies: Pick<Vocabularies, 'actorTypes'>) {
  return z
    .object({
      name: z
        .string()
        .min(1)
        .describe(
          'The actor’s name, in the language of the file (for example "Lycée Vauban", "conseil départemental d’Eure-et-Loir").',
        ),
      type: idFrom(vocabularies.actorTypes).describe(
        'What kind of actor it is: an id of content/taxonomy/actor-types.yaml.',
      ),
      role: z
        .string()
        .min(1)
        .optional()
        .describe('What it did in the project, in one short sentence in the language of the file.'),
    })
    .strict();
}

/** The controlled lists a case's fields take their ids from. */
export type CaseVocabularies = Pick<
  Vocabularies,
  | 'continuities'
  | 'themes'
  | 'levels'
  | 'audiences'
  | 'authorities'
  | 'actorTypes'
  | 'sources'
  | 'proposals'
  | 'reviewStatuses'
>;

/**
 * The structured fields a case may mark as deduced rather than stated by its source. Themes are not
 * among them: a theme the text does not support is removed, never marked.
 */
export const inferableFields = [
  'continuity',
  'levels',
  'audiences',
  'territory',
  'authorities',
] as const;
export type InferableField = (typeof inferableFields)[number];

/** The fields a case marks as deduced: each one once, and only a field that has a value to mark. */
const InferredSchema = z
  .array(z.enum(inferableFields, { error: (issue) => notOneOf(issue.input, inferableFields) }))
  .default([])
  .refine((fields) => new Set(fields).size === fields.length, 'each field is listed once')
  .describe(
    'The structured fields whose values the source does not state but that were deduced from what it says and from public knowledge (for example the region for a lycée, the commune for a primary school): continuity | levels | audiences | territory | authorities. The site shows them marked "inferred". A value that cannot be deduced is left out instead.',
  );

/**
 * A case study: one experience of digital education run by a local authority with schools and partners,
 * checked against the controlled lists it takes ids from.
 * Written once per language in content/cases/{fr,en}/<id>.mdx; the structured fields (continuity, themes,
 * levels, audiences, territory scope and code, authorities, actor types, source, proposals, status) must be the
 * same in both files.
 */
export function caseSchema(vocabularies: CaseVocabularies) {
  return z
    .object({
      title: z
        .string()
        .trim()
        .min(5)
        .max(120)
        .describe('The title, in the language of the file; say what was done and where.'),
      summary: z
        .string()
        .trim()
        .min(20)
        .max(300)
        .describe('One sentence summing the case up for a busy reader (at most 300 characters).'),
      continuity: idList(vocabularies.continuities)
        .min(1)
        .max(3)
        .describe(
          'The kind(s) of educational continuity it serves: 1 to 3 ids of content/taxonomy/continuities.yaml.',
        ),
      themes: idList(vocabularies.themes)
        .min(1)
        .describe('Themes: ids of content/taxonomy/themes.yaml, the most important first.'),
      levels: idList(vocabularies.levels).describe(
        'School levels concerned: ids of content/taxonomy/levels.yaml; an empty list [] when the source names none.',
      ),
      audiences: idList(vocabularies.audiences)
        .min(1)
        .describe('Who it is for or who takes part: ids of content/taxonomy/audiences.yaml.'),
      territory: TerritoryRefSchema.describe('Where it takes place.'),
      authorities: idList(vocabularies.authorities).describe(
        'The level(s) of public authority responsible: ids of content/taxonomy/authorities.yaml; an empty list [] when the source names none.',
      ),
      inferred: InferredSchema,
      actors: z.array(actorSchema(vocabularies)).min(1).describe('The partners and what each did.'),
      source: citationSchema(vocabularies)
        .extend({
          section: z
            .string({
              error:
                'name the part of the source the case comes from, for example "2e table ronde" or "Round table 2"',
            })
            .trim()
            .min(1)
            .describe(
              'The part of the document the case comes from, in the language of the file (for example "2e table ronde", "Round table 2"); required, so that every fact can be checked.',
            ),
        })
        .describe('The source document and the part of it the case comes from.'),
      proposals: idList(vocabularies.proposals)
        .default([])
        .describe(
          'EGNé 2020 proposals the case illustrates (ids of content/proposals/proposals.yaml), where the link is a fair reading.',
        ),
      status: idFrom(vocabularies.reviewStatuses).describe(
        'Editorial state: an id of content/taxonomy/review-statuses.yaml.',
      ),
      lastReviewed: DateSchema.describe(
        'When the case was last checked against its source (YYYY-MM-DD).',
      ),
      original: LocaleSchema.default('fr').describe(
        'The language the case was first written in; the other file is its translation.',
      ),
      featured: z.boolean().default(false).describe('Show the case on the home page.'),
    })
    .strict()
    .superRefine(refuseHiddenCharacters())
    .superRefine((data, context) => {
      // Marking a field inferred says its values were deduced: an empty field has nothing to mark.
      for (const [index, field] of data.inferred.entries()) {
        const value = data[field];
        if (Array.isArray(value) && value.length === 0)
          context.addIssue({
            code: 'custom',
            path: ['inferred', index],
            message: `"${field}" is empty: there is no deduced value to mark; remove "${field}" from inferred`,
          });
      }
    });
}

export type CaseData = z.output<ReturnType<typeof caseSchema>>;
export type TerritoryRefData = z.output<typeof TerritoryRefSchema>;
export { codeFormats };
