import type { APIRoute, GetStaticPaths } from 'astro';
import { locales, type Locale } from '../../i18n/config.ts';
import { siteCmsConfig } from '../../cms/site.ts';

/** The web editor's configuration in each interface language, generated from the schemas and the taxonomy. */
export const getStaticPaths = (() =>
  locales.map((locale) => ({ params: { locale } }))) satisfies GetStaticPaths;

export const GET: APIRoute = ({ params }) =>
  new Response(`${JSON.stringify(siteCmsConfig(params.locale as Locale), null, 2)}\n`, {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
