// The commune index of « Pour mon territoire », cut at build time into static chunks of a few KB so
// that a reader's browser never downloads the 37,000 names: a manifest, name chunks by the first
// letters of the normalised name (split until each holds at most `MAX_NAMES` names, with a "top"
// chunk of the most populous names for each shorter prefix), postcode chunks and INSEE chunks by
// their first three characters. The INSEE chunks also carry what the answer shows (population,
// EPCI, department, region, académie). Served by src/pages/territory/communes/[...chunk].json.ts.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import {
  chunkPaths,
  communeKey,
  departmentOfCode,
  encodePrefixes,
  kindCode,
  type CommuneManifest,
  type CommuneRecord,
  type FormerRecord,
  type InseeChunk,
  type NameEntry,
  leafId,
  type PostcodeChunk,
} from './commune-search.ts';

/** The records of @etalab/decoupage-administratif this index reads (data/communes.json and others). */
export interface RawCommune {
  code: string;
  nom: string;
  type: 'commune-actuelle' | 'commune-deleguee' | 'commune-associee' | 'arrondissement-municipal';
  departement?: string;
  region?: string;
  codesPostaux?: string[];
  population?: number;
  /** The commune a commune déléguée or associée belongs to now. */
  chefLieu?: string;
  /** The commune of a municipal arrondissement. */
  commune?: string;
  /** Codes the commune had or absorbed. */
  anciensCodes?: string[];
}

export interface RawGroup {
  code: string;
  nom: string;
  type: string;
  populationMunicipale?: number;
  membres: { code: string }[];
}

export interface RawArea {
  code: string;
  nom: string;
  region?: string;
  /** `metro`, `drom` or `com` (overseas collectivities, outside the départements). */
  zone?: string;
}

/** The data the index is built from. */
export interface RawGeography {
  communes: readonly RawCommune[];
  epci: readonly RawGroup[];
  ept: readonly RawGroup[];
  departements: readonly RawArea[];
  regions: readonly RawArea[];
}

/** A name chunk holds at most this many names: about 6 KB of JSON. */
export const MAX_NAMES = 180;
/** A top chunk holds this many names (plus any name equal to its prefix). */
export const TOP_NAMES = 8;

/** Every file of the index, by its path under /territory/, and what it weighs. */
export interface CommuneIndex {
  files: Map<string, unknown>;
  stats: {
    names: number;
    leaves: number;
    tops: number;
    postcodeChunks: number;
    inseeChunks: number;
  };
}

/** Read a data problem as a sentence naming the record. */
class GeographyError extends Error {
  constructor(message: string) {
    super(`@etalab/decoupage-administratif: ${message}`);
    this.name = 'GeographyError';
  }
}

const byPopulation = (a: NameEntry, b: NameEntry) => b[2] - a[2] || a[0].localeCompare(b[0]);

/** Build every chunk of the index from the official data. */
export function buildCommuneIndex(raw: RawGeography): CommuneIndex {
  const current = new Map<string, RawCommune>();
  const arrondissements = new Map<string, RawCommune>();
  for (const commune of raw.communes) {
    if (commune.type === 'commune-actuelle') current.set(commune.code, commune);
    if (commune.type === 'arrondissement-municipal') arrondissements.set(commune.code, commune);
  }
  const successorOf = (record: RawCommune, code: string | undefined) => {
    const successor = code === undefined ? undefined : current.get(code);
    if (!successor)
      throw new GeographyError(
        `${record.type} ${record.code} (${record.nom}) points to "${code}", which is not a current commune`,
      );
    return successor;
  };
  const memberOf = (groups: readonly RawGroup[]) =>
    new Map(
      groups.flatMap((group) => group.membres.map((member) => [member.code, group.code] as const)),
    );
  const epciOf = memberOf(raw.epci);
  const eptOf = memberOf(raw.ept);

  const names: NameEntry[] = [];
  const postcodes: [postcode: string, entry: NameEntry][] = [];
  const former = new Map<string, FormerRecord>();
  const delegatedNames = new Map<string, string[]>();

  for (const commune of current.values()) {
    const entry: NameEntry = [commune.code, commune.nom, commune.population ?? 0];
    names.push(entry);
    for (const postcode of commune.codesPostaux ?? []) postcodes.push([postcode, entry]);
  }
  for (const arrondissement of arrondissements.values()) {
    const commune = successorOf(arrondissement, arrondissement.commune);
    const kind = kindCode('arrondissement');
    const entry: NameEntry = [
      arrondissement.code,
      arrondissement.nom,
      arrondissement.population ?? 0,
      kind,
      commune.code,
      commune.nom,
    ];
    names.push(entry);
    for (const postcode of arrondissement.codesPostaux ?? []) postcodes.push([postcode, entry]);
  }
  for (const record of raw.communes) {
    if (record.type !== 'commune-deleguee' && record.type !== 'commune-associee') continue;
    const successor = successorOf(record, record.chefLieu);
    const kind = kindCode(record.type === 'commune-deleguee' ? 'deleguee' : 'associee');
    // The commune déléguée that carries the name and code of its commune nouvelle adds nothing.
    if (record.nom !== successor.nom) {
      names.push([record.code, record.nom, 0, kind, successor.code, successor.nom]);
      delegatedNames.set(successor.code, [
        ...(delegatedNames.get(successor.code) ?? []),
        record.nom,
      ]);
    }
    if (!current.has(record.code) && !arrondissements.has(record.code)) {
      former.set(record.code, [record.nom, kind, successor.code, successor.nom]);
    }
  }
  for (const commune of current.values()) {
    for (const code of commune.anciensCodes ?? []) {
      if (current.has(code) || arrondissements.has(code) || former.has(code)) continue;
      former.set(code, ['', kindCode('code'), commune.code, commune.nom]);
    }
  }

  const files = new Map<string, unknown>();
  const { leaves, tops } = splitNames(names);
  for (const [prefix, entries] of leaves) files.set(chunkPaths.name(prefix), entries);
  for (const [prefix, entries] of tops) files.set(chunkPaths.top(prefix), entries);

  const postcodeChunks = groupBy(postcodes, ([postcode]) => postcode.slice(0, 3));
  for (const [prefix, entries] of postcodeChunks) {
    const chunk: PostcodeChunk = {};
    for (const [postcode, entry] of entries.sort(([a], [b]) => a.localeCompare(b)))
      (chunk[postcode] ??= []).push(entry);
    for (const served of Object.values(chunk)) served.sort(byPopulation);
    files.set(chunkPaths.postcode(prefix), chunk);
  }

  const inseeChunks = inseeChunksOf(
    raw,
    current,
    arrondissements,
    former,
    delegatedNames,
    epciOf,
    eptOf,
  );
  for (const [prefix, chunk] of inseeChunks) files.set(chunkPaths.insee(prefix), chunk);

  const manifest: CommuneManifest = {
    leaves: leafLetters([...leaves.keys()]),
    postcodes: encodePrefixes([...postcodeChunks.keys()]),
    insee: encodePrefixes([...inseeChunks.keys()]),
  };
  files.set(chunkPaths.manifest, manifest);
  return {
    files,
    stats: {
      names: names.length,
      leaves: leaves.size,
      tops: tops.size,
      postcodeChunks: postcodeChunks.size,
      inseeChunks: inseeChunks.size,
    },
  };
}

/**
 * Cut the names into chunks by key prefix. A prefix with more than `MAX_NAMES` names is split by
 * its next letter and keeps a top chunk (its most populous names, and any name equal to it) for a
 * reader who has typed only that far; the letters that follow it are packed, in order, into chunks
 * of at most `MAX_NAMES` names (`saint_ad` holds every name starting with `sainta` to `saintd`).
 */
function splitNames(names: readonly NameEntry[]): {
  leaves: Map<string, NameEntry[]>;
  tops: Map<string, NameEntry[]>;
} {
  const leaves = new Map<string, NameEntry[]>();
  const tops = new Map<string, NameEntry[]>();
  const keyed = names.map((entry) => ({ entry, key: communeKey(entry[1]) }));
  const split = (prefix: string, items: { entry: NameEntry; key: string }[]) => {
    if (prefix.length > 0) {
      const sorted = items.map((item) => item.entry).sort(byPopulation);
      const exact = new Set(items.filter((item) => item.key === prefix).map((item) => item.entry));
      tops.set(prefix, [
        ...sorted.filter((entry) => exact.has(entry)),
        ...sorted.filter((entry) => !exact.has(entry)).slice(0, TOP_NAMES),
      ]);
    }
    const children = [
      ...groupBy(
        items.filter((item) => item.key.length > prefix.length),
        (item) => item.key[prefix.length]!,
      ),
    ].sort(([a], [b]) => (a < b ? -1 : 1));
    let pack: { letters: string[]; entries: NameEntry[] } = { letters: [], entries: [] };
    const flush = () => {
      if (pack.letters.length)
        leaves.set(
          leafId(prefix, pack.letters[0]!, pack.letters.at(-1)!),
          pack.entries.sort(byPopulation),
        );
      pack = { letters: [], entries: [] };
    };
    for (const [letter, childItems] of children) {
      if (childItems.length > MAX_NAMES) {
        flush();
        split(prefix + letter, childItems);
        continue;
      }
      if (pack.entries.length + childItems.length > MAX_NAMES) flush();
      pack.letters.push(letter);
      pack.entries.push(...childItems.map((item) => item.entry));
    }
    flush();
  };
  split('', keyed);
  return { leaves, tops };
}

function inseeChunksOf(
  raw: RawGeography,
  current: ReadonlyMap<string, RawCommune>,
  arrondissements: ReadonlyMap<string, RawCommune>,
  former: ReadonlyMap<string, FormerRecord>,
  delegatedNames: ReadonlyMap<string, string[]>,
  epciOf: ReadonlyMap<string, string>,
  eptOf: ReadonlyMap<string, string>,
): Map<string, InseeChunk> {
  const departements = new Map(raw.departements.map((area) => [area.code, area]));
  const regions = new Map(raw.regions.map((area) => [area.code, area]));
  const epci = new Map(raw.epci.map((group) => [group.code, group]));
  const ept = new Map(raw.ept.map((group) => [group.code, group]));
  const chunks = new Map<string, InseeChunk>();
  const chunkFor = (code: string) => {
    const prefix = code.slice(0, 3).toUpperCase();
    let chunk = chunks.get(prefix);
    if (!chunk) {
      chunk = {
        communes: {},
        arrondissements: {},
        former: {},
        departments: {},
        regions: {},
        epci: [],
        ept: [],
      };
      chunks.set(prefix, chunk);
    }
    return chunk;
  };
  const addDepartment = (chunk: InseeChunk, code: string) => {
    const department = departements.get(code);
    if (!department?.region)
      throw new GeographyError(`department "${code}" is missing from departements.json`);
    chunk.departments[code] = [department.nom, department.region];
    chunk.regions[department.region] = regions.get(department.region)?.nom ?? '';
  };
  for (const commune of current.values()) {
    const chunk = chunkFor(commune.code);
    addDepartment(chunk, commune.departement ?? '');
    const indexIn = <T extends [string, ...unknown[]]>(
      list: T[],
      siren: string | undefined,
      row: () => T | undefined,
    ) => {
      if (!siren) return -1;
      const found = list.findIndex((item) => item[0] === siren);
      if (found >= 0) return found;
      const item = row();
      return item ? list.push(item) - 1 : -1;
    };
    const epciIndex = indexIn(chunk.epci, epciOf.get(commune.code), () => {
      const group = epci.get(epciOf.get(commune.code)!);
      return group && [group.code, group.nom, group.type, group.populationMunicipale ?? 0];
    });
    const eptIndex = indexIn(chunk.ept, eptOf.get(commune.code), () => {
      const group = ept.get(eptOf.get(commune.code)!);
      return group && [group.code, group.nom];
    });
    const delegated = delegatedNames.get(commune.code) ?? [];
    const record: CommuneRecord = [
      commune.nom,
      commune.population ?? 0,
      commune.codesPostaux ?? [],
      epciIndex,
      delegated,
      eptIndex,
    ];
    // Trailing empty fields are left out: most communes have no déléguées and no EPT.
    while (
      record.length > 3 &&
      (record.at(-1) === -1 ||
        (Array.isArray(record.at(-1)) && (record.at(-1) as string[]).length === 0))
    )
      record.pop();
    chunk.communes[commune.code] = record;
  }
  for (const arrondissement of arrondissements.values()) {
    chunkFor(arrondissement.code).arrondissements[arrondissement.code] = [
      arrondissement.nom,
      arrondissement.population ?? 0,
      arrondissement.codesPostaux ?? [],
      arrondissement.commune ?? '',
    ];
  }
  for (const [code, record] of former) chunkFor(code).former[code] = record;
  return chunks;
}

/** The manifest's form of the leaf ids: `['saint_ad', 'saint_ez']` → `{ saint: 'adez' }`. */
function leafLetters(ids: readonly string[]): Record<string, string> {
  const letters: Record<string, string> = {};
  for (const id of [...ids].sort()) {
    const separator = id.lastIndexOf('_');
    const prefix = id.slice(0, separator);
    letters[prefix] = (letters[prefix] ?? '') + id.slice(separator + 1);
  }
  return letters;
}

function groupBy<T>(items: readonly T[], keyOf: (item: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    const key = keyOf(item);
    const group = groups.get(key);
    if (group) group.push(item);
    else groups.set(key, [item]);
  }
  return groups;
}

const dataFiles = new Map<string, unknown[]>();

/**
 * One data file of @etalab/decoupage-administratif (`communes`, `epci`, `ept`, `departements`,
 * `regions`), read once per build from the installed package.
 */
export function readDecoupage<T>(
  name: 'communes' | 'epci' | 'ept' | 'departements' | 'regions',
): T[] {
  let records = dataFiles.get(name);
  if (!records) {
    const require = createRequire(join(process.cwd(), 'package.json'));
    records = JSON.parse(
      readFileSync(require.resolve(`@etalab/decoupage-administratif/data/${name}.json`), 'utf8'),
    ) as unknown[];
    dataFiles.set(name, records);
  }
  return records as T[];
}

/** The official data the commune index is built from. */
export function readGeography(): RawGeography {
  return {
    communes: readDecoupage<RawCommune>('communes'),
    epci: readDecoupage<RawGroup>('epci'),
    ept: readDecoupage<RawGroup>('ept'),
    departements: readDecoupage<RawArea>('departements'),
    regions: readDecoupage<RawArea>('regions'),
  };
}

let epciMembers: Map<string, string> | undefined;

/**
 * The SIREN of a commune's EPCI, or undefined for a commune outside any (a few islands, overseas collectivities).
 * @example epciOfCommune('28214') // '200070167' (CC Terres de Perche)
 */
export function epciOfCommune(code: string): string | undefined {
  epciMembers ??= new Map(
    readDecoupage<RawGroup>('epci').flatMap((group) =>
      group.membres.map((member) => [member.code, group.code] as const),
    ),
  );
  return epciMembers.get(code);
}

let epciAreas: Map<string, string[]> | undefined;

/**
 * The departments of an EPCI's communes: one for most, several for a few (the Métropole du Grand Paris spans four).
 * @example epciDepartments('200054781') // ['75', '92', '93', '94']
 */
export function epciDepartments(siren: string): string[] {
  epciAreas ??= new Map(
    readDecoupage<RawGroup>('epci').map((group) => [
      group.code,
      [...new Set(group.membres.map((member) => departmentOfCode(member.code)))].sort(),
    ]),
  );
  return epciAreas.get(siren) ?? [];
}

let index: CommuneIndex | undefined;

/** The commune index, built once per build (about a second) from the installed package. */
export function getCommuneIndex(): CommuneIndex {
  index ??= buildCommuneIndex(readGeography());
  return index;
}
