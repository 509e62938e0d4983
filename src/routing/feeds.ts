import type { Locale } from '../i18n/config.ts';
import { localizedPath } from '../i18n/routes.ts';

/** The sitemap index that @astrojs/sitemap writes at the root of the site. */
export const sitemapPath = '/sitemap-index.xml';

/**
 * The RSS feed of the practices in one language.
 * @example feedPath('fr') // '/fr/rss.xml'
 */
export function feedPath(locale: Locale): string {
  return `/${locale}/rss.xml`;
}

/** A case as a feed lists it, in the feed's language (or its original one, when it is not translated yet). */
export interface FeedCase {
  slug: string;
  title: string;
  summary: string;
  /** Labels of its continuities and themes, as categories. */
  categories: string[];
  lastReviewed: Date;
  /** The language of its text when it is not translated into the feed's language. */
  fallbackFrom?: Locale | undefined;
}

/** An item of the feed, as @astrojs/rss takes it. */
export interface FeedItem {
  title: string;
  description: string;
  link: string;
  pubDate: Date;
  categories: string[];
}

/**
 * The items of a feed, last reviewed first: each case links to its page in the feed's language,
 * or to its original when it is not translated yet (the page that search engines index).
 * @example feedItems([{ slug: 'lab28-la-loupe', title: 'Lab28', summary: '…', categories: [], lastReviewed: new Date('2026-11-23') }], 'en')[0].link
 *   // '/en/practices/lab28-la-loupe/'
 */
export function feedItems(cases: readonly FeedCase[], locale: Locale): FeedItem[] {
  return [...cases]
    .sort(
      (a, b) => b.lastReviewed.getTime() - a.lastReviewed.getTime() || a.slug.localeCompare(b.slug),
    )
    .map((entry) => ({
      title: entry.title,
      description: entry.summary,
      link: localizedPath(entry.fallbackFrom ?? locale, 'practices', entry.slug),
      pubDate: entry.lastReviewed,
      categories: entry.categories,
    }));
}
