import { lstatSync, readdirSync } from 'node:fs';
import { extname, join, relative, sep } from 'node:path';
import { slug as githubSlug } from 'github-slugger';
import { isLocale, type Locale } from '../../src/i18n/config.ts';
import { both, type ContributorKey } from '../../src/i18n/contributor/index.ts';
import type { EntryCollection } from '../../src/schemas/collections.ts';
import { idPattern } from '../../src/schemas/common.ts';
import { maxContentBytes, readContentText } from '../../src/utils/text-file.ts';
import { shownPath, type CheckContext } from './context.ts';
import { splitFrontmatter, type SplitFile } from './frontmatter.ts';
import type { Problem } from './problems.ts';

/** The folders of MDX content, and what their files are called in messages. */
export const collections = {
  cases: { kind: 'kind.case' },
  voices: { kind: 'kind.voice' },
  pages: { kind: 'kind.page' },
} as const satisfies Record<EntryCollection, { kind: ContributorKey }>;

const imageExtensions = new Set(['.jpg', '.jpeg', '.png', '.webp', '.avif', '.gif', '.svg']);

/** One MDX or Markdown file of a collection, in a language folder. */
export interface ContentFile {
  collection: EntryCollection;
  locale: Locale;
  /** The path inside the language folder, without the extension: the page's address. */
  slug: string;
  absolute: string;
  /** As messages name it (see `shownPath`). */
  file: string;
  format: 'md' | 'mdx';
  source: string;
  split: SplitFile;
}

/**
 * Every file under a folder, and every symbolic link (file or folder) found on the way, which is
 * not followed: the build's own guard (src/integrations/content-guard.ts) refuses them too.
 */
function listFiles(folder: string): { files: string[]; links: string[] } {
  const files: string[] = [];
  const links: string[] = [];
  const stat = lstatSync(folder, { throwIfNoEntry: false });
  if (!stat) return { files, links };
  if (stat.isSymbolicLink()) return { files, links: [folder] };
  const pending = [folder];
  while (pending.length) {
    const current = pending.pop()!;
    for (const entry of readdirSync(current, { withFileTypes: true })) {
      const path = join(current, entry.name);
      if (entry.isSymbolicLink()) links.push(path);
      else if (entry.isDirectory()) pending.push(path);
      else if (entry.isFile()) files.push(path);
    }
  }
  return { files: files.sort(), links: links.sort() };
}

/**
 * Phase 1: find the content files and check where they are and what they are called: a language
 * folder, an `.mdx` extension, a kebab-case name, and no two files with the same address.
 */
export function findContentFiles(context: CheckContext): {
  files: ContentFile[];
  problems: Problem[];
} {
  const shown = (absolute: string) => shownPath(context, absolute);
  const files: ContentFile[] = [];
  const problems: Problem[] = [];
  const byAddress = new Map<string, ContentFile[]>();
  // Symbolic links anywhere in the content folder: the build would read whatever they point to.
  for (const link of listFiles(context.contentRoot).links) {
    problems.push({
      file: shown(link),
      field: 'symbolic link',
      ...both('file.symlink'),
      severity: 'error',
      unsafe: true,
    });
  }
  for (const collection of Object.keys(collections) as EntryCollection[]) {
    const folder = join(context.contentRoot, collection);
    for (const absolute of listFiles(folder).files) {
      const file = shown(absolute);
      const extension = extname(absolute);
      if (imageExtensions.has(extension)) continue;
      if (extension !== '.mdx' && extension !== '.md') {
        const lower = extension.toLowerCase();
        problems.push(
          lower === '.mdx' || lower === '.md' || imageExtensions.has(lower)
            ? {
                file,
                field: 'file name',
                ...both('file.extensionCase', { extension: JSON.stringify(lower) }),
                severity: 'error',
              }
            : {
                file,
                ...both('file.notPublished', { folder: shown(folder) }),
                severity: 'warning',
              },
        );
        continue;
      }
      const [first, ...rest] = relative(folder, absolute).split(sep);
      if (!isLocale(first) || rest.length === 0) {
        problems.push({
          file,
          field: 'folder',
          ...both('file.languageFolder', { folder: shown(folder) }),
          severity: 'error',
        });
        continue;
      }
      if (rest.length > 1) {
        // The build would load it (its loader reads **/*.mdx) under an address no page expects.
        problems.push({
          file,
          field: 'folder',
          ...both('file.subFolder', { folder: `${shown(folder)}/${first}` }),
          severity: 'error',
        });
        continue;
      }
      const read = readContentText(absolute);
      if (read.error) {
        problems.push({
          file,
          field: 'file',
          ...(read.error === 'too large'
            ? both('file.tooLarge', {
                size: Math.ceil(read.bytes / 1024),
                limit: maxContentBytes / 1024,
              })
            : both('file.notUtf8')),
          severity: 'error',
          unsafe: true,
        });
        continue;
      }
      const source = read.text;
      const slug = rest.join('/').slice(0, -extension.length);
      const entry: ContentFile = {
        collection,
        locale: first,
        slug,
        absolute,
        file,
        format: extension === '.md' ? 'md' : 'mdx',
        source,
        split: splitFrontmatter(source),
      };
      files.push(entry);
      if (entry.format === 'md') {
        problems.push({
          file,
          field: 'file name',
          ...both('file.markdown', { name: shown(absolute).replace(/\.md$/i, '.mdx') }),
          severity: 'error',
        });
      }
      const badSegment = slug.split('/').find((segment) => !idPattern.test(segment));
      if (badSegment !== undefined) {
        problems.push({
          file,
          field: 'file name',
          message: `"${badSegment}" is not a valid name: use lowercase ASCII letters, digits and hyphens, without accents or spaces (for example "${
            githubSlug(badSegment)
              .normalize('NFD')
              .replace(/[^a-z0-9-]/g, '') || 'lab28-la-loupe'
          }")`,
          severity: 'error',
        });
      }
      // A number after a listing's address is one of its pages (/fr/pratiques/2/): a practice cannot take it.
      if (collection === 'cases' && /^[0-9]+$/.test(slug)) {
        problems.push({
          file,
          field: 'file name',
          message: `"${slug}" is only digits, and /fr/pratiques/${slug}/ is a page of the catalogue: add words to the name (for example "${slug}-lab28-la-loupe")`,
          severity: 'error',
        });
      }
      // Astro derives the page address from the path this way; two files with the same address build silently, the last one winning.
      const address = `${collection}/${first}/${slug
        .split('/')
        .map((segment) => githubSlug(segment))
        .join('/')}`;
      byAddress.set(address, [...(byAddress.get(address) ?? []), entry]);
    }
  }
  for (const [address, entries] of byAddress) {
    if (entries.length < 2) continue;
    for (const entry of entries) {
      const others = entries
        .filter((other) => other !== entry)
        .map((other) => other.file)
        .join(', ');
      problems.push({
        file: entry.file,
        field: 'file name',
        message: `same address as ${others} (${address.split('/').slice(1).join('/')}): the build would keep only one of them, silently; rename or remove one`,
        severity: 'error',
      });
    }
  }
  return { files, problems };
}
