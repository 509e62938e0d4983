import { describe, expect, test } from 'vitest';
import {
  ficheHeight,
  printLayout,
  sectionHeight,
  splitSections,
} from '../../../src/utils/print-fiche.ts';

const paragraph = (sentences: number) =>
  'The partners pooled their equipment and trained the teachers of the area together. '
    .repeat(sentences)
    .trim();
const list = (items: number) =>
  Array.from({ length: items }, (_, i) => `- Question ${i + 1}: ${paragraph(1)}`).join('\n');
const body = (done: number, brings: number, questions: number) =>
  `## Context\n\n${paragraph(3)}\n\n## What was done\n\n${paragraph(done)}\n\n## What it brings\n\n${paragraph(brings)}\n\n## Questions to ask before starting\n\n${list(questions)}\n`;
const fiche = (text: string, actors = 3) => ({
  title: 'A digital incubator at Lycée Vauban in Brest',
  summary:
    'In Brest, Lycée Vauban and an engineering school opened a space where schools of the area try out digital lesson sequences.',
  actors: Array.from(
    { length: actors },
    (_, i) => `Partner ${i + 1} · Association · ${paragraph(1)}`,
  ),
  body: text,
});

describe('the printed fiche', () => {
  test('splits a body into its template sections', () => {
    expect(splitSections(body(1, 1, 1)).map((section) => section.kind)).toEqual([
      'context',
      'actions',
      'benefits',
      'questions',
    ]);
    expect(splitSections('Intro line\n\n## Contexte\n\nTexte')).toEqual([
      { kind: 'intro', text: 'Intro line' },
      { kind: 'context', text: 'Texte' },
    ]);
  });

  test('a longer text takes more room, and links count by their words only', () => {
    expect(sectionHeight(paragraph(6))).toBeGreaterThan(sectionHeight(paragraph(2)));
    expect(
      sectionHeight('[Brest](https://example.org/a/very/long/address/that/is/not/printed/at/all)'),
    ).toBe(sectionHeight('Brest'));
  });

  test('a short case keeps “what was done”', () => {
    expect(printLayout(fiche(body(2, 2, 3)))).toBe('full');
  });

  test('a case whose “what was done” would not fit leaves it to the web page', () => {
    expect(printLayout(fiche(body(20, 2, 3)))).toBe('standard');
  });

  test('a case too long even without it prints in smaller type', () => {
    expect(printLayout(fiche(body(20, 12, 8), 6))).toBe('dense');
  });

  test('a case without a “what was done” section is never “full”', () => {
    expect(printLayout(fiche('## What it brings\n\nLittle.'))).toBe('standard');
  });

  test('the context never counts: it is not printed', () => {
    const withLongContext = fiche(body(2, 2, 3).replace(paragraph(3), paragraph(40)));
    expect(ficheHeight(withLongContext, true)).toBe(ficheHeight(fiche(body(2, 2, 3)), true));
  });

  test('the notice of an untranslated copy takes room too', () => {
    expect(ficheHeight({ ...fiche(body(2, 2, 3)), notice: true }, true)).toBeGreaterThan(
      ficheHeight(fiche(body(2, 2, 3)), true),
    );
  });
});
