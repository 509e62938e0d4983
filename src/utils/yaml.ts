import yaml from 'js-yaml';
import { CST, Lexer } from 'yaml';
import { both } from '../i18n/contributor/index.ts';

/** A YAML text that could not be read: where, and what to do about it. */
export interface YamlError {
  /** 1-based line of the file, when the parser knows it. */
  line?: number | undefined;
  message: string;
  /** The same in French. */
  fr: string;
}

/**
 * The first alias (`*name`) of a YAML text, with its line: aliases repeat a value written elsewhere,
 * and a few of them nested make a small file expand into millions of values (an "alias bomb"), so
 * content writes every value out. The lexer reads the text once, without building anything.
 * @example firstAlias('a: &x [1]\nb: *x\n') // { alias: '*x', line: 2 }
 */
export function firstAlias(text: string): { alias: string; line: number } | undefined {
  if (!text.includes('*')) return undefined;
  let offset = 0;
  for (const token of new Lexer().lex(text)) {
    if (CST.tokenType(token) === 'alias') {
      return { alias: token, line: text.slice(0, offset).split('\n').length };
    }
    // The lexer marks where documents, scalars and flow collections start with control characters that are not in the text.
    if (!['\u0002', '\u0018', '\u001f'].includes(token)) offset += token.length;
  }
  return undefined;
}

/**
 * Read YAML as Astro does (js-yaml, which refuses nesting deeper than 100 levels). A syntax error
 * becomes a message for contributors, with its line counted from `firstLine` (the line of the file
 * where the text starts, for a frontmatter block). Aliases are refused before reading (see `firstAlias`).
 * With `datesAsText`, `2024-05-31` stays the text it is written as, so that a date the calendar does
 * not have (`2026-02-30`, which js-yaml turns into 2 March) can be refused by the schema.
 * @example readYaml('a: b: c') // { error: { line: 1, message: 'the YAML cannot be read: bad indentation… (check the indentation, …)' } }
 */
export function readYaml(
  text: string,
  firstLine = 1,
  options: { datesAsText?: boolean } = {},
): { data: unknown; error?: undefined } | { data?: undefined; error: YamlError } {
  const alias = firstAlias(text);
  if (alias) {
    return {
      error: {
        line: alias.line + firstLine - 1,
        ...both('yaml.alias', { alias: JSON.stringify(alias.alias) }),
      },
    };
  }
  try {
    return {
      data: yaml.load(text, options.datesAsText ? { schema: yaml.CORE_SCHEMA } : {}),
    };
  } catch (error) {
    const mark = (error as { mark?: { line: number } }).mark;
    const reason = (error as { reason?: string }).reason ?? (error as Error).message;
    return {
      error: {
        line: mark ? mark.line + firstLine : undefined,
        ...both('yaml.unreadable', { reason }),
      },
    };
  }
}
