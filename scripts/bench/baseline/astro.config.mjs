// @ts-check
// The benchmark's floor: the same case files through @astrojs/mdx and a content collection, one bare
// page per file, no layout, no styles, no search. scripts/bench/bench.ts builds it in the same run as the
// site and sets BENCH_CASES_DIR (the generated cases folder) and ASTRO_CACHE_DIR.
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';

export default defineConfig({
  cacheDir: process.env.ASTRO_CACHE_DIR ?? './node_modules/.astro',
  build: { format: 'directory' },
  integrations: [mdx()],
});
