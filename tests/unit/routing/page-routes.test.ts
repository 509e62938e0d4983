import { describe, expect, test } from 'vitest';
import { buildRoutes, listingKey } from '../../../src/routing/page-routes.ts';
import { PAGE_SIZE } from '../../../src/routing/paging.ts';

const routes = buildRoutes({
  cases: [
    { slug: 'both', locales: ['fr', 'en'], original: 'fr' },
    { slug: 'french-only', locales: ['fr'], original: 'fr' },
    { slug: 'english-only', locales: ['en'], original: 'en' },
  ],
  voices: [{ slug: 'allard', locales: ['fr', 'en'], original: 'fr' }],
  pages: ['about', 'accessibility', 'contribute'].map((slug) => ({
    slug,
    locales: ['fr', 'en'] as const,
    original: 'fr' as const,
  })),
  continuities: ['parcours', 'journee', 'territoire'],
  themes: ['ent', 'familles'],
  facets: { level: ['college', 'ecole'], region: ['53', 'national'] },
});
const find = (path: string) => routes.find((route) => route.path === path);

describe('the route table', () => {
  test('has every page in both languages, each path once', () => {
    const paths = routes.map((route) => route.path);
    expect(new Set(paths).size).toBe(paths.length);
    expect(paths).toEqual(
      expect.arrayContaining([
        '/fr/',
        '/en/',
        '/fr/pratiques/',
        '/en/practices/',
        '/fr/continuites/parcours/',
        '/en/continuities/territoire/',
        '/fr/themes/ent/',
        '/fr/temoignages/allard/',
        '/en/voices/allard/',
        '/fr/a-propos/',
        '/en/about/',
        '/fr/accessibilite/',
        '/en/contribute/',
        '/fr/donnees/',
        '/en/compare/',
        '/fr/404/',
        '/en/404/',
      ]),
    );
  });

  test('refuses a page file that the site does not know, and requires the ones it links to', () => {
    const base = { cases: [], voices: [], continuities: [], themes: [] };
    const page = (slug: string) => ({ slug, locales: ['fr'] as const, original: 'fr' as const });
    expect(() =>
      buildRoutes({
        ...base,
        pages: [...['about', 'accessibility', 'contribute'].map(page), page('legal')],
      }),
    ).toThrow(
      'content/pages: "legal" is not a page of the site: one of about | accessibility | contribute',
    );
    expect(() => buildRoutes({ ...base, pages: [page('about')] })).toThrow(
      'content/pages: {fr,en}/accessibility.mdx, {fr,en}/contribute.mdx missing',
    );
  });

  test('links a translated case to both versions', () => {
    expect(find('/en/practices/both/')).toMatchObject({
      view: 'case',
      locale: 'en',
      slug: 'both',
      alternates: { fr: '/fr/pratiques/both/', en: '/en/practices/both/' },
    });
    expect(find('/en/practices/both/')?.fallbackFrom).toBeUndefined();
  });

  test('gives an untranslated case a page in the other language that shows the original', () => {
    expect(find('/en/practices/french-only/')).toMatchObject({
      locale: 'en',
      fallbackFrom: 'fr',
      alternates: { fr: '/fr/pratiques/french-only/' },
    });
    expect(find('/en/practices/french-only/')?.alternates.en).toBeUndefined();
    expect(find('/fr/pratiques/english-only/')).toMatchObject({ locale: 'fr', fallbackFrom: 'en' });
    expect(find('/fr/pratiques/french-only/')?.fallbackFrom).toBeUndefined();
  });

  test('gives each facet value used by a case one listing page per language, with both versions linked', () => {
    const facetRoutes = routes.filter((route) => route.view === 'facet');
    expect(facetRoutes.map((route) => route.path)).toEqual([
      '/fr/pratiques/niveau/college/',
      '/en/practices/level/college/',
      '/fr/pratiques/niveau/ecole/',
      '/en/practices/level/ecole/',
      '/fr/pratiques/region/53/',
      '/en/practices/region/53/',
      '/fr/pratiques/region/national/',
      '/en/practices/region/national/',
    ]);
    expect(find('/en/practices/region/53/')).toMatchObject({
      view: 'facet',
      facet: 'region',
      id: '53',
      alternates: { fr: '/fr/pratiques/region/53/', en: '/en/practices/region/53/' },
    });
  });

  test('gives each department with cases a page in both languages, under the territories section', () => {
    const withDepartments = buildRoutes({
      cases: [],
      voices: [],
      pages: ['about', 'accessibility', 'contribute'].map((slug) => ({
        slug,
        locales: ['fr', 'en'] as const,
        original: 'fr' as const,
      })),
      continuities: [],
      themes: [],
      departments: ['29', '2A'],
    });
    expect(withDepartments.find((route) => route.path === '/fr/territoires/2a/')).toMatchObject({
      view: 'department',
      code: '2A',
      alternates: { fr: '/fr/territoires/2a/', en: '/en/territories/2a/' },
    });
    expect(
      withDepartments.filter((route) => route.view === 'department').map((route) => route.path),
    ).toEqual([
      '/fr/territoires/29/',
      '/en/territories/29/',
      '/fr/territoires/2a/',
      '/en/territories/2a/',
    ]);
  });
});

describe('listings in pages of a fixed size', () => {
  const pages = ['about', 'accessibility', 'contribute'].map((slug) => ({
    slug,
    locales: ['fr', 'en'] as const,
    original: 'fr' as const,
  }));
  const paged = buildRoutes({
    cases: [],
    voices: [],
    pages,
    continuities: ['parcours'],
    themes: ['ent'],
    facets: { level: ['college'] },
    departments: ['28'],
    listingSizes: new Map([
      [listingKey('cases'), 2 * PAGE_SIZE + 1],
      [listingKey('continuity', 'parcours'), PAGE_SIZE],
      [listingKey('theme', 'ent'), PAGE_SIZE + 1],
      [listingKey('level', 'college'), 3 * PAGE_SIZE],
      [listingKey('department', '28'), 0],
    ]),
  });
  const paths = paged.map((route) => route.path);

  test('numbers the pages after the first at the listing’s own address, in both languages', () => {
    expect(paths).toEqual(
      expect.arrayContaining([
        '/fr/pratiques/',
        '/fr/pratiques/2/',
        '/fr/pratiques/3/',
        '/en/practices/3/',
        '/fr/themes/ent/2/',
        '/en/practices/level/college/3/',
      ]),
    );
    expect(paths).not.toContain('/fr/pratiques/4/');
    expect(paths).not.toContain('/fr/continuites/parcours/2/');
    expect(paths.filter((path) => path.startsWith('/fr/territoires/28'))).toHaveLength(1);
    expect(new Set(paths).size).toBe(paths.length);
  });

  test('links each page to the same page in the other language, and says which page it is', () => {
    const third = paged.find((route) => route.path === '/fr/pratiques/3/');
    expect(third).toMatchObject({
      view: 'cases',
      page: 3,
      alternates: { fr: '/fr/pratiques/3/', en: '/en/practices/3/' },
    });
  });

  test('refuses a practice named by a number, which would take the place of a page', () => {
    expect(() =>
      buildRoutes({
        cases: [{ slug: '2', locales: ['fr'], original: 'fr' }],
        voices: [],
        pages,
        continuities: [],
        themes: [],
      }),
    ).toThrow(/"2": a practice's file name cannot be only digits/);
  });
});
