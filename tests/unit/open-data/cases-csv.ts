import { locales } from '../../../src/i18n/config.ts';
import type { CodebookField } from '../../../src/open-data/codebook.ts';
import { isListField, valuesAt } from '../../../src/open-data/csv.ts';
import type { CaseRecord, PerLanguage } from '../../../src/open-data/records.ts';

// cases.csv read back as a reuser would, from what the data page and the codebook say about it.

/** The rows of an RFC 4180 text: cells separated by commas, quoted when they hold a comma, a quote or a line break. */
export function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  for (let index = 0; index < text.length; index += 1) {
    const character = text[index]!;
    if (quoted) {
      if (character === '"' && text[index + 1] === '"') {
        cell += '"';
        index += 1;
      } else if (character === '"') quoted = false;
      else cell += character;
    } else if (character === '"') quoted = true;
    else if (character === ',') {
      row.push(cell);
      cell = '';
    } else if (character === '\r' && text[index + 1] === '\n') {
      row.push(cell);
      rows.push(row);
      row = [];
      cell = '';
      index += 1;
    } else cell += character;
  }
  if (cell !== '' || row.length > 0) rows.push([...row, cell]);
  return rows;
}

/** A cell's value: one leading `'` (put before formula-like texts) removed; a list split at each `|` that no `\` escapes. */
export function readCell(cell: string, isList: boolean): string | string[] {
  const text = cell.startsWith("'") ? cell.slice(1) : cell;
  if (!isList) return text;
  if (text === '') return [];
  const items: string[] = [];
  let item = '';
  for (let index = 0; index < text.length; index += 1) {
    const character = text[index]!;
    if (character === '\\') item += text[++index] ?? '';
    else if (character === '|') {
      items.push(item);
      item = '';
    } else item += character;
  }
  return [...items, item];
}

/** What the cell of a field (in one language's column, for a text per language) must read back as, from the JSON record. */
export function expectedCell(
  record: CaseRecord,
  field: CodebookField,
  column: number,
): string | string[] {
  let values = valuesAt(record, field.field);
  if (field.columns.length > 1)
    values = values.map((value) => (value as PerLanguage | null)?.[locales[column]!] ?? null);
  const text = (value: unknown) => (value === null || value === undefined ? '' : String(value));
  const items = values.flatMap((value) => (Array.isArray(value) ? (value as unknown[]) : [value]));
  if (!isListField(field)) return text(items[0]);
  // An empty list and a list of one empty item are the same empty cell.
  return items.length === 1 && text(items[0]) === '' ? [] : items.map(text);
}

/** Every cell of cases.csv against the record it comes from: a list of differences, empty when the file is faithful. */
export function csvDifferences(
  csv: string,
  records: readonly CaseRecord[],
  codebook: readonly CodebookField[],
): string[] {
  const [header, ...rows] = parseCsv(csv);
  const differences: string[] = [];
  const columns = codebook.flatMap((field) =>
    field.columns.map((name, index) => ({ name, field, index })),
  );
  if (JSON.stringify(header) !== JSON.stringify(columns.map(({ name }) => name)))
    differences.push(`header: ${JSON.stringify(header)}`);
  if (rows.length !== records.length)
    differences.push(`${rows.length} rows for ${records.length} records`);
  records.forEach((record, row) => {
    columns.forEach(({ name, field, index }, column) => {
      const read = readCell(rows[row]?.[column] ?? '', isListField(field));
      const expected = expectedCell(record, field, index);
      if (JSON.stringify(read) !== JSON.stringify(expected))
        differences.push(
          `${record.id} ${name}: read ${JSON.stringify(read)}, expected ${JSON.stringify(expected)}`,
        );
    });
  });
  return differences;
}
