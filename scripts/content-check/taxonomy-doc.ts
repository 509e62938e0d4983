import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import yaml from 'js-yaml';
import type { Locale } from '../../src/i18n/config.ts';
import { vocabularyFiles, type VocabularyName } from '../../src/schemas/vocabulary.ts';

/** The lists contributors type ids from, in the order of the case template, with their heading in each language. */
const documented: readonly {
  list: VocabularyName;
  field: string;
  heading: Record<Locale, string>;
}[] = [
  { list: 'continuities', field: 'continuity', heading: { fr: 'Continuités', en: 'Continuities' } },
  { list: 'themes', field: 'themes', heading: { fr: 'Thèmes', en: 'Themes' } },
  { list: 'levels', field: 'levels', heading: { fr: 'Niveaux scolaires', en: 'School levels' } },
  { list: 'audiences', field: 'audiences', heading: { fr: 'Publics', en: 'Audiences' } },
  {
    list: 'scopes',
    field: 'territory.scope',
    heading: { fr: 'Échelles de territoire', en: 'Territory scopes' },
  },
  {
    list: 'authorities',
    field: 'authorities',
    heading: { fr: 'Collectivités responsables', en: 'Responsible authorities' },
  },
  {
    list: 'actorTypes',
    field: 'actors.type',
    heading: { fr: 'Types d’acteurs', en: 'Actor types' },
  },
  {
    list: 'reviewStatuses',
    field: 'status',
    heading: { fr: 'États de relecture', en: 'Review statuses' },
  },
];

export const taxonomyStart =
  '<!-- taxonomy:start (generated from content/taxonomy by `npm run docs:taxonomy`: do not edit by hand) -->';
export const taxonomyEnd = '<!-- taxonomy:end -->';

interface Term {
  id: string;
  label: Record<Locale, string>;
  description: Record<Locale, string>;
}

const cell = (text: string) => text.replace(/\|/g, '\\|').replace(/\s+/g, ' ').trim();

/** The tables of allowed values, with their labels and meaning in one language, for the contributor guide. */
export function taxonomyTables(locale: Locale, contentFolder = 'content'): string {
  const header =
    locale === 'fr'
      ? '| id | libellé | sens |\n| --- | --- | --- |'
      : '| id | label | meaning |\n| --- | --- | --- |';
  const sections = documented.map(({ list, field, heading }) => {
    const terms = yaml.load(
      readFileSync(join(contentFolder, vocabularyFiles[list]), 'utf8'),
    ) as Term[];
    const rows = terms.map(
      (term) =>
        `| \`${term.id}\` | ${cell(term.label[locale])} | ${cell(term.description[locale])} |`,
    );
    return `#### ${heading[locale]} (\`${field}\`)\n\n${header}\n${rows.join('\n')}`;
  });
  return `${taxonomyStart}\n\n${sections.join('\n\n')}\n\n${taxonomyEnd}`;
}

/** The guide with its block of tables replaced by `tables`; throws when the markers are missing. */
export function withTaxonomy(guide: string, tables: string): string {
  const start = guide.indexOf(taxonomyStart.slice(0, 22));
  const end = guide.indexOf(taxonomyEnd);
  if (start < 0 || end < start)
    throw new Error('the guide has no <!-- taxonomy:start … --> … <!-- taxonomy:end --> block');
  return guide.slice(0, start) + tables + guide.slice(end + taxonomyEnd.length);
}
