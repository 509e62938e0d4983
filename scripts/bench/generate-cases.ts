/**
 * Synthetic content for the benchmark: N bilingual cases, valid against the real schema, written
 * from the phrase bank of text-bank.yaml in the sections of the contributors' template, tagged across
 * every value of the taxonomy, and placed in real territories (INSEE codes and EPCI SIRENs of
 * @etalab/decoupage-administratif). The rest of the content (taxonomy, glossary, proposals, sources,
 * pages, interviews) is copied from the real content folder, so the site is built as it is.
 *
 * Usage: node scripts/bench/generate-cases.ts <count> [folder] [--seed 1]
 * (the folder defaults to tests/.tmp/bench/content; it is replaced).
 */
import { cpSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import yaml from 'js-yaml';
import { readTextBank, type Pair } from './text-bank.ts';

// The phrase bank is data (text-bank.yaml), read once when the generator is loaded.
const {
  academies,
  actionFollowUps,
  actionIntros,
  associationNames,
  companyNames,
  conditions,
  contexts,
  formerRegions,
  networkNames,
  roles,
  schoolNames,
  summaries,
  themeBanks,
  toolNames,
} = readTextBank();

type Locale = 'fr' | 'en';
const languages: Locale[] = ['fr', 'en'];

/** A pseudo-random generator with a seed, so that a benchmark can be rerun on the same content (mulberry32). */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

interface Picker {
  one<T>(items: readonly T[]): T;
  some<T>(items: readonly T[], min: number, max: number): T[];
  chance(probability: number): boolean;
  int(min: number, max: number): number;
}

function picker(random: () => number): Picker {
  const int = (min: number, max: number) => min + Math.floor(random() * (max - min + 1));
  return {
    int,
    one: (items) => items[Math.floor(random() * items.length)]!,
    some(items, min, max) {
      const pool = [...items];
      const count = Math.min(pool.length, int(min, max));
      const chosen = [];
      for (let index = 0; index < count; index += 1)
        chosen.push(pool.splice(Math.floor(random() * pool.length), 1)[0]!);
      return chosen;
    },
    chance: (probability) => random() < probability,
  };
}

const ids = (folder: string, file: string): string[] =>
  (yaml.load(readFileSync(join(folder, file), 'utf8')) as { id: string }[]).map(
    (entry) => entry.id,
  );

/** The ids of the controlled lists the cases are tagged with, read from the real content. */
function readTaxonomy(content: string) {
  return {
    continuities: ids(content, 'taxonomy/continuities.yaml'),
    themes: ids(content, 'taxonomy/themes.yaml'),
    levels: ids(content, 'taxonomy/levels.yaml'),
    audiences: ids(content, 'taxonomy/audiences.yaml'),
    actorTypes: ids(content, 'taxonomy/actor-types.yaml'),
    authorities: ids(content, 'taxonomy/authorities.yaml'),
    statuses: ids(content, 'taxonomy/review-statuses.yaml'),
    proposals: ids(content, 'proposals/proposals.yaml'),
    sources: ids(content, 'sources.yaml'),
  };
}

interface Commune {
  code: string;
  nom: string;
  type: string;
  departement?: string;
  region?: string;
  population?: number;
}
interface Area {
  code: string;
  nom: string;
  region?: string;
  zone?: string;
}
interface Epci {
  code: string;
  nom: string;
  membres: { code: string }[];
}

/** The official geography, with communes grouped by population band so that every band gets cases. */
function readGeography() {
  const require = createRequire(import.meta.url);
  const read = <T>(name: string): T[] =>
    require(`@etalab/decoupage-administratif/data/${name}.json`) as T[];
  const communes = read<Commune>('communes').filter(
    (commune) => commune.type === 'commune-actuelle' && commune.population && commune.departement,
  );
  const bands = [0, 10_000, 50_000, 250_000, Infinity];
  const byBand = bands
    .slice(0, -1)
    .map((min, index) =>
      communes.filter(
        (commune) => commune.population! >= min && commune.population! < bands[index + 1]!,
      ),
    );
  const communesByDepartement = Map.groupBy(communes, (commune) => commune.departement!);
  // Only departments with communes of their own in the data (not the overseas collectivities).
  const departements = read<Area>('departements').filter((departement) =>
    communesByDepartement.has(departement.code),
  );
  const communeByCode = new Map(communes.map((commune) => [commune.code, commune]));
  return {
    byBand,
    communesByDepartement,
    communeByCode,
    epci: read<Epci>('epci').filter((epci) =>
      epci.membres.some((member) => communeByCode.has(member.code)),
    ),
    departements,
    departementByCode: new Map(departements.map((departement) => [departement.code, departement])),
    regions: read<Area>('regions').filter((region) =>
      departements.some((departement) => departement.region === region.code),
    ),
  };
}
type Geography = ReturnType<typeof readGeography>;

/** An id from a name: lowercase ASCII words joined by hyphens. */
export function slugify(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{Mn}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
}

const elides = (word: string) => /^[aeiouyhéèêâîôûAEIOUYHÉÈÊÂÎÔÛ]/.test(word);
const capitalize = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

/** "à Brest", "au Mans", "aux Sables-d’Olonne", "à L’Isle-Adam". */
function inCommune(name: string): string {
  const typographic = name.replace(/'/g, '’');
  if (/^Le /.test(typographic)) return `au ${typographic.slice(3)}`;
  if (/^Les /.test(typographic)) return `aux ${typographic.slice(4)}`;
  return `à ${typographic}`;
}

interface Place {
  territory: {
    scope: string;
    code?: string;
    departments?: string[];
    label?: Record<Locale, string>;
  };
  /** Its name, for titles and slugs. */
  name: string;
  /** "à Brest" / "in Brest". */
  in: Record<Locale, string>;
  /** A town to name schools and town halls after, and the department it is in. */
  town: string;
  departement: Area;
  region?: Area;
}

/** The kinds of territory in turn, communes most often, as in real collections. */
const scopeCycle = [
  'commune',
  'commune',
  'epci',
  'commune',
  'departement',
  'commune',
  'region',
  'commune',
  'academie',
  'epci',
  'commune',
  'national',
];

function placeFor(index: number, geo: Geography, pick: Picker): Place {
  const scope = scopeCycle[index % scopeCycle.length]!;
  const departementOf = (code: string | undefined) => geo.departementByCode.get(code ?? '')!;
  const regionOf = (departement: Area) =>
    geo.regions.find((region) => region.code === departement.region);
  switch (scope) {
    case 'commune': {
      // Every population band in turn, so that the size facet has cases in each.
      const commune = pick.one(
        geo.byBand[Math.floor(index / scopeCycle.length) % geo.byBand.length]!,
      );
      const departement = departementOf(commune.departement);
      return {
        territory: { scope, code: commune.code },
        name: commune.nom,
        in: { fr: inCommune(commune.nom), en: `in ${commune.nom}` },
        town: commune.nom,
        departement,
        ...withRegion(regionOf(departement)),
      };
    }
    case 'epci': {
      const epci = pick.one(geo.epci);
      const seat = geo.communeByCode.get(
        epci.membres.find((member) => geo.communeByCode.has(member.code))!.code,
      )!;
      const departement = departementOf(seat.departement);
      return {
        territory: { scope, code: epci.code },
        name: epci.nom,
        in: { fr: `sur le territoire de ${epci.nom}`, en: `across ${epci.nom}` },
        town: seat.nom,
        departement,
        ...withRegion(regionOf(departement)),
      };
    }
    case 'departement': {
      const departement = pick.one(geo.departements);
      return {
        territory: { scope, code: departement.code },
        name: departement.nom,
        in: {
          fr: `dans le département ${departement.nom} (${departement.code})`,
          en: `in the ${departement.nom} département`,
        },
        town: townIn(geo, departement.code, pick),
        departement,
        ...withRegion(regionOf(departement)),
      };
    }
    case 'region': {
      if (pick.chance(0.3)) {
        const former = pick.one(formerRegions);
        const departement = departementOf(former.departments[0]);
        return {
          territory: {
            scope,
            code: former.region,
            departments: former.departments,
            label: { fr: former.name, en: former.name },
          },
          name: former.name,
          in: { fr: `en ${former.name}`, en: `in ${former.name}` },
          town: townIn(geo, departement.code, pick),
          departement,
          ...withRegion(regionOf(departement)),
        };
      }
      const region = pick.one(geo.regions);
      const departement = pick.one(
        geo.departements.filter((candidate) => candidate.region === region.code),
      );
      return {
        territory: { scope, code: region.code },
        name: region.nom,
        in: { fr: `en région ${region.nom}`, en: `in the ${region.nom} region` },
        town: townIn(geo, departement.code, pick),
        departement,
        region,
      };
    }
    case 'academie': {
      const academy = pick.one(academies);
      const of = elides(academy.name) ? 'd’' : 'de ';
      const label = `Académie ${of}${academy.name}`;
      const departement = departementOf(academy.departments[0]);
      return {
        territory: { scope, departments: academy.departments, label: { fr: label, en: label } },
        name: academy.name,
        in: {
          fr: `dans l’académie ${of}${academy.name}`,
          en: `in the académie ${of}${academy.name}`,
        },
        town: townIn(geo, departement.code, pick),
        departement,
        ...withRegion(regionOf(departement)),
      };
    }
    default: {
      const network = pick.one(networkNames);
      const departement = pick.one(geo.departements);
      return {
        territory: { scope: 'national', label: { fr: network, en: network } },
        name: network,
        in: { fr: `dans tout le ${network}`, en: `across the ${network}` },
        town: townIn(geo, departement.code, pick),
        departement,
      };
    }
  }
}

const withRegion = (region: Area | undefined) => (region ? { region } : {});

function townIn(geo: Geography, departement: string, pick: Picker): string {
  return pick.one(geo.communesByDepartement.get(departement)!).nom;
}

/** Responsible authorities follow from the levels: commune → école, département → collège, région → lycée. */
const authorityOfLevel: Record<string, string> = {
  ecole: 'commune',
  college: 'departement',
  lycee: 'region',
};
const schoolKind: Record<string, Pair> = {
  ecole: { fr: 'École', en: 'primary school' },
  college: { fr: 'Collège', en: 'Collège' },
  lycee: { fr: 'Lycée', en: 'Lycée' },
};

interface Actor {
  name: Record<Locale, string>;
  type: string;
  role: Pair;
}

/** The partners of a case, named after its place; the first is always the school or the authority. */
function actorsFor(
  place: Place,
  levels: string[],
  authorities: string[],
  types: string[],
  pick: Picker,
): Actor[] {
  const level = levels[0]!;
  const school = pick.one(schoolNames);
  const schoolName: Record<Locale, string> =
    level === 'ecole'
      ? { fr: `École ${school}`, en: `${school} primary school` }
      : { fr: `${schoolKind[level]!.fr} ${school}`, en: `${schoolKind[level]!.en} ${school}` };
  const association = pick.one(associationNames);
  const authority = authorities.find((id) => id !== 'etat') ?? 'commune';
  const names: Record<string, Record<Locale, string>> = {
    etablissement: schoolName,
    collectivite: {
      commune: { fr: `Mairie de ${place.town}`, en: `${place.town} town hall` },
      epci: {
        fr:
          place.territory.scope === 'epci'
            ? place.name
            : `Communauté de communes autour de ${place.town}`,
        en:
          place.territory.scope === 'epci'
            ? place.name
            : `Community of communes around ${place.town}`,
      },
      departement: {
        fr: `Conseil départemental (${place.departement.nom})`,
        en: `${place.departement.nom} departmental council`,
      },
      region: {
        fr: `Région ${place.region?.nom ?? place.departement.nom}`,
        en: `${place.region?.nom ?? place.departement.nom} regional council`,
      },
    }[authority]!,
    etat: {
      fr: `Services départementaux de l’Éducation nationale (${place.departement.nom})`,
      en: `${place.departement.nom} education services`,
    },
    'organisme-public': { fr: `Médiathèque de ${place.town}`, en: `${place.town} media library` },
    association: { fr: `Association ${association}`, en: `${association} association` },
    entreprise: { fr: pick.one(companyNames), en: pick.one(companyNames) },
    'enseignement-superieur': {
      fr: `Université proche de ${place.town}`,
      en: `University near ${place.town}`,
    },
  };
  return types.map((type) => ({ name: names[type]!, type, role: pick.one(roles[type]!) }));
}

/** Fill the slots of a phrase. */
function fill(text: string, slots: Record<string, string>): string {
  return text.replace(/\{(\w+)\}/g, (whole, name: string) => slots[name] ?? whole);
}

/** One synthetic case: its id and its two files. */
export interface GeneratedCase {
  slug: string;
  files: Record<Locale, string>;
}

/**
 * The `index`-th synthetic case. The first value of each list comes in turn (case 0 has the first
 * theme, case 1 the second…), so that a few dozen cases already use every value.
 */
export function generateCase(
  index: number,
  taxonomy: ReturnType<typeof readTaxonomy>,
  geo: Geography,
  pick: Picker,
): GeneratedCase {
  const inTurn = <T>(items: readonly T[], step = 1) =>
    items[Math.floor(index / step) % items.length]!;
  const withOthers = (first: string, items: readonly string[], min: number, max: number) => [
    first,
    ...pick.some(
      items.filter((item) => item !== first),
      min,
      max,
    ),
  ];
  const themes = withOthers(inTurn(taxonomy.themes), taxonomy.themes, 0, 3);
  const continuity = withOthers(
    inTurn(taxonomy.continuities),
    taxonomy.continuities,
    0,
    pick.chance(0.3) ? 1 : 0,
  );
  const levels = withOthers(inTurn(taxonomy.levels, 2), taxonomy.levels, 0, 2);
  const audiences = withOthers(inTurn(taxonomy.audiences), taxonomy.audiences, 0, 3);
  const authorities = [
    ...new Set([
      ...levels.map((level) => authorityOfLevel[level]!),
      ...(pick.chance(0.2) ? ['etat'] : []),
      ...(pick.chance(0.15) ? ['epci'] : []),
    ]),
  ].filter((id) => taxonomy.authorities.includes(id));
  const actorTypes = [
    pick.chance(0.5) ? 'etablissement' : 'collectivite',
    ...pick.some(taxonomy.actorTypes, 1, 3),
  ].filter((type, position, all) => all.indexOf(type) === position);
  const place = placeFor(index, geo, pick);
  const actors = actorsFor(place, levels, authorities, actorTypes, pick);
  const bank = themeBanks[themes[0]!]!;
  const titlePair = pick.one(bank.titles);
  const numbers = {
    n: String(pick.int(3, 24)),
    m: String(pick.int(40, 900)),
    year: String(pick.int(2016, 2025)),
  };
  const tool = pick.one(toolNames);
  const partner = pick.one(associationNames);
  const school = actors[0]!.name;
  const sectionThemes = themes.map((theme) => themeBanks[theme]!);
  const actions = pick.some(
    sectionThemes.flatMap((theme) => theme.actions),
    3,
    5,
  );
  const benefits = pick.some(
    sectionThemes.flatMap((theme) => theme.benefits),
    2,
    3,
  );
  const questions = pick.some(
    sectionThemes.flatMap((theme) => theme.questions),
    3,
    4,
  );
  const contextLines = pick.some(
    continuity.flatMap((id) => contexts[id]!),
    2,
    3,
  );
  const followUps = pick.some(actionFollowUps, 1, 2);
  const conditionLines = pick.chance(0.7) ? pick.some(conditions, 2, 3) : [];
  const intro = pick.one(actionIntros);
  const summary = pick.one(summaries);
  const source = { id: pick.one(taxonomy.sources), part: pick.int(1, 3) };
  const proposals = pick.some(taxonomy.proposals, 0, 3).sort();
  const status = pick.chance(0.8) ? taxonomy.statuses.at(-1)! : taxonomy.statuses[0]!;
  const lastReviewed = new Date(Date.UTC(2025, 0, 1) + pick.int(0, 600) * 86_400_000)
    .toISOString()
    .slice(0, 10);
  const original: Locale = pick.chance(0.85) ? 'fr' : 'en';
  const slug = `${slugify(place.name).slice(0, 40).replace(/-$/, '')}-${themes[0]}-${String(index + 1).padStart(4, '0')}`;

  const files = Object.fromEntries(
    languages.map((locale) => {
      const slots = {
        in: place.in[locale],
        In: capitalize(place.in[locale]),
        place: place.name,
        school: school[locale],
        School: capitalize(school[locale]),
        partner,
        tool,
        ...numbers,
      };
      const text = (pair: Pair) => fill(pair[locale], slots);
      const what = text(titlePair);
      const title =
        locale === 'fr'
          ? `${capitalize(place.in.fr)}, ${what}`
          : `${capitalize(place.in.en)}: ${what}`;
      const heading = {
        fr: [
          'Contexte',
          'Ce qui a été fait',
          'Qui a fait quoi',
          'Ce que ça apporte',
          'Conditions et difficultés',
          'Questions à se poser avant de se lancer',
        ],
        en: [
          'Context',
          'What was done',
          'Who did what',
          'What it brings',
          'Conditions and difficulties',
          'Questions to ask before starting',
        ],
      }[locale];
      const and = locale === 'fr' ? ' et ' : ' and ';
      const data = {
        title: title.length <= 120 ? title : capitalize(what).slice(0, 120),
        summary: fill(summary[locale], {
          ...slots,
          actors: actors
            .slice(0, 2)
            .map((actor) => actor.name[locale])
            .join(and),
          what,
        }),
        continuity,
        themes,
        levels,
        audiences,
        territory: {
          ...place.territory,
          ...(place.territory.label ? { label: place.territory.label[locale] } : {}),
        },
        authorities,
        actors: actors.map((actor) => ({
          name: actor.name[locale],
          type: actor.type,
          role: fill(actor.role[locale], { actor: '' }).replace(/^\s*/, '').replace(/\.$/, ''),
        })),
        source: {
          id: source.id,
          section: locale === 'fr' ? `Partie ${source.part}` : `Part ${source.part}`,
        },
        proposals,
        status,
        lastReviewed,
        original,
        featured: index < 6,
      };
      const body = [
        `## ${heading[0]}`,
        contextLines.map(text).join(' '),
        `## ${heading[1]}`,
        text(intro),
        actions
          .map((action) => `- ${text(action)}${locale === 'fr' ? ' ;' : ';'}`)
          .join('\n')
          .replace(/ ?;$/, '.'),
        followUps.map(text).join(' '),
        `## ${heading[2]}`,
        actors.map((actor) => fill(actor.role[locale], { actor: actor.name[locale] })).join(' '),
        `## ${heading[3]}`,
        benefits.map(text).join(' '),
        ...(conditionLines.length ? [`## ${heading[4]}`, conditionLines.map(text).join(' ')] : []),
        `## ${heading[5]}`,
        questions.map((question) => `- ${text(question)}`).join('\n'),
      ];
      const frontmatter = yaml.dump(data, { lineWidth: -1, quotingType: "'" });
      return [locale, `---\n${frontmatter}---\n\n${body.join('\n\n')}\n`];
    }),
  ) as Record<Locale, string>;
  return { slug, files };
}

/** Interviews and pages link to real cases, which the synthetic folder does not have: those links go to the catalogue instead. */
function unlinkMissingCases(folder: string, slugs: ReadonlySet<string>): void {
  for (const collection of ['voices', 'pages']) {
    for (const locale of languages) {
      const dir = join(folder, collection, locale);
      for (const name of readdirSync(dir).filter((file) => file.endsWith('.mdx'))) {
        const text = readFileSync(join(dir, name), 'utf8');
        const relinked = text.replace(
          /\/(fr\/pratiques|en\/practices)\/([a-z0-9-]+)\//g,
          (link, catalogue: string, slug: string) => (slugs.has(slug) ? link : `/${catalogue}/`),
        );
        if (relinked !== text) writeFileSync(join(dir, name), relinked);
      }
    }
  }
}

/**
 * Write a content folder with `count` synthetic bilingual cases and a copy of the rest of the real
 * content. The folder is emptied first.
 */
export function generateContent(options: {
  count: number;
  folder: string;
  seed?: number;
  source?: string;
}): { slugs: string[] } {
  const source = resolve(options.source ?? 'content');
  const folder = resolve(options.folder);
  rmSync(folder, { recursive: true, force: true });
  cpSync(source, folder, {
    recursive: true,
    filter: (path) => !path.startsWith(join(source, 'cases')),
  });
  for (const locale of languages) mkdirSync(join(folder, 'cases', locale), { recursive: true });
  const taxonomy = readTaxonomy(source);
  const geo = readGeography();
  const pick = picker(seededRandom(options.seed ?? 1));
  const slugs: string[] = [];
  for (let index = 0; index < options.count; index += 1) {
    const generated = generateCase(index, taxonomy, geo, pick);
    for (const locale of languages)
      writeFileSync(
        join(folder, 'cases', locale, `${generated.slug}.mdx`),
        generated.files[locale],
      );
    slugs.push(generated.slug);
  }
  unlinkMissingCases(folder, new Set(slugs));
  return { slugs };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: { seed: { type: 'string', default: '1' } },
  });
  const count = Number(positionals[0]);
  if (!Number.isInteger(count) || count < 1) {
    console.error('usage: node scripts/bench/generate-cases.ts <count> [folder] [--seed 1]');
    process.exit(2);
  }
  const folder = positionals[1] ?? 'tests/.tmp/bench/content';
  const { slugs } = generateContent({ count, folder, seed: Number(values.seed) });
  console.log(`${slugs.length} bilingual cases written to ${folder}/cases/{fr,en}/`);
}
