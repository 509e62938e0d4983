import { getCollection, type CollectionEntry } from 'astro:content';
import type { Locale } from '../i18n/config.ts';
import type { CaseData } from '../schemas/case.ts';
import type { PageData } from '../schemas/page.ts';
import type { ProposalsIntro } from '../schemas/proposal.ts';
import type { VoiceData } from '../schemas/voice.ts';
import { describeCase, type CaseFacts } from '../catalogue/case-facts.ts';
import {
  caseFacetValues,
  facetGroups,
  listedFacetValues,
  type FacetGroup,
} from '../catalogue/facet-groups.ts';
import type { FacetValues } from '../catalogue/facets.ts';
import {
  relatableCase,
  relatedCases,
  type RelatableCase,
  type Relation,
} from '../catalogue/related.ts';
import {
  assertTranslationsAgree,
  ContentError,
  groupByTranslation,
  type EntryGroup,
} from '../utils/translations.ts';
import { buildRoutes, listingKey, type PageRoute } from '../routing/page-routes.ts';
import type { Facet } from '../i18n/routes.ts';
import { vocabularyNames } from '../schemas/vocabulary.ts';
import { contentDir } from './content-dir.ts';
import { readVocabularies } from './vocabularies.ts';
import { buildTaxonomy, type Taxonomy, type TaxonomyInput } from '../utils/taxonomy.ts';
import { departmentCodes } from '../territory/departments.ts';

export type CaseEntry = CollectionEntry<'cases'>;
export type CaseGroup = EntryGroup<CaseData, CaseEntry>;
export type VoiceEntry = CollectionEntry<'voices'>;
export type VoiceGroup = EntryGroup<VoiceData, VoiceEntry>;
export type PageEntry = CollectionEntry<'pages'>;
export type PageGroup = EntryGroup<PageData, PageEntry>;

/** All the content of the site, loaded and checked once per build. */
export interface SiteData {
  cases: CaseGroup[];
  voices: VoiceGroup[];
  pages: PageGroup[];
  taxonomy: Taxonomy;
  routes: PageRoute[];
}

let pending: Promise<SiteData> | undefined;

/**
 * The site's content, queried once per build (every page shares the same promise) and checked:
 * a case whose two language versions disagree stops the build with both files named.
 */
export function getSiteData(): Promise<SiteData> {
  pending ??= loadSiteData();
  return pending;
}

async function loadSiteData(): Promise<SiteData> {
  const [cases, voices, pages, lists] = await Promise.all([
    getCollection('cases'),
    getCollection('voices'),
    getCollection('pages'),
    Promise.all(vocabularyNames.map((name) => getCollection(name))),
  ]);
  const empty = vocabularyNames.filter((_, index) => lists[index]!.length === 0);
  if (empty.length) {
    throw new ContentError(
      `These content lists are empty or could not be read: ${empty.join(', ')}. Check their YAML files (listed in src/schemas/vocabulary.ts).`,
    );
  }
  // The content layer returns a list's entries sorted by id; the ids as read from the files give the authors' order.
  const taxonomy = buildTaxonomy(
    Object.fromEntries(
      vocabularyNames.map((name, index) => [name, lists[index]!.map((entry) => entry.data)]),
    ) as unknown as TaxonomyInput,
    readVocabularies(contentDir),
  );

  const caseGroups = groupByTranslation<CaseData, CaseEntry>(cases);
  assertTranslationsAgree(caseGroups);
  const voiceGroups = groupByTranslation<VoiceData, VoiceEntry>(voices);
  const pageGroups = groupByTranslation<PageData, PageEntry>(pages);

  const languages = (group: EntryGroup<{ original?: Locale }>) => ({
    slug: group.slug,
    locales: Object.keys(group.versions) as Locale[],
    original: group.original,
  });
  // Structured fields are the same in every language, so any version gives the facet values.
  const described = caseGroups.map((group) => ({
    facts: describeCase(versionFor(group, group.original).data, group.original, taxonomy),
  }));
  const routes = buildRoutes({
    cases: caseGroups.map(languages),
    voices: voiceGroups.map(languages),
    pages: pageGroups.map(languages),
    continuities: taxonomy.continuities.all.map((continuity) => continuity.id),
    themes: taxonomy.themes.all.map((theme) => theme.id),
    facets: listedFacetValues(described),
    // Every department has a page, even without practices: « Pour mon territoire » leads there without JavaScript.
    departments: departmentCodes(),
    listingSizes: listingSizes(described),
  });
  return { cases: caseGroups, voices: voiceGroups, pages: pageGroups, taxonomy, routes };
}

/** How many practices each listing holds (the keys of `RouteInput.listingSizes`); every listing shows every case, translated or not. */
function listingSizes(described: readonly { facts: CaseFacts }[]): Map<string, number> {
  const sizes = new Map<string, number>([[listingKey('cases'), described.length]]);
  const add = (key: string) => sizes.set(key, (sizes.get(key) ?? 0) + 1);
  for (const { facts } of described) {
    for (const [facet, ids] of Object.entries(caseFacetValues(facts)))
      for (const id of ids) add(`${facet}:${id}`);
    for (const department of new Set(facts.territory.departments.map((d) => d.code)))
      add(listingKey('department', department));
  }
  return sizes;
}

/** The version of an entry to show in a language: its own, or the original when it is not translated yet. */
export function versionFor<E>(
  group: { versions: Partial<Record<Locale, E>>; original: Locale },
  locale: Locale,
): E {
  return group.versions[locale] ?? group.versions[group.original]!;
}

/** A case as listed on cards and hubs, in one language. */
export interface CaseListing {
  slug: string;
  facts: CaseFacts;
  /** Set when the case is not translated into the page's language: the language of its text. */
  fallbackFrom?: Locale;
  featured: boolean;
}

/** What is worked out once per language from the listings, for every page of that language. */
interface LocaleListings {
  /** Sorted by title. */
  all: CaseListing[];
  bySlug: Map<string, CaseListing>;
  /** The facet values of each listing, in the same order. */
  facetValues: FacetValues[];
  /** Each listing as relatedness reads it, in the same order. */
  relatable: RelatableCase[];
  facetGroups: FacetGroup[];
  /** The listings with each value of each facet (`theme:ent`), in title order. */
  byFacetValue: Map<string, CaseListing[]>;
  /** The listings of each department (by INSEE code), in title order. */
  byDepartment: Map<string, CaseListing[]>;
}

const perLocale = new Map<Locale, Promise<LocaleListings>>();

function localeListings(locale: Locale): Promise<LocaleListings> {
  let pendingListings = perLocale.get(locale);
  if (!pendingListings) {
    pendingListings = describeListings(locale);
    perLocale.set(locale, pendingListings);
  }
  return pendingListings;
}

async function describeListings(locale: Locale): Promise<LocaleListings> {
  const { cases, taxonomy } = await getSiteData();
  const collator = new Intl.Collator(locale);
  const all = cases
    .map((group) => {
      const entry = versionFor(group, locale);
      const listing: CaseListing = {
        slug: group.slug,
        facts: describeCase(entry.data, locale, taxonomy),
        featured: entry.data.featured,
      };
      if (!group.versions[locale]) listing.fallbackFrom = group.original;
      return listing;
    })
    .sort((a, b) => collator.compare(a.facts.title, b.facts.title));
  const facetValues = all.map((listing) => caseFacetValues(listing.facts));
  const byFacetValue = new Map<string, CaseListing[]>();
  all.forEach((listing, index) => {
    for (const [facet, ids] of Object.entries(facetValues[index]!)) {
      for (const id of ids) {
        const key = `${facet}:${id}`;
        const listings = byFacetValue.get(key);
        if (listings) listings.push(listing);
        else byFacetValue.set(key, [listing]);
      }
    }
  });
  const byDepartment = new Map<string, CaseListing[]>();
  for (const listing of all) {
    for (const code of new Set(listing.facts.territory.departments.map((d) => d.code))) {
      const listings = byDepartment.get(code);
      if (listings) listings.push(listing);
      else byDepartment.set(code, [listing]);
    }
  }
  return {
    all,
    bySlug: new Map(all.map((listing) => [listing.slug, listing])),
    byDepartment,
    facetValues,
    relatable: all.map((listing) => relatableCase(listing.slug, listing.facts)),
    facetGroups: facetGroups(all, taxonomy, locale),
    byFacetValue,
  };
}

/** Every case described in one language, sorted by title; computed once per language and build. */
export async function getCaseListings(locale: Locale): Promise<CaseListing[]> {
  return (await localeListings(locale)).all;
}

/** One case described in one language (the same object as in `getCaseListings`). */
export async function getCaseListing(
  locale: Locale,
  slug: string,
): Promise<CaseListing | undefined> {
  return (await localeListings(locale)).bySlug.get(slug);
}

/** The facet values of every listing of `getCaseListings(locale)`, in the same order. */
export async function getCaseFacetValues(locale: Locale): Promise<FacetValues[]> {
  return (await localeListings(locale)).facetValues;
}

/** The cases closest to one case (see `relatedCases`), with their listings, in one language. */
export async function getRelatedCases(
  locale: Locale,
  slug: string,
): Promise<{ listing: CaseListing; relation: Relation }[]> {
  const { bySlug, relatable } = await localeListings(locale);
  const target = bySlug.get(slug);
  if (!target) return [];
  return relatedCases(relatableCase(slug, target.facts), relatable).map((relation) => ({
    relation,
    listing: bySlug.get(relation.slug)!,
  }));
}

/** The catalogue's facets with their values and counts, in one language (see `facetGroups`). */
export async function getFacetGroups(locale: Locale): Promise<FacetGroup[]> {
  return (await localeListings(locale)).facetGroups;
}

/** The cases with one value of a facet, in title order. */
export async function getCasesWith(
  locale: Locale,
  facet: Facet,
  id: string,
): Promise<CaseListing[]> {
  return (await localeListings(locale)).byFacetValue.get(`${facet}:${id}`) ?? [];
}

/** The cases located in or covering one department (INSEE code), in title order. */
export async function getDepartmentCases(locale: Locale, code: string): Promise<CaseListing[]> {
  return (await localeListings(locale)).byDepartment.get(code) ?? [];
}

const slugIndexes = new WeakMap<readonly { slug: string }[], Map<string, { slug: string }>>();

/** The entry group with this slug, from a map built once per list (pages do not search the whole list). */
export function groupBySlug<G extends { slug: string }>(
  groups: readonly G[],
  slug: string,
): G | undefined {
  let index = slugIndexes.get(groups);
  if (!index) {
    index = new Map(groups.map((group) => [group.slug, group]));
    slugIndexes.set(groups, index);
  }
  return index.get(slug) as G | undefined;
}

let proposalsIntro: Promise<ProposalsIntro> | undefined;

/** The introduction of the EGNé proposals page (content/proposals/introduction.yaml), read once per build. */
export function getProposalsIntro(): Promise<ProposalsIntro> {
  proposalsIntro ??= getCollection('proposalsIntro').then((entries) => {
    if (entries.length !== 1) {
      throw new ContentError(
        `${contentDir}/proposals/introduction.yaml: expected exactly one entry (the EGNé 2020), found ${entries.length}`,
      );
    }
    return entries[0]!.data;
  });
  return proposalsIntro;
}
