import { describe, expect, test } from 'vitest';
import { caseSectionKind, normalizeHeading, sectionsOf } from '../../../src/utils/case-sections.ts';

describe('case sections', () => {
  test.each([
    ['Contexte', 'context'],
    ['Context', 'context'],
    ['Ce qui a été fait', 'actions'],
    ['What was done', 'actions'],
    ['Qui a fait quoi', 'roles'],
    ['Who did what', 'roles'],
    ['Ce que ça apporte', 'benefits'],
    ['Ce que cela apporte', 'benefits'],
    ['What it brings', 'benefits'],
    ['Conditions et difficultés', 'conditions'],
    ['Conditions and difficulties', 'conditions'],
    ['Questions à se poser avant de se lancer', 'questions'],
    ['Questions to ask before starting', 'questions'],
  ])('the template heading “%s” starts a %s section', (heading, kind) => {
    expect(caseSectionKind(heading)).toBe(kind);
  });

  test('an unknown heading is “other”, never mistaken for a known one', () => {
    expect(caseSectionKind('Chiffres clés')).toBe('other');
    expect(caseSectionKind('Des questions de parents')).toBe('other');
  });

  test('headings are compared without accents, case or odd spaces', () => {
    expect(normalizeHeading('  Ce  QUE ÇA\u00a0apporte ')).toBe('ce que ca apporte');
    expect(normalizeHeading('Ce qu’il apporte')).toBe("ce qu'il apporte");
  });

  test('each block belongs to the section of the heading above it; blocks before any heading are the introduction', () => {
    const blocks = [
      undefined,
      'Contexte',
      undefined,
      undefined,
      'Ce que ça apporte',
      undefined,
      'Questions',
      undefined,
    ].map((heading) => ({
      heading,
    }));
    expect(sectionsOf(blocks)).toEqual([
      'intro',
      'context',
      'context',
      'context',
      'benefits',
      'benefits',
      'questions',
      'questions',
    ]);
  });
});
