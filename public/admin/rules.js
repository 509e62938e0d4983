// The checks the web editor runs in the browser, beside Decap CMS's own (required fields, patterns,
// number of items): what the content schema checks with code rather than with a pattern. Pure
// functions, unit-tested in tests/unit/cms/rules.test.ts; the messages come from the generated
// configuration (src/cms/config.ts), in the interface's language.

/**
 * @typedef {'region' | 'departement' | 'epci' | 'commune'} CodedScope
 * @typedef {{
 *   scopes: Record<CodedScope, { kind: string, format: string }>,
 *   messages: { requiredForScope: string, noCodeForScope: string, unknownCode: string },
 * }} TerritoryRules
 */

/**
 * Fill `{name}` placeholders.
 * @param {string} template
 * @param {Record<string, string>} values
 */
export function fill(template, values) {
  return template.replace(/\{(\w+)\}/g, (whole, key) => (key in values ? values[key] : whole));
}

/**
 * What is wrong with a territory's official code, as `territoryProblems` (src/utils/territory.ts)
 * says it: a code missing for a scope that has one, a code given for a scope that has none, a code
 * that is not an official one. Undefined when the code is right, or when no scope is chosen yet.
 * @param {string | undefined} scope
 * @param {string | undefined} code
 * @param {TerritoryRules} rules
 * @param {Record<CodedScope, ReadonlySet<string>>} codes
 * @returns {string | undefined}
 * @example territoryCodeProblem('commune', '28999', rules, codes) // '"28999" is not a commune INSEE code: expected a 5-character …'
 */
export function territoryCodeProblem(scope, code, rules, codes) {
  if (!scope) return undefined;
  const value = (code ?? '').trim();
  const coded =
    /** @type {CodedScope} */ (scope) in rules.scopes
      ? rules.scopes[/** @type {CodedScope} */ (scope)]
      : undefined;
  if (!coded) return value ? fill(rules.messages.noCodeForScope, { scope }) : undefined;
  if (!value) return fill(rules.messages.requiredForScope, { scope, format: coded.format });
  if (!codes[/** @type {CodedScope} */ (scope)].has(value))
    return fill(rules.messages.unknownCode, {
      code: value,
      kind: coded.kind,
      format: coded.format,
    });
  return undefined;
}

/**
 * The images of a Markdown text that have no alternative text: `![](photo.jpg)`.
 * @param {string | undefined} markdown
 * @returns {string[]} their addresses
 */
export function imagesWithoutAlt(markdown) {
  return [...(markdown ?? '').matchAll(/!\[([^\]]*)\]\(([^)\s]*)[^)]*\)/g)]
    .filter((match) => !match[1]?.trim())
    .map((match) => match[2] ?? '');
}

/**
 * A value without its empty texts, which the schema refuses where it allows a field to be absent
 * (`role: ''` fails `min(1).optional()`): an optional field left empty is left out. Works on Decap's
 * entry data (Immutable maps and lists, which have `filterNot` and `map`) and on plain values.
 * @template T
 * @param {T} value
 * @returns {T}
 */
export function withoutEmptyTexts(value) {
  const empty = (/** @type {unknown} */ item) =>
    item === null || item === undefined || (typeof item === 'string' && item.trim() === '');
  /** @type {any} */
  const any = value;
  if (any && typeof any.filterNot === 'function')
    return any.filterNot(empty).map(withoutEmptyTexts);
  if (Array.isArray(any))
    return /** @type {T} */ (any.filter((item) => !empty(item)).map(withoutEmptyTexts));
  if (any && typeof any === 'object' && !(any instanceof Date)) {
    return /** @type {T} */ (
      Object.fromEntries(
        Object.entries(any)
          .filter(([, item]) => !empty(item))
          .map(([key, item]) => [key, withoutEmptyTexts(item)]),
      )
    );
  }
  return value;
}

/**
 * @typedef {{ name: string, fields?: FieldOrder[] }} FieldOrder
 * @typedef {{ load: (text: string, options?: object) => unknown, dump: (value: unknown, options?: object) => string, CORE_SCHEMA: unknown }} Yaml
 */

/**
 * A value with its keys in the order of the form's fields (the schema's order), at every level;
 * keys the form does not know come last.
 * @param {unknown} value
 * @param {FieldOrder[]} fields
 * @returns {unknown}
 */
export function orderedLike(value, fields) {
  if (!value || typeof value !== 'object' || Array.isArray(value)) return value;
  const record = /** @type {Record<string, unknown>} */ (value);
  const byName = new Map(fields.map((field) => [field.name, field]));
  const keys = [
    ...fields.map((field) => field.name).filter((name) => name in record),
    ...Object.keys(record).filter((key) => !byName.has(key)),
  ];
  return Object.fromEntries(
    keys.map((key) => {
      const nested = byName.get(key)?.fields;
      const item = record[key];
      if (!nested) return [key, item];
      return [
        key,
        Array.isArray(item)
          ? item.map((entry) => orderedLike(entry, nested))
          : orderedLike(item, nested),
      ];
    }),
  );
}

// The same block as Astro's frontmatter reader: `---` lines around YAML at the top of the file.
const frontmatterPattern = /^\uFEFF?---\r?\n([\s\S]*?)\r?\n?---[ \t]*(?:\r?\n|$)/;

/**
 * Read a content file as the editor's fields: the frontmatter's values, and the text as `body`.
 * YAML's core schema keeps dates as they are written (`2026-11-23`), which is what the date field shows.
 * @param {string} text
 * @param {Yaml} yaml
 * @returns {Record<string, unknown>}
 */
export function readContentFile(text, yaml) {
  const match = frontmatterPattern.exec(text);
  if (!match) return { body: text };
  const data =
    /** @type {Record<string, unknown> | null} */ (
      yaml.load(match[1] ?? '', { schema: yaml.CORE_SCHEMA })
    ) ?? {};
  return { ...data, body: text.slice(match[0].length).replace(/^(\r?\n)+/, '') };
}

/**
 * Write the editor's fields as a content file: the frontmatter in the schema's order, without the
 * optional fields left empty, then a blank line and the text, as the files of content/ are written.
 * A language column with neither a title nor a text is a translation not written yet: no file
 * (Decap CMS skips a file whose text is empty), so that a case can be proposed in French only.
 * @param {Record<string, unknown>} data
 * @param {FieldOrder[]} fields
 * @param {Yaml} yaml
 * @returns {string}
 */
export function writeContentFile(data, fields, yaml) {
  const { body, ...frontmatter } = /** @type {Record<string, unknown>} */ (withoutEmptyTexts(data));
  if (frontmatter.title === undefined && body === undefined) return '';
  const ordered = orderedLike(frontmatter, fields);
  const yamlText = yaml.dump(ordered, {
    schema: yaml.CORE_SCHEMA,
    lineWidth: -1,
    noRefs: true,
    quotingType: "'",
  });
  const text = typeof body === 'string' ? body.trim() : '';
  return `---\n${yamlText}---\n${text ? `\n${text}\n` : ''}`;
}
