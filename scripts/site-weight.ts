/**
 * What a built site weighs, read from its folder: files deployed, HTML pages by kind with their
 * gzipped size and their scripts, and the stylesheets a case page loads. Used by the benchmark
 * (scripts/bench/bench.ts) and by the byte budgets of the tests (tests/e2e/budgets.spec.ts).
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { gzipSync } from 'node:zlib';
import { parsePath } from '../src/i18n/routes.ts';

/** The kind of a page, from its path: `case`, `catalogue`, `facet`, `theme`, `home`… */
export function pageKind(path: string): string {
  const parsed = parsePath(path);
  if (!parsed) return 'other';
  if (parsed.facet) return 'facet';
  switch (parsed.section) {
    case undefined:
      return 'home';
    case 'practices':
      return parsed.slug ? 'case' : 'catalogue';
    case 'continuities':
      return parsed.slug ? 'continuity' : 'continuities';
    case 'themes':
      return parsed.slug ? 'theme' : 'themes';
    case 'territories':
      return parsed.slug ? 'department' : 'territories';
    case 'voices':
      return parsed.slug ? 'voice' : 'voices';
    default:
      return parsed.slug ? 'other' : parsed.section;
  }
}

/** Every file of a folder, as paths relative to it with forward slashes. */
export function listFiles(root: string): string[] {
  return readdirSync(root, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => relative(root, join(entry.parentPath, entry.name)).split(sep).join('/'))
    .sort();
}

/** The site path of an HTML file: `fr/pratiques/x/index.html` → `/fr/pratiques/x/`. */
export const pathOfHtml = (file: string) => `/${file.replace(/(^|\/)index\.html$/, '$1')}`;

/** Bytes of a text as a host sends it, gzipped. */
export const gzipped = (content: string | Buffer) => gzipSync(content).length;

/** The `<script>` elements of a page that run, external or inline (JSON-LD is data, not a script). */
export const scriptCount = (html: string) =>
  (html.match(/<script\b[^>]*>/g) ?? []).filter(
    (tag) => !/\btype="application\/(ld\+)?json"/.test(tag),
  ).length;

/** The stylesheets a page links to, as site paths. */
export const stylesheets = (html: string) =>
  [...html.matchAll(/<link\b[^>]*\brel="stylesheet"[^>]*>/g)]
    .map((link) => /\bhref="([^"]+)"/.exec(link[0])?.[1])
    .filter((href) => href !== undefined);

/** One HTML page of a built site. */
export interface PageWeight {
  path: string;
  kind: string;
  bytes: number;
  gzip: number;
  scripts: number;
}

/** What the pages of one kind weigh. */
export interface KindWeight {
  pages: number;
  /** Most `<script>` elements on one page of this kind. */
  scripts: number;
  gzipMedian: number;
  gzipMax: number;
  bytesMax: number;
  /** The heaviest page. */
  largest: string;
}

/** What a built site weighs. */
export interface SiteWeight {
  files: number;
  bytes: number;
  htmlPages: number;
  pages: PageWeight[];
  byKind: Record<string, KindWeight>;
  /** The stylesheets of a case page and their gzipped total. */
  caseCss: { files: string[]; gzip: number };
}

const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
};

/** Weigh a built site: every HTML page read and gzipped (a few seconds for thousands of pages). */
export function weighSite(dist: string): SiteWeight {
  const files = listFiles(dist);
  let bytes = 0;
  const pages: PageWeight[] = [];
  let caseHtml: string | undefined;
  for (const file of files) {
    const size = statSync(join(dist, file)).size;
    bytes += size;
    if (!file.endsWith('.html')) continue;
    const html = readFileSync(join(dist, file), 'utf8');
    const path = pathOfHtml(file);
    const kind = file === '404.html' ? 'other' : pageKind(path);
    if (kind === 'case') caseHtml ??= html;
    pages.push({ path, kind, bytes: size, gzip: gzipped(html), scripts: scriptCount(html) });
  }
  const byKind: Record<string, KindWeight> = {};
  for (const kind of [...new Set(pages.map((page) => page.kind))].sort()) {
    const own = pages.filter((page) => page.kind === kind);
    const largest = own.reduce((a, b) => (b.gzip > a.gzip ? b : a));
    byKind[kind] = {
      pages: own.length,
      scripts: Math.max(...own.map((page) => page.scripts)),
      gzipMedian: median(own.map((page) => page.gzip)),
      gzipMax: largest.gzip,
      bytesMax: Math.max(...own.map((page) => page.bytes)),
      largest: largest.path,
    };
  }
  const cssFiles = caseHtml ? stylesheets(caseHtml) : [];
  const caseCss = {
    files: cssFiles,
    gzip: cssFiles.reduce((total, href) => total + gzipped(readFileSync(join(dist, href))), 0),
  };
  return { files: files.length, bytes, htmlPages: pages.length, pages, byKind, caseCss };
}
