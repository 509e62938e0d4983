import { createHash } from 'node:crypto';

/**
 * The Content-Security-Policy source that allows one inline script (or style) by its exact text,
 * as Astro's `Astro.csp.insertScriptHash()` takes it. Astro hashes the scripts it bundles; an
 * `is:inline` script must be hashed by the page that writes it, or the browser refuses it.
 * @example cspHash('alert(1)') // 'sha256-bhHHL3z2vDgxUt0W3dWQOrprscmda2Y5pLsLg4GF+pI='
 */
export function cspHash(source: string): `sha256-${string}` {
  return `sha256-${createHash('sha256').update(source).digest('base64')}`;
}
