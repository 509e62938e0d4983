import { describe, expect, test } from 'vitest';
import { normalizeQuery, readableExcerpt, splitElisions } from '../../../src/search/text.ts';

const plain = (parts: ReturnType<typeof readableExcerpt>) =>
  parts.map((part) => (part.highlighted ? `[${part.text}]` : part.text)).join('');

describe('splitElisions', () => {
  test.each([
    ['l’école', 'l’ école'],
    ["l'école", 'l’ école'],
    ['lʼécole', 'l’ école'],
    ['L’ENT', 'L’ ENT'],
    ["d'école et d’établissement", 'd’ école et d’ établissement'],
    [
      'qu’il, jusqu’à, lorsqu’elle, puisqu’on, quoiqu’il',
      'qu’ il, jusqu’ à, lorsqu’ elle, puisqu’ on, quoiqu’ il',
    ],
    [
      's’inscrire, n’est, c’est, j’ai, m’a, t’es',
      's’ inscrire, n’ est, c’ est, j’ ai, m’ a, t’ es',
    ],
    ['Champagne-au-Mont-d’Or', 'Champagne-au-Mont-d’ Or'],
  ])('cuts the elision of %s, whatever the apostrophe', (text, expected) => {
    expect(splitElisions(text, 'fr')).toBe(expected);
  });

  test.each(['aujourd’hui', 'quelqu’un', 'presqu’île', 'établissement', 'élèves', 'Saint-Étienne'])(
    'leaves %s whole',
    (word) => {
      expect(splitElisions(word, 'fr')).toBe(word);
    },
  );

  test('writes every apostrophe as the typographic one', () => {
    expect(splitElisions("aujourdʼhui, aujourd'hui", 'fr')).toBe('aujourd’hui, aujourd’hui');
  });

  test('an apostrophe before a space or a digit is no elision', () => {
    expect(splitElisions("l' école, d'2020", 'fr')).toBe('l’ école, d’2020');
  });

  test('English contractions are not elisions on English pages, French names still are', () => {
    expect(splitElisions("it's, don't, we'll, the school's, c'mon", 'en')).toBe(
      'it’s, don’t, we’ll, the school’s, c’mon',
    );
    expect(splitElisions('Champagne-au-Mont-d’Or and l’Éducation nationale', 'en')).toBe(
      'Champagne-au-Mont-d’ Or and l’ Éducation nationale',
    );
  });
});

describe('normalizeQuery', () => {
  test.each([
    ["l'ENT", 'ENT'],
    ['L’ENT', 'ENT'],
    ['d’école', 'école'],
    ['dʼécole', 'école'],
    ["  l'école   et  le périscolaire ", 'école périscolaire'],
    ['espace numérique de travail', 'espace numérique travail'],
    ['De', 'De'],
    ['aujourdʼhui', 'aujourd’hui'],
    ['établissement', 'établissement'],
    ['et', 'et'],
  ])('reads %j as %j', (query, expected) => {
    expect(normalizeQuery(query, 'fr')).toBe(expected);
  });

  test('keeps English contractions and drops English little words', () => {
    expect(normalizeQuery("don't", 'en')).toBe('don’t');
    expect(normalizeQuery('the school and the family', 'en')).toBe('school family');
  });
});

describe('readableExcerpt', () => {
  test('joins elisions again and keeps the highlight on the word', () => {
    expect(
      plain(readableExcerpt('Les parents de l’ <mark>école</mark> voient L’ ENT.', 'fr')),
    ).toBe('Les parents de l’[école] voient L’ENT.');
  });

  test('removes the added synonyms', () => {
    expect(
      plain(
        readableExcerpt(
          'ouvre son ⸤ <mark>ENT</mark> ⸢ espace numérique de travail ⸣ aux parents',
          'fr',
        ),
      ),
    ).toBe('ouvre son [ENT] aux parents');
  });

  test('a synonym that matched highlights the words of the page it stands for', () => {
    expect(
      plain(
        readableExcerpt(
          'l’ ⸤ ENT ⸢ <mark>espace</mark> <mark>numérique</mark> de <mark>travail</mark> ⸣ de l’école',
          'fr',
        ),
      ),
    ).toBe('l’[ENT] de l’école');
    expect(
      plain(readableExcerpt('un ⸤ espace numérique de travail ⸢ <mark>ENT</mark> ⸣ (ENT)', 'fr')),
    ).toBe('un [espace numérique de travail] (ENT)');
  });

  test('keeps punctuation around a framed term', () => {
    expect(
      plain(
        readableExcerpt('un espace (⸤ <mark>ENT</mark> ⸢ espace numérique de travail ⸣).', 'fr'),
      ),
    ).toBe('un espace ([ENT]).');
  });

  test('an excerpt cut inside a framed block shows no added word', () => {
    expect(
      plain(readableExcerpt('numérique de travail ⸣ ouvert aux <mark>parents</mark>', 'fr')),
    ).toBe('ouvert aux [parents]');
    expect(plain(readableExcerpt('ENT ⸢ <mark>espace</mark> numérique ⸣ ouvert', 'fr'))).toBe(
      '[ENT] ouvert',
    );
    expect(plain(readableExcerpt('les <mark>parents</mark> et l’ ⸤ ENT ⸢ espace', 'fr'))).toBe(
      'les [parents] et l’ENT',
    );
    expect(plain(readableExcerpt('les <mark>parents</mark> et l’ ⸤ ENT', 'fr'))).toBe(
      'les [parents] et l’ENT',
    );
  });

  test('highlights the word, not the punctuation stuck to it', () => {
    expect(
      plain(
        readableExcerpt(
          'aux <mark>parents.</mark> Au <mark>(ENT)</mark> «\u00a0<mark>l’école»</mark>',
          'fr',
        ),
      ),
    ).toBe('aux [parents]. Au ([ENT]) «\u00a0[l’école]»');
  });

  test('puts back the no-break spaces of French punctuation', () => {
    expect(plain(readableExcerpt('la question : « <mark>école</mark> » ?', 'fr'))).toBe(
      'la question\u00a0: «\u00a0[école]\u00a0»\u202f?',
    );
  });

  test('unescapes what Pagefind escaped and merges neighbouring runs', () => {
    expect(readableExcerpt('a &lt;b&gt; <mark>c</mark> <mark>d</mark>', 'fr')).toEqual([
      { text: 'a <b> ', highlighted: false },
      { text: 'c', highlighted: true },
      { text: ' ', highlighted: false },
      { text: 'd', highlighted: true },
    ]);
  });
});

describe('readableExcerpt and the index words of a title', () => {
  test('leave no trace, not even a double space', () => {
    expect(readableExcerpt('aux parents. ⸤ ⸢ <mark>entsigle</mark> ⸣ Au Pré', 'fr')).toEqual([
      { text: 'aux parents. Au Pré', highlighted: false },
    ]);
  });
});
