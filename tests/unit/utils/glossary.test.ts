import { describe, expect, test } from 'vitest';
import type { GlossaryTerm } from '../../../src/schemas/glossary.ts';
import {
  createTermMatcher,
  glossaryByLetter,
  type MatchableTerm,
  type TextSegment,
} from '../../../src/utils/glossary.ts';

const ent: MatchableTerm = {
  id: 'ent',
  text: 'ENT',
  expansion: 'Espace numérique de travail',
  abbreviation: true,
};
const pix: MatchableTerm = { id: 'pix', text: 'Pix', expansion: 'Pix', abbreviation: false };
const pixEdu: MatchableTerm = {
  id: 'pix-edu',
  text: 'Pix+Édu',
  expansion: 'Pix+Édu',
  abbreviation: false,
};
const peillon: MatchableTerm = {
  id: 'loi-peillon',
  text: 'loi Peillon',
  expansion: 'Loi de refondation',
  abbreviation: false,
};
const matcher = createTermMatcher([ent, pix, pixEdu, peillon]);

/** The text with each explained term in brackets: "l’[ENT] des parents". */
const marked = (segments: TextSegment[]) =>
  segments
    .map((segment) => (segment.type === 'term' ? `[${segment.value}]` : segment.value))
    .join('');
const explain = (texts: string[]) => {
  const seen = new Set<string>();
  return texts.map((text) => marked(matcher.split(text, seen)));
};

describe('finding glossary terms in text', () => {
  test('only the first occurrence of a term in a document is explained', () => {
    expect(explain(['L’ENT des parents, puis l’ENT du collège.', 'Encore l’ENT.'])).toEqual([
      'L’[ENT] des parents, puis l’ENT du collège.',
      'Encore l’ENT.',
    ]);
  });

  test('an acronym matches as a whole word and in its own case only', () => {
    expect(explain(['ENTRÉE, parents, ent, Ent, CENT'])).toEqual([
      'ENTRÉE, parents, ent, Ent, CENT',
    ]);
    expect(explain(['d’ENT'])).toEqual(['d’[ENT]']);
  });

  test('a name also matches with a capital at the start of a sentence, and across non-breaking spaces', () => {
    expect(explain(['Loi\u00A0Peillon et loi Peillon'])).toEqual([
      '[Loi\u00A0Peillon] et loi Peillon',
    ]);
  });

  test('the longer term wins, and a shorter one is not found inside it', () => {
    expect(explain(['Pix+Édu pour les professeurs'])).toEqual(['[Pix+Édu] pour les professeurs']);
    expect(explain(['Pix+Édu puis Pix'])).toEqual(['[Pix+Édu] puis [Pix]']);
  });

  test('a term already written next to its expansion counts as explained', () => {
    expect(explain(['L’espace numérique de travail (ENT) puis l’ENT'])).toEqual([
      'L’espace numérique de travail (ENT) puis l’ENT',
    ]);
    expect(explain(['L’ENT (espace numérique de travail) puis l’ENT'])).toEqual([
      'L’ENT (espace numérique de travail) puis l’ENT',
    ]);
  });

  test('text without terms comes back whole', () => {
    expect(matcher.split('Rien à signaler', new Set())).toEqual([
      { type: 'text', value: 'Rien à signaler' },
    ]);
    expect(createTermMatcher([]).split('ENT', new Set())).toEqual([{ type: 'text', value: 'ENT' }]);
  });
});

describe('the glossary page order', () => {
  const term = (id: string, fr: string, en = fr) =>
    ({
      id,
      term: { fr, en },
      expansion: { fr, en },
      abbreviation: false,
      definition: { fr: 'x', en: 'x' },
      synonyms: { fr: [], en: [] },
    }) as GlossaryTerm;

  test('terms are sorted alphabetically and grouped by initial letter, accents ignored', () => {
    const letters = glossaryByLetter(
      [
        term('ent', 'ENT'),
        term('academie', 'académie'),
        term('egne', 'EGNé'),
        term('amf', 'AMF'),
        term('ecole', 'école'),
      ],
      'fr',
    );
    expect(
      letters.map(({ letter, terms }) => `${letter}: ${terms.map((entry) => entry.id).join(' ')}`),
    ).toEqual(['A: academie amf', 'E: ecole egne ent']);
  });

  test('the order follows the language of the page', () => {
    const letters = glossaryByLetter([term('rgpd', 'RGPD', 'GDPR'), term('cned', 'CNED')], 'en');
    expect(letters.map(({ letter }) => letter)).toEqual(['C', 'G']);
  });
});
