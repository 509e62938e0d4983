import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import yaml from 'js-yaml';
import { describe, expect, test } from 'vitest';
import { CaseSchema, type CaseData } from '../../../src/schemas/case.ts';
import { vocabularyFiles } from '../../../src/schemas/vocabulary.ts';
import { buildCodebook, caseRecord, schemaFields, toCsv, valuesAt, type CaseRecord } from '../../../src/utils/open-data.ts';
import { buildTaxonomy, type TaxonomyInput } from '../../../src/utils/taxonomy.ts';

const taxonomy = buildTaxonomy(
  Object.fromEntries(
    Object.entries(vocabularyFiles).map(([name, file]) => [name, yaml.load(readFileSync(join('content', file), 'utf8'))]),
  ) as TaxonomyInput,
);
const fixture = yaml.load(readFileSync('tests/fixtures/frontmatter/valid-case.yaml', 'utf8')) as Record<string, unknown>;
const french = CaseSchema.parse(structuredClone(fixture));
const english: CaseData = {
  ...french,
  title: 'A translated title, in English',
  summary: 'A summary written again in English, for the English file.',
  actors: french.actors.map((actor, index) => ({
    ...actor,
    name: `Actor ${index + 1}`,
    ...(actor.role ? { role: `Role ${index + 1}` } : {}),
  })),
};
const site = 'https://continuites.example.org';
const both = caseRecord({ slug: 'sample', original: 'fr', versions: { fr: { data: french }, en: { data: english } } }, taxonomy, site);
const frenchOnly = caseRecord({ slug: 'french-only', original: 'fr', versions: { fr: { data: french } } }, taxonomy, site);
const codebook = buildCodebook(taxonomy);

/** Every leaf path of a record, arrays of objects written `[]` as in the codebook. */
function leaves(value: unknown, prefix = ''): string[] {
  if (value === null || typeof value !== 'object') return [prefix.slice(0, -1)];
  if (Array.isArray(value))
    return value.length && typeof value[0] === 'object'
      ? [...new Set(value.flatMap((item) => leaves(item, `${prefix.slice(0, -1)}[].`)))]
      : [prefix.slice(0, -1)];
  const keys = Object.keys(value);
  // A text per language is one field of the codebook.
  if (keys.join() === 'fr,en') return [prefix.slice(0, -1)];
  return keys.flatMap((key) => leaves((value as Record<string, unknown>)[key], `${prefix}${key}.`));
}

describe('the open-data record of a case', () => {
  test('gives each text in both languages and the structured fields once', () => {
    expect(both.title).toEqual({ fr: french.title, en: english.title });
    expect(both.actors[0]!.name).toEqual({ fr: french.actors[0]!.name, en: 'Actor 1' });
    expect(both.themes).toEqual(french.themes);
    expect(both.lastReviewed).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(both.url).toEqual({ fr: `${site}/fr/pratiques/sample/`, en: `${site}/en/practices/sample/` });
  });

  test('derives the territory from its code', () => {
    expect(both.territory).toMatchObject({ scope: french.territory.scope, code: french.territory.code ?? null });
    expect(both.territory.coveredDepartments.length).toBeGreaterThan(0);
    expect(both.territory.populationBand).not.toBeNull();
    expect(taxonomy.populationBands.has(both.territory.populationBand!)).toBe(true);
  });

  test('an untranslated case has null texts in the missing language, and says which languages it has', () => {
    expect(frenchOnly.languages).toEqual(['fr']);
    expect(frenchOnly.title.en).toBeNull();
    expect(frenchOnly.url.en).toBeNull();
    expect(frenchOnly.territory.name.en).toBeNull();
  });
});

describe('the codebook', () => {
  const fields = codebook.map((field) => field.field);

  test('lists every field of the case schema, with its description from the schema', () => {
    for (const { field, node } of schemaFields()) {
      const row = codebook.find((candidate) => candidate.field === field);
      expect(row, field).toBeDefined();
      expect(row!.description).toBe(node.description);
    }
    expect(fields).toEqual(
      expect.arrayContaining([
        'title',
        'territory.scope',
        'territory.code',
        'actors[].name',
        'actors[].type',
        'source.id',
        'lastReviewed',
        'featured',
      ]),
    );
  });

  test('lists every field of the records, and no field they lack', () => {
    expect([...new Set([...leaves(both), ...leaves(frenchOnly)])].sort()).toEqual([...fields].sort());
  });

  test('gives the allowed values of taxonomy fields with their labels in both languages', () => {
    const continuity = codebook.find((field) => field.field === 'continuity')!;
    expect(continuity.type).toBe('list of ids');
    expect(continuity.values!.map((value) => value.id)).toEqual(taxonomy.continuities.all.map((entry) => entry.id));
    expect(continuity.values![0]!.label).toEqual(taxonomy.continuities.all[0]!.label);
    expect(codebook.find((field) => field.field === 'territory.populationBand')!.values).toHaveLength(taxonomy.populationBands.all.length);
    expect(codebook.find((field) => field.field === 'proposals')!.values![0]!.label.fr).toMatch(/^\d+\. /);
  });

  test('marks what authors write and what the site derives', () => {
    expect(codebook.find((field) => field.field === 'title')).toMatchObject({
      origin: 'written',
      type: 'text per language',
      columns: ['title_fr', 'title_en'],
      constraints: { unit: 'characters', min: 5, max: 120 },
    });
    expect(codebook.find((field) => field.field === 'territory.population')).toMatchObject({
      origin: 'derived',
      type: 'integer',
      columns: ['territory_population'],
    });
    expect(codebook.find((field) => field.field === 'territory.code')).toMatchObject({ optional: true, type: 'code' });
    expect(codebook.find((field) => field.field === 'continuity')!.constraints).toEqual({ unit: 'items', min: 1, max: 3 });
    expect(codebook.find((field) => field.field === 'featured')!.constraints).toBeUndefined();
  });

  test('refuses a schema field it cannot classify or that has no description', () => {
    const schema = { type: 'object', properties: { newText: { type: 'string', description: 'x' } }, required: [] };
    expect(() => buildCodebook(taxonomy, schema)).toThrow('the case field "newText" is new');
    expect(() => buildCodebook(taxonomy, { type: 'object', properties: { featured: { type: 'boolean' } } })).toThrow(
      '"featured" has no description',
    );
  });
});

describe('fields deduced rather than stated by the source', () => {
  const deduced = caseRecord(
    { slug: 'deduced', original: 'fr', versions: { fr: { data: { ...french, inferred: ['territory', 'authorities'] } } } },
    taxonomy,
    site,
  );

  test('are listed in the record, and an empty list says every value is stated', () => {
    expect(deduced.inferred).toEqual(['territory', 'authorities']);
    expect(both.inferred).toEqual([]);
  });

  test('have a CSV column after the authorities, with the fields joined by “|”', () => {
    const [header, deducedRow, statedRow] = toCsv([deduced, both], codebook).trimEnd().split('\r\n');
    expect(header).toContain(',authorities,inferred,');
    expect(deducedRow).toContain(',commune|departement,territory|authorities,');
    expect(statedRow).toContain(',commune|departement,,');
  });

  test('are explained by the codebook, which names each field as the case page does', () => {
    const row = codebook.find((field) => field.field === 'inferred')!;
    expect(row).toMatchObject({ type: 'list of ids', origin: 'written', optional: true });
    expect(row.description).toMatch(/source does not state/);
    expect(row.values).toContainEqual({ id: 'levels', label: { fr: 'Niveaux', en: 'School levels' } });
    expect(row.values!.map((value) => value.id)).toEqual(['continuity', 'levels', 'audiences', 'territory', 'authorities']);
  });
});

describe('cases.csv', () => {
  const csv = toCsv([both, frenchOnly], codebook);
  const [header, ...rows] = csv.trimEnd().split('\r\n');

  test('has the codebook’s columns and one row per case', () => {
    expect(header!.split(',')).toEqual(codebook.flatMap((field) => field.columns));
    expect(rows).toHaveLength(2);
  });

  test('joins lists with “|”, keeps empty items aligned, and quotes cells with commas or quotes', () => {
    const record: CaseRecord = structuredClone(both);
    record.title.fr = 'Un titre, avec une virgule et des "guillemets"';
    record.actors = [
      { name: { fr: 'A', en: 'A' }, type: 'association', role: null },
      { name: { fr: 'B', en: 'B' }, type: 'entreprise', role: { fr: 'rôle', en: 'role' } },
    ];
    const line = toCsv([record], codebook).split('\r\n')[1]!;
    expect(line).toContain('"Un titre, avec une virgule et des ""guillemets"""');
    expect(line).toContain(',association|entreprise,');
    expect(line).toContain(',|rôle,');
  });

  test('refuses a text that contains the list separator', () => {
    const record: CaseRecord = structuredClone(both);
    record.actors[0]!.name.fr = 'A | B';
    expect(() => toCsv([record], codebook)).toThrow('actors[].name: "A | B" contains "|"');
  });

  test('reads values along a path, through lists', () => {
    expect(valuesAt(both, 'actors[].type')).toEqual(both.actors.map((actor) => actor.type));
    expect(valuesAt(both, 'territory.region.code')).toEqual([both.territory.region?.code ?? null]);
  });
});
