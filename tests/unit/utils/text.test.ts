import { describe, expect, test } from 'vitest';
import { formatDate } from '../../../src/utils/dates.ts';
import { formatList, keepNumbersTogether } from '../../../src/utils/format.ts';
import { closest, notOneOf } from '../../../src/utils/suggest.ts';
import { frenchSpacing } from '../../../src/utils/typography.ts';

describe('text helpers', () => {
  test('French spacing keeps punctuation attached to its word', () => {
    expect(frenchSpacing('Pourquoi ? « Ensemble » : oui ; non !')).toBe(
      'Pourquoi\u202F? «\u00A0Ensemble\u00A0»\u00A0: oui\u202F; non\u202F!',
    );
    expect(frenchSpacing('https://example.org et 10:30')).toBe('https://example.org et 10:30');
  });

  test('dates are written as each language writes them, as precisely as known', () => {
    expect(formatDate('2015-10-01', 'fr')).toBe('1er octobre 2015');
    expect(formatDate('2015-10-01', 'en')).toBe('1 October 2015');
    expect(formatDate('2020-11', 'fr')).toBe('novembre 2020');
    expect(formatDate('2020', 'en')).toBe('2020');
    expect(formatDate(new Date('2026-11-23'), 'fr')).toBe('23 novembre 2026');
  });

  test('lists read as sentences', () => {
    expect(formatList(['Commune', 'Département'], 'fr')).toBe('Commune et Département');
    expect(formatList(['A', 'B', 'C'], 'en')).toBe('A, B and C');
    expect(keepNumbersTogether('Moins de 10 000 habitants')).toBe('Moins de 10\u202F000 habitants');
  });

  test('a typo gets the closest allowed value, a stranger gets none', () => {
    expect(closest('parcour', ['parcours', 'journee'])).toBe('parcours');
    expect(closest('Familles', ['familles', 'ent'])).toBe('familles');
    expect(closest('zzzzzz', ['parcours', 'journee'])).toBeUndefined();
    expect(notOneOf(3, ['a', 'b'])).toBe('3 is not one of a | b');
  });
});
