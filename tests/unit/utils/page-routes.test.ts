import { describe, expect, test } from 'vitest';
import { buildRoutes } from '../../../src/utils/page-routes.ts';

const routes = buildRoutes({
  cases: [
    { slug: 'both', locales: ['fr', 'en'], original: 'fr' },
    { slug: 'french-only', locales: ['fr'], original: 'fr' },
    { slug: 'english-only', locales: ['en'], original: 'en' },
  ],
  continuities: ['parcours', 'journee', 'territoire'],
});
const find = (path: string) => routes.find((route) => route.path === path);

describe('the route table', () => {
  test('has every page in both languages, each path once', () => {
    const paths = routes.map((route) => route.path);
    expect(new Set(paths).size).toBe(paths.length);
    expect(paths).toEqual(expect.arrayContaining(['/fr/', '/en/', '/fr/pratiques/', '/en/practices/', '/fr/continuites/parcours/', '/en/continuities/territoire/', '/fr/404/', '/en/404/']));
  });

  test('links a translated case to both versions', () => {
    expect(find('/en/practices/both/')).toMatchObject({ view: 'case', locale: 'en', slug: 'both', alternates: { fr: '/fr/pratiques/both/', en: '/en/practices/both/' } });
    expect(find('/en/practices/both/')?.fallbackFrom).toBeUndefined();
  });

  test('gives an untranslated case a page in the other language that shows the original', () => {
    expect(find('/en/practices/french-only/')).toMatchObject({ locale: 'en', fallbackFrom: 'fr', alternates: { fr: '/fr/pratiques/french-only/' } });
    expect(find('/en/practices/french-only/')?.alternates.en).toBeUndefined();
    expect(find('/fr/pratiques/english-only/')).toMatchObject({ locale: 'fr', fallbackFrom: 'en' });
    expect(find('/fr/pratiques/french-only/')?.fallbackFrom).toBeUndefined();
  });
});
