import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import yaml from 'js-yaml';
import { locales, type Locale } from '../../../src/i18n/config.ts';
import { contentDir } from '../../../src/data/content-dir.ts';
import type { TerritoryRef } from '../../../src/territory/resolve.ts';

/** A case as its files say it, to compare with what the built site shows. */
export interface ContentCase {
  slug: string;
  /** The languages it has a file in. */
  locales: Locale[];
  /** The frontmatter of each language version. */
  data: Partial<
    Record<Locale, Record<string, unknown> & { title: string; territory: TerritoryRef }>
  >;
}

/**
 * Every case of the content the site under test was built from (content/, or the folder given by
 * CONTINUITES_CONTENT_DIR as for the build), read from the files themselves: tests never list cases by hand.
 */
export function contentCases(root = contentDir): ContentCase[] {
  const bySlug = new Map<string, ContentCase>();
  for (const locale of locales) {
    const folder = join(root, 'cases', locale);
    for (const file of readdirSync(folder).filter((name) => name.endsWith('.mdx'))) {
      const slug = file.replace(/\.mdx$/, '');
      const frontmatter = readFileSync(join(folder, file), 'utf8').split(/^---\s*$/m)[1] ?? '';
      const entry = bySlug.get(slug) ?? { slug, locales: [], data: {} };
      entry.locales.push(locale);
      entry.data[locale] = yaml.load(frontmatter) as ContentCase['data'][Locale] & object;
      bySlug.set(slug, entry);
    }
  }
  return [...bySlug.values()].sort((a, b) => a.slug.localeCompare(b.slug));
}

/** The frontmatter a case's structured fields are read from: its French version, else its only one. */
export const structured = (entry: ContentCase) => (entry.data.fr ?? entry.data.en)!;
