import { locales } from '../i18n/config.ts';
import type { CodebookField } from './codebook.ts';
import type { CaseRecord, PerLanguage } from './records.ts';

/**
 * The values at a path of a record: one value, or the values of each item under `[]`.
 * @example valuesAt({ actors: [{ type: 'a' }, { type: 'b' }] }, 'actors[].type') // ['a', 'b']
 */
export function valuesAt(record: unknown, field: string): unknown[] {
  let current: unknown[] = [record];
  for (const part of field.split('.')) {
    const key = part.replace(/\[\]$/, '');
    current = current.flatMap((value) => {
      const next =
        value === null || value === undefined ? null : (value as Record<string, unknown>)[key];
      return part.endsWith('[]') ? ((next as unknown[] | null) ?? []) : [next];
    });
  }
  return current;
}

/** Separates the items of a list inside one CSV cell. */
export const listSeparator = '|';

/** Goes before a `|` or a `\` inside an item of a list, so that the items can be split apart again. */
export const listEscape = '\\';

/** How a spreadsheet tells a formula (OWASP, "CSV injection"), and `'`, which marks a cell as text. */
const formulaStart = /^[=+\-@\t\r']/;

/**
 * A cell that a spreadsheet shows as text, never runs as a formula: a text that starts with `=`, `+`,
 * `-`, `@`, a tab or a carriage return gets a `'` before it. So does a text that starts with `'`, so
 * that removing one leading `'` always gives the value back.
 * @example neutraliseFormula('=HYPERLINK("https://example.org")') // `'=HYPERLINK("https://example.org")`
 * @example neutraliseFormula('Lab28') // 'Lab28'
 */
export function neutraliseFormula(text: string): string {
  return formulaStart.test(text) ? `'${text}` : text;
}

/**
 * One CSV cell: null as empty; a list's items joined with `|`, any `|` or `\` inside an item escaped
 * with `\`; a formula-like start neutralised; quoted when needed (RFC 4180). Any character survives.
 */
function cell(values: unknown[], isList: boolean): string {
  const text = (value: unknown): string =>
    value === null || value === undefined ? '' : String(value);
  const items = values.flatMap((value) => (Array.isArray(value) ? (value as unknown[]) : [value]));
  const joined = isList
    ? items
        .map((item) => text(item).replace(/[|\\]/g, (character) => `${listEscape}${character}`))
        .join(listSeparator)
    : text(items[0]);
  const safe = neutraliseFormula(joined);
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

/** Whether a field's cell in cases.csv holds a list: its type is a list, or its path goes through one (`actors[].name`). */
export const isListField = (field: Pick<CodebookField, 'field' | 'type'>): boolean =>
  field.field.includes('[]') || field.type.startsWith('list');

/** cases.csv: a header of the codebook's columns, then one row per case, CRLF line ends (RFC 4180). */
export function toCsv(records: readonly CaseRecord[], codebook: readonly CodebookField[]): string {
  const columns = codebook.flatMap((field) =>
    field.columns.map((name, index) => ({
      name,
      read: (record: CaseRecord) => {
        const values = valuesAt(record, field.field);
        const isList = isListField(field);
        if (field.columns.length === 1) return cell(values, isList);
        const locale = locales[index]!;
        return cell(
          values.map((value) => (value as PerLanguage | null)?.[locale] ?? null),
          isList,
        );
      },
    })),
  );
  const lines = [
    columns.map((c) => c.name).join(','),
    ...records.map((record) => columns.map((c) => c.read(record)).join(',')),
  ];
  return `${lines.join('\r\n')}\r\n`;
}
