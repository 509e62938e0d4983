/**
 * Rules for HTML written inside Markdown (raw tags in `.md`, lowercase JSX elements in `.mdx`):
 * what would run code or reach another site is unsafe; what Markdown already says is redundant.
 */
import { isLocale } from '../../src/i18n/config.ts';
import { both, say } from '../../src/i18n/contributor/index.ts';

/** What an allowed attribute may hold. */
interface AttributeRule {
  /** What is allowed, as messages say it (a key of src/i18n/contributor/). */
  allowed: 'html.lang' | 'html.text';
  /** Whether a value is allowed. */
  test: (value: string | undefined) => boolean;
}

const languageAttribute: AttributeRule = {
  allowed: 'html.lang',
  test: (value) => isLocale(value),
};

const plainText: AttributeRule = {
  allowed: 'html.text',
  // eslint-disable-next-line no-control-regex
  test: (value) =>
    value !== undefined && value.trim() !== '' && !/[\u0000-\u001f\u007f]/.test(value),
};

/**
 * The allow-list of HTML elements content may write, each with the attributes it may carry and their
 * values: what Markdown cannot say (a change of language, an abbreviation's expansion, a quotation).
 * Anything else is refused, whatever it is, because it is not on this list (`<image>`, `<svg>`,
 * `style`, `hidden`, `data-pagefind-*`…).
 */
export const allowedElements: Readonly<Record<string, Readonly<Record<string, AttributeRule>>>> = {
  span: { lang: languageAttribute },
  abbr: { title: plainText, lang: languageAttribute },
  q: { lang: languageAttribute },
  cite: { lang: languageAttribute },
  sub: {},
  sup: {},
};

/**
 * The allowed elements as messages list them.
 * @example allowedElementList() // '<span lang>, <abbr title lang>, <q lang>, <cite lang>, <sub>, <sup>'
 */
export function allowedElementList(): string {
  return Object.entries(allowedElements)
    .map(([name, attributes]) => `<${[name, ...Object.keys(attributes)].join(' ')}>`)
    .join(', ');
}

/**
 * What is wrong with an HTML element and its attributes, by the allow-list: an element not on it,
 * an attribute it does not take, a value it does not allow. Markdown equivalents (`<strong>`, `<a>`,
 * `<img>`…) are refused with what to write instead. `unsafe` marks what the check cannot vouch for
 * (anything off the list, which might run code or load another site).
 */
export function allowListProblems(
  element: string,
  attributes: readonly { name: string; value: string | undefined }[],
): { message: string; fr: string; unsafe: boolean }[] {
  const name = element.toLowerCase();
  const rules = allowedElements[name];
  const problems: { message: string; fr: string; unsafe: boolean }[] = [];
  if (!rules) {
    const instead = markdownEquivalents[name];
    problems.push(
      instead
        ? { ...both('html.markdownInstead', { instead }), unsafe: false }
        : {
            ...both('html.notAllowed', { element, allowed: allowedElementList() }),
            unsafe: true,
          },
    );
  }
  for (const attribute of attributes) {
    const rule = rules?.[attribute.name];
    const shown =
      attribute.value === undefined
        ? attribute.name
        : `${attribute.name}=${JSON.stringify(attribute.value.length > 60 ? `${attribute.value.slice(0, 60)}…` : attribute.value)}`;
    if (!rule) {
      const known = rules ? Object.keys(rules) : [];
      problems.push({
        ...(known.length
          ? both('html.attributeNotTaken', {
              attribute: shown,
              element: name,
              allowed: known.join(' | '),
            })
          : both('html.noAttribute', { attribute: shown, element: name })),
        unsafe: true,
      });
    } else if (!rule.test(attribute.value)) {
      problems.push({
        message: say('en', 'html.value', { attribute: shown, allowed: say('en', rule.allowed) }),
        fr: say('fr', 'html.value', { attribute: shown, allowed: say('fr', rule.allowed) }),
        unsafe: false,
      });
    }
  }
  return problems;
}

/** Elements Markdown writes more simply, with what to write instead. */
export const markdownEquivalents: Record<string, string> = {
  a: 'a link: [text](/fr/pratiques/…/) or [text](https://…)',
  img: 'an image: ![what the image shows](./images/file.jpg)',
  strong: 'bold: **text**',
  b: 'bold: **text**',
  em: 'emphasis: *text*',
  i: 'emphasis: *text*',
  h1: 'a heading: ## Heading (the title field is the page’s only level-1 heading)',
  h2: 'a heading: ## Heading',
  h3: 'a heading: ### Heading',
  h4: 'a heading: #### Heading',
  h5: 'a heading: #### Heading',
  h6: 'a heading: #### Heading',
  p: 'a paragraph: leave a blank line',
  br: 'a line break: end the line with a backslash \\',
  ul: 'a list: one "- item" per line',
  ol: 'a numbered list: one "1. item" per line',
  li: 'a list item: "- item"',
  blockquote: 'a quotation: start the line with "> "',
  code: 'code: `text`',
  pre: 'a code block between ``` lines',
  hr: 'a separator: a line with ---',
  table: 'a table: | column | column | lines',
  thead: 'a table: | column | column | lines',
  tbody: 'a table: | column | column | lines',
  tr: 'a table: | column | column | lines',
  th: 'a table: | column | column | lines',
  td: 'a table: | column | column | lines',
};

/** Attributes whose value is an address. */
const urlAttributes = new Set([
  'href',
  'src',
  'action',
  'formaction',
  'poster',
  'data',
  'srcset',
  'xlink:href',
  'background',
  'cite',
  'longdesc',
]);

/**
 * Whether an address would run code when followed (`javascript:`, `vbscript:`, HTML in a `data:` address).
 * Browsers ignore spaces and control characters inside the scheme, so they are ignored here too.
 * @example isScriptUrl(' Java\tScript:alert(1)') // true
 * @example isScriptUrl('https://example.org') // false
 */
export function isScriptUrl(url: string): boolean {
  // eslint-disable-next-line no-control-regex
  const compact = url.replace(/[\u0000-\u0020\u007f-\u009f]/g, '').toLowerCase();
  return (
    /^(javascript|vbscript|livescript):/.test(compact) ||
    /^data:(text\/html|image\/svg|application\/(x?html|javascript))/.test(compact)
  );
}

/** What is wrong with one attribute, if anything; `unsafe` marks problems that could run code. */
export function attributeProblem(
  name: string,
  value: string | undefined,
): { message: string; unsafe: boolean } | undefined {
  const lower = name.toLowerCase();
  if (/^on/.test(lower))
    return {
      message: `${name}="…": event handlers run code in readers’ browsers and are not allowed`,
      unsafe: true,
    };
  if (lower.includes(':') && lower !== 'xml:lang' && lower !== 'xlink:href') {
    return {
      message: `${name}: directives change how the page is built and are not allowed in content`,
      unsafe: true,
    };
  }
  if (lower === 'dangerouslysetinnerhtml' || lower === 'srcdoc')
    return { message: `${name}: injects raw code and is not allowed`, unsafe: true };
  if (urlAttributes.has(lower) && value !== undefined && isScriptUrl(value)) {
    return {
      message: `${name}="${value.slice(0, 40)}": a "javascript:" address runs code and is not allowed`,
      unsafe: true,
    };
  }
  if (lower === 'lang' && !isLocale(value)) {
    return {
      message: `lang="${value ?? ''}": write lang="fr" or lang="en", the two languages of the site`,
      unsafe: false,
    };
  }
  if (lower === 'style')
    return {
      message: `style="…": inline styles are blocked by the site’s security policy; the site’s stylesheet does the layout`,
      unsafe: false,
    };
  return undefined;
}

/** A tag found in a raw HTML fragment, with its attributes and the line it starts on (relative to the fragment). */
export interface RawTag {
  name: string;
  attributes: { name: string; value: string | undefined }[];
  lineOffset: number;
}

const tagPattern =
  /<([a-zA-Z][\w:-]*)((?:\s+[^\s"'>/=]+(?:\s*=\s*(?:"[^"]*"|'[^']*'|[^\s"'=<>`]+))?)*)\s*\/?>/g;
const attributePattern = /([^\s"'>/=]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'=<>`]+)))?/g;

/**
 * The opening tags of a raw HTML fragment (as Markdown keeps it in `html` nodes). Comments are skipped.
 * @example rawTags('<a href="x" onclick="y">') // [{ name: 'a', attributes: [{ name: 'href', value: 'x' }, { name: 'onclick', value: 'y' }], lineOffset: 0 }]
 */
export function rawTags(html: string): RawTag[] {
  const withoutComments = html.replace(/<!--[\s\S]*?-->/g, (comment) =>
    comment.replace(/[^\n]/g, ' '),
  );
  const tags: RawTag[] = [];
  for (const match of withoutComments.matchAll(tagPattern)) {
    const attributes = [...match[2]!.matchAll(attributePattern)].map((attribute) => ({
      name: attribute[1]!,
      value: attribute[2] ?? attribute[3] ?? attribute[4],
    }));
    tags.push({
      name: match[1]!,
      attributes,
      lineOffset: withoutComments.slice(0, match.index).split('\n').length - 1,
    });
  }
  return tags;
}
