import type { APIRoute, GetStaticPaths } from 'astro';
import { locales, type Locale } from '../../../../i18n/config.ts';
import { sections } from '../../../../i18n/routes.ts';
import { catalogueCard } from '../../../../catalogue/catalogue-card.ts';
import { textMarker } from '../../../../data/foreign-phrases.ts';
import { getCaseListings, type CaseListing } from '../../../../data/site-data.ts';

// One small JSON file per practice of the catalogue and language, named by its position in the
// catalogue's order (/fr/pratiques/cards/0.json), as the filter index numbers them: the catalogue's
// script fetches those of the cards it shows (src/catalogue/catalogue-card.ts).
export const getStaticPaths = (async () =>
  (
    await Promise.all(
      locales.map(async (locale) =>
        (await getCaseListings(locale)).map((listing, position) => ({
          params: { locale, section: sections.practices[locale], position: String(position) },
          props: { locale, listing },
        })),
      ),
    )
  ).flat()) satisfies GetStaticPaths;

interface Props {
  locale: Locale;
  listing: CaseListing;
}

export const GET: APIRoute<Props> = ({ props }) => {
  const { locale, listing } = props;
  const card = catalogueCard({
    slug: listing.slug,
    facts: listing.facts,
    locale,
    textLang: listing.fallbackFrom ?? locale,
    markerFor: (textLang) => textMarker(textLang),
  });
  return new Response(JSON.stringify(card), {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
};
