import type { APIRoute } from 'astro';
import { getOpenData } from '../../data/site-open-data.ts';

/** Every case, both languages, as JSON (see the codebook on /fr/donnees/ and /en/data/). */
export const GET: APIRoute = async () =>
  new Response((await getOpenData()).json, {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
