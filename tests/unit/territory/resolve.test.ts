import { describe, expect, test } from 'vitest';
import {
  populationBand,
  resolveTerritory,
  territoryProblems,
} from '../../../src/territory/resolve.ts';

const bands = [
  { id: 'small', min: 0, max: 9999 },
  { id: 'medium', min: 10000, max: 49999 },
  { id: 'large', min: 50000 },
];

describe('territories', () => {
  test('a commune code gives its name, department, region and population', () => {
    const brest = resolveTerritory({ scope: 'commune', code: '29019' });
    expect(brest).toMatchObject({
      name: 'Brest',
      departments: [{ code: '29', name: 'Finistère' }],
      region: { code: '53', name: 'Bretagne' },
    });
    expect(brest.population).toBeGreaterThan(100000);
  });

  test('an EPCI SIREN gives its name, its members’ department and its population', () => {
    const epci = resolveTerritory({ scope: 'epci', code: '200041333' });
    expect(epci).toMatchObject({
      officialName: 'CC de Parthenay-Gâtine',
      departments: [{ code: '79', name: 'Deux-Sèvres' }],
      region: { name: 'Nouvelle-Aquitaine' },
    });
    expect(populationBand(epci.population, bands)).toBe('medium');
  });

  test('an académie sums its departments, and a label replaces the official name', () => {
    const academie = resolveTerritory({
      scope: 'academie',
      departments: ['54', '55', '57', '88'],
      label: 'Académie de Nancy-Metz',
    });
    expect(academie.name).toBe('Académie de Nancy-Metz');
    expect(academie.region?.name).toBe('Grand Est');
    expect(academie.population).toBeGreaterThan(2_000_000);
    const former = resolveTerritory({
      scope: 'region',
      code: '28',
      departments: ['14', '50', '61'],
      label: 'Basse-Normandie',
    });
    expect(former).toMatchObject({ name: 'Basse-Normandie', officialName: 'Normandie' });
    expect(former.departments.map((d) => d.name)).toEqual(['Calvados', 'Manche', 'Orne']);
    expect(former.population).toBeLessThan(
      resolveTerritory({ scope: 'region', code: '28' }).population!,
    );
    expect(
      territoryProblems({ scope: 'region', code: '28', departments: ['29'], label: 'X' }),
    ).toEqual(['departments: "29" (Finistère) is not in region "28"']);
  });

  test('a national network has no place and no population band', () => {
    const national = resolveTerritory({ scope: 'national', label: 'Réseau Canopé' });
    expect(national).toMatchObject({ name: 'Réseau Canopé', departments: [] });
    expect(populationBand(national.population, bands)).toBeUndefined();
  });

  test('unknown or missing codes are reported by field', () => {
    expect(territoryProblems({ scope: 'commune', code: '29019' })).toEqual([]);
    expect(territoryProblems({ scope: 'departement', code: '99' })).toEqual([
      'code: "99" is not a departement INSEE code: expected an INSEE department code (for example "29", "2A" or "974")',
    ]);
    expect(territoryProblems({ scope: 'epci', code: '123' })[0]).toMatch(
      /^code: "123" is not an EPCI SIREN/,
    );
    expect(territoryProblems({ scope: 'national', code: '29019', label: 'X' })).toEqual([
      'code: scope "national" has no official code; remove it',
    ]);
  });

  test('population bands include their bounds', () => {
    expect(populationBand(9999, bands)).toBe('small');
    expect(populationBand(10000, bands)).toBe('medium');
    expect(populationBand(1_000_000, bands)).toBe('large');
  });
});
