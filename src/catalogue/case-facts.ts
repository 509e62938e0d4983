import type { Locale } from '../i18n/config.ts';
import type { CaseData, InferableField } from '../schemas/case.ts';
import { labels, type Label, type Taxonomy } from '../utils/taxonomy.ts';
import { populationBand, resolveTerritory, type Territory } from '../territory/resolve.ts';

/** Everything a case page, card or fiche shows, resolved into the page's language. */
export interface CaseFacts {
  title: string;
  summary: string;
  continuity: Label[];
  themes: Label[];
  levels: Label[];
  audiences: Label[];
  authorities: (Label & { responsibleFor: string })[];
  territory: Territory & { scopeLabel: string; band?: Label };
  actors: { name: string; type: Label; role?: string }[];
  source: {
    id: string;
    title: string;
    publisher?: string;
    language: Locale;
    date?: string;
    section?: string;
  };
  proposals: { id: string; number: number; title: string }[];
  status: Label;
  lastReviewed: Date;
  /** The fields whose values the source does not state but that were deduced (shown marked as such). */
  inferred: InferableField[];
}

/** Resolve a case's ids into labels and its territory code into names, in one language. */
export function describeCase(data: CaseData, locale: Locale, taxonomy: Taxonomy): CaseFacts {
  const territory = resolveTerritory(data.territory);
  const band = populationBand(territory.population, taxonomy.populationBands.all);
  const source = taxonomy.sources.get(data.source.id);
  const status = taxonomy.reviewStatuses.get(data.status);
  return {
    title: data.title,
    summary: data.summary,
    continuity: labels(taxonomy.continuities, data.continuity, locale),
    // Themes keep the author's order: the first is the main one.
    themes: data.themes.map((id) => ({ id, label: taxonomy.themes.get(id).label[locale] })),
    levels: labels(taxonomy.levels, data.levels, locale),
    audiences: labels(taxonomy.audiences, data.audiences, locale),
    authorities: taxonomy.authorities.pick(data.authorities).map((authority) => ({
      id: authority.id,
      label: authority.label[locale],
      responsibleFor: authority.responsibleFor[locale],
    })),
    territory: {
      ...territory,
      scopeLabel: taxonomy.scopes.get(data.territory.scope).label[locale],
      ...(band
        ? { band: { id: band, label: taxonomy.populationBands.get(band).label[locale] } }
        : {}),
    },
    actors: data.actors.map((actor) => ({
      name: actor.name,
      type: { id: actor.type, label: taxonomy.actorTypes.get(actor.type).label[locale] },
      ...(actor.role ? { role: actor.role } : {}),
    })),
    source: {
      id: source.id,
      title: source.title,
      ...(source.publisher ? { publisher: source.publisher } : {}),
      language: source.language,
      ...(source.date ? { date: source.date } : {}),
      ...(data.source.section ? { section: data.source.section } : {}),
    },
    proposals: data.proposals
      .map((id) => taxonomy.proposals.get(id))
      .sort((a, b) => a.number - b.number)
      .map((proposal) => ({
        id: proposal.id,
        number: proposal.number,
        title: proposal.title[locale],
      })),
    status: { id: status.id, label: status.label[locale] },
    lastReviewed: data.lastReviewed,
    inferred: data.inferred,
  };
}
