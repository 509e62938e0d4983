import sitemap from '@astrojs/sitemap';
import type { AstroIntegration } from 'astro';
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { pageMeta, type PageMeta } from '../routing/sitemap.ts';

/**
 * @astrojs/sitemap, told what each page declares in its head: pages marked noindex (404 pages,
 * untranslated copies) are left out, and each page lists the language versions it announces with
 * hreflang. The sitemap's own i18n option cannot do it: it pairs pages by identical paths, and
 * ours are localized (/fr/pratiques/ ↔ /en/practices/).
 */
export function siteMap(): AstroIntegration[] {
  let outDir: URL | undefined;
  const cache = new Map<string, PageMeta | undefined>();
  const metaOf = (url: string): PageMeta | undefined => {
    if (!outDir) throw new Error('sitemap: the output folder is not known yet');
    if (!cache.has(url)) {
      const path = decodeURIComponent(new URL(url).pathname);
      const file = fileURLToPath(
        new URL(`.${path}${path.endsWith('/') ? 'index.html' : ''}`, outDir),
      );
      cache.set(
        url,
        existsSync(file) && file.endsWith('.html')
          ? pageMeta(readFileSync(file, 'utf8'))
          : undefined,
      );
    }
    return cache.get(url);
  };
  return [
    {
      name: 'continuites:sitemap-pages',
      hooks: {
        'astro:config:done': ({ config }) => {
          outDir = config.outDir;
        },
      },
    },
    sitemap({
      namespaces: { news: false, image: false, video: false },
      // Only HTML pages that may be indexed (data files, feeds and noindex pages are not listed).
      filter: (url) => metaOf(url)?.noindex === false,
      serialize: (item) => {
        const alternates = metaOf(item.url)?.alternates ?? [];
        return alternates.length > 0
          ? { ...item, links: alternates.map(({ lang, href }) => ({ lang, url: href })) }
          : item;
      },
    }),
  ];
}
