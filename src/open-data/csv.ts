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
      const next = value === null || value === undefined ? null : (value as Record<string, unknown>)[key];
      return part.endsWith('[]') ? ((next as unknown[] | null) ?? []) : [next];
    });
  }
  return current;
}

/** Separates the items of a list inside one CSV cell. */
export const listSeparator = '|';

/** One CSV cell: lists joined with `|`, null as empty, quoted when needed (RFC 4180). */
function cell(values: unknown[], field: string): string {
  const text = (value: unknown): string => {
    if (value === null || value === undefined) return '';
    if (Array.isArray(value)) return value.map(text).join(listSeparator);
    const string = String(value);
    if (string.includes(listSeparator))
      throw new Error(`open data: ${field}: "${string}" contains "${listSeparator}", which separates the items of a list in cases.csv`);
    return string;
  };
  const joined = values.map(text).join(listSeparator);
  return /[",\r\n]/.test(joined) ? `"${joined.replace(/"/g, '""')}"` : joined;
}

/** cases.csv: a header of the codebook's columns, then one row per case, CRLF line ends (RFC 4180). */
export function toCsv(records: readonly CaseRecord[], codebook: readonly CodebookField[]): string {
  const columns = codebook.flatMap((field) =>
    field.columns.map((name, index) => ({
      name,
      read: (record: CaseRecord) => {
        const values = valuesAt(record, field.field);
        if (field.columns.length === 1) return cell(values, field.field);
        const locale = locales[index]!;
        return cell(
          values.map((value) => (value as PerLanguage | null)?.[locale] ?? null),
          field.field,
        );
      },
    })),
  );
  const lines = [columns.map((c) => c.name).join(','), ...records.map((record) => columns.map((c) => c.read(record)).join(','))];
  return `${lines.join('\r\n')}\r\n`;
}
