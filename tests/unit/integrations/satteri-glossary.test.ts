import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { markdownToHtml, mdxToJs } from 'satteri';
import { describe, expect, test } from 'vitest';
import { explainedFileLocale, glossaryPlugin } from '../../../src/integrations/satteri-glossary.ts';

const contentRoot = resolve('content');
const render = async (markdown: string, file: string) =>
  (
    await markdownToHtml(markdown, {
      hastPlugins: [glossaryPlugin({ contentRoot })],
      fileURL: pathToFileURL(join(contentRoot, file)),
    })
  ).html;

describe('the glossary plugin', () => {
  test('links the first mention of an acronym to the glossary of the file’s language, with its expansion', async () => {
    const html = await render(
      'Les parents ont accès à l’ENT. Cet ENT leur plaît.',
      'cases/fr/exemple.mdx',
    );
    expect(html).toContain(
      'l’<a href="/fr/glossaire/#ent" class="glossary-term"><abbr title="Espace numérique de travail">ENT</abbr></a>.',
    );
    expect(html).toContain('Cet ENT leur plaît.');
  });

  test('uses the English glossary and expansion in English files', async () => {
    const html = await render('Pupils use Pix and the GDPR applies.', 'voices/en/exemple.mdx');
    expect(html).toContain('<a href="/en/glossary/#pix" class="glossary-term">Pix</a>');
    expect(html).toContain('<abbr title="General Data Protection Regulation">GDPR</abbr>');
  });

  test('a name that is not an acronym gets a link without <abbr>', async () => {
    expect(await render('Selon la loi Peillon.', 'pages/fr/about.mdx')).toContain(
      '<a href="/fr/glossaire/#loi-peillon" class="glossary-term">loi Peillon</a>',
    );
  });

  test('leaves headings, links and code alone, and explains the next mention instead', async () => {
    const html = await render(
      '## L’ENT\n\n[Un ENT](/fr/) et `ENT` puis **l’ENT**.\n',
      'cases/fr/exemple.mdx',
    );
    expect(html).toContain('<h2>L’ENT</h2>');
    expect(html).toContain('<a href="/fr/">Un ENT</a>');
    expect(html).toContain('<code>ENT</code>');
    expect(html).toContain('<strong>l’<a href="/fr/glossaire/#ent" class="glossary-term">');
  });

  test('in MDX, leaves raw links and components alone too', async () => {
    const { code } = await mdxToJs(
      'Voir <a href="/fr/">ENT</a> et <Note>ENT</Note> puis l’ENT.\n',
      {
        hastPlugins: [glossaryPlugin({ contentRoot })],
        fileURL: pathToFileURL(join(contentRoot, 'cases/fr/exemple.mdx')),
      },
    );
    expect(code.match(/glossaire\/#ent/g)).toHaveLength(1);
    expect(code).toMatch(/href: "\/fr\/",\s+children: "ENT"/);
    expect(code).toContain('_jsx(Note, { children: "ENT" })');
  });

  test('only touches case studies, interviews and pages', async () => {
    expect(await render('L’ENT', 'cases/fr/x.mdx')).toContain('glossary-term');
    expect(await render('L’ENT', 'drafts/fr/x.mdx')).not.toContain('glossary-term');
    expect(explainedFileLocale(join(contentRoot, 'pages/en/about.mdx'), contentRoot)).toBe('en');
    expect(explainedFileLocale(join(contentRoot, 'cases/de/x.mdx'), contentRoot)).toBeUndefined();
    expect(explainedFileLocale('/elsewhere/cases/fr/x.mdx', contentRoot)).toBeUndefined();
  });
});
