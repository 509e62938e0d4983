import { isAbsolute, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse as parseJavaScript, type Program } from 'acorn';
import { defineMdastPlugin, type MdastPluginEntry } from 'satteri';

/** The program a piece of JavaScript parses to, or undefined when it is not JavaScript. */
function program(source: string, sourceType: 'module' | 'script'): Program | undefined {
  try {
    return parseJavaScript(source, { ecmaVersion: 'latest', sourceType });
  } catch {
    return undefined;
  }
}

/**
 * Whether an MDX `import`/`export` block is JavaScript rather than prose that starts with the word
 * ("export des données…").
 * @example isModuleCode("export const a = 1") // true
 * @example isModuleCode('export des données ouvertes') // false
 */
export const isModuleCode = (value: string): boolean => program(value, 'module') !== undefined;

/**
 * Whether an MDX expression holds only comments (`{/* note *\/}`): MDX's way of writing a comment,
 * which compiles to nothing.
 * @example isCommentOnly('/* note *\/') // true
 * @example isCommentOnly('globalThis.process') // false
 */
export const isCommentOnly = (value: string): boolean =>
  program(value, 'script')?.body.length === 0;

/** Where a node is, as `content/cases/fr/x.mdx:12` from the project root (a file outside it by its whole path). */
function place(fileURL: URL | undefined, line: number | undefined): string {
  const path = fileURL ? fileURLToPath(fileURL) : 'an MDX file';
  const fromRoot = relative(process.cwd(), path);
  const file = fromRoot.startsWith('..') || isAbsolute(fromRoot) ? path : fromRoot;
  return line === undefined ? file : `${file}:${line}`;
}

const advice = 'the allowed components (see CONTRIBUTING.md) need no code';

/**
 * Sätteri plugin: the Markdown and MDX the build compiles hold no code, whatever the content check
 * said (it is the first gate, not the only one). MDX runs `import`/`export` blocks, `{…}`
 * expressions, `{…}` attribute values and a `layout` frontmatter field as JavaScript when the site
 * is built; each stops the build with the file and line. Comments (`{/* … *\/}`) compile to nothing
 * and are kept. A paragraph that merely starts with "import " or "export " (MDX reads it as code) is
 * shown as the paragraph it was meant to be. Applies to every file, wherever it lies.
 */
export function noCodePlugin(): MdastPluginEntry {
  return (context) => {
    const refuse = (line: number | undefined, what: string): never => {
      throw new Error(
        `${place(context.fileURL, line)}: ${what} is JavaScript run by the build; content holds no code: ${advice}.`,
      );
    };
    const frontmatter = (context.data as { astro?: { frontmatter?: Record<string, unknown> } })
      .astro?.frontmatter;
    if (frontmatter && Object.hasOwn(frontmatter, 'layout'))
      refuse(undefined, 'the frontmatter field "layout" (it imports a module)');
    return defineMdastPlugin({
      name: 'no-code',
      options: { position: true },
      mdxjsEsm(node) {
        const line = node.position?.start.line;
        if (isModuleCode(node.value)) refuse(line, `"${node.value.split(/\s/, 1)[0]}"`);
        return { type: 'paragraph', children: [{ type: 'text', value: node.value }] };
      },
      mdxFlowExpression(node) {
        if (!isCommentOnly(node.value))
          refuse(node.position?.start.line, `{${excerpt(node.value)}}`);
      },
      mdxTextExpression(node) {
        if (!isCommentOnly(node.value))
          refuse(node.position?.start.line, `{${excerpt(node.value)}}`);
      },
      mdxJsxFlowElement(node) {
        refuseAttributeCode(node.name, node.attributes, node.position?.start.line);
      },
      mdxJsxTextElement(node) {
        refuseAttributeCode(node.name, node.attributes, node.position?.start.line);
      },
    });

    function refuseAttributeCode(
      element: string | null,
      attributes: readonly { type: string; name?: string; value?: unknown }[],
      line: number | undefined,
    ): void {
      for (const attribute of attributes) {
        if (attribute.type === 'mdxJsxExpressionAttribute')
          refuse(line, `{${excerpt(String(attribute.value))}} in <${element ?? ''}>`);
        const value = attribute.value;
        if (typeof value === 'object' && value !== null)
          refuse(
            line,
            `${attribute.name}={${excerpt(String((value as { value?: unknown }).value ?? ''))}} in <${element ?? ''}>`,
          );
      }
    }
  };
}

/** The start of a piece of code, on one line, for a message. */
function excerpt(code: string): string {
  const line = code.replace(/\s+/g, ' ').trim();
  return line.length > 40 ? `${line.slice(0, 40)}…` : line;
}
