import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { markdownToHtml, mdxToJs } from 'satteri';
import { beforeAll, describe, expect, test } from 'vitest';
import { glossaryPlugin } from '../../../src/integrations/satteri-glossary.ts';
import { languageMarksPlugin } from '../../../src/integrations/satteri-language-marks.ts';
import { resolveTerritory } from '../../../src/territory/resolve.ts';

const contentRoot = resolve('content');
const options = (file: string) => ({
  hastPlugins: [languageMarksPlugin({ contentRoot }), glossaryPlugin({ contentRoot })],
  fileURL: pathToFileURL(join(contentRoot, file)),
});
const render = async (markdown: string, file: string) =>
  (await markdownToHtml(markdown, options(file))).html;

// The official data (37,000 communes) is read on first use: read it before the tests, outside their time budget.
beforeAll(() => void resolveTerritory({ scope: 'commune', code: '29019' }), 60_000);

describe('the language marks plugin', () => {
  test('marks the French names of places and of bodies in English texts, headings and emphasis included', async () => {
    const html = await render(
      '## In Champagne-au-Mont-d’Or\n\nLycée Vauban in Brest, *in Eure-et-Loir*.',
      'cases/en/x.mdx',
    );
    expect(html).toContain('<h2>In <span lang="fr">Champagne-au-Mont-d’Or</span></h2>');
    expect(html).toContain(
      '<span lang="fr">Lycée Vauban</span> in <span lang="fr">Brest</span>, <em>in <span lang="fr">Eure-et-Loir</span></em>',
    );
  });

  test('marks everywhere a French phrase that some English text marks by hand', async () => {
    expect(await render('The whole bassin d’animation pédagogique.', 'voices/en/x.mdx')).toContain(
      '<span lang="fr">bassin d’animation pédagogique</span>',
    );
  });

  test('marks English phrases in French texts, not French names', async () => {
    const html = await render('Un learning lab à Brest.', 'cases/fr/x.mdx');
    // The glossary explains « learning lab »: its link goes inside the mark, which stays whole.
    expect(html).toMatch(/Un <span lang="en">(<a [^>]*>)?learning lab(<\/a>)?<\/span> à Brest\./);
    expect(html).not.toContain('<span lang="fr">Brest');
  });

  test('keeps a name whole when the glossary then links part of it', async () => {
    expect(await render('The Réseau Canopé.', 'cases/en/x.mdx')).toContain(
      '<span lang="fr">Réseau <a href="/en/glossary/#canope"',
    );
  });

  test('leaves code, what the author marked, and files outside the content alone', async () => {
    expect(await render('`Brest`', 'cases/en/x.mdx')).toBe('<p><code>Brest</code></p>\n');
    const { code } = await mdxToJs(
      'A <span lang="fr">Brest</span> quay.\n',
      options('cases/en/x.mdx'),
    );
    expect(code.match(/lang: "fr"/g)).toHaveLength(1);
    expect(await render('Brest', 'drafts/en/x.mdx')).toBe('<p>Brest</p>\n');
  });
});
