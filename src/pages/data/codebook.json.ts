import type { APIRoute } from 'astro';
import { getOpenData } from '../../data/site-open-data.ts';

/** The codebook of cases.json and cases.csv, generated from the case schema and the taxonomy. */
export const GET: APIRoute = async () =>
  new Response((await getOpenData()).codebookJson, {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
