import { parse as parseJs } from 'acorn';
import type { Nodes, Root } from 'mdast';
import type { MdxJsxAttribute, MdxJsxExpressionAttribute } from 'mdast-util-mdx-jsx';
import remarkGfm from 'remark-gfm';
import remarkMdx from 'remark-mdx';
import remarkParse from 'remark-parse';
import { mdxToMdast } from 'satteri';
import { unified } from 'unified';
import { allowedComponents, type AllowedComponent } from '../../src/components/mdx/allowed.ts';
import { both } from '../../src/i18n/contributor/index.ts';
import { textProblem } from '../../src/schemas/characters.ts';
import { closest } from '../../src/utils/suggest.ts';
import type { ContentFile } from './files.ts';
import { allowListProblems, attributeProblem, rawTags } from './html.ts';
import { imageProblem, linkProblem, publicFileIn, type SiteIndex } from './links.ts';
import { checkInWorker } from './worker.ts';
import type { Problem } from './problems.ts';

/** What the Markdown rules need to know about the file and the site. */
export interface MarkdownContext {
  /** The file as shown in messages. */
  file: string;
  /** The file on disk, to find images next to it. */
  absolutePath: string;
  /** The content folder, absolute: images must be inside it. */
  contentRoot: string;
  /** `.mdx` files are MDX (JSX and expressions); `.md` files are plain Markdown with raw HTML. */
  format: 'md' | 'mdx';
  site: SiteIndex;
  components: Readonly<Record<string, AllowedComponent>>;
}

type Located = Omit<Problem, 'file'>;

/** The start of a piece of code, for a message. */
const excerpt = (code: string) => {
  const flat = code.trim().replace(/\s+/g, ' ');
  return flat.length > 40 ? `${flat.slice(0, 40)}…` : flat;
};

/**
 * What any node the rules look at (code, raw HTML, JSX, a link, an image, a definition, a GFM
 * autolink) needs in the text: a body without any of it is prose, headings and lists only, and is
 * not parsed a second time by remark (the slowest part of the check).
 */
const mayHoldCheckedNodes = /[<>{}[\]]|:\/\/|www\.|@|^[ \t]*(import|export)\b/im;

/** One remark parser per format, built once: creating a processor per file costs as much as a small parse. */
const processors = {
  md: unified().use(remarkParse).use(remarkGfm).freeze(),
  mdx: unified().use(remarkParse).use(remarkGfm).use(remarkMdx).freeze(),
};

const markdownSyntax = /\*\*|__|\[[^\]]*\]\(|`|(^|\s)[*_][^\s*_]/;

/** The longest a file’s text may take to check (2 s): a slower one is refused, not waited for. */
export const bodyTimeLimit = 2000;

/**
 * Phase 8: the Markdown of every file: unsafe code, images, headings, links, raw HTML (see
 * `markdownProblems`). Each text is checked in a worker thread with a time limit (`bodyTimeLimit`):
 * remark can take minutes on a few kilobytes written to slow it down, and such a file is refused
 * with its name instead of stopping the check.
 */
export async function bodyProblems(
  files: readonly ContentFile[],
  site: SiteIndex,
  contentRoot: string,
): Promise<Problem[]> {
  const problems: Problem[] = [];
  for (const entry of files) {
    const job: BodyJob = {
      body: entry.split.body,
      file: entry.file,
      absolutePath: entry.absolute,
      contentRoot,
      format: entry.format,
      routes: [...site.routes],
      publicFolder: site.publicFolder,
    };
    const result = await checkInWorker(job, bodyTimeLimit);
    problems.push(
      ...(result === 'timeout'
        ? [
            {
              file: entry.file,
              field: 'file',
              ...both('body.timeout', { seconds: bodyTimeLimit / 1000 }),
              severity: 'error' as const,
              unsafe: true,
            },
          ]
        : result),
    );
  }
  return problems;
}

/** What the worker needs to check one text: plain data, since it crosses to another thread. */
export interface BodyJob {
  body: string;
  file: string;
  absolutePath: string;
  contentRoot: string;
  format: 'md' | 'mdx';
  routes: string[];
  /** The site's public/ folder (links to its files); none means no file is public. */
  publicFolder?: string | undefined;
}

/** Check one text in this thread (the worker's side of `bodyProblems`); an exception becomes a problem of the file. */
export function checkBody(job: BodyJob): Problem[] {
  const { publicFolder } = job;
  try {
    return markdownProblems(job.body, {
      file: job.file,
      absolutePath: job.absolutePath,
      contentRoot: job.contentRoot,
      format: job.format,
      site: {
        routes: new Set(job.routes),
        publicFile: publicFolder ? publicFileIn(publicFolder) : () => false,
      },
      components: allowedComponents,
    });
  } catch (error) {
    return [
      {
        file: job.file,
        field: 'file',
        ...both('body.unreadable', {
          reason:
            error instanceof RangeError
              ? 'nested too deep'
              : String((error as Error).message).split('\n')[0]!,
        }),
        severity: 'error',
        unsafe: true,
      },
    ];
  }
}

/**
 * Every problem of a Markdown or MDX body (frontmatter blanked, so lines are the file's lines):
 * unsafe code, images without alternative text or file, headings that skip a level or head an empty
 * section, links to pages that do not exist, raw HTML where Markdown would do.
 */
export function markdownProblems(body: string, context: MarkdownContext): Problem[] {
  const guarded = guardProblems(body);
  if (guarded.some((problem) => problem.field === 'nesting'))
    return guarded.map((problem) => ({ file: context.file, ...problem }));
  const found: Located[] = [...guarded];
  let source = body;
  let satteriTree: Root | undefined;
  if (context.format === 'mdx') {
    // Sätteri is the parser the build uses: what it cannot read, the build cannot either.
    let tree;
    try {
      tree = mdxToMdast(body) as unknown as Root;
    } catch (error) {
      return [{ file: context.file, ...mdxSyntaxProblem((error as Error).message) }];
    }
    satteriTree = tree;
    // MDX reads a paragraph that starts with "import " or "export " as JavaScript. Content never holds code,
    // so the site shows such a paragraph as text (src/integrations/satteri-esm-as-text.ts); here, real code is
    // refused and French prose ("export des données…") is read as the paragraph it is.
    for (const node of tree.children) {
      if (node.type !== 'mdxjsEsm') continue;
      const line = node.position?.start.line;
      // Real code is reported from remark's tree below, which reads it as code too.
      if (isJavaScript(node.value)) continue;
      if (markdownSyntax.test(node.value)) {
        found.push({
          line,
          field: 'paragraph',
          message: `a paragraph that starts with "${node.value.split(/\s/)[0]}" is shown as plain text, without its Markdown formatting: start it with another word to keep the formatting`,
          severity: 'warning',
        });
      }
      const offset = node.position?.start.offset;
      if (offset !== undefined)
        source = source.slice(0, offset) + source[offset]!.toUpperCase() + source.slice(offset + 1);
    }
  }
  if (satteriTree && !mayHoldCheckedNodes.test(body)) {
    // Nothing here can be code, HTML, a link or an image for either parser: only the heading rules
    // apply, and Sätteri's tree has the same headings as remark's would.
    found.push(...headingProblems(satteriTree));
    return found.map((problem) => ({ file: context.file, ...problem }));
  }
  let root: Root;
  try {
    root = processors[context.format].parse(source);
  } catch (error) {
    const place = error as { line?: number; reason?: string; message: string };
    return [
      {
        file: context.file,
        line: place.line,
        message: `the Markdown cannot be read: ${place.reason ?? place.message}`,
        severity: 'error',
      },
    ];
  }
  found.push(...headingProblems(root));
  walk(root, (node) => found.push(...nodeProblems(node, context)));
  return found.map((problem) => ({ file: context.file, ...problem }));
}

/** How deep lists and quotations may nest (a real text nests three or four levels). */
export const maxNesting = 16;

// A list item or quotation marker at the start of a line, after any indentation.
const containerMarker = /^[ \t]*(?:>|[-*+](?=[ \t]|$)|\d{1,9}[.)](?=[ \t]|$))[ \t]?/;
// Characters a text may not hold, as in fields (src/schemas/characters.ts), but the zero width joiner of emoji.
// eslint-disable-next-line no-control-regex
const hiddenInBody =
  /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\u200b\u200c\u2060\u202a-\u202e\u2066-\u2069]|(?<!^)\ufeff/u;

/**
 * What the body is refused for before it is parsed: lists or quotations nested deeper than
 * `maxNesting` (the parsers take minutes, or overflow the stack, on thousands of levels) and invisible
 * or control characters, each with its line and code point. Reads each line once.
 */
function guardProblems(body: string): Located[] {
  const problems: Located[] = [];
  let fence: string | undefined;
  body.split('\n').forEach((text, index) => {
    const line = index + 1;
    const hidden = hiddenInBody.exec(index === 0 ? text : `x${text}`);
    if (hidden && problems.length < 20)
      problems.push({
        line,
        field: 'text',
        ...textProblem(hidden[0], { withPosition: false })!,
        severity: 'error',
      });
    const opening = /^[ \t]*(`{3,}|~{3,})/.exec(text)?.[1];
    if (opening && (fence === undefined || opening.startsWith(fence))) {
      fence = fence === undefined ? opening : undefined;
      return;
    }
    if (fence !== undefined) return;
    // Indentation nests only a list item or a quotation (a line that starts with a marker).
    if (!containerMarker.test(text) || !text.trim()) return;
    let depth = Math.floor(/^[ \t]*/.exec(text)![0].replace(/\t/g, '    ').length / 2);
    let rest = text;
    for (
      let marker = containerMarker.exec(rest);
      marker && marker[0].trim();
      marker = containerMarker.exec(rest)
    ) {
      depth++;
      rest = rest.slice(marker[0].length);
      if (depth > maxNesting) break;
    }
    if (depth > maxNesting && !problems.some((problem) => problem.field === 'nesting'))
      problems.push({
        line,
        field: 'nesting',
        ...both('body.nesting', { maximum: maxNesting }),
        severity: 'error',
        unsafe: true,
      });
  });
  return problems;
}

/** Whether an `import`/`export` block is JavaScript (code) rather than prose that happens to start with the word. */
function isJavaScript(value: string): boolean {
  try {
    parseJs(value, { ecmaVersion: 'latest', sourceType: 'module' });
    return true;
  } catch {
    return false;
  }
}

/** A Sätteri parse error (`3:8: reason (source:rule)`) as a problem, with a hint for the usual mistakes. */
function mdxSyntaxProblem(message: string): Located {
  const match = /^(\d+):(\d+)(?:-\d+:\d+)?: ([\s\S]*?)(?: \([\w-]+:[\w-]+\))?$/.exec(
    message.trim(),
  );
  const reason = match?.[3] ?? message;
  let hint = '';
  if (/comment in MDX/.test(reason))
    hint = ' HTML comments <!-- --> do not exist in MDX: write {/* comment */}.';
  else if (/expression|brace|`\{`|`\}`/i.test(reason))
    hint = ' To write a brace { or } as text, put a backslash before it: \\{';
  else if (/`<`|tag|closing|name/i.test(reason))
    hint = ' To write < as text, put a backslash before it: \\<';
  return {
    line: match ? Number(match[1]) : undefined,
    field: 'syntax',
    message: `the MDX cannot be read: ${reason}.${hint}`,
    severity: 'error',
  };
}

function walk(node: Nodes, visit: (node: Nodes) => void): void {
  visit(node);
  if ('children' in node) for (const child of node.children) walk(child as Nodes, visit);
}

/** Expressions that are only a comment (`{/* … *\/}`) compile to nothing: they are how MDX writes comments. */
function isComment(node: Nodes): boolean {
  if (node.type !== 'mdxFlowExpression' && node.type !== 'mdxTextExpression') return false;
  const program = (node.data as { estree?: { body: unknown[] } | null } | undefined)?.estree;
  if (program) return program.body.length === 0;
  return node.value.replace(/\/\*[\s\S]*?\*\//g, '').trim() === '';
}

const hashes = (depth: number) => '#'.repeat(depth);

/** Headings: the title is the page's level-1 heading, levels do not skip, and no section is empty. */
function headingProblems(root: Root): Located[] {
  const problems: Located[] = [];
  const children = root.children.filter((node) => !isComment(node as Nodes));
  let previous = 1;
  children.forEach((node, index) => {
    if (node.type !== 'heading') return;
    const line = node.position?.start.line;
    if (node.depth === 1) {
      problems.push({
        line,
        field: 'heading',
        ...both('heading.level1'),
        severity: 'error',
      });
    } else if (node.depth > previous + 1) {
      problems.push({
        line,
        field: 'heading',
        ...both('heading.jump', {
          from: hashes(previous),
          to: hashes(node.depth),
          use: hashes(previous + 1),
        }),
        severity: 'error',
      });
    }
    previous = node.depth;
    const next = children[index + 1];
    if (!next || (next.type === 'heading' && next.depth <= node.depth)) {
      problems.push({
        line,
        field: 'heading',
        ...both('heading.empty', { heading: JSON.stringify(plainText(node)) }),
        severity: 'error',
      });
    }
  });
  return problems;
}

function plainText(node: Nodes): string {
  if ('value' in node && typeof node.value === 'string') return node.value;
  return 'children' in node ? node.children.map((child) => plainText(child as Nodes)).join('') : '';
}

const imageWhere = (context: MarkdownContext) => ({
  file: context.absolutePath,
  contentRoot: context.contentRoot,
});

function nodeProblems(node: Nodes, context: MarkdownContext): Located[] {
  const line = node.position?.start.line;
  const at = (
    field: string,
    problem: { message: string; fr?: string; unsafe: boolean } | undefined,
  ): Located[] =>
    problem
      ? [
          {
            line,
            field,
            message: problem.message,
            fr: problem.fr,
            severity: 'error',
            ...(problem.unsafe ? { unsafe: true } : {}),
          },
        ]
      : [];
  switch (node.type) {
    case 'image':
      return [
        ...(node.alt?.trim()
          ? []
          : [
              {
                line,
                field: 'image',
                ...both('image.noAlt'),
                severity: 'error' as const,
              },
            ]),
        ...at('image', imageProblem(node.url, imageWhere(context))),
      ];
    case 'link':
    case 'definition':
      return at('link', linkProblem(node.url, context.site));
    case 'html':
      return htmlProblems(node.value, line ?? 1, context);
    case 'mdxjsEsm':
      return [
        { line, field: 'import/export', ...both('code.esm'), severity: 'error', unsafe: true },
      ];
    case 'mdxFlowExpression':
    case 'mdxTextExpression':
      return isComment(node)
        ? []
        : [
            {
              line,
              field: 'expression',
              ...both('code.expression', { code: excerpt(node.value) }),
              severity: 'error',
              unsafe: true,
            },
          ];
    case 'mdxJsxFlowElement':
    case 'mdxJsxTextElement':
      return jsxProblems(node.name, node.attributes, line, context);
    default:
      return [];
  }
}

function htmlProblems(html: string, line: number, context: MarkdownContext): Located[] {
  const problems: Located[] = [];
  for (const tag of rawTags(html)) {
    problems.push(...elementChecks(tag.name, tag.attributes, line + tag.lineOffset, context));
  }
  return problems;
}

function elementChecks(
  name: string,
  attributes: { name: string; value: string | undefined }[],
  line: number | undefined,
  context: MarkdownContext,
): Located[] {
  const problems: Located[] = [];
  const element = name.toLowerCase();
  const push = (
    problem: { message: string; fr?: string; unsafe: boolean } | undefined,
    field = `<${element}>`,
  ) => {
    if (problem)
      problems.push({
        line,
        field,
        message: problem.message,
        fr: problem.fr,
        severity: 'error',
        ...(problem.unsafe ? { unsafe: true } : {}),
      });
  };
  for (const problem of allowListProblems(element, attributes)) push(problem);
  // An image or a link written in HTML is refused above; what its address would do is said too.
  const value = (attribute: string) =>
    attributes.find((given) => given.name.toLowerCase() === attribute)?.value;
  const src = value('src');
  if (element === 'img' && src !== undefined) push(imageProblem(src, imageWhere(context)), 'image');
  const href = value('href');
  if (element === 'a' && href !== undefined) push(linkProblem(href, context.site), 'link');
  return problems;
}

/** A JSX attribute value that is plain data (a quoted text, a number, true/false, a list of those). */
function isLiteral(expression: unknown): boolean {
  const node = expression as
    | {
        type?: string;
        elements?: unknown[];
        expressions?: unknown[];
        argument?: unknown;
        operator?: string;
      }
    | undefined;
  switch (node?.type) {
    case 'Literal':
      return true;
    case 'TemplateLiteral':
      return node.expressions?.length === 0;
    case 'ArrayExpression':
      return (node.elements ?? []).every(isLiteral);
    case 'UnaryExpression':
      return node.operator === '-' && isLiteral(node.argument);
    default:
      return false;
  }
}

function jsxProblems(
  name: string | null,
  attributes: (MdxJsxAttribute | MdxJsxExpressionAttribute)[],
  line: number | undefined,
  context: MarkdownContext,
): Located[] {
  const problems: Located[] = [];
  const isComponent = name !== null && (/^[A-Z]/.test(name) || name.includes('.'));
  const allowed = name !== null && isComponent ? context.components[name] : undefined;
  const label = name === null ? '<>' : `<${name}>`;
  if (name === null) {
    problems.push({
      line,
      field: '<>',
      message: 'a JSX fragment <>…</> is not needed in content: remove it',
      severity: 'error',
    });
  } else if (isComponent && !allowed) {
    const names = Object.keys(context.components);
    const suggestion = closest(name, names);
    problems.push({
      line,
      field: label,
      message: `${label} is not a component authors may use: ${names.length ? `one of ${names.join(' | ')}${suggestion ? ` (did you mean "${suggestion}"?)` : ''}` : 'no component is available yet'} (see CONTRIBUTING.md)`,
      severity: 'error',
      unsafe: true,
    });
  }
  const plain: { name: string; value: string | undefined }[] = [];
  for (const attribute of attributes) {
    if (attribute.type === 'mdxJsxExpressionAttribute') {
      problems.push({
        line,
        field: label,
        message: `{${excerpt(attribute.value)}} in a tag is JavaScript run when the site is built and is not allowed`,
        severity: 'error',
        unsafe: true,
      });
      continue;
    }
    const value = attribute.value;
    if (value !== null && value !== undefined && typeof value === 'object') {
      const program = value.data?.estree;
      const statement = program?.body[0];
      const literal =
        program?.body.length === 1 &&
        statement?.type === 'ExpressionStatement' &&
        isLiteral(statement.expression);
      if (!allowed || !literal) {
        problems.push({
          line,
          field: label,
          message: `${attribute.name}={${excerpt(value.value)}}: an attribute in braces is JavaScript run when the site is built; write its value in quotes: ${attribute.name}="…"`,
          severity: 'error',
          unsafe: true,
        });
      }
      plain.push({ name: attribute.name, value: undefined });
      continue;
    }
    plain.push({ name: attribute.name, value: value ?? undefined });
  }
  if (allowed) {
    const given = new Set(plain.map((attribute) => attribute.name));
    const known = [...allowed.required, ...allowed.optional];
    for (const required of allowed.required) {
      if (!given.has(required))
        problems.push({
          line,
          field: label,
          message: `the attribute ${required}="…" is required`,
          severity: 'error',
        });
    }
    for (const attribute of plain) {
      if (!known.includes(attribute.name)) {
        problems.push({
          line,
          field: label,
          message: `${label} has no attribute "${attribute.name}": ${known.join(' | ')}`,
          severity: 'error',
        });
      }
    }
    for (const attribute of plain) {
      const problem = attributeProblem(attribute.name, attribute.value);
      if (problem?.unsafe)
        problems.push({
          line,
          field: label,
          message: problem.message,
          severity: 'error',
          unsafe: true,
        });
    }
  } else if (name !== null && !isComponent) {
    problems.push(...elementChecks(name, plain, line, context));
  }
  return problems;
}
