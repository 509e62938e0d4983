// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import { satteri } from '@astrojs/markdown-satteri';
import { defaultLocale, locales } from './src/i18n/config.ts';
import { siteConfig } from './src/site-config.ts';
import { searchIndex } from './src/integrations/search-index.ts';
import { communeIndex } from './src/integrations/commune-index.ts';
import { siteMap } from './src/integrations/sitemap.ts';
import { frenchSpacingPlugin } from './src/integrations/satteri-french-spacing.ts';
import { noCodePlugin } from './src/integrations/satteri-no-code.ts';
import { contentGuard } from './src/integrations/content-guard.ts';
import { glossaryPlugin } from './src/integrations/satteri-glossary.ts';
import { languageMarksPlugin } from './src/integrations/satteri-language-marks.ts';
import { caseSectionsPlugin } from './src/integrations/satteri-case-sections.ts';
import { cmsAssets } from './src/integrations/cms-assets.ts';

export default defineConfig({
  site: siteConfig.url,
  // The browser tests build a second site from generated content; it gets its own cache.
  cacheDir: process.env.ASTRO_CACHE_DIR ?? './node_modules/.astro',
  trailingSlash: 'always',
  build: { format: 'directory', inlineStylesheets: 'never' },
  i18n: {
    locales: [...locales],
    defaultLocale,
    routing: { prefixDefaultLocale: true, redirectToDefaultLocale: false },
  },
  markdown: {
    processor: satteri({
      mdastPlugins: [noCodePlugin()],
      // Language marks first: a name the glossary then links stays whole inside its <span lang>.
      hastPlugins: [
        frenchSpacingPlugin(),
        languageMarksPlugin(),
        glossaryPlugin(),
        caseSectionsPlugin(),
      ],
    }),
    syntaxHighlight: false,
  },
  integrations: [contentGuard(), mdx(), searchIndex(), communeIndex(), ...siteMap(), cmsAssets()],
  security: {
    csp: {
      directives: [
        "default-src 'self'",
        "img-src 'self' data:",
        "object-src 'none'",
        "base-uri 'self'",
        "form-action 'self'",
      ],
      scriptDirective: { resources: ["'self'", "'wasm-unsafe-eval'"] },
    },
  },
});
