import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';

/** The kinds of territory a case can cover, from the widest to the narrowest. */
export const territoryScopes = [
  'national',
  'region',
  'academie',
  'departement',
  'epci',
  'commune',
] as const;
export type TerritoryScope = (typeof territoryScopes)[number];

/** Where a case takes place, as an author writes it: official codes only, names are derived. */
export interface TerritoryRef {
  scope: TerritoryScope;
  /** INSEE code of the commune, department or region, or SIREN of the EPCI. */
  code?: string | undefined;
  /** Department codes of an académie (required: it has no INSEE code), or of a former region within today's region. */
  departments?: string[] | undefined;
  /** A name shown instead of the official one (a national network, a former region). */
  label?: string | undefined;
}

export interface NamedCode {
  code: string;
  name: string;
}

/** A territory with everything the site derives from its official code. */
export interface Territory {
  scope: TerritoryScope;
  code?: string;
  /** The name to show: the author's label, or the official name. */
  name: string;
  /** The official name when a code is given (for example "Brest" or "CC de Parthenay-Gâtine"). */
  officialName?: string;
  departments: NamedCode[];
  region?: NamedCode;
  /** Municipal population (INSEE), summed over departments where the territory spans several. */
  population?: number;
}

interface CommuneRecord {
  code: string;
  nom: string;
  type: string;
  departement?: string;
  region?: string;
  population?: number;
}
interface EpciRecord {
  code: string;
  nom: string;
  populationMunicipale?: number;
  membres: { code: string }[];
}
interface AreaRecord {
  code: string;
  nom: string;
  region?: string;
}

interface Geography {
  communes: Map<string, CommuneRecord>;
  epci: Map<string, EpciRecord>;
  departements: Map<string, AreaRecord>;
  regions: Map<string, AreaRecord>;
  populationByDepartement: Map<string, number>;
}

let geography: Geography | undefined;

// The data set is large (37,000 communes): read it once, on first use, from the package's JSON files.
function loadGeography(): Geography {
  if (geography) return geography;
  const require = createRequire(join(process.cwd(), 'package.json'));
  const read = <T>(name: string): T[] =>
    JSON.parse(
      readFileSync(require.resolve(`@etalab/decoupage-administratif/data/${name}.json`), 'utf8'),
    ) as T[];
  const communes = read<CommuneRecord>('communes').filter((c) => c.type === 'commune-actuelle');
  const populationByDepartement = new Map<string, number>();
  for (const commune of communes) {
    if (commune.departement && commune.population) {
      populationByDepartement.set(
        commune.departement,
        (populationByDepartement.get(commune.departement) ?? 0) + commune.population,
      );
    }
  }
  const byCode = <T extends { code: string }>(records: T[]) =>
    new Map(records.map((r) => [r.code, r]));
  geography = {
    communes: byCode(communes),
    epci: byCode(read<EpciRecord>('epci')),
    departements: byCode(read<AreaRecord>('departements')),
    regions: byCode(read<AreaRecord>('regions')),
    populationByDepartement,
  };
  return geography;
}

/** The scopes that have an official code, and so a list of the codes that exist. */
export type CodedScope = 'region' | 'departement' | 'epci' | 'commune';

/**
 * Every official code of one kind of territory with its name, in code order: what `territoryProblems`
 * accepts. The web editor checks codes against these lists as the contributor types.
 * @example officialCodes('region')[0] // { code: '01', name: 'Guadeloupe' }
 */
export function officialCodes(scope: CodedScope): NamedCode[] {
  const geo = loadGeography();
  const table = {
    commune: geo.communes,
    epci: geo.epci,
    departement: geo.departements,
    region: geo.regions,
  }[scope];
  return [...table.values()]
    .map((record) => ({ code: record.code, name: record.nom }))
    .sort((a, b) => a.code.localeCompare(b.code));
}

/** The expected shape of each scope's code, for error messages. */
export const codeFormats: Record<TerritoryScope, string | undefined> = {
  national: undefined,
  academie: undefined,
  region: 'a 2-digit INSEE region code (for example "53" for Bretagne)',
  departement: 'an INSEE department code (for example "29", "2A" or "974")',
  epci: 'the 9-digit SIREN of the EPCI (for example "200041333")',
  commune: 'a 5-character INSEE commune code (for example "29019" for Brest)',
};

const named = (record: AreaRecord | undefined): NamedCode | undefined =>
  record && { code: record.code, name: record.nom };

/**
 * Check a territory against the official data; returns the problems, each naming the field.
 * @example territoryProblems({ scope: 'commune', code: '99999' }) // ['code: "99999" is not a commune INSEE code: expected a 5-character …']
 */
export function territoryProblems(ref: TerritoryRef): string[] {
  const geo = loadGeography();
  const problems: string[] = [];
  const needsCode = ref.scope !== 'national' && ref.scope !== 'academie';
  if (needsCode && !ref.code)
    problems.push(`code: required for scope "${ref.scope}": ${codeFormats[ref.scope]}`);
  if (!needsCode && ref.code)
    problems.push(`code: scope "${ref.scope}" has no official code; remove it`);
  if (ref.scope === 'academie' && !ref.departments?.length)
    problems.push('departments: required for an académie: the INSEE codes of its departments');
  if (ref.departments?.length && ref.scope !== 'academie' && ref.scope !== 'region') {
    problems.push(
      `departments: only for an académie or a former region; scope "${ref.scope}" derives its departments from its code`,
    );
  }
  if (ref.scope === 'region' && ref.departments?.length && !ref.label)
    problems.push(
      'label: required when departments narrow a region: the name of the former region',
    );
  if ((ref.scope === 'academie' || ref.scope === 'national') && !ref.label)
    problems.push(`label: required for scope "${ref.scope}": the name to show`);
  if (ref.code && needsCode) {
    const tables: Record<typeof ref.scope, Map<string, unknown> | undefined> = {
      commune: geo.communes,
      epci: geo.epci,
      departement: geo.departements,
      region: geo.regions,
      national: undefined,
      academie: undefined,
    };
    if (!tables[ref.scope]?.has(ref.code))
      problems.push(
        `code: "${ref.code}" is not ${ref.scope === 'epci' ? 'an EPCI SIREN' : `a ${ref.scope} INSEE code`}: expected ${codeFormats[ref.scope]}`,
      );
  }
  for (const code of ref.departments ?? []) {
    const department = geo.departements.get(code);
    if (!department)
      problems.push(
        `departments: "${code}" is not a department INSEE code: expected ${codeFormats.departement}`,
      );
    else if (ref.scope === 'region' && ref.code && department.region !== ref.code) {
      problems.push(`departments: "${code}" (${department.nom}) is not in region "${ref.code}"`);
    }
  }
  return problems;
}

/**
 * Everything the site shows about a territory, derived from its official code.
 * Call `territoryProblems` first: unknown codes are reported there, not here.
 */
export function resolveTerritory(ref: TerritoryRef): Territory {
  const geo = loadGeography();
  const departement = (code: string | undefined) =>
    named(code ? geo.departements.get(code) : undefined);
  const regionOf = (departementCode: string | undefined) =>
    named(geo.regions.get(geo.departements.get(departementCode ?? '')?.region ?? ''));
  let officialName: string | undefined;
  let departments: NamedCode[] = [];
  let region: NamedCode | undefined;
  let population: number | undefined;

  switch (ref.scope) {
    case 'commune': {
      const commune = geo.communes.get(ref.code ?? '');
      officialName = commune?.nom;
      departments = [departement(commune?.departement)].filter((d) => d !== undefined);
      region = named(geo.regions.get(commune?.region ?? ''));
      population = commune?.population;
      break;
    }
    case 'epci': {
      const epci = geo.epci.get(ref.code ?? '');
      officialName = epci?.nom;
      const memberDepartments = new Set(
        epci?.membres.map((m) => geo.communes.get(m.code)?.departement).filter(Boolean),
      );
      departments = [...memberDepartments]
        .map((code) => departement(code))
        .filter((d) => d !== undefined);
      region = regionOf(departments[0]?.code);
      population = epci?.populationMunicipale;
      break;
    }
    case 'departement': {
      const record = departement(ref.code);
      officialName = record?.name;
      departments = record ? [record] : [];
      region = regionOf(ref.code);
      population = geo.populationByDepartement.get(ref.code ?? '');
      break;
    }
    case 'region': {
      // A former region (Basse-Normandie) is today's region narrowed to its own departments.
      region = named(geo.regions.get(ref.code ?? ''));
      officialName = region?.name;
      departments = ref.departments?.length
        ? ref.departments.map((code) => departement(code)).filter((d) => d !== undefined)
        : [...geo.departements.values()].filter((d) => d.region === ref.code).map((d) => named(d)!);
      population = sum(departments.map((d) => geo.populationByDepartement.get(d.code)));
      break;
    }
    case 'academie': {
      departments = (ref.departments ?? [])
        .map((code) => departement(code))
        .filter((d) => d !== undefined);
      region = regionOf(departments[0]?.code);
      population = sum(departments.map((d) => geo.populationByDepartement.get(d.code)));
      break;
    }
    case 'national':
      break;
  }

  const territory: Territory = {
    scope: ref.scope,
    name: ref.label ?? officialName ?? '',
    departments,
  };
  if (ref.code) territory.code = ref.code;
  if (officialName) territory.officialName = officialName;
  if (region) territory.region = region;
  if (population !== undefined) territory.population = population;
  return territory;
}

function sum(values: (number | undefined)[]): number | undefined {
  const known = values.filter((v) => v !== undefined);
  return known.length ? known.reduce((a, b) => a + b, 0) : undefined;
}

// Pure, so that the browser can use it too (« Pour mon territoire » bands a commune's population).
export { populationBand, type PopulationBand } from '../territory/population-band.ts';
