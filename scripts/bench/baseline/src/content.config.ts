import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';

// No schema: the floor measures what Astro itself costs to load and render the files.
export const collections = {
  cases: defineCollection({
    loader: glob({
      base: process.env.BENCH_CASES_DIR ?? '../../../content/cases',
      pattern: '**/*.mdx',
    }),
  }),
};
