import { describe, expect, test } from 'vitest';
import type { CaseData } from '../../../src/schemas/case.ts';
import { describeCase } from '../../../src/catalogue/case-facts.ts';
import {
  caseSearchValues,
  effectiveSort,
  pagefindFilters,
  searchFacetGroups,
  searchStateFromUrl,
  searchStateToUrl,
  sortableTitle,
  territoryLine,
} from '../../../src/search/facets.ts';
import {
  siteTaxonomy as taxonomy,
  siteCaseSchema,
  validCaseFrontmatter,
} from '../support/site-content.ts';

const valid = siteCaseSchema.parse(validCaseFrontmatter());
const described = (changes: Partial<CaseData>, locale: 'fr' | 'en' = 'fr') => ({
  facts: describeCase(siteCaseSchema.parse({ ...valid, ...changes }), locale, taxonomy),
});

// Brest (29019, Finistère, Bretagne); an académie over four departments; a national network.
const brest = described({ audiences: ['parents', 'enseignants'] });
const academie = described({
  territory: {
    scope: 'academie',
    departments: ['54', '55', '57', '88'],
    label: 'Académie de Nancy-Metz',
  },
  levels: ['college', 'lycee'],
});
const network = described({
  territory: { scope: 'national', label: 'Les Francas' },
  levels: ['ecole'],
});

describe('what a case page hands the search index', () => {
  test('filter values are labelled in the page’s language, with the catalogue’s ids', () => {
    const values = caseSearchValues(brest.facts);
    expect(values.region).toEqual([{ id: '53', label: 'Bretagne' }]);
    expect(values.department).toEqual([{ id: '29', label: 'Finistère (29)' }]);
    expect(values.audience.map((value) => value.id).sort()).toEqual(['enseignants', 'parents']);
    expect(caseSearchValues(described({}, 'en').facts).level[0]!.label).not.toBe(
      values.level[0]!.label,
    );
  });

  test('a national network is in the national “region” and in no department', () => {
    expect(caseSearchValues(network.facts)).toMatchObject({
      region: [{ id: 'national', label: 'Réseau national' }],
      department: [],
    });
  });

  test('the territory reads in one line', () => {
    expect(territoryLine(brest.facts)).toBe('Brest · Finistère (29) · Bretagne');
    expect(territoryLine(academie.facts)).toBe(
      'Académie de Nancy-Metz · 54, 55, 57, 88 · Grand Est',
    );
    expect(territoryLine(network.facts)).toBe('Les Francas · Réseau national');
  });

  test('titles sort alphabetically whatever their accents and quotes', () => {
    const titles = ['Le Lab28', 'À Saint-Étienne, l’école', '« ECLA »', 'Brest']
      .map(sortableTitle)
      .sort();
    expect(titles).toEqual(['a saint-etienne, l’ecole', 'brest', 'ecla »', 'le lab28']);
  });
});

describe('the search page’s filters', () => {
  const groups = searchFacetGroups([brest, academie, network], taxonomy, 'fr');
  const group = (facet: string) => groups.find((candidate) => candidate.facet === facet)!.options;

  test('offer every value a case has, with its count, in the panel’s order', () => {
    expect(groups.map((candidate) => candidate.facet)).toEqual([
      'continuity',
      'theme',
      'level',
      'audience',
      'region',
      'department',
      'authority',
    ]);
    expect(group('department').map((option) => [option.id, option.count])).toEqual([
      ['29', 1],
      ['54', 1],
      ['55', 1],
      ['57', 1],
      ['88', 1],
    ]);
    expect(group('region').at(-1)).toMatchObject({ id: 'national', count: 1 });
  });

  test('carry the same labels as the index, so that the page can find its values', () => {
    for (const { facts } of [brest, academie, network]) {
      for (const [facet, values] of Object.entries(caseSearchValues(facts))) {
        for (const value of values)
          expect(group(facet)).toContainEqual(
            expect.objectContaining({ id: value.id, label: value.label }),
          );
      }
    }
  });
});

describe('the search page’s URL', () => {
  test('reads the query, the filters and the order, with parameter names of either language', () => {
    expect(
      searchStateFromUrl('?q=robots&niveau=ecole,college&public=parents&tri=date', 'fr'),
    ).toEqual({
      query: 'robots',
      selection: { level: ['ecole', 'college'], audience: ['parents'] },
      sort: 'date',
    });
    expect(searchStateFromUrl('?q=robots&niveau=ecole&sort=title', 'en')).toEqual({
      query: 'robots',
      selection: { level: ['ecole'] },
      sort: 'title',
    });
    expect(searchStateFromUrl('?tri=nope', 'fr')).toEqual({ query: '', selection: {} });
  });

  test('writes a state back in the page’s language, and reads it again the same', () => {
    const state = {
      query: "l'école et le périscolaire",
      selection: { department: ['29'], continuity: ['journee'] },
      sort: 'date' as const,
    };
    expect(searchStateToUrl(state, 'fr')).toBe(
      "?q=l'%C3%A9cole+et+le+p%C3%A9riscolaire&continuite=journee&departement=29&tri=date",
    );
    expect(searchStateToUrl(state, 'en')).toBe(
      "?q=l'%C3%A9cole+et+le+p%C3%A9riscolaire&continuity=journee&department=29&sort=date",
    );
    for (const locale of ['fr', 'en'] as const)
      expect(searchStateFromUrl(searchStateToUrl(state, locale), locale)).toEqual(state);
    expect(searchStateToUrl({ query: '  ', selection: {} }, 'fr')).toBe('');
  });

  test('ranks by relevance only when there are words to rank by', () => {
    expect(effectiveSort({ query: 'robots' })).toBe('relevance');
    expect(effectiveSort({ query: '' })).toBe('title');
    expect(effectiveSort({ query: '', sort: 'relevance' })).toBe('title');
    expect(effectiveSort({ query: 'robots', sort: 'date' })).toBe('date');
  });
});

describe('pagefindFilters', () => {
  const labels: Record<string, Record<string, string>> = {
    theme: { ent: 'ENT', familles: 'Familles' },
    level: { ecole: 'École' },
  };
  const labelOf = (facet: string, id: string) => labels[facet]?.[id];

  test('any value within a filter, every filter across, by label', () => {
    expect(pagefindFilters({ theme: ['ent', 'familles'], level: ['ecole'] }, labelOf)).toEqual({
      theme: { any: ['ENT', 'Familles'] },
      level: { any: ['École'] },
    });
  });

  test('can leave one filter out, and drops values it cannot label', () => {
    expect(pagefindFilters({ theme: ['ent', 'nope'], level: ['ecole'] }, labelOf, 'level')).toEqual(
      { theme: { any: ['ENT'] } },
    );
  });
});
