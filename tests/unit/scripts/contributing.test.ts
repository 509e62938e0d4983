import { readFileSync } from 'node:fs';
import yaml from 'js-yaml';
import { describe, expect, test } from 'vitest';
import {
  taxonomyTables,
  taxonomyStart,
  taxonomyEnd,
} from '../../../scripts/content-check/taxonomy-doc.ts';
import { siteCaseSchema } from '../support/site-content.ts';

const guides = [
  ['CONTRIBUTING.md', 'en'],
  ['CONTRIBUTING.fr.md', 'fr'],
] as const;

const block = (text: string) =>
  text.slice(text.indexOf(taxonomyStart), text.indexOf(taxonomyEnd) + taxonomyEnd.length);

describe('the contributor guides', () => {
  test.each(guides)(
    '%s lists today’s allowed values (run `npm run docs:taxonomy` when this fails)',
    (file, locale) => {
      expect(block(readFileSync(file, 'utf8'))).toBe(taxonomyTables(locale));
    },
  );

  test.each(guides)('%s explains every field of a case', (file) => {
    const guide = readFileSync(file, 'utf8');
    for (const field of Object.keys(siteCaseSchema.shape))
      expect(guide, field).toContain(`| \`${field}\` |`);
  });

  test.each(guides)('%s says what to do with a value the source does not state', (file, locale) => {
    const guide = readFileSync(file, 'utf8');
    expect(guide).toContain(
      locale === 'fr' ? '### Ce que la source ne dit pas' : '### Values the source does not state',
    );
    expect(guide).toContain('`inferred: [authorities]`');
  });

  test('the pull-request template asks the reviewer to tick each tag against the source', () => {
    const template = readFileSync('.github/pull_request_template.md', 'utf8');
    const review = template.slice(template.indexOf('## Relecture'));
    for (const field of [
      'continuity',
      'themes',
      'levels',
      'audiences',
      'territory',
      'authorities',
      'actors[].type',
      'proposals',
    ])
      expect(review, field).toMatch(
        new RegExp(`^- \\[ \\] .*\`${field.replace(/[[\]]/g, '\\$&')}\``, 'm'),
      );
    expect(template).toContain('`source.section`');
  });

  test('the form for proposing a case offers today’s continuities and levels, in both languages', () => {
    const form = yaml.load(readFileSync('.github/ISSUE_TEMPLATE/propose-case.yml', 'utf8')) as {
      body: { id?: string; attributes: { options?: (string | { label: string })[] } }[];
    };
    const options = (id: string) =>
      form.body
        .find((field) => field.id === id)!
        .attributes.options!.map((option) => (typeof option === 'string' ? option : option.label));
    const labels = (file: string) =>
      (yaml.load(readFileSync(file, 'utf8')) as { label: { fr: string; en: string } }[]).map(
        (term) => `${term.label.fr} / ${term.label.en}`,
      );
    expect(options('continuity')).toEqual(labels('content/taxonomy/continuities.yaml'));
    expect(options('levels')).toEqual(labels('content/taxonomy/levels.yaml'));
  });
});
