import { describe, expect, test } from 'vitest';
import { languageMarker, runsByPart, innerPhrases } from '../../../src/utils/language-marks.ts';

describe('marking phrases of the other language', () => {
  const mark = languageMarker(
    [
      'Brest',
      'Brest Métropole',
      'Eure-et-Loir',
      "Champagne-au-Mont-d'Or",
      'Centre-Val de Loire',
      'Loire',
    ],
    'fr',
  );

  test('sets each known name apart with its language, the text around it untouched', () => {
    expect(mark('Lycée Vauban in Brest opened a space.')).toEqual([
      { text: 'Lycée Vauban in ' },
      { text: 'Brest', lang: 'fr' },
      { text: ' opened a space.' },
    ]);
  });

  test('prefers the longer name over the shorter one it contains', () => {
    expect(mark('run by Brest Métropole')).toEqual([
      { text: 'run by ' },
      { text: 'Brest Métropole', lang: 'fr' },
    ]);
    expect(mark('Centre-Val de Loire').map((run) => run.lang)).toEqual(['fr']);
  });

  test('matches whole names only, with the same capitals', () => {
    expect(mark('Loire-Atlantique and the loire')).toEqual([
      { text: 'Loire-Atlantique and the loire' },
    ]);
    expect(mark('Brestois')).toEqual([{ text: 'Brestois' }]);
  });

  test('whatever apostrophe, non-breaking hyphen or space the text uses', () => {
    expect(mark('the collège of Champagne-au-Mont-d’Or’s')).toEqual([
      { text: 'the collège of ' },
      { text: 'Champagne-au-Mont-d’Or', lang: 'fr' },
      { text: '’s' },
    ]);
    expect(mark('Centre-Val\u00a0de Loire')).toEqual([
      { text: 'Centre-Val\u00a0de Loire', lang: 'fr' },
    ]);
    expect(mark('Eure\u2011et\u2011Loir')).toEqual([
      { text: 'Eure\u2011et\u2011Loir', lang: 'fr' },
    ]);
  });

  test('marks names after an elided article', () => {
    expect(mark('conseil départemental d’Eure-et-Loir').at(-1)).toEqual({
      text: 'Eure-et-Loir',
      lang: 'fr',
    });
  });

  test('leaves text whole when there is nothing to mark', () => {
    expect(languageMarker([], 'en')('un learning lab')).toEqual([{ text: 'un learning lab' }]);
    expect(mark('')).toEqual([]);
  });
});

describe('cutting marked runs at the parts of a text', () => {
  test('a name across a highlighted word is marked on both sides', () => {
    expect(
      runsByPart(
        [{ text: 'in ' }, { text: 'Brest Métropole', lang: 'fr' }, { text: '.' }],
        ['in ', 'Brest', ' Métropole.'],
      ),
    ).toEqual([
      [{ text: 'in ' }],
      [{ text: 'Brest', lang: 'fr' }],
      [{ text: ' Métropole', lang: 'fr' }, { text: '.' }],
    ]);
  });
});

describe('the names inside a marked phrase', () => {
  test('are added when the site knows them, as whole words only', () => {
    expect(
      innerPhrases(['Loire', 'Val', 'Centre', 'Paris'])(['Centre-Val de Loire', 'Brest']),
    ).toEqual(['Centre-Val de Loire', 'Brest', 'Loire']);
  });

  test('are found whatever the apostrophes and spaces', () => {
    expect(innerPhrases(["Champagne-au-Mont-d'Or"])(['Lycée de Champagne-au-Mont-d’Or'])).toEqual([
      'Lycée de Champagne-au-Mont-d’Or',
      "Champagne-au-Mont-d'Or",
    ]);
    // Marked as a whole, an excerpt that cuts the phrase short still marks what it leaves.
    const mark = languageMarker(innerPhrases(['Loire'])(['Centre-Val de Loire']), 'fr');
    expect(mark('… de Loire, a region')).toEqual([
      { text: '… de ' },
      { text: 'Loire', lang: 'fr' },
      { text: ', a region' },
    ]);
  });
});
