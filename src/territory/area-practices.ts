// The practices « Pour mon territoire » shows for a commune, cut into small chunks the browser
// fetches for one commune only, so that the answer stays light at 10,000 practices: each chunk
// lists the first practices of its group (by title) and counts them all, and the answer links to
// the listing pages for the rest. One chunk per department (the practices located in it, with how
// many each commune and EPCI has), one per commune and per EPCI that has practices, one per region
// (the practices covering one of its académies or the whole region, and how many each of its
// departments has) and one for the national networks. `groupPractices` sorts them for the answer,
// from the nearest (the commune) to the widest. Pure: no Node, no DOM, no astro:content.
import { academieOf } from './academies.ts';
import type { ResolvedCommune } from './commune-search.ts';

/** A practice as the answer lists it, in one language. Short keys: a chunk holds up to `LISTED`. */
export interface PracticeItem {
  /** Slug of the case page. */
  s: string;
  /** Title. */
  t: string;
  /** The name of its territory ("Brest", "CC de Parthenay-Gâtine", "Académie de Nancy-Metz"). */
  p: string;
  /** Territory scope: commune, epci, departement, academie, region or national. */
  k: string;
  /** INSEE code of its commune or department, SIREN of its EPCI, INSEE code of its region. */
  c?: string;
  /** For a practice in a commune: the SIREN of the commune's EPCI. */
  e?: string;
  /** Department codes of its territory. */
  d: string[];
  /** Responsible authorities (ids of content/taxonomy/authorities.yaml). */
  a: string[];
  /** The language of its text, when the practice is not translated into the chunk's language. */
  l?: string;
}

/** The first practices of a group, and how many it has. */
export interface Listed {
  items: PracticeItem[];
  total: number;
}

/** Practices listed in a chunk: the answer shows fewer (MAX_SHOWN in the script), some being left out as nearer. */
export const LISTED = 20;

/** The practices located in one department (in its communes and EPCIs, or run by the department). */
export interface DepartmentPractices extends Listed {
  /** For each commune with practices: how many. Its chunk lists them. */
  communes: Record<string, number>;
  /**
   * For each EPCI with practices (its own, or its communes') that has communes here: how many of
   * them are located here, maybe none (the Métropole du Grand Paris spans four departments). Its
   * chunk lists all of them.
   */
  epcis: Record<string, number>;
}

/** The practices of an EPCI and its communes, wherever they are, and how many are located in each department. */
export interface EpciPractices extends Listed {
  departments: Record<string, number>;
}

/** What a region chunk says: the practices covering one of its académies or the region, and each department's count. */
export interface RegionPractices {
  /** Practices whose territory is one of the region's académies, by académie name. */
  academies: Record<string, Listed>;
  /** Practices whose territory is the region, or a former region within it. */
  region: Listed;
  /** Every department of the region: its name and how many practices are located in it. */
  departments: Record<string, [name: string, count: number]>;
  /** How many practices the catalogue lists for this region (its listing page exists when there is one). */
  total: number;
}

export type AreaChunk = DepartmentPractices | Listed | EpciPractices | RegionPractices;

/** Where the chunks are, under /territory/practices/<locale>/. */
export const areaPaths = {
  department: (code: string) => `department/${code.toLowerCase()}.json`,
  commune: (code: string) => `commune/${code.toLowerCase()}.json`,
  epci: (siren: string) => `epci/${siren}.json`,
  region: (code: string) => `region/${code}.json`,
  national: 'national.json',
} as const;

/** Scopes located inside one department (or a few, for an EPCI across a border). */
const localScopes = new Set(['commune', 'epci', 'departement']);

/** What the build knows of a case: its item and the region of its territory. */
export interface PlacedPractice {
  item: PracticeItem;
  region?: string;
}

const listed = (items: readonly PracticeItem[]): Listed => ({
  items: items.slice(0, LISTED),
  total: items.length,
});

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

const count = (items: readonly PracticeItem[], keep: (item: PracticeItem) => boolean) =>
  items.filter(keep).length;

/**
 * Every chunk, by path under /territory/practices/<locale>/, from the practices in the order they
 * are to be listed (by title). `epciDepartments` gives the departments of an EPCI's communes.
 */
export function buildAreaPractices(
  practices: readonly PlacedPractice[],
  departments: readonly { code: string; name: string; region: string }[],
  regions: readonly string[],
  epciDepartments: (siren: string) => readonly string[] = () => [],
): Map<string, AreaChunk> {
  const files = new Map<string, AreaChunk>();
  const located = new Map<string, PracticeItem[]>(
    departments.map((department) => [department.code, []]),
  );
  const byCommune = new Map<string, PracticeItem[]>();
  const byEpci = new Map<string, PracticeItem[]>();
  for (const { item } of practices) {
    if (!localScopes.has(item.k)) continue;
    for (const code of item.d) located.get(code)?.push(item);
    if (item.k === 'commune' && item.c) push(byCommune, item.c, item);
    const epci = item.k === 'epci' ? item.c : item.e;
    if (epci) push(byEpci, epci, item);
  }
  const epciReach = new Map(
    [...byEpci].map(([siren, items]) => [
      siren,
      new Set([...epciDepartments(siren), ...items.flatMap((item) => item.d)]),
    ]),
  );
  for (const [code, items] of located) {
    const here = (list: readonly PracticeItem[]) => count(list, (item) => item.d.includes(code));
    files.set(areaPaths.department(code), {
      ...listed(items),
      communes: Object.fromEntries(
        [...byCommune]
          .filter(([, list]) => here(list))
          .map(([commune, list]) => [commune, here(list)]),
      ),
      epcis: Object.fromEntries(
        [...byEpci]
          .filter(([siren]) => epciReach.get(siren)!.has(code))
          .map(([siren, list]) => [siren, here(list)]),
      ),
    });
  }
  for (const [code, items] of byCommune) files.set(areaPaths.commune(code), listed(items));
  for (const [siren, items] of byEpci) {
    const perDepartment = new Map<string, number>();
    for (const item of items)
      for (const code of item.d) perDepartment.set(code, (perDepartment.get(code) ?? 0) + 1);
    files.set(areaPaths.epci(siren), {
      ...listed(items),
      departments: Object.fromEntries(perDepartment),
    });
  }
  for (const region of regions) {
    const inRegion = practices.filter((practice) => practice.region === region);
    const academies = new Map<string, PracticeItem[]>();
    for (const { item } of inRegion) {
      const academie = item.k === 'academie' ? academieOf(item.d[0] ?? '') : undefined;
      if (academie) push(academies, academie.name, item);
    }
    files.set(areaPaths.region(region), {
      academies: Object.fromEntries([...academies].map(([name, items]) => [name, listed(items)])),
      region: listed(inRegion.filter(({ item }) => item.k === 'region').map(({ item }) => item)),
      departments: Object.fromEntries(
        departments
          .filter((department) => department.region === region)
          .map((department): [string, [string, number]] => [
            department.code,
            [department.name, located.get(department.code)!.length],
          ]),
      ),
      total: inRegion.length,
    });
  }
  files.set(
    areaPaths.national,
    listed(practices.filter(({ item }) => item.k === 'national').map(({ item }) => item)),
  );
  return files;
}

/** The authorities responsible for a commune's schools, in the order the answer lists them (ids of content/taxonomy/authorities.yaml). */
export const responsibleAuthorities = ['commune', 'epci', 'departement', 'region', 'etat'] as const;

/** Why a group of practices is shown, from the nearest to the widest. */
export type GroupId = 'commune' | 'epci' | 'department' | 'academie' | 'region' | 'national';

/** A group of the answer: the practices listed, and the departments elsewhere that have some. */
export interface PracticeGroup {
  id: GroupId;
  /** The first practices of the group (all of them when `count` allows). */
  items: PracticeItem[];
  /** Other departments of the académie or region with practices located in them. */
  elsewhere: { code: string; name: string; count: number }[];
  /** Everything the group counts: its practices, including those of `elsewhere`. */
  count: number;
}

/** The chunks one commune's answer reads. */
export interface CommuneChunks {
  department: DepartmentPractices;
  region: RegionPractices;
  national: Listed;
  /** Fetched when the department chunk counts practices in the commune. */
  commune?: Listed;
  /** Fetched when the department chunk counts practices for the commune's EPCI. */
  epci?: EpciPractices;
}

/** The chunks to fetch after the department's for a commune: its own and its EPCI's, when they have practices. */
export function nearChunks(
  commune: Pick<ResolvedCommune, 'code' | 'epci'>,
  department: DepartmentPractices,
): { commune?: string; epci?: string } {
  const siren = commune.epci?.siren;
  return {
    ...(department.communes[commune.code] ? { commune: areaPaths.commune(commune.code) } : {}),
    ...(siren && siren in department.epcis ? { epci: areaPaths.epci(siren) } : {}),
  };
}

/**
 * Sort a commune's practices into groups, each practice in the nearest one only: in the commune,
 * elsewhere in its EPCI, elsewhere in its department, across its académie (and in the académie's
 * other departments), across its region or its other académies (and in its other departments),
 * national networks.
 */
export function groupPractices(
  commune: Pick<ResolvedCommune, 'code' | 'department' | 'epci'>,
  chunks: CommuneChunks,
): PracticeGroup[] {
  const { department, region, national } = chunks;
  const here = commune.department.code;
  const siren = commune.epci?.siren;
  const group = (
    id: GroupId,
    items: PracticeItem[],
    total: number,
    elsewhere: PracticeGroup['elsewhere'] = [],
  ): PracticeGroup => ({
    id,
    items,
    elsewhere,
    count: total + elsewhere.reduce((sum, other) => sum + other.count, 0),
  });
  const inCommune = (item: PracticeItem) => item.k === 'commune' && item.c === commune.code;
  const inEpci = (item: PracticeItem) =>
    siren !== undefined &&
    ((item.k === 'epci' && item.c === siren) || (item.k === 'commune' && item.e === siren));
  const communeTotal = department.communes[commune.code] ?? 0;
  const epciItems = (chunks.epci?.items ?? []).filter((item) => !inCommune(item));
  const epciTotal = chunks.epci ? chunks.epci.total - communeTotal : 0;
  // The department's own count leaves out what the commune and EPCI groups already list.
  const nearHere = siren ? (department.epcis[siren] ?? 0) : communeTotal;
  // An EPCI's practices located in other departments (the Métropole du Grand Paris spans four) are not counted again there.
  const others = (keep: (code: string) => boolean) =>
    Object.entries(region.departments)
      .map(([code, [name, total]]) => ({
        code,
        name,
        count: total - (chunks.epci?.departments[code] ?? 0),
      }))
      .filter(({ code, count: total }) => code !== here && total > 0 && keep(code));
  const academie = academieOf(here);
  const academieDepartments = new Set(academie?.departments ?? []);
  const ownAcademie = academie ? region.academies[academie.name] : undefined;
  const otherAcademies = Object.entries(region.academies).filter(
    ([name]) => name !== academie?.name,
  );
  return [
    group('commune', chunks.commune?.items ?? [], communeTotal),
    group('epci', epciItems, epciTotal),
    group(
      'department',
      department.items.filter((item) => item.d.includes(here) && !inCommune(item) && !inEpci(item)),
      department.total - nearHere,
    ),
    group(
      'academie',
      ownAcademie?.items ?? [],
      ownAcademie?.total ?? 0,
      others((code) => academieDepartments.has(code)),
    ),
    group(
      'region',
      [...region.region.items, ...otherAcademies.flatMap(([, list]) => list.items)],
      region.region.total + otherAcademies.reduce((sum, [, list]) => sum + list.total, 0),
      others((code) => !academieDepartments.has(code)),
    ),
    group('national', national.items, national.total),
  ];
}
