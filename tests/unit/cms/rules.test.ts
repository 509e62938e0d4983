import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import yaml from 'js-yaml';
import { describe, expect, test } from 'vitest';
import { locales } from '../../../src/i18n/config.ts';
import type { CmsField } from '../../../src/cms/config.ts';
import { siteCmsConfig, siteTerritoryCodes } from '../../../src/cms/site.ts';
import { territoryProblems, territoryScopes } from '../../../src/territory/resolve.ts';
import { splitFrontmatter } from '../../../scripts/content-check/frontmatter.ts';
import {
  imagesWithoutAlt,
  orderedLike,
  readContentFile,
  territoryCodeProblem,
  withoutEmptyTexts,
  writeContentFile,
} from '../../../public/admin/rules.js';

// The checks the web editor adds to Decap CMS (public/admin/rules.js), in the browser, against the
// schema's own: the same verdict and, in English, the same words as `territoryProblems`.

const codes = Object.fromEntries(
  Object.entries(siteTerritoryCodes()).map(([scope, list]) => [
    scope,
    new Set(list.map((entry) => entry.code)),
  ]),
) as Record<keyof ReturnType<typeof siteTerritoryCodes>, Set<string>>;
const backend = { name: 'proxy', proxy_url: '/api/v1', branch: 'main' } as const;
const configs = { fr: siteCmsConfig('fr', backend), en: siteCmsConfig('en', backend) };

describe('the territory code, as the contributor types it', () => {
  const cases: [string, string | undefined][] = [
    ['commune', '28214'],
    ['commune', '28999'],
    ['commune', '2A004'],
    ['commune', '2801'],
    ['commune', undefined],
    ['departement', '28'],
    ['departement', '2A'],
    ['departement', '974'],
    ['departement', '99'],
    ['region', '53'],
    ['region', '54'],
    ['epci', '200041333'],
    ['epci', '200041334'],
    ['national', undefined],
    ['national', '75056'],
    ['academie', undefined],
  ];

  test.each(cases)('%s "%s": the form says what the schema says, in its words', (scope, code) => {
    const fromSchema = territoryProblems({
      scope: scope as (typeof territoryScopes)[number],
      code,
      label: 'X',
      ...(scope === 'academie' ? { departments: ['54'] } : {}),
    })
      .filter((problem) => problem.startsWith('code: '))
      .map((problem) => problem.slice('code: '.length));
    const fromForm = territoryCodeProblem(scope, code, configs.en.continuites.territory, codes);
    expect(fromForm ? [fromForm] : []).toEqual(fromSchema);
  });

  test('the French interface refuses the same codes, in French', () => {
    const rules = configs.fr.continuites.territory;
    expect(territoryCodeProblem('commune', '28999', rules, codes)).toBe(
      '« 28999 » n’est pas un code INSEE de commune : attendu un code INSEE de commune à 5 caractères (par exemple « 29019 » pour Brest)',
    );
    expect(territoryCodeProblem('epci', '', rules, codes)).toBe(
      'obligatoire pour l’étendue « epci » : le SIREN de l’intercommunalité, à 9 chiffres (par exemple « 200041333 »)',
    );
    expect(territoryCodeProblem('commune', '28214', rules, codes)).toBeUndefined();
    expect(territoryCodeProblem(undefined, '28999', rules, codes)).toBeUndefined();
  });
});

describe('images in a text', () => {
  test('an image without a description is found, one with a description is not', () => {
    expect(
      imagesWithoutAlt(
        '![](../images/a/photo.jpg)\n\n![  ](b.png "title")\n\n![Des élèves devant un robot](c.webp)',
      ),
    ).toEqual(['../images/a/photo.jpg', 'b.png']);
    expect(imagesWithoutAlt(undefined)).toEqual([]);
  });
});

describe('the files the editor writes', () => {
  const caseFields = configs.fr.collections.find((collection) => collection.name === 'cases')!
    .fields as CmsField[];

  test('optional fields left empty are left out, at every level; empty lists stay', () => {
    expect(
      withoutEmptyTexts({
        title: 'T',
        territory: { scope: 'commune', code: '28214', departments: null, label: '' },
        actors: [{ name: 'A', role: ' ' }],
        proposals: [],
      }),
    ).toEqual({
      title: 'T',
      territory: { scope: 'commune', code: '28214' },
      actors: [{ name: 'A' }],
      proposals: [],
    });
  });

  test('fields are written in the schema’s order, however they were filled in', () => {
    const data = orderedLike(
      { status: 'relu', actors: [{ type: 'etablissement', name: 'A' }], title: 'T', extra: 1 },
      caseFields,
    ) as Record<string, unknown>;
    expect(Object.keys(data)).toEqual(['title', 'actors', 'status', 'extra']);
    expect(Object.keys((data.actors as Record<string, unknown>[])[0]!)).toEqual(['name', 'type']);
  });

  test('a new case is written as the content files are: frontmatter, a blank line, the text; dates and codes as the schema reads them', () => {
    const text = writeContentFile(
      {
        body: '## Contexte\n\nUn club.\n\n',
        featured: false,
        lastReviewed: '2026-12-01',
        territory: { code: '28214', scope: 'commune', label: '' },
        title: 'Essai : un club',
      },
      caseFields,
      yaml,
    );
    expect(text).toBe(
      "---\ntitle: 'Essai : un club'\nterritory:\n  scope: commune\n  code: '28214'\nlastReviewed: 2026-12-01\nfeatured: false\n---\n\n## Contexte\n\nUn club.\n",
    );
  });

  test('a language column left untranslated writes no file (the structured fields copied to it are not a translation)', () => {
    expect(
      writeContentFile(
        {
          continuity: ['journee'],
          territory: { scope: 'commune', code: '28214' },
          title: '',
          body: '',
        },
        caseFields,
        yaml,
      ),
    ).toBe('');
  });

  const folders = ['cases', 'voices', 'pages'] as const;
  const files = folders.flatMap((folder) =>
    locales.flatMap((locale) =>
      readdirSync(join('content', folder, locale)).map(
        (file) => [folder, join('content', folder, locale, file)] as const,
      ),
    ),
  );

  test.each(files)(
    'opening and saving %s %s changes none of its values and none of its text',
    (folder, file) => {
      const original = readFileSync(file, 'utf8');
      const fields = configs.fr.collections.find((collection) => collection.name === folder)!
        .fields as CmsField[];
      const saved = writeContentFile(readContentFile(original, yaml), fields, yaml);
      const before = splitFrontmatter(original);
      const after = splitFrontmatter(saved);
      expect(yaml.load(after.raw!)).toEqual(yaml.load(before.raw!));
      expect(after.body.trim()).toBe(before.body.trim());
      expect(writeContentFile(readContentFile(saved, yaml), fields, yaml)).toBe(saved);
    },
  );
});
