/**
 * `npm run docs:taxonomy`: rewrite the tables of allowed values in CONTRIBUTING.md (English) and
 * CONTRIBUTING.fr.md (French) from content/taxonomy, so that the guide never drifts from the lists.
 * A unit test fails when they are out of date.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { taxonomyTables, withTaxonomy } from './content-check/taxonomy-doc.ts';

for (const [file, locale] of [
  ['CONTRIBUTING.md', 'en'],
  ['CONTRIBUTING.fr.md', 'fr'],
] as const) {
  const guide = readFileSync(file, 'utf8');
  const updated = withTaxonomy(guide, taxonomyTables(locale));
  if (updated !== guide) writeFileSync(file, updated);
  console.log(`${file}: ${updated === guide ? 'up to date' : 'tables of allowed values updated'}`);
}
