import type { APIRoute, GetStaticPaths } from 'astro';
import { locales, type Locale } from '../../../i18n/config.ts';
import { sections } from '../../../i18n/routes.ts';
import { encodeFacetIndex } from '../../../catalogue/facet-index.ts';
import { getCaseFacetValues, getFacetGroups } from '../../../data/site-data.ts';

// The catalogue's filter index, one per language (/fr/pratiques/facets.json): every practice's facet
// values in a few characters, in the catalogue's order. The catalogue's script fetches it at the
// first filter and works out the practices shown and the counts itself (src/catalogue/facet-index.ts).
export const getStaticPaths = (() =>
  locales.map((locale) => ({
    params: { locale, section: sections.practices[locale] },
    props: { locale },
  }))) satisfies GetStaticPaths;

interface Props {
  locale: Locale;
}

export const GET: APIRoute<Props> = async ({ props }) => {
  const { locale } = props;
  const groups = await getFacetGroups(locale);
  const order = Object.fromEntries(
    groups.map((group) => [group.facet, group.options.map((option) => option.id)]),
  );
  const file = encodeFacetIndex(await getCaseFacetValues(locale), order);
  return new Response(JSON.stringify(file), {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
};
