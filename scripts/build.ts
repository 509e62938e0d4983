/**
 * Build the site and publish it all at once: `node scripts/build.ts [--outDir dist] [astro build options…]`
 * (`npm run build` runs it after the content check).
 *
 * `astro build` empties its output folder first and writes into it as it goes: a build that fails half
 * way would leave a site without its home page, search index or sitemap, with Astro's server chunks
 * (`.prerender/`) in it. So the site is built into a staging folder beside the output folder
 * (`dist.next/`), checked to hold what a published site cannot be without, and only then swapped in
 * for `dist/`. A failed build leaves `dist/` exactly as it was.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, renameSync, rmSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { locales } from '../src/i18n/config.ts';

/** Files without which the built site is not published: every language's home and 404 page, the search index, the sitemap, the open data. */
const requiredFiles: readonly string[] = [
  'index.html',
  '404.html',
  ...locales.flatMap((locale) => [`${locale}/index.html`, `${locale}/404/index.html`]),
  'pagefind/pagefind.js',
  'pagefind/pagefind-entry.json',
  'sitemap-index.xml',
  'data/cases.json',
  'data/cases.csv',
  'data/codebook.json',
];

/** Folders of a build that are never published: Astro's server chunks, used to render the pages. */
const unpublishedFolders: readonly string[] = ['.prerender'];

/** What is missing from a built folder for it to be published (empty when nothing is). */
function missingFiles(folder: string): string[] {
  return requiredFiles.filter(
    (file) => !statSync(join(folder, file), { throwIfNoEntry: false })?.isFile(),
  );
}

/**
 * Put `staging` in the place of `outDir`. The previous folder is moved aside first and put back if
 * the staging folder cannot be moved in, so that `outDir` is never left missing or half-replaced.
 */
function publish(staging: string, outDir: string): void {
  const previous = `${outDir}.previous`;
  rmSync(previous, { recursive: true, force: true });
  const hadPrevious = existsSync(outDir);
  if (hadPrevious) renameSync(outDir, previous);
  try {
    renameSync(staging, outDir);
  } catch (error) {
    if (hadPrevious) renameSync(previous, outDir);
    throw error;
  }
  rmSync(previous, { recursive: true, force: true });
}

function main(): number {
  const args = process.argv.slice(2);
  const at = args.indexOf('--outDir');
  const outDir = resolve(at === -1 ? 'dist' : (args[at + 1] ?? 'dist'));
  const astroArgs = at === -1 ? args : [...args.slice(0, at), ...args.slice(at + 2)];
  const staging = `${outDir}.next`;
  const shown = (folder: string) => folder.replace(`${process.cwd()}/`, '');
  const fail = (message: string) => {
    rmSync(staging, { recursive: true, force: true });
    console.error(
      `\n${message}\n${shown(outDir)}/ was left as it was${existsSync(outDir) ? '' : ' (there was none)'}.`,
    );
    return 1;
  };

  rmSync(staging, { recursive: true, force: true });
  const astro = resolve(import.meta.dirname, '../node_modules/astro/bin/astro.mjs');
  const build = spawnSync(process.execPath, [astro, 'build', '--outDir', staging, ...astroArgs], {
    stdio: 'inherit',
  });
  if (build.status !== 0)
    return fail(
      `The build failed${build.signal ? ` (stopped by ${build.signal})` : ''}: nothing was published.`,
    );

  for (const folder of unpublishedFolders)
    rmSync(join(staging, folder), { recursive: true, force: true });
  const missing = missingFiles(staging);
  if (missing.length > 0)
    return fail(`The build left out ${missing.join(', ')}: nothing was published.`);

  try {
    publish(staging, outDir);
  } catch (error) {
    return fail(
      `The built site could not be moved in place of ${shown(outDir)}/: ${error instanceof Error ? error.message : String(error)}.`,
    );
  }
  console.log(`Published the site in ${shown(outDir)}/.`);
  return 0;
}

process.exitCode = main();
