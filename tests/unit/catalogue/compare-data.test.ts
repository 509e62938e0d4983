import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { generateContent } from '../../../scripts/bench/generate-cases.ts';
import { readForeignPhrases } from '../../../src/data/foreign-phrases.ts';
import { languageMarker } from '../../../src/utils/language-marks.ts';
import { useTranslations } from '../../../src/i18n/translate.ts';
import { describeCase } from '../../../src/catalogue/case-facts.ts';
import {
  benefitsHeadings,
  comparedCase,
  comparedPhrases,
  markdownSection,
  plainText,
  sharedLabels,
} from '../../../src/catalogue/compare-data.ts';
import {
  siteTaxonomy as taxonomy,
  siteCaseSchema,
  validCaseFrontmatter,
} from '../support/site-content.ts';

const data = siteCaseSchema.parse(validCaseFrontmatter());

const body = `## Contexte

Un texte.

## Ce que ça apporte

Les parents **suivent** la scolarité de leurs enfants : voir [le site](https://example.org).
Une deuxième ligne du même paragraphe.

- du temps pour les enseignants ;
- de la confiance
  entre l’école et les familles.

### Un détail

Encore un paragraphe.

## Questions à se poser

- Laquelle ?
`;

describe('the benefits of a case', () => {
  test('are the paragraphs and lists of its "what it brings" section, as plain text', () => {
    expect(markdownSection(body, benefitsHeadings)).toEqual([
      {
        paragraph:
          'Les parents suivent la scolarité de leurs enfants : voir le site. Une deuxième ligne du même paragraphe.',
      },
      {
        list: ['du temps pour les enseignants ;', 'de la confiance entre l’école et les familles.'],
      },
      { paragraph: 'Encore un paragraphe.' },
    ]);
  });

  test('are found whatever the case and accents of the heading, in either language', () => {
    expect(markdownSection('## CE QUE CA APPORTE\n\nDu temps.', benefitsHeadings)).toEqual([
      { paragraph: 'Du temps.' },
    ]);
    expect(
      markdownSection('## What it brings\n\n1. Time\n2. Trust\n\n# End', benefitsHeadings),
    ).toEqual([{ list: ['Time', 'Trust'] }]);
  });

  test('are empty when the source says nothing about them and the section is left out', () => {
    expect(markdownSection('## Contexte\n\nUn texte.', benefitsHeadings)).toEqual([]);
  });

  test('lose their Markdown marks but keep their words', () => {
    expect(plainText('*Un* __mot__ et `code`, [lien](x) {/* note */} snake_case_name')).toBe(
      'Un mot et code, lien snake_case_name',
    );
  });
});

describe('a case on the compare page', () => {
  test('is worded in the page’s language, with its territory derived from its code and French spacing in French text', () => {
    const compared = comparedCase({
      slug: 'x',
      url: '/fr/pratiques/x/',
      facts: describeCase(data, 'fr', taxonomy),
      body,
      locale: 'fr',
      textLocale: 'fr',
      t: useTranslations('fr'),
    });
    expect(compared.territory[0]).toBe('Brest (Commune)');
    expect(compared.territory[1]).toBe('Finistère (29) · Bretagne');
    expect(compared.territory[2]).toMatch(
      /^Population\u00a0: .* — 50\u202f000 à 250\u202f000 habitants$/,
    );
    expect(compared.authority).toEqual(['Commune (les écoles)', 'Département (les collèges)']);
    expect(compared.benefits[0]).toEqual({
      paragraph:
        'Les parents suivent la scolarité de leurs enfants\u00a0: voir le site. Une deuxième ligne du même paragraphe.',
    });
    expect(compared.lang).toBeUndefined();
    expect(compared.source.details).toContain('1er octobre 2015');
  });

  test('says in which language its text is when it is not translated', () => {
    const compared = comparedCase({
      slug: 'x',
      url: '/en/practices/x/',
      facts: describeCase(data, 'en', taxonomy),
      body,
      locale: 'en',
      textLocale: 'fr',
      t: useTranslations('en'),
    });
    expect(compared.lang).toBe('fr');
    expect(compared.authority[0]).toBe('Commune (primary schools)');
  });

  test('shares with the others the continuities, themes and levels they all have', () => {
    const a = {
      continuity: [{ id: 'parcours', label: 'P' }],
      themes: ['ENT', 'Familles'],
      levels: ['Collège'],
    };
    const b = {
      continuity: [{ id: 'parcours', label: 'P' }],
      themes: ['Familles'],
      levels: ['École'],
    };
    expect(sharedLabels([a, b])).toEqual(['P', 'Familles']);
    expect(sharedLabels([a])).toEqual([]);
  });
});

describe('the phrases a compared case brings to mark', () => {
  const root = resolve(import.meta.dirname, '../../..');
  const made: string[] = [];
  afterAll(() => made.forEach((dir) => rmSync(dir, { recursive: true, force: true })));
  /** The phrases English pages mark, read from a content folder of `count` generated cases. */
  const englishPhrasesOf = (count: number) => {
    const folder = mkdtempSync(join(tmpdir(), 'phrases-'));
    made.push(folder);
    generateContent({ count, folder, source: join(root, 'content') });
    return readForeignPhrases(folder).en;
  };
  const english = comparedCase({
    slug: 'x',
    url: '/en/practices/x/',
    facts: describeCase(data, 'en', taxonomy),
    body,
    locale: 'en',
    textLocale: 'en',
    t: useTranslations('en'),
  });

  test('are those of its own texts: the same few whether the site has 20 cases or 400', () => {
    const small = englishPhrasesOf(20);
    const large = englishPhrasesOf(400);
    // The site's list grows with its cases: the compare page used to carry all of it.
    expect(large.length).toBeGreaterThan(small.length * 5);
    const brought = (phrases: readonly string[]) =>
      comparedPhrases(english, 'en', (lang) =>
        languageMarker(
          lang === 'en' ? [...phrases, 'Brest', 'Finistère', 'Bretagne'] : [],
          lang === 'en' ? 'fr' : 'en',
        ),
      );
    expect(brought(small)).toEqual(brought(large));
    expect(brought(large).en).toEqual(expect.arrayContaining(['Brest', 'Finistère', 'Bretagne']));
    expect(brought(large).en!.length).toBeLessThan(10);
    expect(JSON.stringify(brought(large)).length).toBeLessThan(300);
  }, 60_000);

  test('are listed under the language of the text they occur in: its own, or the page’s', () => {
    const untranslated = { ...english, title: 'Le lab de Brest', lang: 'fr' as const };
    const phrases = comparedPhrases(untranslated, 'en', (lang) =>
      languageMarker(lang === 'fr' ? ['lab'] : ['Brest'], lang === 'fr' ? 'en' : 'fr'),
    );
    expect(phrases.fr).toEqual(['lab']);
    // The territory lines are worded by the English page.
    expect(phrases.en).toEqual(['Brest']);
  });
});
