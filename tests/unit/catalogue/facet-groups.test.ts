import { describe, expect, test } from 'vitest';
import type { CaseData } from '../../../src/schemas/case.ts';
import { describeCase } from '../../../src/catalogue/case-facts.ts';
import {
  caseFacetValues,
  coOccurring,
  facetGroups,
  listedFacetValues,
} from '../../../src/catalogue/facet-groups.ts';
import {
  siteTaxonomy as taxonomy,
  siteCaseSchema,
  validCaseFrontmatter,
} from '../support/site-content.ts';

const valid = siteCaseSchema.parse(validCaseFrontmatter());
const described = (changes: Partial<CaseData>, locale: 'fr' | 'en' = 'fr') => ({
  facts: describeCase(siteCaseSchema.parse({ ...valid, ...changes }), locale, taxonomy),
});

// Brest (29019) in Bretagne; La Loupe (28214) in Centre-Val de Loire; a national network.
const brest = described({});
const laLoupe = described({
  territory: { scope: 'commune', code: '28214' },
  continuity: ['journee'],
  themes: ['ent', 'inclusion'],
  levels: ['college'],
  authorities: ['departement'],
});
const network = described({
  territory: { scope: 'national', label: 'Les Francas' },
  continuity: ['journee'],
  themes: ['code-robotique'],
  levels: ['ecole'],
  authorities: ['etat'],
});

describe('the facet values of a case', () => {
  test('are taxonomy ids, the INSEE code of its region and its population band, all derived from its data', () => {
    expect(caseFacetValues(laLoupe.facts)).toEqual({
      continuity: ['journee'],
      theme: ['ent', 'inclusion'],
      level: ['college'],
      authority: ['departement'],
      region: ['24'],
      size: ['moins-de-10000'],
    });
    expect(caseFacetValues(brest.facts)).toMatchObject({
      region: ['53'],
      size: ['de-50000-a-250000'],
    });
  });

  test('put a national network in the "national" region and in no size', () => {
    expect(caseFacetValues(network.facts)).toMatchObject({ region: ['national'], size: [] });
  });
});

describe('the catalogue’s facets', () => {
  const groups = facetGroups([brest, laLoupe, network], taxonomy, 'fr');
  const group = (facet: string) => groups.find((candidate) => candidate.facet === facet)!.options;

  test('offer only the values some case has, labelled from the taxonomy, with their counts and listing pages', () => {
    expect(group('continuity')).toEqual([
      {
        id: 'parcours',
        label: 'Continuité du parcours scolaire',
        count: 1,
        href: '/fr/continuites/parcours/',
      },
      {
        id: 'journee',
        label: 'Continuité sur la journée de l’élève',
        count: 2,
        href: '/fr/continuites/journee/',
      },
      {
        id: 'territoire',
        label: 'Continuité entre l’école et son territoire',
        count: 1,
        href: '/fr/continuites/territoire/',
      },
    ]);
    expect(group('level').map((option) => [option.id, option.count, option.href])).toEqual([
      ['ecole', 2, '/fr/pratiques/niveau/ecole/'],
      ['college', 2, '/fr/pratiques/niveau/college/'],
    ]);
    expect(group('authority').find((option) => option.id === 'departement')).toEqual({
      id: 'departement',
      label: 'Département',
      hint: 'les collèges',
      count: 2,
      href: '/fr/pratiques/collectivite/departement/',
    });
    expect(group('theme').find((option) => option.id === 'ent')).toMatchObject({
      label: 'Espace numérique de travail (ENT)',
      count: 2,
      href: '/fr/themes/ent/',
    });
  });

  test('list regions by name with the national networks last, and sizes in the taxonomy’s order', () => {
    expect(group('region').map((option) => [option.id, option.label])).toEqual([
      ['53', 'Bretagne'],
      ['24', 'Centre-Val de Loire'],
      ['national', 'Réseau national'],
    ]);
    expect(group('size').map((option) => option.id)).toEqual([
      'moins-de-10000',
      'de-50000-a-250000',
    ]);
  });

  test('are labelled in English on English pages, with the same ids', () => {
    const english = facetGroups([brest, laLoupe, network], taxonomy, 'en');
    const size = english.find((candidate) => candidate.facet === 'size')!.options[0]!;
    expect(size).toMatchObject({
      id: 'moins-de-10000',
      label: 'Under 10,000 inhabitants',
      href: '/en/practices/size/moins-de-10000/',
    });
  });

  test('give the route table one listing page per value, not per combination', () => {
    expect(listedFacetValues([brest, laLoupe, network])).toEqual({
      level: ['college', 'ecole'],
      authority: ['commune', 'departement', 'etat'],
      region: ['24', '53', 'national'],
      size: ['de-50000-a-250000', 'moins-de-10000'],
    });
  });
});

describe('values found together', () => {
  test('are counted on the cases that have the value, most frequent first', () => {
    const items = [brest, laLoupe, network].map((item) => caseFacetValues(item.facts));
    const order = taxonomy.themes.all.map((theme) => theme.id);
    expect(coOccurring(items, 'theme', 'ent', order)).toEqual([
      { id: 'familles', count: 1 },
      { id: 'inclusion', count: 1 },
    ]);
    expect(coOccurring(items, 'theme', 'code-robotique', order)).toEqual([]);
  });
});
