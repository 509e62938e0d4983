import type { AstroIntegration } from 'astro';
import { copyFileSync, readdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * The files of Decap CMS's browser build that the web editor loads: the bundle (React included),
 * the chunks it loads on demand, and its licence notice. Source maps and the WebAssembly of image
 * processing, which the editor does not use, are left out.
 */
export function decapFiles(folder: string): string[] {
  return readdirSync(folder).filter((file) =>
    /^(\d+\.)?decap-cms\.js$|^decap-cms\.js\.LICENSE\.txt$/.test(file),
  );
}

/** The YAML library the editor reads and writes frontmatter with (the one the content check reads it with). */
export function yamlModulePath(): string {
  return join(dirname(createRequire(import.meta.url).resolve('js-yaml')), 'dist/js-yaml.mjs');
}

/** Where Decap CMS's browser build is, in node_modules. */
export function decapDistDir(): string {
  return dirname(createRequire(import.meta.url).resolve('decap-cms'));
}

/**
 * The web editor's script, copied from node_modules into dist/admin/ after the build, so that the
 * editor loads nothing from another origin (public/admin/index.html loads it; `npm run cms` serves
 * the same files straight from node_modules).
 */
export function cmsAssets(): AstroIntegration {
  return {
    name: 'continuites:cms-assets',
    hooks: {
      'astro:build:done': ({ dir, logger }) => {
        const from = decapDistDir();
        const to = join(fileURLToPath(dir), 'admin');
        const files = decapFiles(from);
        for (const file of files) copyFileSync(join(from, file), join(to, file));
        copyFileSync(yamlModulePath(), join(to, 'js-yaml.mjs'));
        logger.info(`web editor: ${files.length} files of Decap CMS copied to ${to}`);
      },
    },
  };
}
