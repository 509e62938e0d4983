import { beforeAll, describe, expect, test } from 'vitest';
import {
  buildCommuneIndex,
  readGeography,
  type CommuneIndex,
} from '../../../src/territory/commune-index.ts';
import {
  communeKey,
  decodePrefixes,
  encodePrefixes,
  lookupCommune,
  normalizeCommuneName,
  parseCommuneQuery,
  rankNameMatches,
  searchCommunes,
  type ChunkLoader,
  type NameEntry,
} from '../../../src/territory/commune-search.ts';

// The commune index built from the real data (@etalab/decoupage-administratif), searched the way
// the browser does: only through the chunks, fetched by path.
let index: CommuneIndex;
let load: ChunkLoader;
let fetched: string[];

beforeAll(() => {
  index = buildCommuneIndex(readGeography());
  fetched = [];
  load = async (path) => {
    fetched.push(path);
    const data = index.files.get(path);
    if (data === undefined) throw new Error(`no chunk at ${path}`);
    return structuredClone(data);
  };
  // Building the index reads 37,000 records: a second or so, more on a busy machine.
}, 60_000);

const first = async (query: string) => (await searchCommunes(query, load))[0];

describe('the name as a reader types it', () => {
  test('drops accents, case, hyphens, apostrophes and a leading article, and writes « St » out', () => {
    expect(normalizeCommuneName('Le Pré-Saint-Gervais')).toBe('pre saint gervais');
    expect(normalizeCommuneName('le pre saint gervais')).toBe('pre saint gervais');
    expect(normalizeCommuneName("L'Haÿ-les-Roses")).toBe('hay les roses');
    expect(normalizeCommuneName('L’Haÿ-les-Roses')).toBe('hay les roses');
    expect(normalizeCommuneName('ST-ÉTIENNE')).toBe('saint etienne');
    expect(normalizeCommuneName('Ste Anne')).toBe('sainte anne');
    expect(normalizeCommuneName('Hœrdt')).toBe('hoerdt');
    expect(normalizeCommuneName('Paris 15ème')).toBe('paris 15e');
    expect(normalizeCommuneName('Paris 15e Arrondissement')).toBe('paris 15e arrondissement');
  });

  test('keeps an article that is the whole query, and a name that is only an article and a word', () => {
    expect(normalizeCommuneName('la')).toBe('la');
    expect(normalizeCommuneName('Le Saint')).toBe('saint');
  });

  test('compares names without their spaces, so hyphens and spaces do not matter', () => {
    expect(communeKey('Saint-Étienne-du-Rouvray')).toBe(communeKey('st etienne du rouvray'));
    expect(communeKey("Champagne-au-Mont-d'Or")).toBe(communeKey('champagne au mont dor'));
  });

  test('reads digits as a code, and a trailing department as a filter to try', () => {
    expect(parseCommuneQuery(' 28240 ')).toEqual({ kind: 'code', code: '28240' });
    expect(parseCommuneQuery('2a004')).toEqual({ kind: 'code', code: '2A004' });
    expect(parseCommuneQuery('   ')).toEqual({ kind: 'empty' });
    expect(parseCommuneQuery('Saint-Denis (974)')).toEqual({
      kind: 'name',
      words: 'saint denis 974',
      key: 'saintdenis974',
      department: { code: '974', words: 'saint denis', key: 'saintdenis' },
    });
    expect(parseCommuneQuery('paris 99')).toEqual({
      kind: 'name',
      words: 'paris 99',
      key: 'paris99',
    });
  });
});

describe('ranking', () => {
  const entries: NameEntry[] = [
    ['81202', 'Parisot', 1033],
    ['75115', 'Paris 15e Arrondissement', 229713, 'm', '75056', 'Paris'],
    ['75056', 'Paris', 2103778],
    ['71343', "Paris-l'Hôpital", 285],
    ['11339', 'Saint-Denis', 523],
    ['97411', 'Saint-Denis', 155634],
  ];

  test('puts the exact name first, then names that continue it with whole words, then the others', () => {
    expect(rankNameMatches(entries, { words: 'paris', key: 'paris' }).map((s) => s.name)).toEqual([
      'Paris',
      "Paris-l'Hôpital",
      'Paris 15e Arrondissement',
      'Parisot',
    ]);
  });

  test('orders namesakes by population, each with its department', () => {
    expect(
      rankNameMatches(entries, { words: 'saint denis', key: 'saintdenis' }).map(
        (s) => `${s.name} (${s.department})`,
      ),
    ).toEqual(['Saint-Denis (974)', 'Saint-Denis (11)']);
  });

  test('short prefix lists are written as ranges and read back', () => {
    const prefixes = ['010', '011', '012', '015', '2A0', '2B1', '971'];
    expect(encodePrefixes(prefixes)).toBe('010-012,015,971,2A0,2B1');
    expect([...decodePrefixes(encodePrefixes(prefixes))].sort()).toEqual([...prefixes].sort());
  });
});

describe('twenty real communes, typed in several ways, come first', () => {
  const communes: [code: string, spellings: string[]][] = [
    ['42218', ['Saint-Étienne', 'saint etienne', 'st etienne', 'ST-ÉTIENNE', 'saint etienne 42']],
    [
      '76575',
      [
        'Saint-Étienne-du-Rouvray',
        'saint etienne du rouvray',
        'st-etienne-du-rouvray',
        'saint etienne du r',
      ],
    ],
    [
      '06120',
      [
        'Saint-Étienne-de-Tinée',
        'saint etienne de tinee',
        'st étienne de tinée',
        'saint-etienne-de-tin',
      ],
    ],
    [
      '93061',
      [
        'Le Pré-Saint-Gervais',
        'le pre saint gervais',
        'pre st gervais',
        'LE PRÉ SAINT-GERVAIS',
        'pré-saint-g',
      ],
    ],
    ['28214', ['La Loupe', 'la loupe', 'loupe', '28214']],
    ['29019', ['Brest', 'brest', 'BREST']],
    ['69040', ["Champagne-au-Mont-d'Or", 'champagne au mont d’or', 'champagne au mont dor']],
    ['79202', ['Parthenay', 'parthenay', '79202']],
    [
      '94038',
      [
        "L'Haÿ-les-Roses",
        'l hay les roses',
        'hay les roses',
        'lhay les roses'.replace('lhay', "l'hay"),
      ],
    ],
    ['93045', ['Les Lilas', 'les lilas', 'lilas']],
    ['76351', ['Le Havre', 'le havre', 'havre']],
    ['51108', ['Châlons-en-Champagne', 'chalons en champagne', 'châlons']],
    ['97411', ['Saint-Denis (974)', 'saint denis 974', 'saint-denis']],
    ['93066', ['Saint-Denis (93)', 'saint denis 93', 'st denis (93)']],
    ['97120', ['Pointe-à-Pitre', 'pointe a pitre', 'pointe-a-p']],
    ['97209', ['Fort-de-France', 'fort de france']],
    ['97302', ['Cayenne', 'cayenne']],
    ['97611', ['Mamoudzou', 'mamoudzou', '97600']],
    ['67205', ['Hœrdt', 'hoerdt', 'Hoerdt']],
    ['13001', ['Aix-en-Provence', 'aix en provence', 'aix-en-p']],
  ];

  test.each(communes)('%s', async (code, spellings) => {
    for (const spelling of spellings) expect((await first(spelling))?.code, spelling).toBe(code);
  });
});

describe('namesakes, codes, overseas, arrondissements and mergers', () => {
  test('the three Saint-Étienne are told apart by their department', async () => {
    const found = await searchCommunes('saint etienne', load);
    expect(found.slice(0, 2).map((s) => [s.name, s.department])).toEqual([
      ['Saint-Étienne', '42'],
      ['Saint-Étienne-du-Rouvray', '76'],
    ]);
    expect(await first('saint etienne de tinee')).toMatchObject({
      name: 'Saint-Étienne-de-Tinée',
      department: '06',
    });
  });

  test('a postcode lists the communes it serves, largest first; an INSEE code finds its commune', async () => {
    const served = await searchCommunes('28240', load);
    expect(served[0]).toMatchObject({
      code: '28214',
      name: 'La Loupe',
      postcode: '28240',
      matched: 'postcode',
    });
    expect(served.length).toBeGreaterThan(3);
    expect(served.every((s) => s.postcode === '28240')).toBe(true);
    expect(await first('28214')).toMatchObject({ name: 'La Loupe', matched: 'insee' });
    expect(await first('2A004')).toMatchObject({ name: 'Ajaccio', department: '2A' });
    // 97411 is Saint-Paul's postcode and Saint-Denis's INSEE code: both are offered, the postcode first.
    expect(
      (await searchCommunes('97411', load)).slice(0, 2).map((s) => [s.name, s.matched]),
    ).toEqual([
      ['Saint-Paul', 'postcode'],
      ['Saint-Denis', 'insee'],
    ]);
  });

  test('fewer than three digits fetch nothing', async () => {
    fetched.length = 0;
    expect(await searchCommunes('28', load)).toEqual([]);
    expect(
      fetched.filter((path) => path.includes('/postcode/') || path.includes('/insee/')),
    ).toEqual([]);
  });

  test.each([
    ['971', 'pointe a pitre', '97120'],
    ['972', 'fort de france', '97209'],
    ['973', 'cayenne', '97302'],
    ['974', 'le tampon', '97422'],
    ['975', 'saint pierre 975', '97502'],
    ['976', 'mamoudzou', '97611'],
  ])('overseas (%s): %s', async (department, query, code) => {
    const found = await first(query);
    expect(found).toMatchObject({ code, department });
    const lookup = await lookupCommune(code, load);
    expect(lookup?.commune.department.code).toBe(department);
  });

  test('an overseas département has its académie; an overseas collectivity has none', async () => {
    expect((await lookupCommune('97611', load))?.commune.academie?.name).toBe('Mayotte');
    expect((await lookupCommune('97502', load))?.commune.academie).toBeUndefined();
    expect((await lookupCommune('98818', load))?.commune).toMatchObject({
      name: 'Nouméa',
      department: { code: '988' },
    });
  });

  test.each([
    ['paris 15', '75115', 'Paris 15e Arrondissement', '75056', 'Paris'],
    ['paris 1', '75101', 'Paris 1er Arrondissement', '75056', 'Paris'],
    ['75015', '75115', 'Paris 15e Arrondissement', '75056', 'Paris'],
    ['marseille 8e', '13208', 'Marseille 8e Arrondissement', '13055', 'Marseille'],
    ['lyon 3eme', '69383', 'Lyon 3e Arrondissement', '69123', 'Lyon'],
  ])(
    'the municipal arrondissement typed as “%s” leads to its commune',
    async (query, code, name, commune, communeName) => {
      expect(await first(query)).toMatchObject({
        code,
        name,
        kind: 'arrondissement',
        target: commune,
        targetName: communeName,
      });
      const lookup = await lookupCommune(code, load);
      expect(lookup?.commune).toMatchObject({ code: commune, name: communeName });
      expect(lookup?.asked).toMatchObject({ code, name, kind: 'arrondissement' });
      expect(lookup?.asked?.population).toBeGreaterThan(10_000);
    },
  );

  test('a commune nouvelle lists its communes déléguées; typing one of them leads to it', async () => {
    const annecy = await lookupCommune('74010', load);
    expect(annecy?.asked).toBeUndefined();
    expect(annecy?.commune.delegated).toEqual(
      expect.arrayContaining(['Annecy-le-Vieux', 'Cran-Gevrier', 'Meythet', 'Pringy', 'Seynod']),
    );
    expect(await first('seynod')).toMatchObject({
      code: '74268',
      kind: 'deleguee',
      target: '74010',
      targetName: 'Annecy',
    });
  });

  test('a deleted code points to its successor, with what it was', async () => {
    // Seynod (74268) has been a commune déléguée of Annecy since 2021: its code is no longer a commune's.
    expect(await lookupCommune('74268', load)).toMatchObject({
      commune: {
        code: '74010',
        name: 'Annecy',
        department: { code: '74' },
        academie: { name: 'Grenoble' },
      },
      asked: { code: '74268', name: 'Seynod', kind: 'deleguee' },
    });
    // 75061 was Le Pré-Saint-Gervais's code in the former Seine département.
    expect(await lookupCommune('75061', load)).toMatchObject({
      commune: { code: '93061', name: 'Le Pré-Saint-Gervais' },
      asked: { kind: 'code' },
    });
    expect(await first('75061')).toMatchObject({ kind: 'code', target: '93061', department: '93' });
  });

  test('a code that was never a commune’s finds nothing', async () => {
    expect(await lookupCommune('99999', load)).toBeUndefined();
    expect(await lookupCommune('hello', load)).toBeUndefined();
  });

  test('the answer’s facts: population, EPCI, department, region and académie', async () => {
    expect((await lookupCommune('28214', load))?.commune).toMatchObject({
      name: 'La Loupe',
      postcodes: ['28240'],
      department: { code: '28', name: 'Eure-et-Loir' },
      region: { code: '24', name: 'Centre-Val de Loire' },
      academie: { name: 'Orléans-Tours' },
      epci: { siren: '200070167', type: 'CC' },
    });
    expect((await lookupCommune('93061', load))?.commune).toMatchObject({
      epci: { name: 'Métropole du Grand Paris' },
      ept: { name: 'Est Ensemble' },
    });
    expect((await lookupCommune('29155', load))?.commune.epci).toBeUndefined(); // Ouessant belongs to no EPCI
  });
});

describe('the chunks', () => {
  const size = (path: string) => Buffer.byteLength(JSON.stringify(index.files.get(path)));

  test('are a few KB each, and the manifest under 4 KB', () => {
    expect(size('communes/index.json')).toBeLessThan(4 * 1024);
    const largest = Math.max(...[...index.files.keys()].map(size));
    expect(largest).toBeLessThan(11 * 1024);
    const names = [...index.files.keys()].filter((path) => path.startsWith('communes/name/'));
    expect(Math.max(...names.map(size))).toBeLessThan(8 * 1024);
  });

  test('hold every commune, arrondissement and former commune once, each reachable from its own name', async () => {
    const chunks = (folder: string) =>
      [...index.files]
        .filter(([path]) => path.startsWith(folder))
        .flatMap(([, entries]) => entries as NameEntry[]);
    const all = chunks('communes/name/');
    // A name that is itself a prefix split further (Sai, Eu) is in the top chunk of that prefix only.
    const ending = chunks('communes/top/').filter(
      (entry) =>
        !all.includes(entry) &&
        !all.some((other) => other[0] === entry[0] && other[1] === entry[1]),
    );
    const unique = new Set([...all, ...ending].map((entry) => `${entry[0]}/${entry[1]}`));
    expect(unique.size).toBe(
      all.length + new Set(ending.map((entry) => `${entry[0]}/${entry[1]}`)).size,
    );
    expect(unique.size).toBe(index.stats.names);
    // Every 97th name, typed whole, is found.
    for (const entry of [...all.filter((_, position) => position % 97 === 0), ...ending]) {
      const found = await searchCommunes(entry[1], load, 1000);
      expect(
        found.map((s) => s.code),
        entry[1],
      ).toContain(entry[0]);
    }
  });
});
