import type { APIRoute, GetStaticPaths } from 'astro';
import { locales } from '../../../../i18n/config.ts';
import { getCaseListings } from '../../../../data/site-data.ts';
import { buildAreaPractices, type PlacedPractice } from '../../../../territory/area-practices.ts';
import {
  epciDepartments,
  epciOfCommune,
  readGeography,
} from '../../../../territory/commune-index.ts';

// The practices « Pour mon territoire » needs for one commune, in small files per department,
// commune, EPCI and region (/territory/practices/fr/department/28.json, …/commune/28214.json,
// …/region/24.json, …/national.json; see src/territory/area-practices.ts): the page fetches three
// to five of them, each listing at most 20 practices, whatever the number of practices on the site.
export const getStaticPaths = (async () => {
  const { departements, regions } = readGeography();
  const departments = departements.map((area) => ({
    code: area.code,
    name: area.nom,
    region: area.region ?? '',
  }));
  const paths = await Promise.all(
    locales.map(async (locale) => {
      const practices = (await getCaseListings(locale)).map(
        ({ slug, facts, fallbackFrom }): PlacedPractice => {
          const { territory } = facts;
          const epci =
            territory.scope === 'commune' && territory.code
              ? epciOfCommune(territory.code)
              : undefined;
          return {
            item: {
              s: slug,
              t: facts.title,
              p: territory.name,
              k: territory.scope,
              ...(territory.code ? { c: territory.code } : {}),
              ...(epci ? { e: epci } : {}),
              d: territory.departments.map((department) => department.code),
              a: facts.authorities.map((authority) => authority.id),
              ...(fallbackFrom ? { l: fallbackFrom } : {}),
            },
            ...(territory.region ? { region: territory.region.code } : {}),
          };
        },
      );
      const files = buildAreaPractices(
        practices,
        departments,
        regions.map((region) => region.code),
        epciDepartments,
      );
      return [...files].map(([path, data]) => ({
        params: { locale, chunk: path.replace(/\.json$/, '') },
        props: { data },
      }));
    }),
  );
  return paths.flat();
}) satisfies GetStaticPaths;

interface Props {
  data: unknown;
}

export const GET: APIRoute<Props> = ({ props }) =>
  new Response(JSON.stringify(props.data), {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
