import { gzipSync } from 'node:zlib';
import { describe, expect, test } from 'vitest';
import {
  decodeFacetIndex,
  encodeFacetIndex,
  indexCounts,
  matchingPositions,
  MAX_FACET_VALUES,
} from '../../../src/catalogue/facet-index.ts';
import {
  facetCounts,
  facetKeys,
  filterByFacets,
  type FacetValues,
  type Selection,
} from '../../../src/catalogue/facets.ts';
import { seededRandom } from '../../../scripts/bench/generate-cases.ts';

/** The values of each facet, as many as the taxonomy has (15 themes, 18 regions and national…). */
const order = {
  continuity: ['parcours', 'journee', 'territoire'],
  theme: Array.from({ length: 15 }, (_, index) => `theme-${index}`),
  level: ['ecole', 'college', 'lycee'],
  authority: ['commune', 'epci', 'departement', 'region', 'etat'],
  region: [...Array.from({ length: 18 }, (_, index) => String(11 + index)), 'national'],
  size: ['moins-de-10000', '10000-50000', '50000-250000', 'plus-de-250000'],
};

/** `count` practices with values drawn at random: a few themes, one or two levels and authorities… */
function randomCatalogue(count: number, seed = 7): { values: FacetValues }[] {
  const random = seededRandom(seed);
  const some = (ids: readonly string[], most: number, least = 1) => {
    const wanted = least + Math.floor(random() * (most - least + 1));
    return [
      ...new Set(Array.from({ length: wanted }, () => ids[Math.floor(random() * ids.length)]!)),
    ];
  };
  return Array.from({ length: count }, () => ({
    values: {
      continuity: some(order.continuity, 1),
      theme: some(order.theme, 5, 2),
      level: some(order.level, 2, 0),
      authority: some(order.authority, 2),
      region: some(order.region, 1),
      size: some(order.size, 1, 0),
    },
  }));
}

/** The file as the browser gets it: JSON, then read back. */
const roundTrip = (items: readonly { values: FacetValues }[]) =>
  decodeFacetIndex(
    JSON.parse(
      JSON.stringify(
        encodeFacetIndex(
          items.map((item) => item.values),
          order,
        ),
      ),
    ),
  );

const selections: Selection[] = [
  {},
  { theme: ['theme-3'] },
  { theme: ['theme-3', 'theme-14'] },
  { continuity: ['journee'], level: ['college'] },
  { region: ['national', '24'], size: ['moins-de-10000'], authority: ['commune', 'etat'] },
  { theme: ['theme-0', 'theme-9'], level: ['lycee'], region: ['53'], continuity: ['parcours'] },
  { theme: ['no-such-theme'] },
];

describe('the catalogue’s filter index', () => {
  const items = randomCatalogue(500);
  const index = roundTrip(items);

  test.each(selections)(
    'shows the same practices as the build’s filters, in the same order: %j',
    (selection) => {
      const expected = filterByFacets(
        items.map((item, position) => ({ ...item, position })),
        selection,
      ).map((item) => item.position);
      expect(matchingPositions(index, selection)).toEqual(expected);
    },
  );

  test.each(selections)(
    'gives every value the count the build’s filters give it: %j',
    (selection) => {
      const expected = facetCounts(items, selection);
      const counts = indexCounts(index, selection);
      for (const facet of facetKeys) {
        for (const [id, count] of expected[facet])
          expect(counts[facet].get(id), `${facet}=${id}`).toBe(count);
        // Values no practice has are counted too, as 0.
        for (const id of order[facet])
          expect(counts[facet].get(id), `${facet}=${id}`).toBe(expected[facet].get(id) ?? 0);
      }
    },
  );

  test('keeps a value found on a practice but missing from the form’s order', () => {
    const file = encodeFacetIndex([{ ...items[0]!.values, theme: ['new-theme'] }], {
      ...order,
      theme: ['theme-0'],
    });
    expect(file.facets.theme.values).toEqual(['theme-0', 'new-theme']);
    expect(matchingPositions(decodeFacetIndex(file), { theme: ['new-theme'] })).toEqual([0]);
  });

  test('says which facet has too many values to be read as a mask', () => {
    const many = Array.from({ length: MAX_FACET_VALUES + 1 }, (_, index) => `t${index}`);
    expect(() => encodeFacetIndex([], { theme: many })).toThrow(
      /at most 30 values per facet; "theme" has 31/,
    );
  });

  test('weighs a few bytes per practice: 10,000 practices in about 40 KB gzipped, drawn at random', () => {
    // Values drawn uniformly at random are the worst case for compression: real catalogues lean
    // towards some themes, regions and sizes, and weigh less.
    const weight = (count: number) =>
      gzipSync(
        JSON.stringify(
          encodeFacetIndex(
            randomCatalogue(count).map((item) => item.values),
            order,
          ),
        ),
      ).length;
    const small = weight(2_000);
    const large = weight(10_000);
    expect(large / 10_000).toBeLessThan(4.5);
    // Linear in the number of practices, with nothing per practice but its values.
    expect(large / small).toBeGreaterThan(4);
    expect(large / small).toBeLessThan(5.5);
  });
});
