import { z } from 'astro/zod';
import { locales, type Locale } from '../i18n/config.ts';
import { codeFormats, type CodedScope, type NamedCode } from '../territory/resolve.ts';
import {
  bodyField,
  bodyTexts,
  codeFormatsFr,
  collectionTexts,
  decapPhrases,
  fieldTexts,
  imageTexts,
  languageNames,
  territoryCodeKinds,
  territoryMessages,
  validationMessages,
  type FieldText,
} from './texts.ts';
import type { CmsVocabularies, VocabularyEntry } from './vocabularies.ts';

// The web editor (Decap CMS, public/admin/) is configured from the content schemas and the taxonomy:
// one field per schema field, with its label, its help (the schema's `.describe()`), whether it is
// required, its allowed values with their labels and its limits, so that the form refuses what the
// schema refuses. tests/unit/cms/config.test.ts compares the two.

/** The collections the editor writes, each a folder of `content/` with one sub-folder per language. */
export const cmsCollections = ['cases', 'voices', 'pages'] as const;
export type CmsCollection = (typeof cmsCollections)[number];

/**
 * The text fields of each collection: written anew in each language (Decap `i18n: true`). Every other
 * field is the same in both files (`i18n: duplicate`: typed once, in French, and copied), which is what
 * the content check demands of a case's structured fields (`structuredFields`, src/utils/translations.ts).
 * Decap cannot copy a field inside a list, so a list that holds a text (actors, speakers) is written
 * in each language, and the content check compares the actors' types.
 */
export const translatedFields: Record<CmsCollection, ReadonlySet<string>> = {
  cases: new Set([
    'title',
    'summary',
    'territory.label',
    'actors.name',
    'actors.role',
    'source.section',
  ]),
  voices: new Set(['title', 'summary', 'speakers.role', 'source.section']),
  pages: new Set(['title', 'description', 'sources.section']),
};

/** The part of a JSON Schema the editor reads. */
export interface JsonSchemaNode {
  type?: string;
  format?: string;
  enum?: string[];
  description?: string;
  default?: unknown;
  properties?: Record<string, JsonSchemaNode>;
  required?: string[];
  items?: JsonSchemaNode;
  minItems?: number;
  maxItems?: number;
  minLength?: number;
  maxLength?: number;
}

/**
 * A schema as the editor sees it: what a contributor must type (`io: 'input'`, so a field with a
 * default is optional), dates as `YYYY-MM-DD` strings as in the files.
 */
export function jsonSchemaOf(schema: z.ZodType): JsonSchemaNode {
  return z.toJSONSchema(schema, {
    io: 'input',
    unrepresentable: 'any',
    override: (context) => {
      if (context.zodSchema._zod.def.type === 'date')
        Object.assign(context.jsonSchema, { type: 'string', format: 'date' });
    },
  }) as JsonSchemaNode;
}

/** One field of a Decap CMS collection (only the options this site uses). */
export interface CmsField {
  name: string;
  label: string;
  widget: string;
  required: boolean;
  hint?: string;
  i18n: true | 'duplicate';
  default?: unknown;
  options?: { label: string; value: string }[];
  multiple?: boolean;
  min?: number;
  max?: number;
  pattern?: [string, string];
  fields?: CmsField[];
  [option: string]: unknown;
}

/** Where the editor saves: GitHub for contributors, or `npm run cms`'s local proxy (decap-server). */
export type CmsBackend =
  | {
      name: 'github';
      repo: string;
      branch: string;
      base_url?: string;
      auth_endpoint?: string;
      open_authoring?: boolean;
    }
  | { name: 'proxy'; proxy_url: string; branch: string };

/** What the configuration is generated from. */
export interface CmsConfigInput {
  caseSchema: z.ZodType;
  voiceSchema: z.ZodType;
  pageSchema: z.ZodType;
  /** The controlled lists of `content/`, for the allowed values and their labels. */
  taxonomy: CmsVocabularies;
  /** Every department, offered for an académie's or a former region's `departments`. */
  departments: readonly NamedCode[];
  /** The interface's language: labels, help and messages. */
  locale: Locale;
  backend: CmsBackend;
  /** The content folder, relative to the repository's root. */
  contentDir?: string;
  /** The public site, linked from the editor. */
  siteUrl?: string;
}

/** The editor's own settings, read by public/admin/editor.js (Decap ignores keys it does not know). */
export interface EditorRules {
  /** Decap's phrases replaced so that its messages say what the content check says (see `decapPhrases`). */
  phrases: ReturnType<typeof decapPhrases>;
  /** Where the official codes are, and the messages of `territoryProblems`. */
  territory: {
    codesUrl: string;
    scopes: Record<CodedScope, { kind: string; format: string }>;
    messages: { requiredForScope: string; noCodeForScope: string; unknownCode: string };
  };
  /** The image dialog's fields and the message when an image has no description. */
  image: { label: string; alt: string; altHint: string; missingAlt: string };
}

/** A whole Decap CMS configuration (passed to `CMS.init`). */
export interface CmsConfig {
  backend: CmsBackend;
  publish_mode: 'editorial_workflow';
  locale: Locale;
  load_config_file: false;
  site_url?: string;
  display_url?: string;
  logo: { src: string; show_in_header: boolean };
  media_folder: string;
  public_folder: string;
  slug: { encoding: 'ascii'; clean_accents: true; sanitize_replacement: '-' };
  editor: { preview: false };
  i18n: { structure: 'multiple_folders'; locales: Locale[]; default_locale: Locale };
  collections: Record<string, unknown>[];
  continuites: EditorRules;
}

interface BuildContext {
  collection: CmsCollection;
  locale: Locale;
  texts: Record<string, FieldText>;
  taxonomy: CmsVocabularies;
  departments: readonly NamedCode[];
}

const fill = (template: string, values: Record<string, string | number>) =>
  template.replace(/\{(\w+)\}/g, (whole, key: string) =>
    key in values ? String(values[key]) : whole,
  );

/** The label of one value of a controlled list, in the interface's language. */
function entryLabel(entry: VocabularyEntry, locale: Locale): string {
  if (entry.label) return entry.label[locale];
  const title = typeof entry.title === 'string' ? entry.title : entry.title?.[locale];
  if (!title) return entry.id;
  return entry.number === undefined ? title : `${entry.number}. ${title}`;
}

/** The options of a select: the controlled list whose ids are exactly the schema's values, with their labels. */
function optionsFor(
  ids: readonly string[],
  context: BuildContext,
  path: string,
): { label: string; value: string }[] {
  const same = (list: readonly string[]) =>
    list.length === ids.length && list.every((id) => ids.includes(id));
  if (same(locales))
    return locales.map((locale) => ({
      value: locale,
      label: languageNames[locale][context.locale],
    }));
  // The fields a case may mark as inferred are named as the form names them.
  if (ids.every((id) => context.texts[id] && !id.includes('.')) && path === 'inferred')
    return ids.map((id) => ({ value: id, label: context.texts[id]!.label[context.locale] }));
  const list = Object.values(context.taxonomy).find((entries) =>
    same(entries.map((entry) => entry.id)),
  );
  if (!list)
    throw new Error(
      `web editor: ${context.collection}.${path}: no list of content/ has exactly the ids ${ids.join(' | ')}`,
    );
  return list.map((entry) => ({ value: entry.id, label: entryLabel(entry, context.locale) }));
}

/**
 * A pattern that holds when a text, spaces around it left aside, has the schema's length
 * (the schemas trim their texts), with the message the form shows.
 */
function lengthPattern(node: JsonSchemaNode, locale: Locale): [string, string] | undefined {
  const min = node.minLength ?? 0;
  const max = node.maxLength;
  if (min === 0 && max === undefined) return undefined;
  const quantifier = `{${Math.max(min, 1)},${max ?? ''}}`;
  const message =
    max === undefined
      ? fill(validationMessages.minLength[locale], { min })
      : fill(validationMessages.length[locale], { min, max });
  return [`^\\s*(?=\\S)[\\s\\S]${quantifier}(?<=\\S)\\s*$`, message];
}

/** Whether a field or one of its sub-fields is written anew in each language. */
function holdsText(path: string, collection: CmsCollection): boolean {
  return [...translatedFields[collection]].some(
    (field) => field === path || field.startsWith(`${path}.`),
  );
}

function buildField(
  name: string,
  node: JsonSchemaNode,
  path: string,
  required: boolean,
  context: BuildContext,
  inList: boolean,
): CmsField {
  const { locale, collection } = context;
  const text = context.texts[path];
  if (!text)
    throw new Error(`web editor: ${collection}.${path} has no label: add it to src/cms/texts.ts`);
  const hint = locale === 'en' ? node.description : text.hintFr;
  if (!hint)
    throw new Error(
      `web editor: ${collection}.${path} has no description: add .describe('…') to it in src/schemas/`,
    );
  const field: CmsField = {
    name,
    label: text.label[locale],
    widget: 'string',
    required,
    hint,
    i18n: inList || holdsText(path, collection) ? true : 'duplicate',
  };
  if (node.default !== undefined) field.default = node.default;

  if (node.type === 'object') {
    field.widget = 'object';
    field.collapsed = false;
    field.fields = children(node, path, context, inList);
  } else if (node.type === 'array' && node.items?.type === 'object') {
    field.widget = 'list';
    field.collapsed = false;
    field.label_singular = (text.singular ?? text.label)[locale];
    field.summary = '{{fields.name}}';
    field.fields = children(node.items, path, context, true);
    if (node.minItems) field.min = node.minItems;
    if (node.maxItems) field.max = node.maxItems;
  } else if (node.type === 'array') {
    const ids = node.items?.enum;
    field.widget = 'select';
    field.multiple = true;
    field.options = ids ? optionsFor(ids, context, path) : codeOptions(path, context);
    if (node.minItems) field.min = node.minItems;
    if (node.maxItems) field.max = node.maxItems;
  } else if (node.enum) {
    field.widget = 'select';
    field.options = optionsFor(node.enum, context, path);
  } else if (node.type === 'boolean') {
    field.widget = 'boolean';
  } else if (node.format === 'date') {
    Object.assign(field, {
      widget: 'datetime',
      format: 'YYYY-MM-DD',
      date_format: locale === 'fr' ? 'DD/MM/YYYY' : 'YYYY-MM-DD',
      time_format: false,
      picker_utc: true,
    });
  } else if (path === 'territory.code' && collection === 'cases') {
    // Checked against the scope and the official codes by public/admin/editor.js (see `EditorRules`).
    Object.assign(field, { widget: 'territory-code', scope_field: 'territory.scope' });
  } else if (node.type === 'string') {
    field.widget = (node.maxLength ?? 0) > 150 ? 'text' : 'string';
    const pattern = lengthPattern(node, locale);
    if (pattern) field.pattern = pattern;
  } else {
    throw new Error(
      `web editor: ${collection}.${path}: no widget for a field of type ${node.type}`,
    );
  }
  return field;
}

/** The options of a list of official codes (the departments of an académie). */
function codeOptions(path: string, context: BuildContext): { label: string; value: string }[] {
  if (path !== 'territory.departments')
    throw new Error(`web editor: ${context.collection}.${path}: a list with no allowed values`);
  return context.departments.map((department) => ({
    value: department.code,
    label: `${department.code} — ${department.name}`,
  }));
}

function children(
  node: JsonSchemaNode,
  prefix: string,
  context: BuildContext,
  inList: boolean,
): CmsField[] {
  return Object.entries(node.properties ?? {}).map(([key, child]) =>
    buildField(
      key,
      child,
      prefix ? `${prefix}.${key}` : key,
      (node.required ?? []).includes(key),
      context,
      inList,
    ),
  );
}

/** The fields of one collection: the schema's, then the text of the file. */
export function collectionFields(
  collection: CmsCollection,
  schema: z.ZodType,
  context: Omit<BuildContext, 'collection' | 'texts'>,
): CmsField[] {
  const full: BuildContext = { ...context, collection, texts: fieldTexts[collection] };
  const body = bodyTexts[collection];
  return [
    ...children(jsonSchemaOf(schema), '', full, false),
    {
      name: bodyField,
      label: body.label[context.locale],
      widget: 'markdown',
      required: false,
      hint: body.hint[context.locale],
      i18n: true,
      buttons: [
        'bold',
        'italic',
        'link',
        'heading-two',
        'heading-three',
        'quote',
        'bulleted-list',
        'numbered-list',
      ],
      editor_components: ['image'],
      modes: ['rich_text', 'raw'],
      sanitize_preview: true,
    },
  ];
}

/**
 * The Decap CMS configuration of the web editor in one interface language.
 * @example cmsConfig({ caseSchema: CaseSchema, voiceSchema: VoiceSchema, pageSchema: PageSchema, taxonomy, departments, locale: 'fr', backend }).collections[0].name // 'cases'
 */
export function cmsConfig(input: CmsConfigInput): CmsConfig {
  const { locale, contentDir = 'content' } = input;
  const context = { locale, taxonomy: input.taxonomy, departments: input.departments };
  const schemas: Record<CmsCollection, z.ZodType> = {
    cases: input.caseSchema,
    voices: input.voiceSchema,
    pages: input.pageSchema,
  };
  const collections = cmsCollections.map((name) => {
    const texts = collectionTexts[name];
    return {
      name,
      label: texts.label[locale],
      label_singular: texts.singular[locale],
      description: texts.description[locale],
      folder: `${contentDir}/${name}`,
      extension: 'mdx',
      // Registered by public/admin/editor.js: YAML frontmatter written in the schema's order, empty optional fields left out.
      format: `mdx-${name}`,
      i18n: true,
      // Pages are routed by name (src/i18n/routes.ts): they are edited, not created.
      create: name !== 'pages',
      // Deleting a published entry would commit to the main branch directly; publishing is merging the pull request.
      delete: false,
      publish: false,
      slug: '{{slug}}',
      identifier_field: 'title',
      summary: '{{title}}',
      sortable_fields: ['title'],
      // Images go to the entry's own folder, shared by both languages: content/cases/images/<entry>/.
      media_folder: `/${contentDir}/${name}/images/{{slug}}`,
      public_folder: `../images/{{slug}}`,
      fields: collectionFields(name, schemas[name], context),
    };
  });
  const format = (scope: CodedScope) =>
    locale === 'en' ? codeFormats[scope]! : codeFormatsFr[scope];
  return {
    backend: input.backend,
    publish_mode: 'editorial_workflow',
    locale,
    load_config_file: false,
    ...(input.siteUrl ? { site_url: input.siteUrl, display_url: input.siteUrl } : {}),
    logo: { src: '/favicon.svg', show_in_header: false },
    media_folder: `${contentDir}/cases/images`,
    public_folder: '../images',
    slug: { encoding: 'ascii', clean_accents: true, sanitize_replacement: '-' },
    editor: { preview: false },
    i18n: { structure: 'multiple_folders', locales: [...locales], default_locale: 'fr' },
    collections,
    continuites: {
      phrases: decapPhrases(locale),
      territory: {
        codesUrl: 'territory-codes.json',
        scopes: Object.fromEntries(
          (Object.keys(territoryCodeKinds) as CodedScope[]).map((scope) => [
            scope,
            { kind: territoryCodeKinds[scope][locale], format: format(scope) },
          ]),
        ) as EditorRules['territory']['scopes'],
        messages: {
          requiredForScope: territoryMessages.requiredForScope[locale],
          noCodeForScope: territoryMessages.noCodeForScope[locale],
          unknownCode: territoryMessages.unknownCode[locale],
        },
      },
      image: {
        label: imageTexts.image[locale],
        alt: imageTexts.alt[locale],
        altHint: imageTexts.altHint[locale],
        missingAlt: validationMessages.imageAlt[locale],
      },
    },
  };
}
