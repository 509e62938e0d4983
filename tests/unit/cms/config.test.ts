import { readFileSync } from 'node:fs';
import yaml from 'js-yaml';
import type { z } from 'astro/zod';
import { describe, expect, test } from 'vitest';
import { locales } from '../../../src/i18n/config.ts';
import {
  cmsCollections,
  translatedFields,
  type CmsCollection,
  type CmsField,
} from '../../../src/cms/config.ts';
import { siteCmsConfig } from '../../../src/cms/site.ts';
import { fieldTexts } from '../../../src/cms/texts.ts';
import { readVocabularies } from '../../../src/cms/vocabularies.ts';
import { pageSchema } from '../../../src/schemas/page.ts';
import { voiceSchema } from '../../../src/schemas/voice.ts';
import { structuredFields } from '../../../src/utils/translations.ts';
import { siteCaseSchema as CaseSchema, siteVocabularies } from '../support/site-content.ts';
import { splitFrontmatter } from '../../../scripts/content-check/frontmatter.ts';

// The web editor's form against the schemas it is generated from: every field of a schema is in the
// form and every field of the form is in a schema, with the same required/optional, the same allowed
// values, the same limits and the schema's own description, so that what the form accepts is what
// the content check accepts. Each expectation asks the zod schema itself, not the generator's reading of it.

const taxonomy = readVocabularies('content');
const backend = { name: 'github', repo: 'continuites/continuites', branch: 'main' } as const;
const schemas: Record<CmsCollection, z.ZodType> = {
  cases: CaseSchema,
  voices: voiceSchema(siteVocabularies),
  pages: pageSchema(siteVocabularies),
};
const configs = { fr: siteCmsConfig('fr', backend), en: siteCmsConfig('en', backend) };

const frontmatterOf = (file: string) =>
  yaml.load(splitFrontmatter(readFileSync(file, 'utf8')).raw!) as Record<string, unknown>;
/** A valid entry of each collection, which each test changes in one place. */
const samples: Record<CmsCollection, Record<string, unknown>> = {
  cases: yaml.load(readFileSync('tests/fixtures/frontmatter/valid-case.yaml', 'utf8')) as Record<
    string,
    unknown
  >,
  voices: frontmatterOf('content/voices/fr/allard-groupe-de-travail.mdx'),
  pages: frontmatterOf('content/pages/fr/about.mdx'),
};

interface FormField {
  path: string;
  /** The path in a sample entry: list items are reached through their first item. */
  samplePath: (string | number)[];
  field: CmsField;
}

/** Every field of a collection's form, nested ones included, with its path (`territory.code`, `actors.name`). */
function formFields(
  collection: CmsCollection,
  locale: (typeof locales)[number] = 'fr',
): FormField[] {
  const walk = (
    fields: CmsField[],
    prefix: string,
    samplePrefix: (string | number)[],
  ): FormField[] =>
    fields.flatMap((field) => {
      const path = `${prefix}${field.name}`;
      const samplePath = [...samplePrefix, field.name];
      const nested = field.fields
        ? walk(field.fields, `${path}.`, field.widget === 'list' ? [...samplePath, 0] : samplePath)
        : [];
      return [{ path, samplePath, field }, ...nested];
    });
  const fields = configs[locale].collections.find((entry) => entry.name === collection)!
    .fields as CmsField[];
  return walk(fields, '', []).filter(({ path }) => path !== 'body');
}

/** Every field of a zod object schema, nested ones included (through lists, optionals and defaults). */
function schemaPaths(schema: z.ZodType, prefix = ''): string[] {
  let current: unknown = schema;
  for (;;) {
    const def = (
      current as { _zod: { def: { type: string; innerType?: unknown; element?: unknown } } }
    )._zod.def;
    if (def.type === 'optional' || def.type === 'default' || def.type === 'pipe')
      current = def.innerType ?? (def as { in?: unknown }).in;
    else if (
      def.type === 'array' &&
      (def.element as { _zod: { def: { type: string } } })._zod.def.type === 'object'
    )
      current = def.element;
    else break;
  }
  const def = (current as { _zod: { def: { type: string; shape?: Record<string, z.ZodType> } } })
    ._zod.def;
  if (def.type !== 'object' || !def.shape) return [];
  return Object.entries(def.shape).flatMap(([key, child]) => [
    `${prefix}${key}`,
    ...schemaPaths(child, `${prefix}${key}.`),
  ]);
}

function setAt(
  record: Record<string, unknown>,
  path: (string | number)[],
  value: unknown,
): Record<string, unknown> {
  const copy = structuredClone(record);
  let node = copy as Record<string | number, unknown>;
  for (const key of path.slice(0, -1)) node = node[key] as Record<string | number, unknown>;
  const last = path.at(-1)!;
  if (value === undefined) delete node[last];
  else node[last] = value;
  return copy;
}

/**
 * The `.describe()` text of a field of a zod object schema, read on the field's schema and, when it
 * has none, on what it wraps (optional, default, list).
 */
function describedAt(schema: z.ZodType, path: string): string | undefined {
  let current = schema as z.ZodType;
  for (const key of path.split('.')) {
    let node: unknown = current;
    for (;;) {
      const def = (
        node as { _zod: { def: { type: string; innerType?: unknown; element?: unknown } } }
      )._zod.def;
      if (def.type === 'object') break;
      node = def.innerType ?? def.element;
    }
    current = (node as { _zod: { def: { shape: Record<string, z.ZodType> } } })._zod.def.shape[
      key
    ]!;
  }
  let node: unknown = current;
  while (node) {
    const description = (node as z.ZodType).description;
    if (description) return description;
    const def = (node as { _zod: { def: { innerType?: unknown } } })._zod.def;
    node = def.innerType;
  }
  return undefined;
}

const accepts = (collection: CmsCollection, record: Record<string, unknown>) =>
  schemas[collection].safeParse(record).success;

/** Whether the schema has nothing to say about one field of an entry (other fields may depend on it). */
const acceptsAt = (
  collection: CmsCollection,
  record: Record<string, unknown>,
  path: (string | number)[],
) =>
  !(schemas[collection].safeParse(record).error?.issues ?? []).some((issue) =>
    `${issue.path.join('.')}.`.startsWith(`${path.join('.')}.`),
  );

describe.each(cmsCollections)('the %s form and its schema', (collection) => {
  const fields = formFields(collection);
  const sample = samples[collection];

  test('the sample entry is valid, so that each test below changes only what it names', () => {
    expect(schemas[collection].safeParse(sample).error?.issues).toBeUndefined();
  });

  test('every field of the schema is in the form, and every field of the form is in the schema', () => {
    expect(fields.map(({ path }) => path).sort()).toEqual(schemaPaths(schemas[collection]).sort());
  });

  test('every field is required in the form exactly when the schema refuses an entry without it', () => {
    const mismatches = fields
      .filter(({ path }) => !(collection === 'cases' && path === 'territory.code'))
      .filter(
        ({ samplePath, field }) =>
          field.required === accepts(collection, setAt(sample, samplePath, undefined)),
      )
      .map(({ path, field }) => `${path}: required ${field.required}`);
    expect(mismatches).toEqual([]);
  });

  test('every select offers exactly the values the schema accepts, each with its label from content/', () => {
    const selects = fields.filter(({ field }) => field.widget === 'select');
    expect(selects.length).toBeGreaterThan(0);
    for (const { path, samplePath, field } of selects) {
      // An académie is the territory that lists its departments.
      const base =
        path === 'territory.departments'
          ? setAt(sample, ['territory'], {
              scope: 'academie',
              label: 'Nancy-Metz',
              departments: ['54'],
            })
          : sample;
      const values = field.options!.map((option) => option.value);
      const wrap = (value: string) => (field.multiple ? [value] : value);
      expect(
        values.filter(
          (value) => !acceptsAt(collection, setAt(base, samplePath, wrap(value)), samplePath),
        ),
        `${path}: offered but refused`,
      ).toEqual([]);
      expect(
        acceptsAt(collection, setAt(base, samplePath, wrap('not-a-value')), samplePath),
        `${path}: a value not offered`,
      ).toBe(false);
      expect(
        field.options!.filter((option) => !option.label.trim()),
        `${path}: options without a label`,
      ).toEqual([]);
    }
  });

  test('the number of items a list must have is the schema’s', () => {
    for (const { path, samplePath, field } of fields.filter(
      ({ field }) => field.multiple && field.options,
    )) {
      const first = field.options![0]!.value;
      if (field.min)
        expect(
          accepts(collection, setAt(sample, samplePath, [])),
          `${path}: fewer than ${field.min}`,
        ).toBe(false);
      if (field.max) {
        const tooMany = Array.from(
          { length: field.max + 1 },
          (_, index) => field.options![index % field.options!.length]!.value,
        );
        expect(
          accepts(collection, setAt(sample, samplePath, tooMany)),
          `${path}: more than ${field.max}`,
        ).toBe(false);
        expect(
          accepts(collection, setAt(sample, samplePath, tooMany.slice(0, field.max))),
          `${path}: ${field.max}`,
        ).toBe(true);
      }
      expect(first).toBeTruthy();
    }
  });

  test('a text the form’s pattern refuses is a text the schema refuses, at both ends of its length', () => {
    const patterned = fields.filter(({ field }) => field.pattern);
    expect(patterned.length).toBeGreaterThan(0);
    for (const { path, samplePath, field } of patterned) {
      const pattern = new RegExp(field.pattern![0]);
      const [, min = '1', max] = /\{(\d+),(\d*)\}/.exec(field.pattern![0])!;
      const lengths = [
        Number(min) - 1,
        Number(min),
        ...(max ? [Number(max), Number(max) + 1] : [Number(min) + 50]),
      ];
      for (const length of lengths.filter((n) => n > 0)) {
        const text = 'a'.repeat(length);
        expect(pattern.test(text), `${path}: ${length} characters`).toBe(
          accepts(collection, setAt(sample, samplePath, text)),
        );
      }
      expect(pattern.test('   '), `${path}: spaces only`).toBe(false);
    }
  });

  test('the English help of every field is the schema’s own description, and the French help is written', () => {
    for (const { path, field } of formFields(collection, 'en'))
      expect(field.hint, path).toBe(describedAt(schemas[collection], path));
    for (const { path, field } of fields)
      expect(field.hint, path).toBe(fieldTexts[collection][path]!.hintFr);
    expect(Object.keys(fieldTexts[collection]).sort()).toEqual(
      fields.map(({ path }) => path).sort(),
    );
  });

  test('structured fields are typed once and copied to the English file; texts are written in each language', () => {
    const translated = fields
      .filter(({ field }) => field.i18n === true && !field.fields)
      .map(({ path }) => path);
    const inLists = fields.filter(({ path }) =>
      fields.some((parent) => parent.field.widget === 'list' && path.startsWith(`${parent.path}.`)),
    );
    expect(translated.sort()).toEqual(
      [...new Set([...translatedFields[collection], ...inLists.map(({ path }) => path)])].sort(),
    );
  });

  test('both interface languages have the same form, each with its own labels', () => {
    const shape = (locale: (typeof locales)[number]) =>
      formFields(collection, locale).map(({ path, field }) => [
        path,
        field.widget,
        field.required,
        field.i18n,
        field.options?.map((o) => o.value),
      ]);
    expect(shape('en')).toEqual(shape('fr'));
    for (const locale of locales) {
      for (const { path, field } of formFields(collection, locale))
        expect(field.label, path).toBe(fieldTexts[collection][path]!.label[locale]);
    }
  });
});

describe('the values offered', () => {
  test.each(locales)('are named as content/ names them, in the %s interface', (locale) => {
    const options = (path: string) =>
      formFields('cases', locale).find((field) => field.path === path)!.field.options;
    const labelled = (list: readonly { id: string; label?: Record<string, string> }[]) =>
      list.map((entry) => ({ value: entry.id, label: entry.label![locale] }));
    expect(options('themes')).toEqual(labelled(taxonomy.themes));
    expect(options('continuity')).toEqual(labelled(taxonomy.continuities));
    expect(options('territory.scope')).toEqual(labelled(taxonomy.scopes));
    expect(options('actors.type')).toEqual(labelled(taxonomy.actorTypes));
    expect(options('proposals')![6]).toEqual({
      value: 'egne-07',
      label: `7. ${(taxonomy.proposals[6]!.title as Record<string, string>)[locale]}`,
    });
    expect(options('territory.departments')).toContainEqual({
      value: '28',
      label: '28 — Eure-et-Loir',
    });
  });
});

describe('a case’s translation', () => {
  test('the fields copied from French to English are the structured fields the content check compares', () => {
    const fields = formFields('cases');
    const copied = fields
      .filter(({ field }) => field.i18n === 'duplicate' && !field.fields)
      .map(({ path }) => path);
    const compared = Object.keys(structuredFields(CaseSchema.parse(samples.cases))).filter(
      (field) => !field.startsWith('actors'),
    );
    expect(copied.sort()).toEqual(compared.sort());
  });
});
