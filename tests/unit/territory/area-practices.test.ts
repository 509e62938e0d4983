import { describe, expect, test } from 'vitest';
import {
  areaPaths,
  buildAreaPractices,
  groupPractices,
  LISTED,
  nearChunks,
  type AreaChunk,
  type CommuneChunks,
  type DepartmentPractices,
  type EpciPractices,
  type Listed,
  type PlacedPractice,
  type PracticeItem,
  type RegionPractices,
} from '../../../src/territory/area-practices.ts';
import type { ResolvedCommune } from '../../../src/territory/commune-search.ts';

const item = (
  s: string,
  k: string,
  d: string[],
  extra: Partial<PracticeItem> = {},
): PracticeItem => ({
  s,
  t: s,
  p: s,
  k,
  d,
  a: [],
  ...extra,
});

// La Loupe (28214), in the CC Terres de Perche (200070167), Eure-et-Loir (28), académie d'Orléans-Tours (18, 28, 36, 37, 41, 45), Centre-Val de Loire (24).
const terresDePerche = '200070167';
const practices: PlacedPractice[] = [
  { item: item('in-la-loupe', 'commune', ['28'], { c: '28214', e: terresDePerche }), region: '24' },
  {
    item: item('in-a-neighbour', 'commune', ['28'], { c: '28001', e: terresDePerche }),
    region: '24',
  },
  { item: item('by-the-cc', 'epci', ['28'], { c: terresDePerche }), region: '24' },
  { item: item('in-chartres', 'commune', ['28'], { c: '28085', e: '200033181' }), region: '24' },
  { item: item('by-the-department', 'departement', ['28'], { c: '28' }), region: '24' },
  { item: item('in-tours', 'commune', ['37'], { c: '37261' }), region: '24' },
  { item: item('in-bourges', 'commune', ['18'], { c: '18033' }), region: '24' },
  {
    item: item('across-the-academie', 'academie', ['18', '28', '36', '37', '41', '45']),
    region: '24',
  },
  {
    item: item('across-the-region', 'region', ['18', '28', '36', '37', '41', '45'], { c: '24' }),
    region: '24',
  },
  { item: item('across-paris', 'academie', ['75']), region: '11' },
  { item: item('in-brest', 'commune', ['29'], { c: '29019' }), region: '53' },
  { item: item('everywhere', 'national', []) },
];
const departments = [
  { code: '18', name: 'Cher', region: '24' },
  { code: '28', name: 'Eure-et-Loir', region: '24' },
  { code: '37', name: 'Indre-et-Loire', region: '24' },
  { code: '29', name: 'Finistère', region: '53' },
  { code: '75', name: 'Paris', region: '11' },
];
const laLoupe: Pick<ResolvedCommune, 'code' | 'department' | 'epci'> = {
  code: '28214',
  department: { code: '28', name: 'Eure-et-Loir' },
  epci: { siren: terresDePerche, name: 'CC Terres de Perche', type: 'CC', population: 14116 },
};

/** The chunks a commune's answer reads, as the page fetches them. */
function chunksFor(
  files: Map<string, AreaChunk>,
  commune: Pick<ResolvedCommune, 'code' | 'department' | 'epci'>,
  region: string,
): CommuneChunks {
  const department = files.get(
    areaPaths.department(commune.department.code),
  ) as DepartmentPractices;
  const near = nearChunks(commune, department);
  return {
    department,
    region: files.get(areaPaths.region(region)) as RegionPractices,
    national: files.get(areaPaths.national) as Listed,
    ...(near.commune ? { commune: files.get(near.commune) as Listed } : {}),
    ...(near.epci ? { epci: files.get(near.epci) as EpciPractices } : {}),
  };
}

const slugs = (list: { items: PracticeItem[] } | undefined) =>
  list?.items.map((practice) => practice.s);

describe('the practice chunks', () => {
  const files = buildAreaPractices(practices, departments, ['24', '53', '11']);

  test('give each department the practices located in it, with how many each commune and EPCI has', () => {
    const department = files.get(areaPaths.department('28')) as DepartmentPractices;
    expect(slugs(department)).toEqual([
      'in-la-loupe',
      'in-a-neighbour',
      'by-the-cc',
      'in-chartres',
      'by-the-department',
    ]);
    expect(department.total).toBe(5);
    expect(department.communes).toEqual({ '28214': 1, '28001': 1, '28085': 1 });
    expect(department.epcis).toEqual({ [terresDePerche]: 3, '200033181': 1 });
    expect(files.get(areaPaths.department('75'))).toEqual({
      items: [],
      total: 0,
      communes: {},
      epcis: {},
    });
  });

  test('give a commune and an EPCI with practices a chunk of their own, and no chunk to the others', () => {
    expect(slugs(files.get(areaPaths.commune('28214')) as Listed)).toEqual(['in-la-loupe']);
    expect(files.get(areaPaths.epci(terresDePerche))).toMatchObject({
      total: 3,
      departments: { '28': 3 },
    });
    expect(files.has(areaPaths.commune('28002'))).toBe(false);
    expect(
      nearChunks(
        { code: '28002', epci: { siren: '200069912', name: '', type: 'CC', population: 0 } },
        files.get(areaPaths.department('28')) as DepartmentPractices,
      ),
    ).toEqual({});
  });

  test('give each region its académie- and region-wide practices, and the count of each of its departments', () => {
    const region = files.get(areaPaths.region('24')) as RegionPractices;
    expect(Object.keys(region.academies)).toEqual(['Orléans-Tours']);
    expect(slugs(region.academies['Orléans-Tours'])).toEqual(['across-the-academie']);
    expect(slugs(region.region)).toEqual(['across-the-region']);
    expect(region.departments).toEqual({
      '18': ['Cher', 1],
      '28': ['Eure-et-Loir', 5],
      '37': ['Indre-et-Loire', 1],
    });
    expect(region.total).toBe(9);
  });

  test(`list at most ${LISTED} practices in a chunk and count them all`, () => {
    const many = Array.from({ length: LISTED + 5 }, (_, index) => ({
      item: item(`n${index}`, 'national', []),
    }));
    expect(buildAreaPractices(many, [], []).get(areaPaths.national)).toMatchObject({
      total: LISTED + 5,
      items: expect.any(Array),
    });
    expect((buildAreaPractices(many, [], []).get(areaPaths.national) as Listed).items).toHaveLength(
      LISTED,
    );
  });

  test('sort a commune’s practices from the nearest to the widest, each once, and count what each group says', () => {
    const groups = groupPractices(laLoupe, chunksFor(files, laLoupe, '24'));
    expect(Object.fromEntries(groups.map((group) => [group.id, slugs(group)]))).toEqual({
      commune: ['in-la-loupe'],
      epci: ['in-a-neighbour', 'by-the-cc'],
      department: ['in-chartres', 'by-the-department'],
      academie: ['across-the-academie'],
      region: ['across-the-region'],
      national: ['everywhere'],
    });
    expect(Object.fromEntries(groups.map((group) => [group.id, group.count]))).toEqual({
      commune: 1,
      epci: 2,
      department: 2,
      // The académie-wide practice, and those of Tours and Bourges, in the académie's other departments.
      academie: 3,
      region: 1,
      national: 1,
    });
    expect(groups.find((group) => group.id === 'academie')?.elsewhere).toEqual([
      { code: '18', name: 'Cher', count: 1 },
      { code: '37', name: 'Indre-et-Loire', count: 1 },
    ]);
  });

  test('a practice of an EPCI that spans several departments is listed with the EPCI, and not counted again with its department', () => {
    const grandParis = '200054781';
    const spread = buildAreaPractices(
      [
        { item: item('in-le-pre', 'commune', ['93'], { c: '93061', e: grandParis }), region: '11' },
        {
          item: item('in-montreuil', 'commune', ['93'], { c: '93048', e: grandParis }),
          region: '11',
        },
        { item: item('across-creteil', 'academie', ['77', '93', '94']), region: '11' },
      ],
      [
        { code: '75', name: 'Paris', region: '11' },
        { code: '93', name: 'Seine-Saint-Denis', region: '11' },
      ],
      ['11'],
      (siren) => (siren === grandParis ? ['75', '92', '93', '94'] : []),
    );
    const paris = {
      code: '75056',
      department: { code: '75', name: 'Paris' },
      epci: {
        siren: grandParis,
        name: 'Métropole du Grand Paris',
        type: 'METRO',
        population: 7_000_000,
      },
    };
    // None of the Métropole's practices is located in Paris, but Paris's chunk leads to the Métropole's.
    expect((spread.get(areaPaths.department('75')) as DepartmentPractices).epcis).toEqual({
      [grandParis]: 0,
    });
    const groups = groupPractices(paris, chunksFor(spread, paris, '11'));
    expect(groups.find((group) => group.id === 'epci')).toMatchObject({ count: 2 });
    expect(groups.find((group) => group.id === 'region')).toMatchObject({
      elsewhere: [],
      count: 1,
    });
    expect(slugs(groups.find((group) => group.id === 'region'))).toEqual(['across-creteil']);
  });

  test('without an EPCI, its commune’s neighbours count for the department', () => {
    const alone = { code: laLoupe.code, department: laLoupe.department };
    const groups = groupPractices(alone, chunksFor(files, alone, '24'));
    expect(groups.find((group) => group.id === 'epci')?.count).toBe(0);
    expect(groups.find((group) => group.id === 'department')).toMatchObject({ count: 4 });
  });
});
