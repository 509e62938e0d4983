import { describe, expect, test } from 'vitest';
import { locales } from '../../../src/i18n/config.ts';
import {
  compareParam,
  facetPath,
  facets,
  listedFacets,
  localeFromPath,
  localizedPath,
  parsePath,
  sections,
  translatePath,
  type Section,
} from '../../../src/i18n/routes.ts';

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
      myArea: ['mon-territoire', 'my-area'],
    };
    expect(
      Object.fromEntries(
        Object.entries(sections).map(([key, value]) => [key, [value.fr, value.en]]),
      ),
    ).toEqual(expected);
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
        expect(parsePath(localizedPath(locale, section, 'x-y'))).toEqual({
          locale,
          section,
          slug: 'x-y',
        });
      }
    }
    expect(parsePath('/en/')).toEqual({ locale: 'en' });
    expect(parsePath('/en/practices/lab28/?q=1#top')).toEqual({
      locale: 'en',
      section: 'practices',
      slug: 'lab28',
    });
  });

  test('rejects paths that mix languages or are not routes', () => {
    expect(parsePath('/fr/practices/')).toBeUndefined();
    expect(parsePath('/en/pratiques/')).toBeUndefined();
    expect(parsePath('/de/')).toBeUndefined();
    expect(parsePath('/fr/pratiques/a/b/')).toBeUndefined();
  });

  test('reads the numbered pages of a listing, and only of a listing', () => {
    expect(parsePath('/fr/pratiques/2/')).toEqual({ locale: 'fr', section: 'practices', page: 2 });
    expect(parsePath('/en/continuities/parcours/12/')).toEqual({
      locale: 'en',
      section: 'continuities',
      slug: 'parcours',
      page: 12,
    });
    expect(parsePath('/fr/pratiques/niveau/college/3/')).toEqual({
      locale: 'fr',
      section: 'practices',
      facet: 'level',
      slug: 'college',
      page: 3,
    });
    expect(parsePath('/fr/pratiques/lab28/2/')).toBeUndefined();
    expect(parsePath('/fr/a-propos/2/')).toEqual({ locale: 'fr', section: 'about', slug: '2' });
    expect(parsePath('/fr/pratiques/0/')).toEqual({
      locale: 'fr',
      section: 'practices',
      slug: '0',
    });
    expect(translatePath('/fr/territoires/28-eure-et-loir/2/', 'en')).toBe(
      '/en/territories/28-eure-et-loir/2/',
    );
    expect(translatePath('/en/practices/size/moins-de-10000/4/', 'fr')).toBe(
      '/fr/pratiques/taille/moins-de-10000/4/',
    );
  });

  test('translates a path from French to English and back', () => {
    expect(translatePath('/fr/pratiques/lab28-la-loupe/', 'en')).toBe(
      '/en/practices/lab28-la-loupe/',
    );
    expect(translatePath('/en/practices/lab28-la-loupe/', 'fr')).toBe(
      '/fr/pratiques/lab28-la-loupe/',
    );
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

  test('gives each facet of the catalogue an ASCII name per language, unique within it', () => {
    for (const locale of locales) {
      const names = Object.values(facets).map((facet) => facet[locale]);
      expect(new Set(names).size).toBe(names.length);
      for (const name of [...names, compareParam[locale]]) expect(name).toMatch(/^[a-z]+$/);
    }
  });

  test('lists the practices of a facet value on a hub, a theme page or a page under the catalogue', () => {
    expect(facetPath('fr', 'continuity', 'parcours')).toBe('/fr/continuites/parcours/');
    expect(facetPath('en', 'theme', 'ent')).toBe('/en/themes/ent/');
    expect(facetPath('fr', 'level', 'college')).toBe('/fr/pratiques/niveau/college/');
    expect(facetPath('en', 'authority', 'departement')).toBe(
      '/en/practices/authority/departement/',
    );
    expect(facetPath('fr', 'region', '53')).toBe('/fr/pratiques/region/53/');
    expect(facetPath('en', 'size', 'moins-de-10000')).toBe('/en/practices/size/moins-de-10000/');
  });

  test('reads a facet page back, translates it, and never mistakes it for a case', () => {
    for (const locale of locales) {
      for (const facet of listedFacets) {
        expect(parsePath(facetPath(locale, facet, 'x-1'))).toEqual({
          locale,
          section: 'practices',
          facet,
          slug: 'x-1',
        });
        const other = locale === 'fr' ? 'en' : 'fr';
        expect(translatePath(facetPath(locale, facet, 'x-1'), other)).toBe(
          facetPath(other, facet, 'x-1'),
        );
      }
    }
    // A case whose slug happens to be a facet name stays a case; a facet segment of the other language is not a route.
    expect(parsePath('/fr/pratiques/niveau/')).toEqual({
      locale: 'fr',
      section: 'practices',
      slug: 'niveau',
    });
    expect(parsePath('/fr/pratiques/level/college/')).toBeUndefined();
    expect(parsePath('/fr/themes/niveau/college/')).toBeUndefined();
    expect(parsePath('/fr/pratiques/niveau/college/extra/')).toBeUndefined();
  });
});
