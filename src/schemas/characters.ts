import type { z } from 'astro/zod';
import { say } from '../i18n/contributor/index.ts';

// Characters no field of the content may hold: they are invisible, so a reviewer cannot see them in a
// pull request, yet they change what readers see (a right-to-left override reverses the text after it,
// "Trojan source") or break what reads the data (NUL, control characters in the open data).

/** Names of the invisible characters refused, by code point. */
const namedCharacters: Record<number, string> = {
  0x00: 'NUL',
  0x200b: 'zero width space',
  0x200c: 'zero width non-joiner',
  0x200d: 'zero width joiner',
  0x2060: 'word joiner',
  0xfeff: 'zero width no-break space (byte-order mark)',
  0x202a: 'left-to-right embedding',
  0x202b: 'right-to-left embedding',
  0x202c: 'pop directional formatting',
  0x202d: 'left-to-right override',
  0x202e: 'right-to-left override',
  0x2066: 'left-to-right isolate',
  0x2067: 'right-to-left isolate',
  0x2068: 'first strong isolate',
  0x2069: 'pop directional isolate',
};

// Control characters (C0 but tab, line feed and carriage return; DEL; C1), directional formatting and zero-width characters.
// eslint-disable-next-line no-control-regex
const hiddenPattern =
  /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\u200b-\u200d\u2060\ufeff\u202a-\u202e\u2066-\u2069]/u;

/**
 * A character by its code point, as messages show it.
 * @example codePoint('\u202e') // 'U+202E'
 */
export function codePoint(character: string): string {
  return `U+${character.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`;
}

/** A contributor message: a key of src/i18n/contributor/ and the values it is filled with. */
export interface TextIssue {
  key: 'field.hiddenCharacter' | 'field.lineBreak';
  values: Record<string, string | number>;
}

/**
 * What is wrong with a text of a field, if anything: an invisible or control character (named by its
 * code point), or a line break in a field written on one line.
 * @example textIssue('Lab\u202e28') // { key: 'field.hiddenCharacter', values: { code: 'U+202E', name: 'right-to-left override', position: 4 } }
 */
export function textIssue(
  text: string,
  options: { multiline?: boolean } = {},
): TextIssue | undefined {
  const hidden = hiddenPattern.exec(text);
  if (hidden) {
    const code = hidden[0].codePointAt(0)!;
    return {
      key: 'field.hiddenCharacter',
      values: {
        code: codePoint(hidden[0]),
        name: namedCharacters[code] ?? 'control character',
        position: hidden.index + 1,
      },
    };
  }
  if (!options.multiline && /[\r\n]/.test(text.trim()))
    return { key: 'field.lineBreak', values: {} };
  return undefined;
}

/**
 * `textIssue` as a message, in English and in French.
 * @example textProblem('Lab\u202e28')?.message // 'contains the invisible character U+202E (right-to-left override) at position 4: delete it (retype the text around it if you cannot see it)'
 */
export function textProblem(
  text: string,
  options: { multiline?: boolean; withPosition?: boolean } = {},
): { message: string; fr: string } | undefined {
  const issue = textIssue(text, options);
  return issue && describeTextIssue(issue, options.withPosition ?? true);
}

/** The two languages of a `TextIssue`. */
export function describeTextIssue(
  issue: TextIssue,
  withPosition = true,
): { message: string; fr: string } {
  const { position, ...values } = issue.values;
  const place = (locale: 'fr' | 'en') =>
    withPosition && position !== undefined ? say(locale, 'field.position', { position }) : '';
  return {
    message: say('en', issue.key, { ...values, position: place('en') }),
    fr: say('fr', issue.key, { ...values, position: place('fr') }),
  };
}

/** A text found in a value, with where it is. */
export interface FoundText {
  path: (string | number)[];
  issue: TextIssue;
  message: string;
  fr: string;
}

/**
 * Every text of a value (an entry's fields, nested lists and groups included) that `textProblem`
 * refuses, with its path. Walks without recursion, so that no nesting can overflow the stack.
 */
export function textProblems(value: unknown, options: { multiline?: boolean } = {}): FoundText[] {
  const found: FoundText[] = [];
  const seen = new Set<object>();
  const stack: { value: unknown; path: (string | number)[] }[] = [{ value, path: [] }];
  while (stack.length) {
    const { value: current, path } = stack.pop()!;
    if (typeof current === 'string') {
      const issue = textIssue(current, options);
      if (issue) found.push({ path, issue, ...describeTextIssue(issue) });
    } else if (current && typeof current === 'object' && !seen.has(current)) {
      seen.add(current);
      const entries = Array.isArray(current)
        ? current.map((item, index) => [index, item] as const)
        : Object.entries(current);
      for (const [key, item] of [...entries].reverse()) {
        // A key is a text too ("title\u202e: x").
        if (typeof key === 'string') {
          const issue = textIssue(key);
          if (issue) found.push({ path: [...path, key], issue, ...describeTextIssue(issue) });
        }
        stack.push({ value: item, path: [...path, key] });
      }
    }
  }
  return found;
}

/**
 * A refinement for a whole entry: every text refused by `textProblems` is an issue at its path, so
 * that the build and the web editor refuse what the content check refuses.
 * @example caseSchema(v).superRefine(refuseHiddenCharacters())
 */
export function refuseHiddenCharacters(options: { multiline?: boolean } = {}) {
  return (value: unknown, context: z.RefinementCtx) => {
    for (const { path, message, issue } of textProblems(value, options))
      context.addIssue({ code: 'custom', path, message, params: { ...issue } });
  };
}
