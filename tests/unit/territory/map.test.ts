import { describe, expect, test } from 'vitest';
import { resolveTerritory, type TerritoryRef } from '../../../src/territory/resolve.ts';
import {
  compareDepartmentCodes,
  departmentMap as map,
  departmentSlug,
  fitInto,
  indexTerritories,
  pathBounds,
  simplifyPath,
} from '../../../src/territory/map.ts';

const place = (slug: string, ref: TerritoryRef) => ({ slug, territory: resolveTerritory(ref) });

describe('the territory index', () => {
  const index = indexTerritories([
    place('brest-a', { scope: 'commune', code: '29019' }),
    place('brest-b', { scope: 'epci', code: '242900314' }),
    place('nancy-metz', {
      scope: 'academie',
      departments: ['54', '55', '57', '88'],
      label: 'Académie de Nancy-Metz',
    }),
    place('normandie', { scope: 'region', code: '28', label: 'Basse-Normandie' }),
    place('canope', { scope: 'national', label: 'Réseau Canopé' }),
    place('ajaccio', { scope: 'commune', code: '2A004' }),
  ]);
  const codes = index.departments.map((d) => d.code);

  test('counts a commune and an EPCI in their department', () => {
    expect(index.departments.find((d) => d.code === '29')).toEqual({
      code: '29',
      name: 'Finistère',
      slugs: ['brest-a', 'brest-b'],
    });
  });

  test('counts an académie in each of its departments and lists it among the wide territories', () => {
    for (const code of ['54', '55', '57', '88'])
      expect(index.departments.find((d) => d.code === code)?.slugs).toEqual(['nancy-metz']);
    expect(index.wide).toEqual(['nancy-metz', 'normandie']);
  });

  test('counts a region in every department the official data gives it', () => {
    expect(
      index.departments.filter((d) => d.slugs.includes('normandie')).map((d) => d.code),
    ).toEqual(['14', '27', '50', '61', '76']);
  });

  test('keeps national networks off the map', () => {
    expect(index.national).toEqual(['canope']);
    expect(index.departments.some((d) => d.slugs.includes('canope'))).toBe(false);
  });

  test('lists departments in INSEE order, Corsica where 20 was', () => {
    expect(codes).toEqual([...codes].sort(compareDepartmentCodes));
    expect(codes.indexOf('2A')).toBeLessThan(codes.indexOf('29'));
    expect(['971', '2B', '21', '2A', '19', '01'].sort(compareDepartmentCodes)).toEqual([
      '01',
      '19',
      '2A',
      '2B',
      '21',
      '971',
    ]);
  });

  test('department URLs use the code in lower case', () => {
    expect(departmentSlug('2A')).toBe('2a');
    expect(departmentSlug('974')).toBe('974');
  });
});

describe('map path simplification', () => {
  test('rounds points in absolute coordinates and drops those that merge', () => {
    expect(simplifyPath('m 10.26,20.74 0.1,0.1 5.2,-0.4 z', 0)).toBe('M10 21l6 -1z');
    expect(simplifyPath('M 1.04,1.06 L 2.07,2.01 z', 1)).toBe('M1 1.1l1.1 0.9z');
  });

  test('measures a new subpath from the start of the closed one, as SVG does', () => {
    expect(simplifyPath('m 10,10 5,0 z m 2,2 1,0 z', 0)).toBe('M10 10l5 0zM12 12l1 0z');
  });

  test('keeps shared borders shared: the same point rounds the same in both departments', () => {
    const ain = map.locations.find((l) => l.id === '01')!;
    const points = (d: string) => {
      const found: string[] = [];
      let x = 0;
      let y = 0;
      for (const [, command, rest] of d.matchAll(/([Mlz])([^Mlz]*)/g)) {
        const numbers = rest!.trim().split(/\s+/).filter(Boolean).map(Number);
        for (let i = 0; i < numbers.length; i += 2) {
          if (command === 'M') [x, y] = [numbers[i]!, numbers[i + 1]!];
          else [x, y] = [x + numbers[i]!, y + numbers[i + 1]!];
          found.push(`${x},${y}`);
        }
      }
      return new Set(found);
    };
    const neighbours = ['38', '39', '69', '71', '73', '74'].map((code) =>
      points(simplifyPath(map.locations.find((l) => l.id === code)!.path)),
    );
    const ainPoints = [...points(simplifyPath(ain.path))];
    const shared = ainPoints.filter((point) => neighbours.some((set) => set.has(point)));
    expect(shared.length).toBeGreaterThan(ainPoints.length / 2);
  });

  test('makes the whole map much lighter', () => {
    const original = map.locations.reduce((size, l) => size + l.path.length, 0);
    const simplified = map.locations.reduce((size, l) => size + simplifyPath(l.path).length, 0);
    expect(simplified).toBeLessThan(original / 2);
  });

  test('refuses commands it does not understand, rather than drawing nonsense', () => {
    expect(() => simplifyPath('M 0,0 C 1,1 2,2 3,3 z')).toThrow(/"C" command is not supported/);
  });

  test('measures the box of simplified paths, and fits one box into another, centred', () => {
    expect(pathBounds(['M10 10l5 0 0 5z', 'M20 0l1 1z'])).toEqual({
      x: 10,
      y: 0,
      width: 11,
      height: 15,
    });
    expect(
      fitInto({ x: 10, y: 10, width: 5, height: 5 }, { x: 0, y: 0, width: 50, height: 100 }),
    ).toBe('translate(0 25) scale(10) translate(-10 -10)');
  });
});
