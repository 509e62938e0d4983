/** What relatedness is judged on: a case's continuities, themes and place. */
export interface RelatableCase {
  slug: string;
  continuity: readonly string[];
  themes: readonly string[];
  territory: {
    scope: string;
    /** Official code; two cases with the same scope and code take place in the same territory. */
    code?: string | undefined;
    /** Department codes the territory lies in. */
    departments: readonly string[];
  };
}

/** Why a case is related to another: what they have in common. */
export interface Relation {
  slug: string;
  score: number;
  continuity: string[];
  themes: string[];
  /** `territory` when both take place in the same commune, EPCI, department or region; `department` when they share a department. */
  place?: 'territory' | 'department';
  /** The shared departments, when `place` is set. */
  departments: string[];
}

/**
 * How much each thing in common weighs. A shared continuity (the round table a case was presented
 * at) counts more than a shared theme; a shared place counts too, because an elected official
 * looks for what neighbours have done.
 */
export const relatedWeights = { continuity: 2, theme: 1, territory: 3, department: 2 } as const;

/** What two cases have in common, scored with `relatedWeights`. */
export function relation(target: RelatableCase, other: RelatableCase): Relation {
  const continuity = other.continuity.filter((id) => target.continuity.includes(id));
  const themes = other.themes.filter((id) => target.themes.includes(id));
  const departments = other.territory.departments.filter((code) => target.territory.departments.includes(code));
  const sameTerritory =
    Boolean(target.territory.code) && target.territory.scope === other.territory.scope && target.territory.code === other.territory.code;
  const place = sameTerritory ? 'territory' : departments.length ? 'department' : undefined;
  const score =
    continuity.length * relatedWeights.continuity +
    themes.length * relatedWeights.theme +
    (place === 'territory' ? relatedWeights.territory : place === 'department' ? relatedWeights.department : 0);
  return { slug: other.slug, score, continuity, themes, departments, ...(place ? { place } : {}) };
}

/**
 * The cases closest to a target, best first: only those with something in common, ties broken by
 * the order of `candidates` (give them sorted by title for a stable, readable order).
 * @example relatedCases(lab28, allCases, 3) // [{ slug: 'ent-pre-saint-gervais', score: 4, continuity: ['journee'], themes: ['inclusion'], … }]
 */
export function relatedCases(target: RelatableCase, candidates: readonly RelatableCase[], limit = 3): Relation[] {
  return candidates
    .filter((candidate) => candidate.slug !== target.slug)
    .map((candidate, index) => ({ index, relation: relation(target, candidate) }))
    .filter(({ relation }) => relation.score > 0)
    .sort((a, b) => b.relation.score - a.relation.score || a.index - b.index)
    .slice(0, limit)
    .map(({ relation }) => relation);
}
