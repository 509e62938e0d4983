import type { CaseFacts } from './case-facts.ts';

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

/** A described case as relatedness reads it. */
export function relatableCase(slug: string, facts: CaseFacts): RelatableCase {
  return {
    slug,
    continuity: facts.continuity.map((item) => item.id),
    themes: facts.themes.map((item) => item.id),
    territory: {
      scope: facts.territory.scope,
      code: facts.territory.code,
      departments: facts.territory.departments.map((department) => department.code),
    },
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

/** How many items of `items` are in `among` (both lists are short: a few ids). */
function shared(items: readonly string[], among: readonly string[]): number {
  let count = 0;
  for (const item of items) if (among.includes(item)) count += 1;
  return count;
}

const sameTerritory = (target: RelatableCase, other: RelatableCase) =>
  Boolean(target.territory.code) &&
  target.territory.scope === other.territory.scope &&
  target.territory.code === other.territory.code;

/**
 * The score of `relation(target, other)`, without listing what they share: what ranks every case
 * against a target, so it allocates nothing.
 */
export function relationScore(target: RelatableCase, other: RelatableCase): number {
  const place = sameTerritory(target, other)
    ? relatedWeights.territory
    : shared(other.territory.departments, target.territory.departments) > 0
      ? relatedWeights.department
      : 0;
  return (
    shared(other.continuity, target.continuity) * relatedWeights.continuity +
    shared(other.themes, target.themes) * relatedWeights.theme +
    place
  );
}

/** What two cases have in common, scored with `relatedWeights`. */
export function relation(target: RelatableCase, other: RelatableCase): Relation {
  const continuity = other.continuity.filter((id) => target.continuity.includes(id));
  const themes = other.themes.filter((id) => target.themes.includes(id));
  const departments = other.territory.departments.filter((code) =>
    target.territory.departments.includes(code),
  );
  const place = sameTerritory(target, other)
    ? 'territory'
    : departments.length
      ? 'department'
      : undefined;
  return {
    slug: other.slug,
    score: relationScore(target, other),
    continuity,
    themes,
    departments,
    ...(place ? { place } : {}),
  };
}

/**
 * The cases closest to a target, best first: only those with something in common, ties broken by
 * the order of `candidates` (give them sorted by title for a stable, readable order). Every case
 * page asks this of every case, so candidates are only scored, and the few best kept as they come.
 * @example relatedCases(lab28, allCases, 3) // [{ slug: 'ent-pre-saint-gervais', score: 4, continuity: ['journee'], themes: ['inclusion'], … }]
 */
export function relatedCases(
  target: RelatableCase,
  candidates: readonly RelatableCase[],
  limit = 3,
): Relation[] {
  // The best so far, by score and then by position: a later candidate only displaces a lower score.
  const best: { candidate: RelatableCase; score: number }[] = [];
  if (limit < 1) return [];
  for (const candidate of candidates) {
    if (candidate.slug === target.slug) continue;
    const score = relationScore(target, candidate);
    if (score <= 0 || (best.length === limit && score <= best[limit - 1]!.score)) continue;
    const at = best.findIndex((entry) => entry.score < score);
    best.splice(at === -1 ? best.length : at, 0, { candidate, score });
    if (best.length > limit) best.pop();
  }
  return best.map(({ candidate }) => relation(target, candidate));
}
