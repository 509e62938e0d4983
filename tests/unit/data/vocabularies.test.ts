import { cpSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { readVocabularies, readVocabularyLists } from '../../../src/data/vocabularies.ts';
import { vocabularyNames } from '../../../src/schemas/vocabulary.ts';

const valid = 'tests/fixtures/content-check/valid';
const made: string[] = [];
afterAll(() => made.forEach((dir) => rmSync(dir, { recursive: true, force: true })));

/** A copy of the valid fixture with one list's file replaced by `text` (or removed when undefined). */
function withList(file: string, text: string | undefined): string {
  const dir = mkdtempSync(join(tmpdir(), 'vocabularies-'));
  made.push(dir);
  cpSync(valid, dir, { recursive: true });
  if (text === undefined) rmSync(join(dir, file));
  else writeFileSync(join(dir, file), text);
  return dir;
}

describe('the controlled lists read from a content folder', () => {
  test('give the ids of every list, in the order of their files', () => {
    const vocabularies = readVocabularies(valid);
    expect(Object.keys(vocabularies)).toEqual(vocabularyNames);
    expect(vocabularies.continuities).toEqual(['parcours', 'journee', 'territoire']);
  });

  test('stop the build with the file and line of a YAML error', () => {
    const dir = withList('taxonomy/levels.yaml', '- id: ecole\n  label: { fr: École, en: School\n');
    expect(() => readVocabularies(dir)).toThrow(
      /taxonomy\/levels\.yaml:\d+: the YAML cannot be read: /,
    );
  });

  test('name a missing list, a list that is not a list and an id that is not kebab-case, all at once', () => {
    const dir = withList('taxonomy/levels.yaml', undefined);
    writeFileSync(join(dir, 'taxonomy/themes.yaml'), 'ent: Espace numérique de travail\n');
    writeFileSync(join(dir, 'sources.yaml'), '- id: Comité 2015\n');
    const { vocabularies, problems } = readVocabularyLists(dir);
    expect(vocabularies).toBeUndefined();
    expect(
      problems.map(({ path, line, message }) => [path.slice(dir.length + 1), line, message]),
    ).toEqual([
      [
        'taxonomy/themes.yaml',
        1,
        'expected a non-empty list of entries, each starting with "- id: …"',
      ],
      [
        'taxonomy/levels.yaml',
        undefined,
        'missing: the site needs this list (see src/schemas/vocabulary.ts)',
      ],
      [
        'sources.yaml',
        undefined,
        'entry 1: id: expected a lowercase ASCII kebab-case id, got "Comité 2015"',
      ],
    ]);
  });
});
