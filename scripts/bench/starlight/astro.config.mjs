// The benchmark's peer: the same generated cases built with Starlight, in its fastest honest
// configuration: a small manual sidebar (one link per language; Starlight's default sidebar lists
// every page on every page, which grows each page with N), its own Pagefind search, both languages.
// scripts/bench/bench.ts installs this folder on demand (`npm install` here), writes the pages into
// src/content/docs/ (scripts/bench/starlight-docs.ts) and sets ASTRO_CACHE_DIR.
import { defineConfig } from 'astro/config';
import starlight from '@astrojs/starlight';

export default defineConfig({
  cacheDir: process.env.ASTRO_CACHE_DIR ?? './node_modules/.astro',
  integrations: [
    starlight({
      title: 'Continuités (benchmark)',
      defaultLocale: 'fr',
      locales: {
        fr: { label: 'Français', lang: 'fr' },
        en: { label: 'English', lang: 'en' },
      },
      sidebar: [{ label: 'Pratiques', translations: { en: 'Practices' }, link: '/fr/' }],
    }),
  ],
});
