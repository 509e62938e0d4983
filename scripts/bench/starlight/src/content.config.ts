import { defineCollection } from 'astro:content';
import { docsLoader } from '@astrojs/starlight/loaders';
import { docsSchema } from '@astrojs/starlight/schema';

// Starlight's own collection, as its documentation sets it up.
export const collections = {
  docs: defineCollection({ loader: docsLoader(), schema: docsSchema() }),
};
