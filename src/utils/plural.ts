// Plural messages in the browser, where i18next is not loaded: the page hands the script the raw
// templates of a key and this picks the form the way i18next does (`_zero` first, then CLDR rules).

/** The plural forms of one message, as written in the dictionaries (`{{count}}` and other placeholders left in). */
export interface PluralTemplates {
  zero?: string;
  one?: string;
  other: string;
}

/**
 * A plural message for a count, with its placeholders filled.
 * @example formatPlural({ one: '{{count}} pratique', other: '{{count}} pratiques' }, 2, 'fr') // '2 pratiques'
 * @example formatPlural({ zero: 'No practice', one: '{{count}} practice', other: '{{count}} practices' }, 0, 'en') // 'No practice'
 */
export function formatPlural(
  templates: PluralTemplates,
  count: number,
  locale: string,
  values: Record<string, string | number> = {},
): string {
  const form =
    count === 0 && templates.zero !== undefined
      ? templates.zero
      : new Intl.PluralRules(locale).select(count) === 'one'
        ? (templates.one ?? templates.other)
        : templates.other;
  return fillTemplate(form, { count, ...values });
}

/**
 * Replace `{{name}}` placeholders.
 * @example fillTemplate('{{count}} of {{total}}', { count: 2, total: 11 }) // '2 of 11'
 */
export function fillTemplate(template: string, values: Record<string, string | number>): string {
  return template.replace(/\{\{\s*(\w+)\s*\}\}/g, (whole, name: string) =>
    name in values ? String(values[name]) : whole,
  );
}
