import { describe, expect, test } from 'vitest';
import { relatedCases, relatedWeights, relation, type RelatableCase } from '../../../src/utils/related.ts';

const place = (scope: string, code: string | undefined, departments: string[]) => ({ scope, code, departments });
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
    expect(relation(target, sameTown)).toMatchObject({ place: 'territory', score: relatedWeights.territory });
    expect(relation(target, unrelated)).toMatchObject({ score: 0, continuity: [], themes: [] });
  });

  test('two national networks are not the same territory', () => {
    expect(relation(unrelated, { ...unrelated, slug: 'other' }).place).toBeUndefined();
  });

  test('are the closest first, never the case itself nor a case with nothing in common', () => {
    const candidates = [unrelated, farAway, target, sameTown, profBrest];
    expect(relatedCases(target, candidates).map((related) => related.slug)).toEqual(['prof-brest', 'same-town', 'far']);
    expect(relatedCases(target, candidates, 1).map((related) => related.slug)).toEqual(['prof-brest']);
  });

  test('keep the order of the candidates between equal scores', () => {
    const a = { ...farAway, slug: 'a' };
    const b = { ...farAway, slug: 'b' };
    expect(relatedCases(target, [b, a]).map((related) => related.slug)).toEqual(['b', 'a']);
  });
});
