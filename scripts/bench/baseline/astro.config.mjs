// @ts-check
// The benchmark's floor: the same case files through @astrojs/mdx and a content collection, one bare
// page per file, no layout, no styles; then Pagefind indexes the built pages (its Node API, as the
// site does), so that the floor, the site and the Starlight peer all build a search index.
// scripts/bench/bench.ts builds it in the same run as the site and sets BENCH_CASES_DIR (the generated
// cases folder) and ASTRO_CACHE_DIR.
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import * as pagefind from 'pagefind';

/** @type {import('astro').AstroIntegration} */
const pagefindIndex = {
  name: 'bench-floor-pagefind',
  hooks: {
    'astro:build:done': async ({ dir, logger }) => {
      const started = performance.now();
      const { index, errors } = await pagefind.createIndex({});
      if (!index) throw new Error(`Pagefind: ${errors.join('; ')}`);
      const added = await index.addDirectory({ path: fileURLToPath(dir) });
      if (added.errors.length) throw new Error(`Pagefind: ${added.errors.join('; ')}`);
      const written = await index.writeFiles({
        outputPath: fileURLToPath(new URL('pagefind/', dir)),
      });
      if (written.errors.length) throw new Error(`Pagefind: ${written.errors.join('; ')}`);
      await pagefind.close();
      logger.info(
        `Indexed ${added.page_count} pages in ${Math.round(performance.now() - started)} ms.`,
      );
    },
  },
};

export default defineConfig({
  cacheDir: process.env.ASTRO_CACHE_DIR ?? './node_modules/.astro',
  build: { format: 'directory' },
  integrations: [mdx(), pagefindIndex],
});
