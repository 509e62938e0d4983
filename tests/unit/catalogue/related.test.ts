import { describe, expect, test } from 'vitest';
import {
  relatedCases,
  relatedWeights,
  relation,
  type RelatableCase,
} from '../../../src/catalogue/related.ts';

const place = (scope: string, code: string | undefined, departments: string[]) => ({
  scope,
  code,
  departments,
});
const target: RelatableCase = {
  slug: 'vauban',
  continuity: ['parcours'],
  themes: ['innovation', 'formation', 'equipement'],
  territory: place('commune', '29019', ['29']),
};
const profBrest: RelatableCase = {
  slug: 'prof-brest',
  continuity: ['parcours'],
  themes: ['formation'],
  territory: place('epci', '242900314', ['29']),
};
const sameTown: RelatableCase = {
  slug: 'same-town',
  continuity: ['journee'],
  themes: ['ent'],
  territory: place('commune', '29019', ['29']),
};
const farAway: RelatableCase = {
  slug: 'far',
  continuity: ['territoire'],
  themes: ['equipement'],
  territory: place('commune', '42218', ['42']),
};
const unrelated: RelatableCase = {
  slug: 'unrelated',
  continuity: ['journee'],
  themes: ['ent'],
  territory: place('national', undefined, []),
};

describe('related cases', () => {
  test('say what two cases have in common and score it', () => {
    expect(relation(target, profBrest)).toEqual({
      slug: 'prof-brest',
      continuity: ['parcours'],
      themes: ['formation'],
      place: 'department',
      departments: ['29'],
      score: relatedWeights.continuity + relatedWeights.theme + relatedWeights.department,
    });
    expect(relation(target, sameTown)).toMatchObject({
      place: 'territory',
      score: relatedWeights.territory,
    });
    expect(relation(target, unrelated)).toMatchObject({ score: 0, continuity: [], themes: [] });
  });

  test('two national networks are not the same territory', () => {
    expect(relation(unrelated, { ...unrelated, slug: 'other' }).place).toBeUndefined();
  });

  test('are the closest first, never the case itself nor a case with nothing in common', () => {
    const candidates = [unrelated, farAway, target, sameTown, profBrest];
    expect(relatedCases(target, candidates).map((related) => related.slug)).toEqual([
      'prof-brest',
      'same-town',
      'far',
    ]);
    expect(relatedCases(target, candidates, 1).map((related) => related.slug)).toEqual([
      'prof-brest',
    ]);
  });

  test('keep the order of the candidates between equal scores', () => {
    const a = { ...farAway, slug: 'a' };
    const b = { ...farAway, slug: 'b' };
    expect(relatedCases(target, [b, a]).map((related) => related.slug)).toEqual(['b', 'a']);
  });

  test('rank a whole collection as scoring and sorting every case would', () => {
    // A deterministic spread of cases sharing continuities, themes and places in every way.
    const ids = (pool: string[], seed: number) => pool.filter((_, index) => (seed >> index) & 1);
    const collection: RelatableCase[] = Array.from({ length: 300 }, (_, index) => ({
      slug: `case-${index}`,
      continuity: ids(['parcours', 'journee', 'territoire'], (index * 5) % 8),
      themes: ids(['ent', 'familles', 'formation', 'equipement', 'inclusion'], (index * 7) % 32),
      territory: place(
        index % 4 === 0 ? 'national' : 'commune',
        index % 4 === 0 ? undefined : String(index % 9),
        index % 4 === 0 ? [] : [String(index % 5)],
      ),
    }));
    const sortedAll = (one: RelatableCase, limit: number) =>
      collection
        .filter((other) => other.slug !== one.slug)
        .map((other, index) => ({ index, relation: relation(one, other) }))
        .filter(({ relation: found }) => found.score > 0)
        .sort((a, b) => b.relation.score - a.relation.score || a.index - b.index)
        .slice(0, limit)
        .map(({ relation: found }) => found);
    for (const one of collection) {
      expect(relatedCases(one, collection)).toEqual(sortedAll(one, 3));
      expect(relatedCases(one, collection, 7)).toEqual(sortedAll(one, 7));
    }
    expect(relatedCases(target, collection, 0)).toEqual([]);
  });
});
