import { describe, expect, test } from 'vitest';
import type { CaseData } from '../../../src/schemas/case.ts';
import {
  assertTranslationsAgree,
  groupByTranslation,
  splitEntryId,
  structuredDifferences,
} from '../../../src/utils/translations.ts';
import { siteCaseSchema, validCaseFrontmatter } from '../support/site-content.ts';

const valid = siteCaseSchema.parse(validCaseFrontmatter());
const entry = (id: string, data: Partial<CaseData> = {}) => ({
  id,
  data: { ...structuredClone(valid), ...data },
  filePath: `content/cases/${id}.mdx`,
});

describe('language versions of a case', () => {
  test('take their language from the folder', () => {
    expect(splitEntryId('fr/lab28-la-loupe')).toEqual({ locale: 'fr', slug: 'lab28-la-loupe' });
    expect(() => splitEntryId('de/lab28', 'content/cases/de/lab28.mdx')).toThrow(
      'content/cases/de/lab28.mdx: put the file in a language folder: one of fr | en',
    );
    expect(() => splitEntryId('lab28', 'content/cases/lab28.mdx')).toThrow(
      /content\/cases\/lab28\.mdx/,
    );
  });

  test('are grouped by slug, with the original language', () => {
    const groups = groupByTranslation([
      entry('en/b', { original: 'en' }),
      entry('fr/a'),
      entry('en/a'),
    ]);
    expect(
      groups.map((group) => [group.slug, Object.keys(group.versions).sort(), group.original]),
    ).toEqual([
      ['a', ['en', 'fr'], 'fr'],
      ['b', ['en'], 'en'],
    ]);
  });

  test('must agree on their structured fields, but not on their texts', () => {
    const fr = valid;
    const en: CaseData = {
      ...structuredClone(valid),
      title: 'A shared platform',
      summary: 'Another language, the same case.',
      actors: [
        { ...valid.actors[0]!, name: 'Jean-Jaurès school', role: 'opens classes to parents' },
      ],
    };
    expect(structuredDifferences({ fr, en })).toEqual([]);
    expect(structuredDifferences({ fr, en: { ...en, themes: ['ent'] } })).toEqual([
      { field: 'themes', fr: ['ent', 'familles'], en: ['ent'] },
    ]);
    expect(
      structuredDifferences({
        fr,
        en: { ...en, territory: { scope: 'commune', code: '28214' } },
      }).map((d) => d.field),
    ).toEqual(['territory.code']);
    expect(
      structuredDifferences({
        fr,
        en: { ...en, actors: [...en.actors, { name: 'X', type: 'association' }] },
      }).map((d) => d.field),
    ).toEqual(['actors (number and types)']);
  });

  test('that disagree stop the build with both files and every field named', () => {
    const groups = groupByTranslation([
      entry('fr/a'),
      entry('en/a', { levels: ['lycee'], continuity: ['journee'] }),
    ]);
    expect(() => assertTranslationsAgree(groups)).toThrow(
      [
        'The two language versions of a case disagree:',
        'content/cases/en/a.mdx: continuity: must be the same as in content/cases/fr/a.mdx (fr: ["parcours","territoire"], en: ["journee"])',
        'content/cases/en/a.mdx: levels: must be the same as in content/cases/fr/a.mdx (fr: ["ecole","college"], en: ["lycee"])',
      ].join('\n'),
    );
  });

  test('in one language only are fine', () => {
    expect(() => assertTranslationsAgree(groupByTranslation([entry('fr/a')]))).not.toThrow();
  });
});
