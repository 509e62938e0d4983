import { describe, expect, test } from 'vitest';
import {
  comparedSlugs,
  compareSearch,
  facetCounts,
  filterByFacets,
  matchesSelection,
  normalizeSelection,
  searchFromSelection,
  selectionFromSearch,
  selectionSize,
  type FacetValues,
} from '../../../src/catalogue/facets.ts';

const values = (partial: Partial<FacetValues>): FacetValues => ({
  continuity: [],
  theme: [],
  level: [],
  authority: [],
  region: [],
  size: [],
  ...partial,
});
const items = [
  {
    slug: 'lab28',
    values: values({
      continuity: ['journee'],
      theme: ['inclusion', 'code-robotique'],
      level: ['college'],
      region: ['24'],
      size: ['moins-de-10000'],
    }),
  },
  {
    slug: 'vauban',
    values: values({
      continuity: ['parcours'],
      theme: ['innovation', 'formation'],
      level: ['lycee', 'college'],
      region: ['53'],
      size: ['de-50000-a-250000'],
    }),
  },
  {
    slug: 'francas',
    values: values({
      continuity: ['journee'],
      theme: ['code-robotique'],
      level: ['ecole'],
      region: ['national'],
    }),
  },
];
const slugs = (list: { slug: string }[]) => list.map((item) => item.slug);

describe('filtering by facets', () => {
  test('keeps everything when nothing is ticked', () => {
    expect(slugs(filterByFacets(items, {}))).toEqual(['lab28', 'vauban', 'francas']);
    expect(slugs(filterByFacets(items, { theme: [] }))).toEqual(['lab28', 'vauban', 'francas']);
  });

  test('accepts any ticked value within a facet and requires every facet', () => {
    expect(slugs(filterByFacets(items, { level: ['ecole', 'lycee'] }))).toEqual([
      'vauban',
      'francas',
    ]);
    expect(slugs(filterByFacets(items, { level: ['college'], continuity: ['journee'] }))).toEqual([
      'lab28',
    ]);
    expect(slugs(filterByFacets(items, { level: ['ecole'], region: ['24'] }))).toEqual([]);
  });

  test('can leave one facet out of the test', () => {
    expect(matchesSelection(items[1]!.values, { continuity: ['journee'] }, 'continuity')).toBe(
      true,
    );
    expect(matchesSelection(items[1]!.values, { continuity: ['journee'] })).toBe(false);
  });
});

describe('facet counts', () => {
  test('count the cases of each value used', () => {
    const counts = facetCounts(items);
    expect(Object.fromEntries(counts.continuity)).toEqual({ journee: 2, parcours: 1 });
    expect(Object.fromEntries(counts.level)).toEqual({ college: 2, lycee: 1, ecole: 1 });
    expect(Object.fromEntries(counts.size)).toEqual({
      'moins-de-10000': 1,
      'de-50000-a-250000': 1,
    });
  });

  test('give, for every value, the number of results of ticking it alone in its facet', () => {
    const selections = [
      {},
      { continuity: ['journee'] },
      { level: ['college'], theme: ['code-robotique'] },
      { region: ['national', '53'] },
    ];
    for (const selection of selections) {
      const counts = facetCounts(items, selection);
      for (const [facet, byValue] of Object.entries(counts)) {
        for (const [value, count] of byValue) {
          expect(
            filterByFacets(items, { ...selection, [facet]: [value] }).length,
            `${facet}=${value} with ${JSON.stringify(selection)}`,
          ).toBe(count);
        }
      }
    }
  });

  test('keep a value whose cases the other facets exclude, at zero', () => {
    expect(facetCounts(items, { continuity: ['parcours'] }).level.get('ecole')).toBe(0);
  });
});

describe('the state of the filters in the URL', () => {
  test('is written with the parameter names of the page’s language, comma-separated, in the form’s order', () => {
    const selection = { level: ['college'], theme: ['ent', 'familles'] };
    expect(searchFromSelection(selection, 'fr')).toBe('?theme=ent,familles&niveau=college');
    expect(searchFromSelection(selection, 'en')).toBe('?theme=ent,familles&level=college');
    expect(
      searchFromSelection(
        {
          authority: ['departement'],
          size: ['moins-de-10000'],
          continuity: ['parcours'],
          region: ['2A'],
        },
        'fr',
      ),
    ).toBe('?continuite=parcours&collectivite=departement&region=2A&taille=moins-de-10000');
    expect(searchFromSelection({}, 'fr')).toBe('');
    expect(searchFromSelection({ theme: [] }, 'en')).toBe('');
  });

  test('is read back into the same selection', () => {
    const selection = {
      continuity: ['journee'],
      theme: ['ent', 'familles'],
      level: ['college'],
      authority: ['commune'],
      region: ['53', 'national'],
      size: ['moins-de-10000'],
    };
    for (const locale of ['fr', 'en'] as const)
      expect(selectionFromSearch(searchFromSelection(selection, locale), locale)).toEqual(
        selection,
      );
  });

  test('understands repeated parameters (a submitted form) and the other language’s names', () => {
    expect(selectionFromSearch('?theme=ent&theme=familles&niveau=college', 'fr')).toEqual({
      theme: ['ent', 'familles'],
      level: ['college'],
    });
    expect(selectionFromSearch('?niveau=college&size=moins-de-10000', 'en')).toEqual({
      level: ['college'],
      size: ['moins-de-10000'],
    });
    expect(selectionFromSearch('?theme=ent,,ent&q=robots', 'fr')).toEqual({ theme: ['ent'] });
  });

  test('is tidied: unknown values dropped, known ones in the order of the form', () => {
    const known = { theme: ['ent', 'familles', 'formation'], level: ['ecole', 'college'] };
    expect(
      normalizeSelection({ theme: ['formation', 'nope', 'ent'], level: ['lycee'] }, known),
    ).toEqual({ theme: ['ent', 'formation'] });
    expect(selectionSize({ theme: ['ent', 'formation'], level: ['ecole'] })).toBe(3);
  });
});

describe('the compare page’s address', () => {
  test('lists the practices in order, once each, in either language’s parameter', () => {
    expect(comparedSlugs('?cas=a,b,a', 'fr')).toEqual(['a', 'b']);
    expect(comparedSlugs('?cases=a&cases=b', 'en')).toEqual(['a', 'b']);
    expect(comparedSlugs('?cases=a,b', 'fr')).toEqual(['a', 'b']);
    expect(comparedSlugs('', 'fr')).toEqual([]);
    expect(compareSearch(['a', 'b'], 'fr')).toBe('?cas=a,b');
    expect(compareSearch(['a', 'b', 'c'], 'en')).toBe('?cases=a,b,c');
    expect(compareSearch([], 'en')).toBe('');
  });
});
