import { isMap, isScalar, isSeq, LineCounter, parseDocument, type Node as YamlNode } from 'yaml';
import type { z } from 'astro/zod';
import type { Locale } from '../../src/i18n/config.ts';
import {
  both,
  say,
  type ContributorKey,
  type MessageValues,
} from '../../src/i18n/contributor/index.ts';
import { describeTextIssue } from '../../src/schemas/characters.ts';
import { closest } from '../../src/utils/suggest.ts';
import { readYaml } from '../../src/utils/yaml.ts';
import type { Problem } from './problems.ts';

/** A content file cut into its frontmatter and its body. */
export interface SplitFile {
  /** The YAML between the `---` lines, or undefined when the file has none. */
  raw?: string | undefined;
  /** The line of the file where `raw` starts (the line after the opening `---`). */
  firstLine: number;
  /** The whole file with the frontmatter blanked out, so that the body keeps its line numbers. */
  body: string;
}

// The same pattern as Astro's own frontmatter reader (@astrojs/internal-helpers), so that both read the same block.
const frontmatterPattern = /(?:^\uFEFF?|^\s*\n)---([\s\S]*?\n)---/;

/** Separate the frontmatter from the body the way Astro does. */
export function splitFrontmatter(source: string): SplitFile {
  const match = frontmatterPattern.exec(source);
  if (!match) return { firstLine: 1, body: source };
  const raw = match[1]!;
  const start = match.index + match[0].indexOf('---') + 3;
  const firstLine = source.slice(0, start).split('\n').length;
  const block = match[0].slice(match[0].indexOf('---'));
  return { raw, firstLine, body: source.replace(block, block.replace(/[^\r\n]/g, ' ')) };
}

/** Finds the line of a value of a YAML block. */
export interface Locator {
  /**
   * The line of the value at `path`, or of its closest parent that exists (a missing field points at its parent).
   * With `key`, the line of the key itself (for an unknown field).
   */
  line(path: readonly PropertyKey[], key?: string): number | undefined;
}

/**
 * Where each value of a YAML block is, so that a problem can name its line. The block is read again
 * for its positions only when a line is asked for: most files have no problem.
 */
export class FieldLocator implements Locator {
  readonly #raw: string;
  #document: ReturnType<typeof parseDocument> | undefined;
  readonly #lines = new LineCounter();
  readonly #offset: number;

  constructor(raw: string, firstLine: number) {
    this.#raw = raw;
    this.#offset = firstLine - 1;
  }

  /**
   * The line of the value at `path`, or of its closest parent that exists (a missing field points at its parent).
   * With `key`, the line of the key itself (for an unknown field).
   */
  line(path: readonly PropertyKey[], key?: string): number | undefined {
    this.#document ??= parseDocument(this.#raw, { lineCounter: this.#lines });
    let node: unknown = this.#document.contents;
    let line: number | undefined;
    for (const segment of key === undefined ? path : [...path, key]) {
      if (isMap(node)) {
        const pair = node.items.find(
          (item) => isScalar(item.key) && String(item.key.value) === String(segment),
        );
        if (!pair) break;
        line = this.#lineAt((pair.key as YamlNode).range?.[0]);
        node = pair.value;
      } else if (isSeq(node) && typeof segment === 'number') {
        const item = node.items[segment] as YamlNode | undefined;
        if (!item) break;
        line = this.#lineAt(item.range?.[0]);
        node = item;
      } else break;
    }
    return line;
  }

  #lineAt(offset: number | undefined): number | undefined {
    return offset === undefined ? undefined : this.#lines.linePos(offset).line + this.#offset;
  }
}

/**
 * Read frontmatter YAML as Astro does (js-yaml), dates kept as written so that the schema sees
 * `2026-02-30` as it is; a syntax error becomes a problem with its line.
 */
export function readFrontmatter(
  raw: string,
  file: string,
  firstLine: number,
): { data?: unknown; problem?: Problem } {
  const { data, error } = readYaml(raw, firstLine, { datesAsText: true });
  return error ? { problem: { file, ...error, severity: 'error' } } : { data };
}

/**
 * The name of a field as contributors write it: the keys, without list positions (the line says which item).
 * @example fieldName(['actors', 1, 'type']) // 'actors.type'
 */
export function fieldName(path: readonly PropertyKey[]): string {
  return path.filter((segment) => typeof segment === 'string').join('.');
}

const typeKeys: Record<string, ContributorKey> = {
  string: 'type.string',
  number: 'type.number',
  boolean: 'type.boolean',
  array: 'type.array',
  object: 'type.object',
  date: 'type.date',
};

/** What a value is, as messages name it. */
function typeKeyOf(value: unknown): ContributorKey | undefined {
  if (Array.isArray(value)) return 'type.list';
  if (value instanceof Date) return 'type.aDate';
  if (value === null) return 'type.null';
  const key = typeKeys[typeof value];
  return key === 'type.array' ? 'type.list' : key;
}

/** A message in both languages, for a problem. */
type Said = { message: string; fr: string };

/** The same text in both languages (a value or a message zod wrote, which has no translation). */
const untranslated = (text: string): Said => ({ message: text, fr: text });

function valueAt(data: unknown, path: readonly PropertyKey[]): { found: boolean; value?: unknown } {
  let value: unknown = data;
  for (const segment of path) {
    if (value === null || typeof value !== 'object' || !(segment in value)) return { found: false };
    value = (value as Record<PropertyKey, unknown>)[segment];
  }
  return { found: true, value };
}

type AnySchema = z.ZodType;

/** The object schema found at a path (through lists, defaults and optionals), to list its fields. */
function objectKeysAt(schema: AnySchema, path: readonly PropertyKey[]): string[] | undefined {
  let current: unknown = schema;
  const unwrap = () => {
    for (let guard = 0; guard < 10; guard++) {
      const def = (
        current as {
          _zod?: { def?: { type?: string; innerType?: unknown; element?: unknown; in?: unknown } };
        }
      )._zod?.def;
      if (
        def?.type === 'default' ||
        def?.type === 'optional' ||
        def?.type === 'nullable' ||
        def?.type === 'prefault'
      )
        current = def.innerType;
      else if (def?.type === 'pipe') current = def.in;
      else break;
    }
  };
  unwrap();
  for (const segment of path) {
    const def = (
      current as {
        _zod?: { def?: { type?: string; element?: unknown; shape?: Record<string, unknown> } };
      }
    )._zod?.def;
    if (def?.type === 'array' && typeof segment === 'number') current = def.element;
    else if (def?.type === 'object' && typeof segment === 'string' && def.shape?.[segment])
      current = def.shape[segment];
    else return undefined;
    unwrap();
  }
  const shape = (current as { _zod?: { def?: { type?: string; shape?: Record<string, unknown> } } })
    ._zod?.def;
  return shape?.type === 'object' && shape.shape ? Object.keys(shape.shape) : undefined;
}

/**
 * Turn zod's issues into problems a contributor understands, each with the field and its line.
 * `kind` names what the file is ("a case", "an interview") in messages about unknown fields.
 */
export function schemaProblems(options: {
  schema: AnySchema;
  data: unknown;
  file: string;
  locator: Locator;
  kind: ContributorKey;
}): Problem[] {
  const { schema, data, file, locator, kind } = options;
  const result = schema.safeParse(data);
  if (result.success) return [];
  const problems: Problem[] = [];
  for (const issue of result.error.issues) {
    const path = issue.path;
    if (issue.code === 'unrecognized_keys') {
      const allowed = objectKeysAt(schema, path) ?? [];
      for (const key of issue.keys) {
        const suggestion = closest(key, allowed);
        const said = (locale: Locale) =>
          say(locale, 'field.unknown', {
            key: JSON.stringify(key),
            parent: path.length ? JSON.stringify(fieldName(path)) : say(locale, kind),
            allowed: allowed.join(' | '),
          }) +
          (suggestion
            ? say(locale, 'field.didYouMean', { suggestion: JSON.stringify(suggestion) })
            : '');
        problems.push({
          file,
          line: locator.line(path, key),
          field: fieldName([...path, key]),
          message: said('en'),
          fr: said('fr'),
          severity: 'error',
        });
      }
      continue;
    }
    const { found, value } = valueAt(data, path);
    problems.push({
      file,
      line: locator.line(path),
      field: fieldName(path) || undefined,
      ...describeIssue(issue, found, value),
      severity: 'error',
    });
  }
  return problems;
}

/**
 * zod's message, rewritten where it is written for developers, in English and French: issue codes
 * map to the contributor dictionaries (src/i18n/contributor/); the site's own rules say which
 * message they are through `params.key`. A message zod or a schema wrote without a key is kept as is.
 */
export function describeIssue(issue: z.core.$ZodIssue, found: boolean, value: unknown): Said {
  const both2 = (key: ContributorKey, values: MessageValues = {}) => both(key, values);
  const params = (issue as { params?: { key?: string; values?: MessageValues } }).params;
  if (issue.code === 'custom' && params?.key) {
    if (params.key === 'field.hiddenCharacter' || params.key === 'field.lineBreak')
      return describeTextIssue({ key: params.key, values: params.values ?? {} });
    return both2(params.key as ContributorKey, params.values ?? {});
  }
  switch (issue.code) {
    case 'invalid_type': {
      const expected = typeKeys[issue.expected];
      if (!found) {
        if (!issue.message.startsWith('Invalid input'))
          return {
            message: say('en', 'field.missingDetail', { detail: issue.message }),
            fr: say('fr', 'field.missingDetail', { detail: issue.message }),
          };
        return expected
          ? {
              message: say('en', 'field.missingDetail', { detail: say('en', expected) }),
              fr: say('fr', 'field.missingDetail', { detail: say('fr', expected) }),
            }
          : both2('field.missing');
      }
      if (issue.expected === 'string' && typeof value === 'number')
        return both2('field.numberAsText', { value });
      if (issue.expected === 'date') return both2('field.date');
      if (!issue.message.startsWith('Invalid input') || !expected)
        return untranslated(issue.message);
      const got = typeKeyOf(value);
      const shown = (locale: Locale) =>
        say(locale, 'field.expected', {
          expected: say(locale, expected),
          got: got ? say(locale, got) : typeof value,
        });
      return { message: shown('en'), fr: shown('fr') };
    }
    case 'too_small': {
      const minimum = Number(issue.minimum);
      if (issue.origin === 'string') {
        const length = typeof value === 'string' ? value.trim().length : 0;
        return length === 0
          ? both2('field.empty', { minimum })
          : both2('field.tooShort', { minimum, length });
      }
      if (issue.origin === 'array')
        return minimum === 1 ? both2('field.emptyList') : both2('field.fewValues', { minimum });
      return both2('field.atLeast', { minimum });
    }
    case 'too_big': {
      const maximum = Number(issue.maximum);
      if (issue.origin === 'string')
        return both2('field.tooLong', {
          maximum,
          length: typeof value === 'string' ? value.trim().length : '?',
        });
      if (issue.origin === 'array')
        return both2('field.manyValues', {
          maximum,
          length: Array.isArray(value) ? value.length : '?',
        });
      return both2('field.atMost', { maximum });
    }
    case 'invalid_value': {
      const allowed = issue.values.map(String);
      if (!found) return both2('field.missingOneOf', { allowed: allowed.join(' | ') });
      // The message of `notOneOf` (src/utils/suggest.ts), in both languages.
      const input = typeof value === 'string' ? value : undefined;
      const suggestion =
        input !== undefined && input.length <= 100 ? closest(input, allowed) : undefined;
      const written = typeof value === 'string' ? value : (JSON.stringify(value) ?? String(value));
      const cut = written.length > 60 ? `${written.slice(0, 60)}…` : written;
      const shown = typeof value === 'string' ? JSON.stringify(cut) : cut;
      const said = (locale: Locale) =>
        say(locale, 'field.notOneOf', { value: shown, allowed: allowed.join(' | ') }) +
        (suggestion
          ? say(locale, 'field.didYouMean', { suggestion: JSON.stringify(suggestion) })
          : '');
      return { message: said('en'), fr: said('fr') };
    }
    default:
      if (found) return untranslated(issue.message);
      return {
        message: say('en', 'field.missingDetail', { detail: issue.message }),
        fr: say('fr', 'field.missingDetail', { detail: issue.message }),
      };
  }
}
