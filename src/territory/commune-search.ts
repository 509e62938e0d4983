// Finding a commune as a reader types it: by name (accents, hyphens, « St » and articles optional),
// by postcode or by INSEE code. Shared by the build, which cuts the 37,000 names into small static
// chunks (src/territory/commune-index.ts), and by the browser, which fetches only the chunks a query
// needs (src/scripts/my-area.ts). Pure: no Node, no DOM; chunks come through a `load` function.
import { academieOf, type Academie } from './academies.ts';

/** What a record of the index stands for, when it is not a current commune. */
export type FormerKind =
  /** A municipal arrondissement of Paris, Lyon or Marseille: its commune is responsible for it. */
  | 'arrondissement'
  /** A commune déléguée of a commune nouvelle. */
  | 'deleguee'
  /** A commune associée (an older kind of merger). */
  | 'associee'
  /** A code no longer in use (a merger without a commune déléguée, or a change of department). */
  | 'code';

/** Short forms of `FormerKind` in the chunks, to keep them small. */
const kindCodes = {
  m: 'arrondissement',
  d: 'deleguee',
  a: 'associee',
  c: 'code',
} as const satisfies Record<string, FormerKind>;
export type KindCode = keyof typeof kindCodes;
const codeOfKind = Object.fromEntries(
  Object.entries(kindCodes).map(([code, kind]) => [kind, code]),
) as Record<FormerKind, KindCode>;

/** The one-letter code of a kind, as written in the chunks. */
export const kindCode = (kind: FormerKind): KindCode => codeOfKind[kind];

/**
 * The department of an INSEE commune code: its first two characters, three overseas.
 * @example departmentOfCode('28214') // '28'
 * @example departmentOfCode('2A004') // '2A'
 * @example departmentOfCode('97411') // '974'
 */
export const departmentOfCode = (code: string): string =>
  code.slice(0, /^9[78]/.test(code) ? 3 : 2).toUpperCase();

/**
 * A name in a name chunk: INSEE code (which gives the department), official name, municipal
 * population (0 when the data gives none: communes déléguées have none of their own), then, for
 * anything but a current commune, its kind and the code and name of the commune responsible for it now.
 */
export type NameEntry = [
  code: string,
  name: string,
  population: number,
  kind?: KindCode,
  target?: string,
  targetName?: string,
];

/** A postcode chunk: for each postcode, the communes (or municipal arrondissements) it serves, as name entries. */
export type PostcodeChunk = Record<string, NameEntry[]>;

/** The list the browser reads first: which name chunks exist, and which 3-character prefixes have postcode and INSEE chunks. */
export interface CommuneManifest {
  /**
   * Name chunks: for each prefix with too many names for one chunk (each has a top chunk, but the
   * empty one), the letters that may follow it, two by two: `{ saint: 'adez' }` means a chunk
   * `saint_ad` for `sainta…` to `saintd…` and `saint_ez` for `sainte…` to `saintz…` (see `leafId`).
   */
  leaves: Record<string, string>;
  /** 3-digit postcode prefixes that have a chunk, as ranges (see `encodePrefixes`). */
  postcodes: string;
  /** 3-character INSEE code prefixes that have a chunk, as ranges. */
  insee: string;
}

/**
 * Everything the answer needs about one commune, in an INSEE chunk (its code gives its department).
 * Trailing fields are left out when empty, to keep chunks small.
 */
export type CommuneRecord = [
  name: string,
  population: number,
  postcodes: string[],
  /** Its EPCI, as an index in the chunk's `epci` list; -1 when it belongs to none (a few islands, overseas collectivities). */
  epci?: number,
  /** Names of its communes déléguées or associées: set for a commune nouvelle. */
  delegated?: string[],
  /** Its établissement public territorial (Métropole du Grand Paris only), as an index in the chunk's `ept` list. */
  ept?: number,
];

/** A municipal arrondissement in an INSEE chunk. */
export type ArrondissementRecord = [
  name: string,
  population: number,
  postcodes: string[],
  commune: string,
];

/** A code that no longer is a commune: its name ('' when the data gives none), its kind, its successor and the successor's name. */
export type FormerRecord = [name: string, kind: KindCode, successor: string, successorName: string];

/** An INSEE chunk: every code with these three first characters, and the names the records refer to. */
export interface InseeChunk {
  communes: Record<string, CommuneRecord>;
  arrondissements: Record<string, ArrondissementRecord>;
  former: Record<string, FormerRecord>;
  /** Department code → [name, region code]. */
  departments: Record<string, [name: string, region: string]>;
  regions: Record<string, string>;
  /** The EPCIs of its communes: SIREN, name, legal form (CC, CA, CU, METRO, MET69), municipal population. */
  epci: [siren: string, name: string, type: string, population: number][];
  ept: [siren: string, name: string][];
}

/** Where the chunks are, relative to the folder they are served from. */
export const chunkPaths = {
  manifest: 'communes/index.json',
  name: (prefix: string) => `communes/name/${prefix}.json`,
  top: (prefix: string) => `communes/top/${prefix}.json`,
  postcode: (prefix: string) => `communes/postcode/${prefix}.json`,
  insee: (prefix: string) => `communes/insee/${prefix.toLowerCase()}.json`,
} as const;

/** Reads a chunk: `fetch` in the browser, the built index in tests. */
export type ChunkLoader = (path: string) => Promise<unknown>;

const ARTICLES = new Set(['le', 'la', 'les', 'l']);
const SAINTS: Record<string, string> = {
  st: 'saint',
  ste: 'sainte',
  sts: 'saints',
  stes: 'saintes',
};

/**
 * A name as words without accents, case or punctuation: « St » and « Ste » written out, a leading
 * article dropped (when something follows it), ordinals written one way (`15ème` → `15e`).
 * @example normalizeCommuneName('Le Pré-Saint-Gervais') // 'pre saint gervais'
 * @example normalizeCommuneName("L'Haÿ-les-Roses") // 'hay les roses'
 * @example normalizeCommuneName('st etienne') // 'saint etienne'
 * @example normalizeCommuneName('Paris 15ème') // 'paris 15e'
 */
export function normalizeCommuneName(text: string): string {
  const words = text
    .toLowerCase()
    .replace(/œ/g, 'oe')
    .replace(/æ/g, 'ae')
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/(\d)\s*(?:eme|e)\b/g, '$1e')
    .split(/[^a-z0-9]+/)
    .filter(Boolean)
    .map((word) => SAINTS[word] ?? word);
  if (words.length > 1 && ARTICLES.has(words[0]!)) words.shift();
  return words.join(' ');
}

/**
 * The key a name is indexed and compared by: its normalised words without spaces, so that
 * hyphens, spaces and apostrophes do not matter (`saint-jean-d'angely`, `st jean dangely`).
 * @example communeKey('Saint-Étienne-du-Rouvray') // 'saintetiennedurouvray'
 */
export function communeKey(text: string): string {
  return normalizeCommuneName(text).replace(/ /g, '');
}

/** Department codes as INSEE writes them, for a query like `saint denis 974` or `saint-étienne (42)`. */
const DEPARTMENT_CODE = /^(?:0[1-9]|[1-8]\d|9[0-5]|2[ab]|97[1-6])$/;

/** What a reader typed, read as a name (maybe followed by a department) or as a code. */
export type CommuneQuery =
  | { kind: 'empty' }
  /** Digits (or a Corsican code): a postcode or INSEE code, whole or its beginning. */
  | { kind: 'code'; code: string }
  | {
      kind: 'name';
      /** The normalised words, with spaces. */
      words: string;
      key: string;
      /** Set when the query ends with a department code: tried when the whole key finds nothing. */
      department?: { code: string; words: string; key: string };
    };

/**
 * Read a query.
 * @example parseCommuneQuery(' 28240 ') // { kind: 'code', code: '28240' }
 * @example parseCommuneQuery('Saint-Denis (974)') // { kind: 'name', words: 'saint denis 974', key: 'saintdenis974', department: { code: '974', words: 'saint denis', key: 'saintdenis' } }
 */
export function parseCommuneQuery(raw: string): CommuneQuery {
  const trimmed = raw.trim();
  if (/^(?:\d{1,5}|2[ab]\d{0,3})$/i.test(trimmed))
    return { kind: 'code', code: trimmed.toUpperCase() };
  const words = normalizeCommuneName(trimmed);
  if (!words) return { kind: 'empty' };
  const query: CommuneQuery = { kind: 'name', words, key: words.replace(/ /g, '') };
  const last = words.match(/^(.*\D) (\w+)$/);
  if (last && DEPARTMENT_CODE.test(last[2]!)) {
    const rest = normalizeCommuneName(last[1]!);
    if (rest)
      query.department = { code: last[2]!.toUpperCase(), words: rest, key: rest.replace(/ /g, '') };
  }
  return query;
}

/** A commune offered to the reader. */
export interface CommuneSuggestion {
  code: string;
  name: string;
  department: string;
  population: number;
  /** Set for anything but a current commune. */
  kind?: FormerKind;
  /** The commune responsible now (for an arrondissement, a commune déléguée or associée, a former code). */
  target?: string;
  targetName?: string;
  /** Set when the reader typed a postcode: the postcode matched. */
  postcode?: string;
  /** How the suggestion was found. */
  matched: 'name' | 'postcode' | 'insee';
}

const fromNameEntry = ([
  code,
  name,
  population,
  kind,
  target,
  targetName,
]: NameEntry): CommuneSuggestion => ({
  code,
  name,
  // A former code may carry a department that no longer exists (Seine, 75xxx before 1968): show the successor's.
  department: departmentOfCode(kind === 'c' && target ? target : code),
  population,
  ...(kind ? { kind: kindCodes[kind] } : {}),
  ...(target ? { target } : {}),
  ...(targetName ? { targetName } : {}),
  matched: 'name',
});

/** Current communes first, then arrondissements, then former names and codes. */
const kindRank = (kind: FormerKind | undefined) =>
  kind === undefined ? 0 : kind === 'arrondissement' ? 1 : 2;

const collator = new Intl.Collator('fr');

/**
 * Whether a name's words start with the query's as whole words; a number counts whole before its
 * ordinal (`paris 1` is the start of `paris 1er arrondissement`, not of `paris 15e arrondissement`).
 */
const startsWithWords = (words: string, query: string) =>
  words.startsWith(`${query} `) ||
  (/\d$/.test(query) && words.startsWith(query) && /^(?:e|er) /.test(words.slice(query.length)));

/**
 * Order the names that start with the query: the exact name first; then names that start with the
 * query's words as whole words (`paris` finds Paris 15e Arrondissement before Parisot), then
 * whose words start with them (`sainte` finds Sainte-Anne and Saintes before Saint-Étienne), then
 * any other; within each, current communes before arrondissements and former ones, larger before
 * smaller (the reader is more likely to live there), then alphabetically. The department is shown
 * beside each, to tell namesakes apart.
 */
export function rankNameMatches(
  entries: readonly NameEntry[],
  query: { words: string; key: string },
  limit = 10,
): CommuneSuggestion[] {
  const scored: { suggestion: CommuneSuggestion; tier: number }[] = [];
  for (const entry of entries) {
    const words = normalizeCommuneName(entry[1]);
    const key = words.replace(/ /g, '');
    if (!key.startsWith(query.key)) continue;
    const tier =
      key === query.key
        ? 0
        : startsWithWords(words, query.words)
          ? 1
          : words.startsWith(query.words)
            ? 2
            : 3;
    scored.push({ suggestion: fromNameEntry(entry), tier });
  }
  return scored
    .sort(
      (a, b) =>
        a.tier - b.tier ||
        kindRank(a.suggestion.kind) - kindRank(b.suggestion.kind) ||
        b.suggestion.population - a.suggestion.population ||
        collator.compare(a.suggestion.name, b.suggestion.name) ||
        a.suggestion.code.localeCompare(b.suggestion.code),
    )
    .slice(0, limit)
    .map((item) => item.suggestion);
}

/**
 * Order the communes whose postcode or INSEE code starts with the typed digits: exact postcodes
 * first (every commune a postcode serves, largest first, a municipal arrondissement before its
 * city, which has all its arrondissements' postcodes), then an exact INSEE code, then the codes
 * that only start with the digits. A commune found both ways is listed once.
 */
export function rankCodeMatches(
  code: string,
  postcodes: PostcodeChunk,
  insee: InseeChunk | undefined,
  limit = 10,
): CommuneSuggestion[] {
  const found: { suggestion: CommuneSuggestion; tier: number }[] = [];
  for (const [postcode, entries] of Object.entries(postcodes)) {
    if (!postcode.startsWith(code)) continue;
    for (const entry of entries) {
      found.push({
        tier: postcode === code ? 0 : 2,
        suggestion: { ...fromNameEntry(entry), postcode, matched: 'postcode' },
      });
    }
  }
  if (insee) {
    const named = (inseeCode: string): NameEntry | undefined => {
      const commune = insee.communes[inseeCode];
      if (commune) return [inseeCode, commune[0], commune[1]];
      const arrondissement = insee.arrondissements[inseeCode];
      if (arrondissement) {
        const [name, population, , parent] = arrondissement;
        return [
          inseeCode,
          name,
          population,
          kindCode('arrondissement'),
          parent,
          insee.communes[parent]?.[0] ?? '',
        ];
      }
      const former = insee.former[inseeCode];
      if (former) return [inseeCode, former[0], 0, former[1], former[2], former[3]];
      return undefined;
    };
    const codes = [
      ...Object.keys(insee.communes),
      ...Object.keys(insee.arrondissements),
      ...Object.keys(insee.former),
    ];
    for (const inseeCode of codes) {
      if (!inseeCode.startsWith(code)) continue;
      const entry = named(inseeCode);
      if (entry)
        found.push({
          tier: inseeCode === code ? 1 : 3,
          suggestion: { ...fromNameEntry(entry), matched: 'insee' },
        });
    }
  }
  const seen = new Set<string>();
  const precision = ({ suggestion }: { suggestion: CommuneSuggestion }) =>
    suggestion.matched === 'postcode'
      ? suggestion.kind === 'arrondissement'
        ? 0
        : 1
      : kindRank(suggestion.kind);
  return found
    .sort(
      (a, b) =>
        a.tier - b.tier ||
        precision(a) - precision(b) ||
        b.suggestion.population - a.suggestion.population ||
        a.suggestion.code.localeCompare(b.suggestion.code),
    )
    .filter(({ suggestion }) => !seen.has(suggestion.code) && Boolean(seen.add(suggestion.code)))
    .slice(0, limit)
    .map((item) => item.suggestion);
}

/**
 * Write 3-character prefixes short: runs of consecutive numbers as ranges, others as they are.
 * @example encodePrefixes(['010', '011', '012', '015', '2A0']) // '010-012,015,2A0'
 */
export function encodePrefixes(prefixes: readonly string[]): string {
  const numbers = prefixes
    .filter((prefix) => /^\d{3}$/.test(prefix))
    .map(Number)
    .sort((a, b) => a - b);
  const runs: string[] = [];
  const pad = (value: number) => String(value).padStart(3, '0');
  for (let start = 0; start < numbers.length;) {
    let end = start;
    while (end + 1 < numbers.length && numbers[end + 1] === numbers[end]! + 1) end++;
    runs.push(end > start ? `${pad(numbers[start]!)}-${pad(numbers[end]!)}` : pad(numbers[start]!));
    start = end + 1;
  }
  return [...runs, ...prefixes.filter((prefix) => !/^\d{3}$/.test(prefix)).sort()].join(',');
}

/**
 * Read prefixes written by `encodePrefixes`.
 * @example [...decodePrefixes('010-012,2A0')] // ['010', '011', '012', '2A0']
 */
export function decodePrefixes(text: string): Set<string> {
  const prefixes = new Set<string>();
  for (const run of text.split(',').filter(Boolean)) {
    const [first, last] = run.split('-') as [string, string | undefined];
    if (last === undefined) prefixes.add(first);
    else
      for (let value = Number(first); value <= Number(last); value++)
        prefixes.add(String(value).padStart(3, '0'));
  }
  return prefixes;
}

/**
 * The id of a name chunk: the prefix all its keys share, then the first and last letter that
 * follow it in the chunk.
 * @example leafId('saint', 'a', 'd') // 'saint_ad': every key from `sainta…` to `saintd…`
 */
export const leafId = (prefix: string, first: string, last: string) => `${prefix}_${first}${last}`;

/** The manifest read once, with the maps a lookup needs. */
export interface ManifestIndex {
  /** The prefixes split into several chunks: a top chunk exists for each (but the empty one). */
  split: ReadonlySet<string>;
  /** For each split prefix, its chunks: the range of letters that follow the prefix in each. */
  leaves: ReadonlyMap<string, { first: string; last: string; id: string }[]>;
  postcodes: ReadonlySet<string>;
  insee: ReadonlySet<string>;
}

/** Turn the manifest into maps. */
export function indexManifest(manifest: CommuneManifest): ManifestIndex {
  // A split prefix whose letters are all split further has no chunk of its own: add every beginning.
  const split = new Set<string>(
    Object.keys(manifest.leaves).flatMap((prefix) =>
      [...prefix].map((_, index) => prefix.slice(0, index + 1)),
    ),
  );
  split.add('');
  const leaves = new Map<string, { first: string; last: string; id: string }[]>();
  for (const [prefix, letters] of Object.entries(manifest.leaves)) {
    const ranges = (letters.match(/../g) ?? []).map(([first, last]) => ({
      first: first!,
      last: last!,
      id: leafId(prefix, first!, last!),
    }));
    leaves.set(prefix, ranges);
  }
  return {
    split,
    leaves,
    postcodes: decodePrefixes(manifest.postcodes),
    insee: decodePrefixes(manifest.insee),
  };
}

/**
 * The chunk that holds the names starting with a key: below the longest split prefix of the key,
 * the chunk whose letters include the key's next letter; or, for a key that is itself a split
 * prefix, its top chunk. Undefined when no name starts so.
 * @example nameChunkFor('saintetienne', index) // { path: 'communes/name/sainte_tt.json', complete: true } (for that manifest)
 */
export function nameChunkFor(
  key: string,
  index: ManifestIndex,
): { path: string; complete: boolean } | undefined {
  if (!key) return undefined;
  if (index.split.has(key)) return { path: chunkPaths.top(key), complete: false };
  let prefix = key.slice(0, -1);
  while (!index.split.has(prefix)) prefix = prefix.slice(0, -1);
  const letter = key[prefix.length]!;
  const leaf = index.leaves
    .get(prefix)
    ?.find(({ first, last }) => first <= letter && letter <= last);
  return leaf && { path: chunkPaths.name(leaf.id), complete: true };
}

/** The digits (or Corsican code) after which a code query fetches chunks. */
export const MIN_CODE_LENGTH = 3;

/**
 * Suggestions for what the reader typed, fetching only the chunks it needs: the manifest (once),
 * then one name chunk, or the postcode and INSEE chunks of the code's first three characters.
 */
export async function searchCommunes(
  raw: string,
  load: ChunkLoader,
  limit = 10,
): Promise<CommuneSuggestion[]> {
  const query = parseCommuneQuery(raw);
  if (query.kind === 'empty') return [];
  const index = await manifestIndex(load);
  if (query.kind === 'code') {
    if (query.code.length < MIN_CODE_LENGTH) return [];
    const prefix = query.code.slice(0, 3);
    const [postcodes, insee] = await Promise.all([
      index.postcodes.has(prefix)
        ? (load(chunkPaths.postcode(prefix)) as Promise<PostcodeChunk>)
        : Promise.resolve({}),
      index.insee.has(prefix)
        ? (load(chunkPaths.insee(prefix)) as Promise<InseeChunk>)
        : Promise.resolve(undefined),
    ]);
    return rankCodeMatches(query.code, postcodes, insee, limit);
  }
  const byName = async (words: string, key: string) => {
    const chunk = nameChunkFor(key, index);
    return chunk
      ? rankNameMatches(
          (await load(chunk.path)) as NameEntry[],
          { words, key },
          Number.MAX_SAFE_INTEGER,
        )
      : [];
  };
  const found = await byName(query.words, query.key);
  if (found.length || !query.department) return found.slice(0, limit);
  // `saint etienne 42`: no name starts with the digits, so they name the department.
  const { code, words, key } = query.department;
  return (await byName(words, key))
    .filter((suggestion) => suggestion.department === code)
    .slice(0, limit);
}

const manifests = new WeakMap<ChunkLoader, Promise<ManifestIndex>>();

function manifestIndex(load: ChunkLoader): Promise<ManifestIndex> {
  let pending = manifests.get(load);
  if (!pending) {
    pending = (load(chunkPaths.manifest) as Promise<CommuneManifest>).then(indexManifest);
    manifests.set(load, pending);
  }
  return pending;
}

/** A commune, arrondissement or former code, resolved for the answer. */
export interface ResolvedCommune {
  code: string;
  name: string;
  population: number;
  postcodes: string[];
  department: { code: string; name: string };
  region: { code: string; name: string };
  /** Undefined for an overseas collectivity outside the académies. */
  academie?: Academie;
  epci?: { siren: string; name: string; type: string; population: number };
  ept?: { siren: string; name: string };
  /** Names of its communes déléguées or associées (a commune nouvelle). */
  delegated: string[];
}

/** The answer's commune, and what the reader asked for when it was something else (an arrondissement, a former commune). */
export interface CommuneLookup {
  commune: ResolvedCommune;
  /** Set when the code asked for is not the commune shown. */
  asked?: { code: string; name: string; kind: FormerKind; population?: number };
}

/** Whether a text is shaped like an INSEE commune code (`28214`, `2A004`). */
export const isInseeCode = (text: string) => /^(?:\d{5}|2[AB]\d{3})$/i.test(text);

/**
 * Resolve an INSEE code for the answer; a municipal arrondissement gives its commune, a commune
 * déléguée or associée or a former code gives its successor, with what was asked. Undefined for
 * a code that is not in the data.
 */
export async function lookupCommune(
  code: string,
  load: ChunkLoader,
): Promise<CommuneLookup | undefined> {
  const wanted = code.toUpperCase();
  if (!isInseeCode(wanted)) return undefined;
  const index = await manifestIndex(load);
  const chunkOf = async (inseeCode: string) =>
    index.insee.has(inseeCode.slice(0, 3))
      ? ((await load(chunkPaths.insee(inseeCode.slice(0, 3)))) as InseeChunk)
      : undefined;
  const chunk = await chunkOf(wanted);
  if (!chunk) return undefined;
  const current = resolveRecord(wanted, chunk);
  if (current) return { commune: current };
  const arrondissement = chunk.arrondissements[wanted];
  const former = chunk.former[wanted];
  const successor = arrondissement?.[3] ?? former?.[2];
  if (!successor) return undefined;
  const successorChunk =
    successor.slice(0, 3) === wanted.slice(0, 3) ? chunk : await chunkOf(successor);
  const commune = successorChunk && resolveRecord(successor, successorChunk);
  if (!commune) return undefined;
  const asked: NonNullable<CommuneLookup['asked']> = arrondissement
    ? {
        code: wanted,
        name: arrondissement[0],
        kind: 'arrondissement',
        population: arrondissement[1],
      }
    : { code: wanted, name: former![0], kind: kindCodes[former![1]] };
  return { commune, asked };
}

function resolveRecord(code: string, chunk: InseeChunk): ResolvedCommune | undefined {
  const record = chunk.communes[code];
  if (!record) return undefined;
  const [name, population, postcodes, epci = -1, delegated = [], ept = -1] = record;
  const departmentCode = departmentOfCode(code);
  const [departmentName, regionCode] = chunk.departments[departmentCode] ?? ['', ''];
  const resolved: ResolvedCommune = {
    code,
    name,
    population,
    postcodes,
    department: { code: departmentCode, name: departmentName },
    region: { code: regionCode, name: chunk.regions[regionCode] ?? '' },
    delegated,
  };
  const academie = academieOf(departmentCode);
  if (academie) resolved.academie = academie;
  const group = chunk.epci[epci];
  if (group)
    resolved.epci = { siren: group[0], name: group[1], type: group[2], population: group[3] };
  const territorial = chunk.ept[ept];
  if (territorial) resolved.ept = { siren: territorial[0], name: territorial[1] };
  return resolved;
}
