import type { APIRoute } from 'astro';
import { sitemapPath } from '../routing/feeds.ts';

/** Crawlers may read everything; the sitemap lists the pages worth indexing, in both languages. */
export const GET: APIRoute = ({ site }) =>
  new Response(`User-agent: *\nAllow: /\n\nSitemap: ${new URL(sitemapPath, site).href}\n`, {
    headers: { 'Content-Type': 'text/plain; charset=utf-8' },
  });
