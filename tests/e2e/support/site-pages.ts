import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { parsePath } from '../../../src/i18n/routes.ts';

/** The built site (dist/) at the root of the project. */
export const distDir = join(import.meta.dirname, '../../../dist');

/** The second build of the browser tests (see global-setup.ts), where one case exists in French only. */
export const fixtureDistDir = join(import.meta.dirname, '../../.tmp/dist');
/** The third build of the tests, where listings take several pages (see buildPagedFixture in global-setup.ts). */
export const pagedDistDir = join(import.meta.dirname, '../../.tmp/paged-dist');

/** The second and later pages of listings in a build (`/fr/pratiques/2/`…). */
export function pagedPaths(root: string): string[] {
  return htmlPaths(root).filter((path) => (parsePath(path)?.page ?? 1) > 1);
}

/** Every `.html` file under a folder, as site paths (`/fr/`, `/404.html`). */
export function htmlPaths(root: string): string[] {
  const files = readdirSync(root, { recursive: true, encoding: 'utf8' }).filter((file) =>
    file.endsWith('.html'),
  );
  return files
    .map((file) =>
      `/${relative(root, join(root, file)).split(sep).join('/')}`.replace(
        /(^|\/)index\.html$/,
        '$1',
      ),
    )
    .sort();
}

/** The file that a site path is served from. */
export function fileOf(root: string, path: string): string {
  const pathname = decodeURIComponent(path.split(/[?#]/)[0]!);
  return join(root, pathname.endsWith('/') ? `${pathname}index.html` : pathname);
}

/** The paths the sitemap lists: read from `sitemap-index.xml` and the sitemaps it points to. */
export function sitemapPaths(root = distDir): string[] {
  const locs = (xml: string) =>
    [...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map((match) => new URL(match[1]!).pathname);
  const index = readFileSync(join(root, 'sitemap-index.xml'), 'utf8');
  return locs(index)
    .flatMap((sitemap) => locs(readFileSync(join(root, sitemap), 'utf8')))
    .sort();
}

/** Whether a built page asks search engines not to index it. */
export function isNoindex(root: string, path: string): boolean {
  return /<meta name="robots" content="[^"]*noindex/.test(readFileSync(fileOf(root, path), 'utf8'));
}

/**
 * The pages readers reach that the sitemap rightly leaves out: every other HTML file of the build
 * (404 pages, the root language chooser). A page missing from the sitemap by mistake is a test failure
 * elsewhere (see seo.spec.ts), not a page skipped here.
 */
export function unlistedPaths(root = distDir): string[] {
  const listed = new Set(sitemapPaths(root));
  return htmlPaths(root).filter((path) => !listed.has(path));
}

/**
 * The web editor's page (public/admin/index.html): not a page readers read, not indexed, and the one
 * page with its own, wider Content-Security-Policy (src/cms/policy.ts). It is one of `everyPage()`.
 */
export const editorPaths: readonly string[] = ['/admin/'];

/** Every page of a build: the sitemap's, then the others readers can reach (404 pages, the root, the editor). */
export function everyPage(root = distDir): string[] {
  return [...sitemapPaths(root), ...unlistedPaths(root)];
}

/** Pages of a build that show text in another language than their own (untranslated copies). */
export function fallbackPaths(root: string): string[] {
  return htmlPaths(root).filter((path) =>
    readFileSync(fileOf(root, path), 'utf8').includes('data-fallback-from='),
  );
}

/**
 * What kind of page a path is, independently of its language and entry: `practices/:slug`,
 * `practices/level/:slug`, `home`, `404`… Used to test one page of each kind where a test is too
 * slow to run on every page.
 */
export function pageKind(path: string): string {
  const parsed = parsePath(path);
  if (!parsed) return path.includes('404') ? '404' : path === '/' ? 'root' : path;
  if (parsed.section === undefined) return 'home';
  return [parsed.section, parsed.facet, parsed.slug && ':slug'].filter(Boolean).join('/');
}

/** The first page of each kind, French first (the sitemap sorts `/en/` before `/fr/`, so French is picked explicitly). */
export function onePerKind(paths: string[]): string[] {
  const byKind = new Map<string, string>();
  const frenchFirst = [...paths].sort(
    (a, b) => Number(b.startsWith('/fr/')) - Number(a.startsWith('/fr/')) || a.localeCompare(b),
  );
  for (const path of frenchFirst) if (!byKind.has(pageKind(path))) byKind.set(pageKind(path), path);
  return [...byKind.values()];
}
