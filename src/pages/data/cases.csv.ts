import type { APIRoute } from 'astro';
import { getOpenData } from '../../data/site-open-data.ts';

/** Every case, one row each, as CSV (RFC 4180, UTF-8; list items separated by "|"). */
export const GET: APIRoute = async () =>
  new Response((await getOpenData()).csv, {
    headers: { 'Content-Type': 'text/csv; charset=utf-8' },
  });
