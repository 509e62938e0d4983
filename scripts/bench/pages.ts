/**
 * What the HTML pages of any build weigh (the site's, the Starlight peer's, the floor's), in the same
 * terms for all three: how many, the largest raw and gzipped, how many are over the page budgets of
 * issue 14, and one case page (the same generated case in each build): gzipped size and scripts.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipped, listFiles, pathOfHtml, scriptCount } from '../site-weight.ts';

/** One HTML page. */
export interface HtmlPage {
  path: string;
  bytes: number;
  gzip: number;
  scripts: number;
}

/** The budgets every HTML page must keep, at any N (issue 14). */
export const pageBudget = { gzip: 50 * 1024, raw: 300 * 1024 } as const;

/** What the pages of one build weigh. */
export interface PagesSummary {
  htmlPages: number;
  largestRaw: { path: string; bytes: number; gzip: number };
  largestGzip: { path: string; bytes: number; gzip: number };
  /** Pages over 300 KB raw or over 50 KB gzipped. */
  overBudget: { raw: number; gzip: number; paths: string[] };
  /** The case page measured (undefined when the build has no page at that path). */
  casePage: HtmlPage | undefined;
}

/**
 * Sum up pages: the largest raw and gzipped, those over budget (the ten largest named), the case page.
 * @example summarizePages([{ path: '/a/', bytes: 10, gzip: 5, scripts: 0 }], '/a/').casePage?.gzip // 5
 */
export function summarizePages(pages: readonly HtmlPage[], casePath: string): PagesSummary {
  if (!pages.length) throw new Error('no HTML page in the build');
  const largest = (key: 'bytes' | 'gzip') => {
    const page = pages.reduce((a, b) => (b[key] > a[key] ? b : a));
    return { path: page.path, bytes: page.bytes, gzip: page.gzip };
  };
  const over = pages.filter((page) => page.bytes > pageBudget.raw || page.gzip > pageBudget.gzip);
  return {
    htmlPages: pages.length,
    largestRaw: largest('bytes'),
    largestGzip: largest('gzip'),
    overBudget: {
      raw: pages.filter((page) => page.bytes > pageBudget.raw).length,
      gzip: pages.filter((page) => page.gzip > pageBudget.gzip).length,
      paths: [...over]
        .sort((a, b) => b.bytes - a.bytes)
        .slice(0, 10)
        .map((page) => page.path),
    },
    casePage: pages.find((page) => page.path === casePath),
  };
}

/** Read and gzip every HTML page of a build folder. */
export function readHtmlPages(dist: string): HtmlPage[] {
  return listFiles(dist)
    .filter((file) => file.endsWith('.html'))
    .map((file) => {
      const html = readFileSync(join(dist, file));
      return {
        path: pathOfHtml(file),
        bytes: html.length,
        gzip: gzipped(html),
        scripts: scriptCount(html.toString('utf8')),
      };
    });
}
