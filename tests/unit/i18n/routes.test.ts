import { describe, expect, test } from 'vitest';
import { locales } from '../../../src/i18n/config.ts';
import { localeFromPath, localizedPath, parsePath, sections, translatePath, type Section } from '../../../src/i18n/routes.ts';

describe('the route map', () => {
  test('builds localized paths for every section', () => {
    expect(localizedPath('fr')).toBe('/fr/');
    expect(localizedPath('fr', 'practices')).toBe('/fr/pratiques/');
    expect(localizedPath('en', 'practices')).toBe('/en/practices/');
    expect(localizedPath('fr', 'voices', 'allard')).toBe('/fr/temoignages/allard/');
    expect(localizedPath('en', 'accessibility')).toBe('/en/accessibility/');
  });

  test('gives the page table of the brief', () => {
    const expected: Record<Section, [string, string]> = {
      practices: ['pratiques', 'practices'],
      continuities: ['continuites', 'continuities'],
      themes: ['themes', 'themes'],
      territories: ['territoires', 'territories'],
      proposals: ['propositions', 'proposals'],
      voices: ['temoignages', 'voices'],
      search: ['recherche', 'search'],
      glossary: ['glossaire', 'glossary'],
      about: ['a-propos', 'about'],
      contribute: ['contribuer', 'contribute'],
      accessibility: ['accessibilite', 'accessibility'],
      data: ['donnees', 'data'],
      compare: ['comparer', 'compare'],
    };
    expect(Object.fromEntries(Object.entries(sections).map(([key, value]) => [key, [value.fr, value.en]]))).toEqual(expected);
  });

  test('uses ASCII segments that are unique within each language', () => {
    for (const locale of locales) {
      const segments = Object.values(sections).map((section) => section[locale]);
      expect(new Set(segments).size).toBe(segments.length);
      for (const segment of segments) expect(segment).toMatch(/^[a-z]+(-[a-z]+)*$/);
    }
  });

  test('reads every path back into what it is', () => {
    for (const locale of locales) {
      for (const section of Object.keys(sections) as Section[]) {
        expect(parsePath(localizedPath(locale, section))).toEqual({ locale, section });
        expect(parsePath(localizedPath(locale, section, 'x-y'))).toEqual({ locale, section, slug: 'x-y' });
      }
    }
    expect(parsePath('/en/')).toEqual({ locale: 'en' });
    expect(parsePath('/en/practices/lab28/?q=1#top')).toEqual({ locale: 'en', section: 'practices', slug: 'lab28' });
  });

  test('rejects paths that mix languages or are not routes', () => {
    expect(parsePath('/fr/practices/')).toBeUndefined();
    expect(parsePath('/en/pratiques/')).toBeUndefined();
    expect(parsePath('/de/')).toBeUndefined();
    expect(parsePath('/fr/pratiques/a/b/')).toBeUndefined();
  });

  test('translates a path from French to English and back', () => {
    expect(translatePath('/fr/pratiques/lab28-la-loupe/', 'en')).toBe('/en/practices/lab28-la-loupe/');
    expect(translatePath('/en/practices/lab28-la-loupe/', 'fr')).toBe('/fr/pratiques/lab28-la-loupe/');
    expect(translatePath('/fr/a-propos/', 'en')).toBe('/en/about/');
    expect(translatePath('/en/about/', 'fr')).toBe('/fr/a-propos/');
    expect(translatePath('/fr/', 'en')).toBe('/en/');
    expect(translatePath('/nowhere/', 'en')).toBeUndefined();
    for (const section of Object.keys(sections) as Section[]) {
      const french = localizedPath('fr', section, 'id');
      expect(translatePath(translatePath(french, 'en')!, 'fr')).toBe(french);
    }
  });

  test('knows the language of any path, French by default', () => {
    expect(localeFromPath('/en/search/')).toBe('en');
    expect(localeFromPath('/fr/')).toBe('fr');
    expect(localeFromPath('/')).toBe('fr');
  });
});
