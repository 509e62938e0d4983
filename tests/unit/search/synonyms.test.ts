import { describe, expect, test } from 'vitest';
import {
  acronymQuery,
  acronymTokens,
  addSynonyms,
  synonymFinder,
  termVariants,
} from '../../../src/search/synonyms.ts';
import { splitElisions } from '../../../src/search/text.ts';

const term = (
  fr: [string, string, string[]],
  en: [string, string, string[]] = fr,
  abbreviation = true,
) => ({
  abbreviation,
  term: { fr: fr[0], en: en[0] },
  expansion: { fr: fr[1], en: en[1] },
  synonyms: { fr: fr[2], en: en[2] },
});

const ent = term(
  [
    'ENT',
    'Espace numérique de travail',
    ['espace numérique de travail', 'espaces numériques de travail'],
  ],
  [
    'ENT',
    'Digital workspace (espace numérique de travail)',
    ['digital workspace', 'digital work environment'],
  ],
);
const egne = term(['EGNé', 'États généraux du numérique pour l’éducation', ['EGN']]);
const pix = term(['Pix', 'Pix', []], undefined, false);
const place = term(['Place', 'Plateforme de l’académie de Nancy-Metz', []], undefined, false);
const canope = term(['Canopé', 'Réseau Canopé', []], undefined, false);

describe('termVariants', () => {
  test('gives the term, its expansion and its synonyms once each, as the index writes them', () => {
    expect(termVariants(ent, 'fr')).toEqual([
      'ENT',
      'Espace numérique de travail',
      'espaces numériques de travail',
    ]);
    expect(termVariants(egne, 'fr')).toEqual([
      'EGNé',
      'États généraux du numérique pour l’ éducation',
      'EGN',
    ]);
  });

  test('leaves out a gloss in brackets', () => {
    expect(termVariants(ent, 'en')).toEqual([
      'ENT',
      'Digital workspace',
      'digital work environment',
    ]);
  });
});

describe('addSynonyms', () => {
  const fr = synonymFinder([ent, egne, pix, place], 'fr');
  const add = (text: string, finder = fr) => addSynonyms(splitElisions(text, 'fr'), finder);

  test('follows an acronym with its expansion and synonyms', () => {
    expect(add('les parents ont accès à l’ENT.')).toBe(
      'les parents ont accès à l’ ⸤ ENT ⸢ entsigle Espace numérique de travail espaces numériques de travail ⸣.',
    );
  });

  test('follows an expansion with its acronym, whatever its case and spacing', () => {
    expect(add('Un Espace  numérique\u00a0de travail ouvert')).toBe(
      'Un ⸤ Espace  numérique\u00a0de travail ⸢ entsigle ENT espaces numériques de travail ⸣ ouvert',
    );
  });

  test('finds the longest way of writing a term first', () => {
    expect(add('les espaces numériques de travail')).toBe(
      'les ⸤ espaces numériques de travail ⸢ entsigle ENT Espace numérique de travail ⸣',
    );
  });

  test('matches whole words only, and acronyms and names with their capitals', () => {
    expect(add('entre les enseignants, une place, un pixel')).toBe(
      'entre les enseignants, une place, un pixel',
    );
    expect(add('Place est l’ENT de l’académie')).toContain('⸤ Place ⸢');
  });

  test('cuts elisions inside an expansion as in the text', () => {
    expect(add('les États généraux du numérique pour l’éducation')).toBe(
      'les ⸤ États généraux du numérique pour l’ éducation ⸢ egnesigle EGNé EGN ⸣',
    );
  });

  test('a term written one way only adds nothing', () => {
    expect(add('sur Pix')).toBe('sur Pix');
  });

  test('English pages use the English variants', () => {
    const en = synonymFinder([ent], 'en');
    expect(addSynonyms('its digital workspace (ENT)', en)).toBe(
      'its ⸤ digital workspace ⸢ entsigle ENT digital work environment ⸣ (⸤ ENT ⸢ entsigle Digital workspace digital work environment ⸣)',
    );
  });

  test('lets the caller frame what it adds, and escapes it for HTML', () => {
    const finder = synonymFinder([term(['R&D', 'Recherche & développement', []])], 'fr');
    expect(addSynonyms('la R&amp;D', finder, (added) => `<span>${added}</span>`)).toBe(
      'la ⸤ R&amp;D <span>⸢ rdsigle Recherche &amp; développement ⸣</span>',
    );
  });
});

describe('acronyms', () => {
  test('each abbreviation of the glossary, and only they, gets an index word that no ordinary word starts with', () => {
    expect(acronymTokens([ent, egne, pix, place, canope], 'fr')).toEqual({
      ent: 'entsigle',
      egne: 'egnesigle',
    });
  });

  test('a query asks for the index word of each acronym, however it was typed, and leaves other words', () => {
    const tokens = acronymTokens([ent, egne], 'fr');
    expect(acronymQuery('ENT parents', tokens)).toBe('entsigle parents');
    expect(acronymQuery('ent egne entre', tokens)).toBe('entsigle egnesigle entre');
    expect(acronymQuery('EGNé', tokens)).toBe('egnesigle');
  });
});
