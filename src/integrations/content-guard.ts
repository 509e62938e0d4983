import type { AstroIntegration } from 'astro';
import { lstatSync, readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { contentDir } from '../data/content-dir.ts';

/**
 * Every symbolic link in a folder, the folder itself included, as paths from the project root.
 * @example symbolicLinks('content') // ['content/voices/en']
 */
export function symbolicLinks(folder: string): string[] {
  const shown = (path: string) => relative(process.cwd(), path) || path;
  if (lstatSync(folder, { throwIfNoEntry: false })?.isSymbolicLink()) return [shown(folder)];
  const links: string[] = [];
  const visit = (current: string) => {
    for (const entry of readdirSync(current, { withFileTypes: true })) {
      const path = join(current, entry.name);
      if (entry.isSymbolicLink()) links.push(shown(path));
      else if (entry.isDirectory()) visit(path);
    }
  };
  visit(folder);
  return links;
}

/**
 * Refuse symbolic links in the content folder before anything reads it, in `astro build` as in
 * `astro dev`. A link makes the build load what it points to: MDX the content check never read, or
 * any file of the machine. The content check refuses links too; the build does not rely on it.
 */
export function contentGuard(): AstroIntegration {
  return {
    name: 'continuites:content-guard',
    hooks: {
      'astro:config:setup': () => {
        const links = symbolicLinks(contentDir);
        if (links.length === 0) return;
        throw new Error(
          links
            .map(
              (link) =>
                `${link}: a symbolic link; content holds files and folders only, since the build would read whatever a link points to. Put the file or folder itself here.`,
            )
            .join('\n'),
        );
      },
    },
  };
}
