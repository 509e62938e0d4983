import { isMap, isScalar, isSeq, LineCounter, parseDocument, type Node as YamlNode } from 'yaml';
import type { z } from 'astro/zod';
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

const typeNames: Record<string, string> = {
  string: 'a text',
  number: 'a number',
  boolean: 'true or false',
  array: 'a list, for example [a, b]',
  object: 'a group of indented fields',
  date: 'a date written YYYY-MM-DD',
};

function typeOf(value: unknown): string {
  if (Array.isArray(value)) return 'a list';
  if (value instanceof Date) return 'a date';
  if (value === null) return 'an empty value';
  return typeNames[typeof value]?.replace(/, for example.*/, '') ?? typeof value;
}

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
  kind: string;
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
        problems.push({
          file,
          line: locator.line(path, key),
          field: fieldName([...path, key]),
          message: `"${key}" is not a field of ${path.length ? `"${fieldName(path)}"` : kind}: ${allowed.join(' | ')}${suggestion ? ` (did you mean "${suggestion}"?)` : ''}`,
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
      message: describeIssue(issue, found, value),
      severity: 'error',
    });
  }
  return problems;
}

/** zod's message, rewritten where it is written for developers. */
export function describeIssue(issue: z.core.$ZodIssue, found: boolean, value: unknown): string {
  switch (issue.code) {
    case 'invalid_type': {
      const expected = typeNames[issue.expected] ?? issue.expected;
      if (!found)
        return `missing: this field is required (${issue.message.startsWith('Invalid input') ? expected : issue.message})`;
      if (issue.expected === 'string' && typeof value === 'number') {
        return `expected a text, got the number ${value}: put it in quotes, for example '${value}' (a code such as '01004' loses its leading zero without them)`;
      }
      if (issue.message.startsWith('Invalid input'))
        return `expected ${expected}, got ${typeOf(value)}`;
      return issue.message;
    }
    case 'too_small': {
      const minimum = Number(issue.minimum);
      if (issue.origin === 'string') {
        const length = typeof value === 'string' ? value.trim().length : 0;
        const characters = `${minimum} character${minimum === 1 ? '' : 's'}`;
        return length === 0
          ? `empty: write at least ${characters}`
          : `too short: at least ${characters} (it has ${length})`;
      }
      if (issue.origin === 'array')
        return minimum === 1 ? 'empty: give at least one value' : `give at least ${minimum} values`;
      return `must be at least ${minimum}`;
    }
    case 'too_big': {
      const maximum = Number(issue.maximum);
      if (issue.origin === 'string')
        return `too long: at most ${maximum} characters (it has ${typeof value === 'string' ? value.trim().length : '?'})`;
      if (issue.origin === 'array')
        return `too many values: at most ${maximum} (it has ${Array.isArray(value) ? value.length : '?'})`;
      return `must be at most ${maximum}`;
    }
    case 'invalid_value':
      return found
        ? issue.message
        : `missing: this field is required: one of ${issue.values.map(String).join(' | ')}`;
    default:
      return found ? issue.message : `missing: this field is required (${issue.message})`;
  }
}
