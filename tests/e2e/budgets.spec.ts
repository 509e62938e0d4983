// The byte budgets of the built site, read from dist/ as a host would serve it (gzipped). The
// search page's budgets (45 KB before typing, 130 KB for a first search) need a browser and are in
// search.spec.ts; how the budgets hold at 1,000 and 2,000 cases is measured by `npm run bench`.
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, test } from 'vitest';
import { gzipped, stylesheets, weighSite } from '../../scripts/site-weight.ts';
import { editorPaths } from './support/site-pages.ts';

const dist = resolve(import.meta.dirname, '../../dist');
// The web editor (/admin/) is Decap CMS's application, with its own stylesheet and policy (README).
const pages = weighSite(dist).pages.filter((page) => !editorPaths.includes(page.path));
const casePages = pages.filter((page) => page.kind === 'case');

/** Case page HTML, gzipped: the first 14 KB or so of a response arrive in the first round trip. */
const CASE_HTML_GZIP = 14_600;
/** All the CSS a page loads, gzipped. */
const CSS_GZIP = 10 * 1024;

describe('byte budgets of the built site', () => {
  test('there are case pages to weigh, in both languages', () => {
    expect(casePages.some((page) => page.path.startsWith('/fr/pratiques/'))).toBe(true);
    expect(casePages.some((page) => page.path.startsWith('/en/practices/'))).toBe(true);
  });

  test.each(casePages.map((page) => [page.path, page] as const))(
    '%s runs no script and weighs at most 14,600 B gzipped',
    (_, page) => {
      expect(page.scripts).toBe(0);
      expect(page.gzip).toBeLessThanOrEqual(CASE_HTML_GZIP);
    },
  );

  test('no page loads more than 10 KB of CSS, gzipped', () => {
    const cssOf = new Map<string, number>();
    const weight = (href: string) => {
      if (!cssOf.has(href)) cssOf.set(href, gzipped(readFileSync(join(dist, href))));
      return cssOf.get(href)!;
    };
    const heaviest = pages
      .map((page) => {
        const html = readFileSync(
          join(dist, page.path, page.path.endsWith('/') ? 'index.html' : ''),
          'utf8',
        );
        return {
          path: page.path,
          css: stylesheets(html).reduce((total, href) => total + weight(href), 0),
        };
      })
      .reduce((a, b) => (b.css > a.css ? b : a));
    expect(cssOf.size).toBeGreaterThan(0);
    expect(heaviest.css, heaviest.path).toBeLessThanOrEqual(CSS_GZIP);
  });
});
