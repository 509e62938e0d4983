import { locales, type Locale } from '../i18n/config.ts';
import { localizedPath } from '../i18n/routes.ts';
import type { CaseData, InferableField } from '../schemas/case.ts';
import { populationBand, resolveTerritory, type NamedCode } from '../territory/resolve.ts';
import type { Taxonomy } from '../utils/taxonomy.ts';

/** A text in each language of the site; null where the case has no version in that language yet. */
export type PerLanguage<T = string> = Record<Locale, T | null>;

/** One case in the open-data files: its structured fields once, its texts in both languages, and what the site derives. */
export interface CaseRecord {
  id: string;
  languages: Locale[];
  url: PerLanguage;
  title: PerLanguage;
  summary: PerLanguage;
  continuity: string[];
  themes: string[];
  levels: string[];
  audiences: string[];
  territory: {
    scope: string;
    code: string | null;
    departments: string[] | null;
    label: PerLanguage | null;
    name: PerLanguage;
    officialName: string | null;
    coveredDepartments: NamedCode[];
    region: NamedCode | null;
    population: number | null;
    populationBand: string | null;
  };
  authorities: string[];
  /** The structured fields whose values are deduced, not stated by the source. */
  inferred: InferableField[];
  actors: { name: PerLanguage; type: string; role: PerLanguage | null }[];
  source: { id: string; section: PerLanguage | null };
  proposals: string[];
  status: string;
  lastReviewed: string;
  original: Locale;
  featured: boolean;
}

/** A case as the content layer gives it: the data of each language version that exists. */
export interface CaseVersions {
  slug: string;
  original: Locale;
  versions: Partial<Record<Locale, { data: CaseData }>>;
}

/** The same text taken from each language version. */
function perLanguage<T>(
  versions: CaseVersions['versions'],
  pick: (data: CaseData) => T | undefined,
): PerLanguage<T> {
  return Object.fromEntries(
    locales.map((locale) => [locale, (versions[locale] && pick(versions[locale]!.data)) ?? null]),
  ) as PerLanguage<T>;
}

/** Null when no language has the text, so an absent optional field reads as null, not `{ fr: null, en: null }`. */
const orNull = <T>(texts: PerLanguage<T>): PerLanguage<T> | null =>
  locales.some((locale) => texts[locale] !== null) ? texts : null;

const isoDate = (date: Date) => date.toISOString().slice(0, 10);

/**
 * Build the open-data record of a case. Structured fields come from the original version (the build
 * has checked that both versions agree); texts come from each version.
 * @param siteUrl the public address of the site, for the absolute URLs
 */
export function caseRecord(entry: CaseVersions, taxonomy: Taxonomy, siteUrl: string): CaseRecord {
  const { versions } = entry;
  const data = (versions[entry.original] ?? Object.values(versions)[0]!).data;
  const languages = locales.filter((locale) => versions[locale]);
  const territory = resolveTerritory(data.territory);
  const labels = perLanguage(versions, (version) => version.territory.label);
  return {
    id: entry.slug,
    languages,
    url: Object.fromEntries(
      locales.map((locale) => [
        locale,
        versions[locale]
          ? new URL(localizedPath(locale, 'practices', entry.slug), siteUrl).href
          : null,
      ]),
    ) as PerLanguage,
    title: perLanguage(versions, (version) => version.title),
    summary: perLanguage(versions, (version) => version.summary),
    continuity: data.continuity,
    themes: data.themes,
    levels: data.levels,
    audiences: data.audiences,
    territory: {
      scope: data.territory.scope,
      code: data.territory.code ?? null,
      departments: data.territory.departments ?? null,
      label: orNull(labels),
      name: Object.fromEntries(
        locales.map((locale) => [
          locale,
          versions[locale] ? (labels[locale] ?? territory.officialName ?? '') : null,
        ]),
      ) as PerLanguage,
      officialName: territory.officialName ?? null,
      coveredDepartments: territory.departments,
      region: territory.region ?? null,
      population: territory.population ?? null,
      populationBand: populationBand(territory.population, taxonomy.populationBands.all) ?? null,
    },
    authorities: data.authorities,
    inferred: data.inferred,
    actors: data.actors.map((actor, index) => ({
      name: perLanguage(versions, (version) => version.actors[index]?.name),
      type: actor.type,
      role: orNull(perLanguage(versions, (version) => version.actors[index]?.role)),
    })),
    source: {
      id: data.source.id,
      section: orNull(perLanguage(versions, (version) => version.source.section)),
    },
    proposals: data.proposals,
    status: data.status,
    lastReviewed: isoDate(data.lastReviewed),
    original: data.original,
    featured: data.featured,
  };
}
