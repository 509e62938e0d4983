import rss from '@astrojs/rss';
import type { APIRoute } from 'astro';
import { localeTags, locales, type Locale } from '../../i18n/config.ts';
import { localizedPath } from '../../i18n/routes.ts';
import { useTranslations } from '../../i18n/translate.ts';
import { feedItems, feedPath } from '../../routing/feeds.ts';
import { getCaseListings } from '../../data/site-data.ts';

export function getStaticPaths() {
  return locales.map((locale) => ({ params: { locale } }));
}

/** The practices in one language, last reviewed first: /fr/rss.xml and /en/rss.xml. */
export const GET: APIRoute = async ({ params, site }) => {
  const locale = params.locale as Locale;
  const t = useTranslations(locale);
  const listings = await getCaseListings(locale);
  const items = feedItems(
    listings.map((listing) => ({
      slug: listing.slug,
      title: listing.facts.title,
      summary: listing.facts.summary,
      categories: [...listing.facts.continuity, ...listing.facts.themes].map((term) => term.label),
      lastReviewed: listing.facts.lastReviewed,
      fallbackFrom: listing.fallbackFrom,
    })),
    locale,
  );
  return rss({
    title: t('feed.title'),
    description: t('site.description'),
    site: new URL(localizedPath(locale), site),
    items,
    xmlns: { atom: 'http://www.w3.org/2005/Atom' },
    customData: `<language>${localeTags[locale]}</language><atom:link href="${new URL(feedPath(locale), site).href}" rel="self" type="application/rss+xml"/>`,
  });
};
