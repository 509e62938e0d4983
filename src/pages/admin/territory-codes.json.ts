import type { APIRoute } from 'astro';
import { siteTerritoryCodes } from '../../cms/site.ts';

/** Every official code of every kind of territory (codes only: names would weigh a megabyte), for the web editor to check a case's territory as it is typed. */
export const GET: APIRoute = () =>
  new Response(
    JSON.stringify(
      Object.fromEntries(
        Object.entries(siteTerritoryCodes()).map(([scope, list]) => [
          scope,
          list.map((entry) => entry.code),
        ]),
      ),
    ),
    {
      headers: { 'Content-Type': 'application/json; charset=utf-8' },
    },
  );
