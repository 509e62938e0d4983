// The site's own controlled lists and taxonomy, read from content/ as the build reads them, for the
// unit tests whose expectations name real values (a theme's label, a region's cases). Tests of the
// schemas themselves use small fixture lists instead (tests/unit/schemas/).
import { readFileSync } from 'node:fs';
import yaml from 'js-yaml';
import { readVocabularies, readVocabularyLists } from '../../../src/data/vocabularies.ts';
import { caseSchema } from '../../../src/schemas/case.ts';
import { listSchemas } from '../../../src/schemas/collections.ts';
import { buildTaxonomy, type TaxonomyInput } from '../../../src/utils/taxonomy.ts';

/** The ids of every controlled list of content/. */
export const siteVocabularies = readVocabularies('content');

/** Every controlled list of content/, its entries checked by their schemas, in the order of their files. */
export const siteTaxonomy = buildTaxonomy(
  Object.fromEntries(
    readVocabularyLists('content').lists.map(({ name, entries }) => [
      name,
      entries.map((entry) => listSchemas(siteVocabularies)[name].parse(entry)),
    ]),
  ) as unknown as TaxonomyInput,
);

/** The case schema with the site's own lists. */
export const siteCaseSchema = caseSchema(siteVocabularies);

/** The frontmatter of tests/fixtures/frontmatter/valid-case.yaml, as written (not parsed). */
export function validCaseFrontmatter(): Record<string, unknown> {
  return yaml.load(readFileSync('tests/fixtures/frontmatter/valid-case.yaml', 'utf8')) as Record<
    string,
    unknown
  >;
}
