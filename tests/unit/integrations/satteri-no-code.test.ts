import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { mdxToJs } from 'satteri';
import { describe, expect, test } from 'vitest';
import {
  isCommentOnly,
  isModuleCode,
  noCodePlugin,
} from '../../../src/integrations/satteri-no-code.ts';

const compile = async (
  source: string,
  file = 'content/cases/fr/exemple.mdx',
  frontmatter: Record<string, unknown> = {},
) =>
  mdxToJs(source, {
    mdastPlugins: [noCodePlugin()],
    fileURL: pathToFileURL(resolve(file)),
    // What Astro's MDX integration hands to the plugins (@astrojs/markdown-satteri).
    data: {
      astro: {
        frontmatter,
        headings: [],
        localImagePaths: new Set<string>(),
        remoteImagePaths: new Set<string>(),
      },
    },
  });

describe('the build refuses code in content (Sätteri plugin)', () => {
  test.each([
    [
      'an export',
      'Texte.\n\nexport const secret = 1\n',
      'content/cases/fr/exemple.mdx:3: "export" is JavaScript',
    ],
    [
      'an import',
      'import fs from "node:fs"\n',
      'content/cases/fr/exemple.mdx:1: "import" is JavaScript',
    ],
    [
      'an expression in a paragraph',
      'Un texte {globalThis.process.getBuiltinModule("node:fs").writeFileSync("x", "y")} ici.\n',
      'content/cases/fr/exemple.mdx:1: {globalThis.process.getBuiltinModule("nod…} is JavaScript',
    ],
    [
      'an expression on its own line',
      '## Titre\n\n{process.exit(1)}\n',
      'content/cases/fr/exemple.mdx:3: {process.exit(1)} is JavaScript',
    ],
    [
      'an attribute value',
      'Voir <a href={"java" + "script:"}>ici</a>.\n',
      'content/cases/fr/exemple.mdx:1: href={"java" + "script:"} in <a>',
    ],
    [
      'a spread attribute',
      '<Note {...globalThis}>texte</Note>\n',
      'content/cases/fr/exemple.mdx:1: {...globalThis} in <Note>',
    ],
  ])('stops the build on %s, naming the file and line', async (_, source, message) => {
    await expect(compile(source)).rejects.toThrow(message);
  });

  test('refuses a layout field, which imports a module', async () => {
    await expect(
      compile('Texte.\n', 'content/pages/fr/a.mdx', { title: 'x', layout: '../../../evil.mjs' }),
    ).rejects.toThrow(
      'content/pages/fr/a.mdx: the frontmatter field "layout" (it imports a module) is JavaScript run by the build',
    );
  });

  test('applies to a file wherever it lies, as one reached through a symbolic link would', async () => {
    await expect(compile('{1}\n', join('/tmp', 'elsewhere', 'x.mdx'))).rejects.toThrow(
      '/tmp/elsewhere/x.mdx:1: {1} is JavaScript',
    );
  });

  test('keeps comments, and shows prose that starts with "export" as the paragraph it is', async () => {
    const { code } = await compile(
      '{/* une note */}\n\nexport des données ouvertes\n\nTexte {/* autre note */} fin.\n',
    );
    expect(code).toContain('export des données ouvertes');
    expect(code).not.toContain('une note');
  });

  test('tells code from prose and comments', () => {
    expect(isModuleCode('export const a = 1')).toBe(true);
    expect(isModuleCode('export des données')).toBe(false);
    expect(isCommentOnly('/* a */ // b\n')).toBe(true);
    expect(isCommentOnly('a /* b */')).toBe(false);
    expect(isCommentOnly('{')).toBe(false);
  });
});
