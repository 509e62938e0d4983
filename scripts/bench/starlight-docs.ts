/**
 * The benchmark's Starlight peer gets the same generated cases as the site and the floor: each case
 * file becomes a Starlight page with the same body, its title, and its summary as the description
 * (the two fields Starlight's schema shows; the site's other fields would be dropped by it anyway).
 * Pages go to `<starlight project>/src/content/docs/<locale>/<slug>.mdx`, with a home page per
 * language that the small manual sidebar links to.
 */
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import yaml from 'js-yaml';

/** The languages of the generated cases, and of the Starlight peer (French is its root language). */
export const starlightLocales = ['fr', 'en'] as const;

/**
 * A case file as a Starlight page: the same MDX body under a frontmatter of `title` and `description`.
 * @example starlightPage("---\ntitle: A\nsummary: B\nthemes: [ent]\n---\n\n## C\n").startsWith('---\ntitle: A\ndescription: B\n---\n') // true
 */
export function starlightPage(caseFile: string, where = 'a case file'): string {
  const match = /^---\n([\s\S]*?)\n---\n([\s\S]*)$/.exec(caseFile);
  if (!match) throw new Error(`${where}: no frontmatter between --- lines`);
  const data = yaml.load(match[1]!) as Record<string, unknown> | null;
  const title = data?.['title'];
  const summary = data?.['summary'];
  if (typeof title !== 'string' || typeof summary !== 'string')
    throw new Error(`${where}: a case needs a text title and summary to become a Starlight page`);
  const frontmatter = yaml.dump({ title, description: summary }, { lineWidth: -1 });
  return `---\n${frontmatter}---\n${match[2]}`;
}

/** The home page of one language of the peer (the target of its sidebar's only link). */
export function starlightHome(locale: (typeof starlightLocales)[number], count: number): string {
  const [title, text] =
    locale === 'fr'
      ? ['Pratiques', `${count} pratiques générées pour le banc d’essai.`]
      : ['Practices', `${count} practices generated for the benchmark.`];
  return `---\ntitle: ${title}\n---\n\n${text}\n`;
}

/**
 * Write the Starlight pages of every generated case (`<content>/cases/<locale>/*.mdx`) into `docs`,
 * emptied first. Returns the number of case pages written per language.
 */
export function writeStarlightDocs(content: string, docs: string): number {
  rmSync(docs, { recursive: true, force: true });
  let count = 0;
  for (const locale of starlightLocales) {
    const from = join(content, 'cases', locale);
    const to = join(docs, locale);
    mkdirSync(to, { recursive: true });
    const files = readdirSync(from).filter((name) => name.endsWith('.mdx'));
    for (const name of files) {
      const file = join(from, name);
      writeFileSync(join(to, name), starlightPage(readFileSync(file, 'utf8'), file));
    }
    writeFileSync(join(to, 'index.mdx'), starlightHome(locale, files.length));
    count = files.length;
  }
  return count;
}
