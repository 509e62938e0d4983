import type { APIRoute, GetStaticPaths } from 'astro';
import { locales, type Locale } from '../../../i18n/config.ts';
import { localizedPath, sections } from '../../../i18n/routes.ts';
import { useTranslations } from '../../../i18n/translate.ts';
import { comparedCase, comparedPhrases } from '../../../catalogue/compare-data.ts';
import { textMarker } from '../../../data/foreign-phrases.ts';
import {
  getCaseListing,
  getSiteData,
  versionFor,
  type CaseGroup,
} from '../../../data/site-data.ts';

// One small JSON file per practice and language next to the compare page
// (/fr/comparer/<slug>.json): the page fetches only the two or three it shows.
export const getStaticPaths = (async () => {
  const { cases } = await getSiteData();
  return locales.flatMap((locale) =>
    cases.map((group) => ({
      params: { locale, section: sections.compare[locale], slug: group.slug },
      props: { group, locale },
    })),
  );
}) satisfies GetStaticPaths;

interface Props {
  group: CaseGroup;
  locale: Locale;
}

export const GET: APIRoute<Props> = async ({ props }) => {
  const { group, locale } = props;
  const entry = versionFor(group, locale);
  const textLocale = group.versions[locale] ? locale : group.original;
  const data = comparedCase({
    slug: group.slug,
    url: localizedPath(locale, 'practices', group.slug),
    // Described once per language for the listings, from the same entry.
    facts: (await getCaseListing(locale, group.slug))!.facts,
    body: entry.body ?? '',
    locale,
    textLocale,
    t: useTranslations(locale),
  });
  // The phrases to mark travel with the case, so that the compare page lists none of its own.
  const phrases = comparedPhrases(data, locale, (textLang) => textMarker(textLang));
  return new Response(JSON.stringify({ ...data, phrases }), {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
};
