import { z } from 'astro/zod';
import { locales, type Locale } from '../i18n/config.ts';
import { en } from '../i18n/ui/en.ts';
import { fr } from '../i18n/ui/fr.ts';
import { caseSchema, inferableFields, type InferableField } from '../schemas/case.ts';
import { vocabulariesOf, type Taxonomy } from '../utils/taxonomy.ts';

/** An allowed value of a field, with its label in both languages. */
export interface AllowedValue {
  id: string;
  label: Record<Locale, string>;
}

/** One field of cases.json and its CSV column(s). */
export interface CodebookField {
  /** Path in cases.json: `territory.code`; `[]` marks the items of a list (`actors[].name`). */
  field: string;
  /** The CSV column(s): one per language for a text given in both. */
  columns: string[];
  type: FieldType;
  /** `written`: typed by authors, checked by the schema; `derived`: computed by the site. */
  origin: 'written' | 'derived';
  /** Whether the value may be null (or the list empty). */
  optional: boolean;
  /** In English, as in the schemas. */
  description: string;
  /** Limits the schema sets: number of items of a list, or length of a text. */
  constraints?: Constraints;
  /** The ids the field takes, with their labels, when it takes ids of a controlled list. */
  values?: AllowedValue[];
}

/** A range the schema sets on a field; either bound may be absent. */
export interface Constraints {
  unit: 'items' | 'characters';
  min?: number;
  max?: number;
}

/** The kinds of values in the files. */
export type FieldType =
  | 'id'
  | 'list of ids'
  | 'code'
  | 'list of codes'
  | 'text'
  | 'text per language'
  | 'URL per language'
  | 'integer'
  | 'date'
  | 'boolean';

/** Written fields whose text is in the language of each file: they get one column per language. */
const perLanguageFields = new Set([
  'title',
  'summary',
  'territory.label',
  'actors[].name',
  'actors[].role',
  'source.section',
]);

/** Written fields that hold official codes, the same in every language. */
const codeFields = new Set(['territory.code', 'territory.departments']);

/** Fields the site derives, with their descriptions (the schema has none: authors never write them). */
const derivedFields: {
  after?: string;
  field: string;
  type: FieldType;
  optional: boolean;
  description: string;
  vocabulary?: keyof Taxonomy | 'locales';
}[] = [
  {
    field: 'id',
    type: 'id',
    optional: false,
    description:
      'The case’s identifier: the name of its files (content/cases/{fr,en}/<id>.mdx) and the last segment of its URLs.',
  },
  {
    field: 'languages',
    type: 'list of ids',
    optional: false,
    vocabulary: 'locales',
    description:
      'The languages the case is written in. In the other language, the site shows the original text with a notice, and the texts of that language are null here.',
  },
  {
    field: 'url',
    type: 'URL per language',
    optional: false,
    description: 'The address of the case’s page in each language it is written in.',
  },
  {
    after: 'territory.label',
    field: 'territory.name',
    type: 'text per language',
    optional: false,
    description:
      'The name the site shows: the author’s label, or else the official name derived from the code.',
  },
  {
    after: 'territory.name',
    field: 'territory.officialName',
    type: 'text',
    optional: true,
    description:
      'The official name of the commune, EPCI, department or region, derived from its code (INSEE data, @etalab/decoupage-administratif); null for an académie or a national network.',
  },
  {
    after: 'territory.officialName',
    field: 'territory.coveredDepartments[].code',
    type: 'list of codes',
    optional: true,
    description:
      'INSEE codes of the departments the territory covers: a commune’s own, those of an EPCI’s member communes, all those of an académie or a region; empty for a national network.',
  },
  {
    after: 'territory.coveredDepartments[].code',
    field: 'territory.coveredDepartments[].name',
    type: 'text',
    optional: true,
    description: 'Their official names, in the same order.',
  },
  {
    after: 'territory.coveredDepartments[].name',
    field: 'territory.region.code',
    type: 'code',
    optional: true,
    description:
      'INSEE code of the (current) region the territory lies in; null for a national network.',
  },
  {
    after: 'territory.region.code',
    field: 'territory.region.name',
    type: 'text',
    optional: true,
    description: 'Official name of that region.',
  },
  {
    after: 'territory.region.name',
    field: 'territory.population',
    type: 'integer',
    optional: true,
    description:
      'Municipal population (INSEE), summed over the departments of a wider territory; null for a national network.',
  },
  {
    after: 'territory.population',
    field: 'territory.populationBand',
    type: 'id',
    optional: true,
    vocabulary: 'populationBands',
    description:
      'The size band of that population: an id of content/taxonomy/population-bands.yaml.',
  },
];

/** A node of the JSON Schema that zod writes for the case schema. */
interface JsonSchemaNode {
  type?: string;
  format?: string;
  enum?: string[];
  description?: string;
  properties?: Record<string, JsonSchemaNode>;
  required?: string[];
  items?: JsonSchemaNode;
  minItems?: number;
  maxItems?: number;
  minLength?: number;
  maxLength?: number;
}

/** The case schema, with the ids of `taxonomy`, as JSON Schema; dates written as `YYYY-MM-DD` strings as in the files. */
export function caseJsonSchema(taxonomy: Taxonomy): JsonSchemaNode {
  return z.toJSONSchema(caseSchema(vocabulariesOf(taxonomy)), {
    io: 'output',
    unrepresentable: 'any',
    override: (context) => {
      if (context.zodSchema._zod.def.type === 'date')
        Object.assign(context.jsonSchema, { type: 'string', format: 'date' });
    },
  }) as JsonSchemaNode;
}

/**
 * Every leaf field of the case schema, as paths of cases.json (`territory.code`, `actors[].name`),
 * with its JSON Schema node, whether it may be absent, and the description of the object above it.
 */
export function schemaFields(
  schema: JsonSchemaNode,
): { field: string; node: JsonSchemaNode; optional: boolean }[] {
  const walk = (
    node: JsonSchemaNode,
    prefix: string,
    optional: boolean,
  ): { field: string; node: JsonSchemaNode; optional: boolean }[] =>
    Object.entries(node.properties ?? {}).flatMap(([key, child]) => {
      const field = `${prefix}${key}`;
      const isOptional = optional || !(node.required ?? []).includes(key);
      if (child.type === 'object') return walk(child, `${field}.`, isOptional);
      if (child.type === 'array' && child.items?.type === 'object')
        return walk(child.items, `${field}[].`, isOptional);
      return [{ field, node: child, optional: isOptional }];
    });
  return walk(schema, '', false);
}

/** The snake_case CSV column of a JSON path. */
const column = (field: string) =>
  field
    .replace(/\[\]/g, '')
    .replace(/\./g, '_')
    .replace(/[A-Z]/g, (letter) => `_${letter.toLowerCase()}`);

/** Each language of the site named in both languages, as a value of a field (`languages`, `original`). */
export const languageNames: Record<Locale, Record<Locale, string>> = {
  fr: { fr: 'français', en: 'French' },
  en: { fr: 'anglais', en: 'English' },
};

/** The heading each field a case may mark as inferred has on the case page, so that the codebook names it the same way. */
const inferableFieldHeadings = {
  continuity: 'case.continuity',
  levels: 'case.levels',
  audiences: 'case.audiences',
  territory: 'case.territory',
  authorities: 'case.authority',
} as const satisfies Record<InferableField, keyof typeof en>;

/** Find the controlled list whose ids are exactly these, to give their labels. */
function allowedValues(ids: readonly string[], taxonomy: Taxonomy): AllowedValue[] {
  const same = (list: readonly string[]) =>
    list.length === ids.length && list.every((id) => ids.includes(id));
  if (same(locales)) return locales.map((locale) => ({ id: locale, label: languageNames[locale] }));
  if (same(inferableFields))
    return inferableFields.map((id) => ({
      id,
      label: { fr: fr[inferableFieldHeadings[id]], en: en[inferableFieldHeadings[id]] },
    }));
  for (const vocabulary of Object.values(taxonomy) as Taxonomy[keyof Taxonomy][]) {
    const entries = vocabulary.all as readonly {
      id: string;
      label?: Record<Locale, string>;
      title?: Record<Locale, string> | string;
      number?: number;
    }[];
    if (!same(entries.map((entry) => entry.id))) continue;
    return entries.map((entry) => {
      if (entry.label) return { id: entry.id, label: entry.label };
      const title =
        typeof entry.title === 'string'
          ? { fr: entry.title, en: entry.title }
          : (entry.title ?? { fr: entry.id, en: entry.id });
      const prefix = entry.number === undefined ? '' : `${entry.number}. `;
      return { id: entry.id, label: { fr: `${prefix}${title.fr}`, en: `${prefix}${title.en}` } };
    });
  }
  throw new Error(
    `open data: no list of content/ has exactly the ids ${ids.join(' | ')}; add its labels to the codebook`,
  );
}

/** The limits a schema node sets on the number of items or the length of a text (a minimum of 0 is no limit). */
function constraintsOf(node: JsonSchemaNode): Constraints | undefined {
  const range = (
    unit: Constraints['unit'],
    min: number | undefined,
    max: number | undefined,
  ): Constraints | undefined => {
    const constraints: Constraints = { unit };
    if (min) constraints.min = min;
    if (max !== undefined) constraints.max = max;
    return constraints.min === undefined && constraints.max === undefined ? undefined : constraints;
  };
  return (
    range('items', node.minItems, node.maxItems) ??
    range('characters', node.minLength, node.maxLength)
  );
}

/**
 * The codebook of cases.json and cases.csv: every field with its type, description and allowed
 * values. Written fields come from the case schema (their `.describe()` text) and the taxonomy
 * (the labels of their ids); derived fields from the site's own list above.
 */
export function buildCodebook(
  taxonomy: Taxonomy,
  schema: JsonSchemaNode = caseJsonSchema(taxonomy),
): CodebookField[] {
  const written = schemaFields(schema).map(({ field, node, optional }): CodebookField => {
    const ids = node.enum ?? node.items?.enum;
    let type: FieldType;
    if (ids) type = node.type === 'array' ? 'list of ids' : 'id';
    else if (node.format === 'date') type = 'date';
    else if (node.type === 'boolean') type = 'boolean';
    else if (codeFields.has(field)) type = node.type === 'array' ? 'list of codes' : 'code';
    else if (perLanguageFields.has(field)) type = 'text per language';
    else
      throw new Error(
        `open data: the case field "${field}" is new: say in src/open-data/codebook.ts whether it is a text per language or a code`,
      );
    const description = node.description ?? '';
    if (!description)
      throw new Error(
        `open data: the case field "${field}" has no description: add .describe('…') to it in src/schemas/`,
      );
    const constraints = constraintsOf(node);
    return {
      field,
      columns:
        type === 'text per language'
          ? locales.map((locale) => `${column(field)}_${locale}`)
          : [column(field)],
      type,
      origin: 'written',
      optional:
        optional || node.minItems === 0 || (node.type === 'array' && node.minItems === undefined),
      description,
      ...(constraints ? { constraints } : {}),
      ...(ids ? { values: allowedValues(ids, taxonomy) } : {}),
    };
  });
  const fields = [...written];
  for (const derived of derivedFields) {
    const row: CodebookField = {
      field: derived.field,
      columns: derived.type.endsWith('per language')
        ? locales.map((locale) => `${column(derived.field)}_${locale}`)
        : [column(derived.field)],
      type: derived.type,
      origin: 'derived',
      optional: derived.optional,
      description: derived.description,
    };
    if (derived.vocabulary === 'locales') row.values = allowedValues(locales, taxonomy);
    else if (derived.vocabulary)
      row.values = allowedValues(
        taxonomy[derived.vocabulary].all.map((entry) => entry.id),
        taxonomy,
      );
    const at = derived.after
      ? fields.findIndex((candidate) => candidate.field === derived.after) + 1
      : fields.filter((candidate) => candidate.origin === 'derived').length;
    fields.splice(at, 0, row);
  }
  return fields;
}
