import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import {
  foreignPhrasesOf,
  frenchNames,
  handMarkedPhrases,
  readForeignPhrases,
  textMarker,
} from '../../../src/data/foreign-phrases.ts';
import { resolveTerritory } from '../../../src/territory/resolve.ts';

// The official data (37,000 communes) is read on first use: read it before the tests, outside their time budget.
beforeAll(() => void resolveTerritory({ scope: 'commune', code: '29019' }), 60_000);

describe('the French names English pages mark', () => {
  test('are the official names of a case’s commune, department and region', () => {
    expect(frenchNames([{ territory: { scope: 'commune', code: '28214' }, written: {} }])).toEqual([
      'La Loupe',
      'Eure-et-Loir',
      'Centre-Val de Loire',
    ]);
  });

  test('and of an EPCI, with the departments of its communes', () => {
    expect(frenchNames([{ territory: { scope: 'epci', code: '200041333' }, written: {} }])).toEqual(
      ['CC de Parthenay-Gâtine', 'Deux-Sèvres', 'Nouvelle-Aquitaine'],
    );
  });

  test('and the names a case writes the same way in both languages, not the translated ones', () => {
    const names = frenchNames([
      {
        territory: { scope: 'national', label: 'Réseau Canopé' },
        written: {
          fr: ['Réseau Canopé', 'Mairie de La Loupe'],
          en: ['Réseau Canopé', 'La Loupe town hall'],
        },
      },
    ]);
    expect(names).toEqual(['Réseau Canopé']);
  });

  test('a territory the content check will reject names nothing, and stops nothing', () => {
    expect(frenchNames([{ territory: { scope: 'commune', code: '99999' }, written: {} }])).toEqual(
      [],
    );
    expect(
      frenchNames([
        { territory: { scope: 'academie', departments: 'x' as unknown as string[] }, written: {} },
      ]),
    ).toEqual([]);
  });
});

describe('phrases marked by hand', () => {
  test('are those in the other language than the text', () => {
    expect(
      handMarkedPhrases(
        'un « <span lang="en">learning lab</span> » et <span lang="fr">rien</span>',
        'fr',
      ),
    ).toEqual(['learning lab']);
    expect(
      handMarkedPhrases("*<span lang='fr'>bassin d’animation\npédagogique</span>*", 'en'),
    ).toEqual(['bassin d’animation pédagogique']);
  });
});

describe('the phrases of each language', () => {
  test('gather territories, same-written names, source titles and hand marks, each for the right pages', () => {
    const phrases = foreignPhrasesOf({
      cases: [
        {
          lang: 'fr',
          slug: 'a',
          data: {
            territory: { scope: 'commune', code: '29019' },
            actors: [{ name: 'Lycée Vauban' }],
          },
          body: 'un <span lang="en">learning lab</span>',
        },
        {
          lang: 'en',
          slug: 'a',
          data: {
            territory: { scope: 'commune', code: '29019' },
            actors: [{ name: 'Lycée Vauban' }],
          },
          body: 'the *<span lang="fr">circonscription</span>*',
        },
      ],
      texts: [
        {
          lang: 'en',
          slug: 'about',
          data: {},
          body: 'a “<span lang="fr">Numérique éducatif</span>” group',
        },
      ],
      sources: [
        { title: 'Synthèse de la journée', language: 'fr' },
        { title: 'The EGNé proposals', language: 'en' },
      ],
    });
    expect(phrases.en).toEqual([
      'Brest',
      'Finistère',
      'Bretagne',
      'Lycée Vauban',
      'Synthèse de la journée',
      'circonscription',
      'Numérique éducatif',
    ]);
    expect(phrases.fr).toEqual(['The EGNé proposals', 'learning lab']);
  });
});

describe('reading the content folder', () => {
  const root = mkdtempSync(join(tmpdir(), 'foreign-phrases-'));
  afterAll(() => rmSync(root, { recursive: true, force: true }));

  test('reads cases, texts and sources, and follows edits', async () => {
    for (const lang of ['fr', 'en']) mkdirSync(join(root, 'cases', lang), { recursive: true });
    mkdirSync(join(root, 'pages', 'en'), { recursive: true });
    writeFileSync(
      join(root, 'cases/fr/a.mdx'),
      "---\ntitle: A\nterritory:\n  scope: commune\n  code: '28214'\n---\n\nTexte.\n",
    );
    writeFileSync(
      join(root, 'pages/en/about.mdx'),
      '---\ntitle: About\n---\n\nThe <span lang="fr">Éducation nationale</span>.\n',
    );
    writeFileSync(join(root, 'sources.yaml'), '- id: s\n  title: Une synthèse\n  language: fr\n');
    expect(readForeignPhrases(root).en).toEqual([
      'La Loupe',
      'Eure-et-Loir',
      'Centre-Val de Loire',
      'Une synthèse',
      'Éducation nationale',
    ]);
    expect(
      textMarker('en', root)('the Éducation nationale in La Loupe').filter((run) => run.lang),
    ).toEqual([
      { text: 'Éducation nationale', lang: 'fr' },
      { text: 'La Loupe', lang: 'fr' },
    ]);
    // A second later the files are looked at again: an edit shows.
    await new Promise((resolve) => setTimeout(resolve, 1100));
    writeFileSync(
      join(root, 'pages/en/about.mdx'),
      '---\ntitle: About\n---\n\nThe <span lang="fr">Villes Internet</span> network.\n',
    );
    expect(readForeignPhrases(root).en).toContain('Villes Internet');
    expect(readForeignPhrases(root).en).not.toContain('Éducation nationale');
  });
});
