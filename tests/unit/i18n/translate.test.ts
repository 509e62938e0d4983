import { describe, expect, test } from 'vitest';
import { en } from '../../../src/i18n/ui/en.ts';
import { fr } from '../../../src/i18n/ui/fr.ts';
import { localize, useTranslations } from '../../../src/i18n/translate.ts';

describe('interface strings', () => {
  test('French has exactly the English keys, in the same order', () => {
    expect(Object.keys(fr)).toEqual(Object.keys(en));
  });

  test('no string is empty, and French and English differ where they should', () => {
    for (const dictionary of [en, fr]) {
      for (const [key, value] of Object.entries(dictionary)) expect(value.trim(), key).not.toBe('');
    }
    expect(fr['nav.practices']).not.toBe(en['nav.practices']);
  });

  test('every interpolation placeholder appears in both languages', () => {
    const placeholders = (text: string) =>
      [...text.matchAll(/{{(\w+)}}/g)].map((match) => match[1]).sort();
    for (const key of Object.keys(en) as (keyof typeof en)[])
      expect(placeholders(fr[key]), key).toEqual(placeholders(en[key]));
  });

  test('French text uses typographic apostrophes', () => {
    for (const [key, value] of Object.entries(fr)) expect(value, key).not.toContain("'");
  });

  test('translates through i18next in each language', () => {
    expect(useTranslations('fr')('nav.practices')).toBe('Pratiques');
    expect(useTranslations('en')('nav.practices')).toBe('Practices');
  });

  test('counts in French and English, with "Aucune" for zero', () => {
    const t = useTranslations('fr');
    expect(t('cases.count', { count: 0 })).toBe('Aucune pratique');
    expect(t('cases.count', { count: 1 })).toBe('1 pratique');
    expect(t('cases.count', { count: 11 })).toBe('11 pratiques');
    expect(useTranslations('en')('cases.count', { count: 1 })).toBe('1 practice');
    expect(useTranslations('en')('cases.count', { count: 2 })).toBe('2 practices');
  });

  test('interpolates values without escaping them twice', () => {
    expect(useTranslations('en')('case.reviewed', { date: '1 October 2015' })).toBe(
      'Last reviewed: 1 October 2015',
    );
  });

  test('gives the same text for the same call, and another text for other values (texts are kept per build)', () => {
    const t = useTranslations('en');
    expect(t('case.reviewed', { date: '2 October 2015' })).toBe('Last reviewed: 2 October 2015');
    expect(t('case.reviewed', { date: '1 October 2015' })).toBe('Last reviewed: 1 October 2015');
    expect(t('cases.count', { count: 2 })).toBe('2 practices');
    expect(t('nav.practices')).toBe(t('nav.practices'));
    expect(useTranslations('fr')('nav.practices')).toBe('Pratiques');
  });

  test('picks the field of a { fr, en } value', () => {
    expect(localize({ fr: 'Écoles', en: 'Schools' }, 'en')).toBe('Schools');
  });
});
