import { describe, expect, test } from 'vitest';
import type { CaseData } from '../../../src/schemas/case.ts';
import { buildCodebook, caseJsonSchema, schemaFields } from '../../../src/open-data/codebook.ts';
import { neutraliseFormula, toCsv, valuesAt } from '../../../src/open-data/csv.ts';
import { csvDifferences, parseCsv } from './cases-csv.ts';
import { caseRecord, type CaseRecord } from '../../../src/open-data/records.ts';
import {
  siteTaxonomy as taxonomy,
  siteCaseSchema,
  validCaseFrontmatter,
} from '../support/site-content.ts';

const fixture = validCaseFrontmatter();
const french = siteCaseSchema.parse(structuredClone(fixture));
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
const both = caseRecord(
  { slug: 'sample', original: 'fr', versions: { fr: { data: french }, en: { data: english } } },
  taxonomy,
  site,
);
const frenchOnly = caseRecord(
  { slug: 'french-only', original: 'fr', versions: { fr: { data: french } } },
  taxonomy,
  site,
);
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

describe('the open-data record of a case (records.ts)', () => {
  test('gives each text in both languages and the structured fields once', () => {
    expect(both.title).toEqual({ fr: french.title, en: english.title });
    expect(both.actors[0]!.name).toEqual({ fr: french.actors[0]!.name, en: 'Actor 1' });
    expect(both.themes).toEqual(french.themes);
    expect(both.lastReviewed).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(both.url).toEqual({
      fr: `${site}/fr/pratiques/sample/`,
      en: `${site}/en/practices/sample/`,
    });
  });

  test('derives the territory from its code', () => {
    expect(both.territory).toMatchObject({
      scope: french.territory.scope,
      code: french.territory.code ?? null,
    });
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

describe('the codebook (codebook.ts)', () => {
  const fields = codebook.map((field) => field.field);

  test('lists every field of the case schema, with its description from the schema', () => {
    for (const { field, node } of schemaFields(caseJsonSchema(taxonomy))) {
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
    expect([...new Set([...leaves(both), ...leaves(frenchOnly)])].sort()).toEqual(
      [...fields].sort(),
    );
  });

  test('gives the allowed values of taxonomy fields with their labels in both languages', () => {
    const continuity = codebook.find((field) => field.field === 'continuity')!;
    expect(continuity.type).toBe('list of ids');
    expect(continuity.values!.map((value) => value.id)).toEqual(
      taxonomy.continuities.all.map((entry) => entry.id),
    );
    expect(continuity.values![0]!.label).toEqual(taxonomy.continuities.all[0]!.label);
    expect(
      codebook.find((field) => field.field === 'territory.populationBand')!.values,
    ).toHaveLength(taxonomy.populationBands.all.length);
    expect(codebook.find((field) => field.field === 'proposals')!.values![0]!.label.fr).toMatch(
      /^\d+\. /,
    );
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
    expect(codebook.find((field) => field.field === 'territory.code')).toMatchObject({
      optional: true,
      type: 'code',
    });
    expect(codebook.find((field) => field.field === 'continuity')!.constraints).toEqual({
      unit: 'items',
      min: 1,
      max: 3,
    });
    expect(codebook.find((field) => field.field === 'featured')!.constraints).toBeUndefined();
  });

  test('refuses a schema field it cannot classify or that has no description', () => {
    const schema = {
      type: 'object',
      properties: { newText: { type: 'string', description: 'x' } },
      required: [],
    };
    expect(() => buildCodebook(taxonomy, schema)).toThrow('the case field "newText" is new');
    expect(() =>
      buildCodebook(taxonomy, { type: 'object', properties: { featured: { type: 'boolean' } } }),
    ).toThrow('"featured" has no description');
  });
});

describe('fields deduced rather than stated by the source', () => {
  const deduced = caseRecord(
    {
      slug: 'deduced',
      original: 'fr',
      versions: { fr: { data: { ...french, inferred: ['territory', 'authorities'] } } },
    },
    taxonomy,
    site,
  );

  test('are listed in the record, and an empty list says every value is stated', () => {
    expect(deduced.inferred).toEqual(['territory', 'authorities']);
    expect(both.inferred).toEqual([]);
  });

  test('have a CSV column after the authorities, with the fields joined by “|”', () => {
    const [header, deducedRow, statedRow] = toCsv([deduced, both], codebook)
      .trimEnd()
      .split('\r\n');
    expect(header).toContain(',authorities,inferred,');
    expect(deducedRow).toContain(',commune|departement,territory|authorities,');
    expect(statedRow).toContain(',commune|departement,,');
  });

  test('are explained by the codebook, which names each field as the case page does', () => {
    const row = codebook.find((field) => field.field === 'inferred')!;
    expect(row).toMatchObject({ type: 'list of ids', origin: 'written', optional: true });
    expect(row.description).toMatch(/source does not state/);
    expect(row.values).toContainEqual({
      id: 'levels',
      label: { fr: 'Niveaux', en: 'School levels' },
    });
    expect(row.values!.map((value) => value.id)).toEqual([
      'continuity',
      'levels',
      'audiences',
      'territory',
      'authorities',
    ]);
  });
});

describe('cases.csv (csv.ts)', () => {
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

  test('keeps a "|" or "\\" inside an item of a list, escaped with "\\", and a "|" in a text as it is', () => {
    const record: CaseRecord = structuredClone(both);
    record.title.fr = 'Pipes | et \\ barre oblique';
    record.actors = [
      { name: { fr: 'A | B', en: 'A' }, type: 'association', role: null },
      { name: { fr: 'C \\ D', en: 'C' }, type: 'entreprise', role: null },
    ];
    const line = toCsv([record], codebook).split('\r\n')[1]!;
    expect(line).toContain(',Pipes | et \\ barre oblique,');
    expect(line).toContain(',A \\| B|C \\\\ D,');
    expect(csvDifferences(toCsv([record], codebook), [record], codebook)).toEqual([]);
  });

  test.each([
    '=HYPERLINK("https://example.org","clic")',
    '+33 1 23',
    '-2+3',
    '@SUM(A1)',
    '\tindent',
    '\rreturn',
    "'quoted",
  ])('puts a quote before a cell that starts like a formula: %j', (title) => {
    const record: CaseRecord = structuredClone(both);
    record.title.fr = title;
    record.actors[0]!.name.fr = title;
    const [, row] = parseCsv(toCsv([record], codebook));
    const columns = codebook.flatMap((field) => field.columns);
    for (const column of ['title_fr', 'actors_name_fr'])
      expect(row![columns.indexOf(column)]!.startsWith(`'${title.slice(0, 1)}`), column).toBe(true);
    expect(neutraliseFormula(title)).toBe(`'${title}`);
    expect(csvDifferences(toCsv([record], codebook), [record], codebook)).toEqual([]);
  });

  test('leaves alone a cell that only holds such a character further on', () => {
    expect(neutraliseFormula('Lab28 = 2 + 2 - 1 @ La Loupe')).toBe('Lab28 = 2 + 2 - 1 @ La Loupe');
    expect(neutraliseFormula('')).toBe('');
  });

  test('gives back any character of any text: quotes, line breaks, CRLF, BOM, accents, emoji, separators', () => {
    const alphabet = [
      '"',
      "'",
      ',',
      ';',
      '|',
      '\\',
      '\n',
      '\r\n',
      '\r',
      '\t',
      '\uFEFF',
      'é',
      'Œ',
      '’',
      '«\u202F',
      '🤖',
      '=',
      '+',
      '-',
      '@',
      ' ',
      'a',
      '\u0000',
    ];
    let seed = 7;
    const next = () => (seed = (seed * 1_103_515_245 + 12_345) % 2 ** 31) / 2 ** 31;
    const text = () =>
      Array.from(
        { length: 1 + Math.floor(next() * 12) },
        () => alphabet[Math.floor(next() * alphabet.length)],
      ).join('');
    const records = Array.from({ length: 50 }, (_, index) => {
      const record: CaseRecord = structuredClone(both);
      record.id = `case-${index}`;
      record.title = { fr: text(), en: text() };
      record.summary = { fr: text(), en: null };
      record.territory.label = { fr: text(), en: text() };
      record.actors = [
        { name: { fr: text(), en: text() }, type: 'association', role: { fr: text(), en: text() } },
        { name: { fr: text(), en: text() }, type: 'entreprise', role: null },
      ];
      return record;
    });
    const csv = toCsv(records, codebook);
    expect(csvDifferences(csv, records, codebook)).toEqual([]);
    expect(JSON.parse(JSON.stringify(records))).toEqual(records);
  });

  test('reads values along a path, through lists', () => {
    expect(valuesAt(both, 'actors[].type')).toEqual(both.actors.map((actor) => actor.type));
    expect(valuesAt(both, 'territory.region.code')).toEqual([both.territory.region?.code ?? null]);
  });
});
