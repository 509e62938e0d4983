import { readFileSync } from 'node:fs';
import yaml from 'js-yaml';
import { describe, expect, test } from 'vitest';
import { caseSchema, type CaseVocabularies } from '../../../src/schemas/case.ts';

// Small lists of the fixture's own making, not the site's taxonomy: the schema checks against what it is given.
const vocabularies: CaseVocabularies = {
  continuities: ['parcours', 'journee', 'territoire'],
  themes: ['ent', 'familles', 'inclusion'],
  levels: ['ecole', 'college', 'lycee'],
  audiences: ['eleves', 'enseignants', 'parents'],
  authorities: ['commune', 'departement', 'region'],
  actorTypes: ['etablissement', 'collectivite', 'association'],
  sources: ['comite-partenaires-2015', 'entretien-allard'],
  proposals: ['egne-01', 'egne-22'],
  reviewStatuses: ['brouillon', 'relu'],
};
const CaseSchema = caseSchema(vocabularies);
const valid = yaml.load(
  readFileSync('tests/fixtures/frontmatter/valid-case.yaml', 'utf8'),
) as Record<string, unknown>;

/** Validate a copy of the valid fixture with some fields changed; returns `path: message` lines. */
function problems(changes: Record<string, unknown>, remove: string[] = []): string[] {
  const data: Record<string, unknown> = structuredClone({ ...valid, ...changes });
  for (const key of remove) delete data[key];
  const result = CaseSchema.safeParse(data);
  return result.success
    ? []
    : result.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`);
}

describe('the case schema', () => {
  test('accepts the valid fixture and fills the defaults', () => {
    const result = CaseSchema.parse(structuredClone(valid));
    expect(result.original).toBe('fr');
    expect(result.featured).toBe(false);
    expect(result.lastReviewed).toEqual(new Date('2026-11-23'));
  });

  test('names the field, the allowed values and the closest one for a wrong continuity', () => {
    expect(problems({ continuity: ['parcour'] })).toEqual([
      'continuity.0: "parcour" is not one of parcours | journee | territoire (did you mean "parcours"?)',
    ]);
  });

  test('checks ids against the lists it is given, not against the site’s', () => {
    expect(
      caseSchema({ ...vocabularies, themes: ['robots'] }).safeParse({
        ...valid,
        themes: ['robots'],
      }).success,
    ).toBe(true);
    expect(problems({ themes: ['espaces'] })).toEqual([
      'themes.0: "espaces" is not one of ent | familles | inclusion',
    ]);
  });

  test('rejects an unknown theme, level, audience, authority, actor type and status', () => {
    expect(problems({ themes: ['robots'] })[0]).toMatch(
      /^themes\.0: "robots" is not one of ent \| familles/,
    );
    expect(problems({ levels: ['primaire'] })[0]).toMatch(
      /^levels\.0: "primaire" is not one of ecole \| college \| lycee/,
    );
    expect(problems({ audiences: ['parent'] })[0]).toMatch(
      /^audiences\.0: .*did you mean "parents"/,
    );
    expect(problems({ authorities: ['mairie'] })[0]).toMatch(
      /^authorities\.0: "mairie" is not one of/,
    );
    expect(problems({ actors: [{ name: 'X', type: 'ecole' }] })[0]).toMatch(
      /^actors\.0\.type: "ecole" is not one of etablissement/,
    );
    expect(problems({ status: 'ok' })[0]).toMatch(/^status: "ok" is not one of brouillon \| relu/);
  });

  test('requires a title, a summary and at least one continuity', () => {
    expect(problems({}, ['title'])[0]).toMatch(/^title: /);
    expect(problems({ summary: 'Trop court' })[0]).toMatch(/^summary: /);
    expect(problems({ continuity: [] })[0]).toMatch(/^continuity: /);
  });

  test('rejects an unknown proposal or source id', () => {
    expect(problems({ proposals: ['egne-41'] })).toEqual([
      'proposals.0: "egne-41" is not one of egne-01 | egne-22 (did you mean "egne-01"?)',
    ]);
    expect(problems({ source: { id: 'wikipedia' } })[0]).toMatch(
      /^source\.id: "wikipedia" is not one of comite-partenaires-2015/,
    );
  });

  test('checks the INSEE code against the official list, per scope', () => {
    expect(problems({ territory: { scope: 'commune', code: '29999' } })).toEqual([
      'territory.code: "29999" is not a commune INSEE code: expected a 5-character INSEE commune code (for example "29019" for Brest)',
    ]);
    expect(problems({ territory: { scope: 'commune' } })[0]).toMatch(
      /^territory\.code: required for scope "commune"/,
    );
    expect(problems({ territory: { scope: 'epci', code: '200041333' } })).toEqual([]);
    expect(
      problems({
        territory: {
          scope: 'academie',
          departments: ['54', '55', '57', '88'],
          label: 'Nancy-Metz',
        },
      }),
    ).toEqual([]);
    expect(problems({ territory: { scope: 'academie', label: 'Nancy-Metz' } })[0]).toMatch(
      /^territory\.departments: required/,
    );
    expect(problems({ territory: { scope: 'national' } })[0]).toMatch(
      /^territory\.label: required/,
    );
    expect(problems({ territory: { scope: 'ville', code: '29019' } })[0]).toMatch(
      /^territory\.scope: "ville" is not one of national/,
    );
  });

  test('requires the part of the source a case comes from', () => {
    expect(problems({ source: { id: 'comite-partenaires-2015' } })).toEqual([
      'source.section: name the part of the source the case comes from, for example "2e table ronde" or "Round table 2"',
    ]);
    expect(problems({ source: { id: 'comite-partenaires-2015', section: '  ' } })[0]).toMatch(
      /^source\.section: /,
    );
  });

  test('accepts no school level and no authority when the source names none, instead of a guess', () => {
    expect(problems({ levels: [], authorities: [] })).toEqual([]);
  });

  test('marks deduced fields: only fields that can be deduced, each once, and never an empty one', () => {
    expect(CaseSchema.parse(structuredClone(valid)).inferred).toEqual([]);
    expect(
      CaseSchema.parse({ ...structuredClone(valid), inferred: ['levels', 'authorities'] }).inferred,
    ).toEqual(['levels', 'authorities']);
    expect(problems({ inferred: ['themes'] })).toEqual([
      'inferred.0: "themes" is not one of continuity | levels | audiences | territory | authorities',
    ]);
    expect(problems({ inferred: ['level'] })[0]).toMatch(/\(did you mean "levels"\?\)$/);
    expect(problems({ inferred: ['levels', 'levels'] })).toEqual([
      'inferred: each field is listed once',
    ]);
    expect(problems({ levels: [], inferred: ['levels'] })).toEqual([
      'inferred.0: "levels" is empty: there is no deduced value to mark; remove "levels" from inferred',
    ]);
  });

  test('documents the inferred field for authors and reusers', () => {
    expect(CaseSchema.shape.inferred.description).toMatch(/source does not state/);
  });

  test('rejects a misspelt field name instead of ignoring it', () => {
    expect(problems({ theme: ['ent'] })).toEqual([': Unrecognized key: "theme"']);
  });

  test('reports every problem at once', () => {
    expect(problems({ continuity: ['x'], themes: ['y'], levels: ['z'] })).toHaveLength(3);
  });
});
