import type { Locale } from '../i18n/config.ts';
import { facetPath, listedFacets, type Facet, type ListedFacet } from '../i18n/routes.ts';
import type { CaseFacts } from './case-facts.ts';
import { facetCounts, facetKeys, NATIONAL_REGION, type FacetValues } from './facets.ts';
import type { Taxonomy } from '../utils/taxonomy.ts';

/**
 * The facet values of a case, from its resolved facts: taxonomy ids, the INSEE code of its region
 * (derived from its territory's code) and the id of its population band.
 */
export function caseFacetValues(facts: CaseFacts): FacetValues {
  const { territory } = facts;
  return {
    continuity: facts.continuity.map((item) => item.id),
    theme: facts.themes.map((item) => item.id),
    level: facts.levels.map((item) => item.id),
    authority: facts.authorities.map((item) => item.id),
    region: territory.region
      ? [territory.region.code]
      : territory.scope === 'national'
        ? [NATIONAL_REGION]
        : [],
    size: territory.band ? [territory.band.id] : [],
  };
}

/** One value of a facet as the catalogue and listing pages show it. */
export interface FacetOption {
  id: string;
  label: string;
  /** A second line: what the authority is responsible for. */
  hint?: string;
  /** Number of cases with this value. */
  count: number;
  /** The page listing these cases without JavaScript. */
  href: string;
}

export interface FacetGroup {
  facet: Facet;
  options: FacetOption[];
}

/** What the catalogue needs of a case to build its facets. */
interface Described {
  facts: CaseFacts;
}

/**
 * The facets of the catalogue with every value used by at least one case, labelled from the
 * taxonomy in the page's language, in the taxonomy's order (regions alphabetically, the national
 * networks last), each with its number of cases and its listing page.
 */
export function facetGroups(
  listings: readonly Described[],
  taxonomy: Taxonomy,
  locale: Locale,
): FacetGroup[] {
  const items = listings.map((listing) => ({ values: caseFacetValues(listing.facts) }));
  const counts = facetCounts(items);
  const regionNames = new Map(
    listings.flatMap(({ facts }) =>
      facts.territory.region
        ? [[facts.territory.region.code, facts.territory.region.name] as const]
        : [],
    ),
  );
  const collator = new Intl.Collator(locale);
  const labelled = (facet: Facet): Omit<FacetOption, 'count' | 'href'>[] => {
    switch (facet) {
      case 'continuity':
        return taxonomy.continuities.all.map((term) => ({
          id: term.id,
          label: term.label[locale],
        }));
      case 'theme':
        return taxonomy.themes.all.map((term) => ({ id: term.id, label: term.label[locale] }));
      case 'level':
        return taxonomy.levels.all.map((term) => ({ id: term.id, label: term.label[locale] }));
      case 'authority':
        return taxonomy.authorities.all.map((term) => ({
          id: term.id,
          label: term.label[locale],
          hint: term.responsibleFor[locale],
        }));
      case 'size':
        return taxonomy.populationBands.all.map((term) => ({
          id: term.id,
          label: term.label[locale],
        }));
      case 'region':
        return [
          ...[...regionNames]
            .sort((a, b) => collator.compare(a[1], b[1]))
            .map(([id, label]) => ({ id, label })),
          { id: NATIONAL_REGION, label: taxonomy.scopes.get('national').label[locale] },
        ];
    }
  };
  return facetKeys.map((facet) => ({
    facet,
    options: labelled(facet)
      .map((option) => ({
        ...option,
        count: counts[facet].get(option.id) ?? 0,
        href: facetPath(locale, facet, option.id),
      }))
      .filter((option) => option.count > 0),
  }));
}

/** The values of the facets that get listing pages under the catalogue, for the route table. */
export function listedFacetValues(listings: readonly Described[]): Record<ListedFacet, string[]> {
  const values = listings.map((listing) => caseFacetValues(listing.facts));
  return Object.fromEntries(
    listedFacets.map((facet) => [
      facet,
      [...new Set(values.flatMap((value) => value[facet]))].sort(),
    ]),
  ) as Record<ListedFacet, string[]>;
}

/**
 * The other values found on the cases that have one value, with how many cases share each, most
 * frequent first (ties in `order`): "themes often found with this one".
 * @example coOccurring(items, 'theme', 'ent', ['ent', 'familles', 'formation']) // [{ id: 'familles', count: 2 }]
 */
export function coOccurring(
  items: readonly FacetValues[],
  facet: Facet,
  id: string,
  order: readonly string[],
): { id: string; count: number }[] {
  const counts = new Map<string, number>();
  for (const values of items) {
    if (!values[facet].includes(id)) continue;
    for (const other of values[facet])
      if (other !== id) counts.set(other, (counts.get(other) ?? 0) + 1);
  }
  return [...counts]
    .map(([other, count]) => ({ id: other, count }))
    .sort((a, b) => b.count - a.count || order.indexOf(a.id) - order.indexOf(b.id));
}
