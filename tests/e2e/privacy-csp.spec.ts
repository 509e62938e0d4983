import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, inject, test } from 'vitest';
import { siteConfig } from '../../src/site-config.ts';
import { type BuiltPage, readBuiltPage, type Tag } from './support/built-html.ts';
import { useBrowser } from './support/browser.ts';
import { untranslatedFixture } from './support/fixture.ts';
import {
  distDir,
  editorPaths,
  everyPage,
  fallbackPaths,
  fixtureDistDir,
  isNoindex,
  onePerKind,
  sitemapPaths,
} from './support/site-pages.ts';
import { editorPolicy } from '../../src/cms/policy.ts';

// Privacy: nothing a page loads comes from another origin (no fonts, scripts, images or frames of a
// third party, so no reader is tracked by one). Security: every page carries a Content-Security-Policy
// that allows only the site's own files and the exact inline code it was built with; the web editor's
// page alone carries its own, wider policy (src/cms/policy.ts), and is checked against it.

const site = new URL(siteConfig.url);
const pages = new Map<string, BuiltPage>();

/** The addresses a tag makes the browser load (a link to follow is not a load). */
function loadedBy(tag: Tag): string[] {
  const get = (name: string) => tag.attributes.get(name);
  const rel = (get('rel') ?? '').toLowerCase().split(/\s+/);
  const sources: (string | undefined)[] = [];
  if (tag.name === 'link' && !rel.includes('alternate') && !rel.includes('canonical'))
    sources.push(get('href'));
  if (['script', 'img', 'iframe', 'video', 'audio', 'embed', 'source', 'track'].includes(tag.name))
    sources.push(get('src'), get('poster'));
  if (tag.name === 'input' && get('type') === 'image') sources.push(get('src'));
  if (tag.name === 'object') sources.push(get('data'));
  if (tag.name === 'use' || tag.name === 'image' || tag.name === 'feimage')
    sources.push(get('href'), get('xlink:href'));
  for (const name of ['srcset', 'imagesrcset']) {
    const set = get(name);
    if (set) sources.push(...set.split(',').map((candidate) => candidate.trim().split(/\s+/)[0]));
  }
  return sources.filter((source): source is string => Boolean(source));
}

/** Whether an address, as written in a page, would be fetched from another origin. */
function isThirdParty(address: string, from: string): boolean {
  if (/^(data|blob):/.test(address)) return false;
  const url = new URL(address, site.origin + from);
  return url.origin !== site.origin;
}

/** A CSP split into its directives: `script-src` → `['self', …]`. */
function directives(policy: string): Map<string, string[]> {
  return new Map(
    policy
      .split(';')
      .map((part) => part.trim().split(/\s+/))
      .filter(([name]) => name)
      .map(([name, ...values]) => [name!.toLowerCase(), values]),
  );
}

const executable = (tag: Tag) =>
  tag.name === 'script' && /^(|module|text\/javascript)$/.test(tag.attributes.get('type') ?? '');
const sha256 = (text: string) => `'sha256-${createHash('sha256').update(text).digest('base64')}'`;

describe('privacy and CSP in the built files', () => {
  beforeAll(() => {
    for (const path of everyPage()) pages.set(path, readBuiltPage(distDir, path));
  });

  test('no page loads a script, stylesheet, font, image or frame from another origin', () => {
    const loads = [...pages.values()].flatMap((page) =>
      page.tags.flatMap((tag) =>
        loadedBy(tag).map((address) => ({ page: page.path, tag: tag.name, address })),
      ),
    );
    expect(loads.filter(({ address, page }) => isThirdParty(address, page))).toEqual([]);
    // Every page loads at least its stylesheet and its icon: a scan that finds nothing is broken.
    expect(loads.length).toBeGreaterThanOrEqual(pages.size * 2);
  });

  test('no stylesheet or script fetches from another origin (fonts, imports, workers)', () => {
    const files = ['_astro', 'pagefind'].flatMap((folder) =>
      readdirSync(join(distDir, folder))
        .filter((file) => /\.(css|js)$/.test(file))
        .map((file) => join(folder, file)),
    );
    const remote = files.flatMap((file) => {
      const text = readFileSync(join(distDir, file), 'utf8');
      const pattern = file.endsWith('.css')
        ? /(?:url\(\s*["']?|@import\s+["'])(?:https?:)?\/\/[^"')\s]+/g
        : /(?:\bimport\s*\(\s*|\bfrom\s*|\bimportScripts\s*\(\s*|\bfetch\s*\(\s*|\bnew\s+Worker\s*\(\s*)["'`](?:https?:)?\/\/[^"'`]+/g;
      return [...text.matchAll(pattern)].map((match) => `${file}: ${match[0]}`);
    });
    expect(files.length).toBeGreaterThan(3);
    expect(remote).toEqual([]);
  });

  test('every page but the editor has a CSP that allows only the site itself, WebAssembly for search, and no inline code but its own', () => {
    const problems: string[] = [];
    for (const page of [...pages.values()].filter((page) => !editorPaths.includes(page.path))) {
      const metas = page.tags.filter(
        (tag) =>
          tag.name === 'meta' &&
          tag.attributes.get('http-equiv')?.toLowerCase() === 'content-security-policy',
      );
      if (metas.length !== 1) {
        problems.push(`${page.path}: ${metas.length} CSP meta elements`);
        continue;
      }
      const csp = directives(metas[0]!.attributes.get('content')!);
      const script = csp.get('script-src') ?? [];
      const style = csp.get('style-src') ?? [];
      const expectations: [string, boolean][] = [
        ["default-src 'self'", csp.get('default-src')?.join(' ') === "'self'"],
        [
          "script-src 'self' 'wasm-unsafe-eval'",
          script.includes("'self'") && script.includes("'wasm-unsafe-eval'"),
        ],
        [
          "no 'unsafe-inline' or 'unsafe-eval' for scripts",
          !script.includes("'unsafe-inline'") && !script.includes("'unsafe-eval'"),
        ],
        ["no 'unsafe-inline' for styles", !style.includes("'unsafe-inline'")],
        ["object-src 'none'", csp.get('object-src')?.join(' ') === "'none'"],
        ["base-uri 'self'", csp.get('base-uri')?.join(' ') === "'self'"],
        ["form-action 'self'", csp.get('form-action')?.join(' ') === "'self'"],
        [
          'no other origin, scheme or wildcard',
          [...csp.values()]
            .flat()
            .every((source) => /^'[^']+'$/.test(source) || source === 'data:'),
        ],
      ];
      for (const [rule, holds] of expectations) if (!holds) problems.push(`${page.path}: ${rule}`);
      // A meta CSP governs only what comes after it.
      const governed = page.tags.filter(
        (tag) =>
          executable(tag) ||
          tag.name === 'style' ||
          (tag.name === 'link' && tag.attributes.get('rel') === 'stylesheet'),
      );
      for (const tag of governed.filter((tag) => tag.offset < metas[0]!.offset))
        problems.push(`${page.path}: a <${tag.name}> comes before the CSP`);
      for (const tag of page.tags.filter((tag) => executable(tag) && !tag.attributes.has('src'))) {
        if (!script.includes(sha256(tag.text!)))
          problems.push(`${page.path}: an inline script whose hash the CSP does not list`);
      }
      for (const tag of page.tags.filter((tag) => tag.name === 'style')) {
        if (!style.includes(sha256(tag.text!)))
          problems.push(`${page.path}: an inline style whose hash the CSP does not list`);
      }
      // The CSP refuses style="" and on…= attributes: they would silently do nothing.
      for (const tag of page.tags) {
        const refused = [...tag.attributes.keys()].filter(
          (name) => name === 'style' || /^on[a-z]+$/.test(name),
        );
        if (refused.length > 0)
          problems.push(`${page.path}: <${tag.name} ${refused.join(' ')}>, which the CSP refuses`);
      }
    }
    expect(problems).toEqual([]);
  });

  test('the web editor’s page carries its own documented policy, and only that page has a wider one', () => {
    expect(editorPaths.every((path) => pages.has(path))).toBe(true);
    for (const path of editorPaths) {
      const page = pages.get(path)!;
      const metas = page.tags.filter(
        (tag) =>
          tag.name === 'meta' &&
          tag.attributes.get('http-equiv')?.toLowerCase() === 'content-security-policy',
      );
      expect(metas, path).toHaveLength(1);
      expect(Object.fromEntries(directives(metas[0]!.attributes.get('content')!)), path).toEqual(
        editorPolicy,
      );
      // Its scripts are the site's own files, after the policy: no inline script, no other origin.
      const scripts = page.tags.filter(executable);
      expect(scripts.map((tag) => tag.attributes.get('src'))).toEqual([
        'manual-init.js',
        'decap-cms.js',
        'editor.js',
      ]);
      expect(scripts.every((tag) => tag.offset > metas[0]!.offset)).toBe(true);
      // Not for search engines nor for the site's search: noindex, out of the sitemap, nothing for Pagefind.
      expect(isNoindex(distDir, path)).toBe(true);
      expect(sitemapPaths()).not.toContain(path);
      expect(page.tags.some((tag) => tag.attributes.has('data-pagefind-body'))).toBe(false);
    }
    const wider = [...pages.values()]
      .filter((page) =>
        page.tags.some(
          (tag) =>
            tag.name === 'meta' &&
            tag.attributes.get('http-equiv')?.toLowerCase() === 'content-security-policy' &&
            /'unsafe-eval'|'unsafe-inline'|https:/.test(tag.attributes.get('content') ?? ''),
        ),
      )
      .map((page) => page.path);
    expect(wider).toEqual([...editorPaths]);
  });

  test('the structured data of a case page is data, not code: the CSP has nothing to allow for it', () => {
    const page = readBuiltPage(distDir, '/en/practices/lab28-la-loupe/');
    const data = page.tags.filter(
      (tag) => tag.name === 'script' && tag.attributes.get('type') === 'application/ld+json',
    );
    expect(data).toHaveLength(1);
    expect(executable(data[0]!)).toBe(false);
  });
});

const { baseUrl, newPage } = useBrowser();
const fixture = useBrowser(inject('fixtureUrl'));
// The untranslated copies are listed from the second build's files.
await untranslatedFixture();

/** A page that records the CSP violations it reports, across navigations (from the console, where Chromium always reports them). */
async function watchedPage(
  open: typeof newPage,
  options: Parameters<typeof newPage>[0] = {},
): Promise<Page & { externalRequests: string[]; violations: string[] }> {
  const page = Object.assign(await open(options), { violations: [] as string[] });
  page.on('console', (message) => {
    if (/Content Security Policy|Content-Security-Policy/i.test(message.text()))
      page.violations.push(message.text());
  });
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (event) =>
      console.error(
        `Content Security Policy: ${event.violatedDirective} blocked ${event.blockedURI}`,
      ),
    );
  });
  return page;
}

describe('pages in Chromium: no request leaves the site and the CSP blocks nothing', () => {
  // The editor's page is opened in Chromium, with the same page and policy, by cms.spec.ts.
  const kinds = [
    ...onePerKind(everyPage().filter((path) => !editorPaths.includes(path))),
    '/fr/recherche/?q=ENT',
    '/en/nowhere/',
  ];

  test.each(kinds)('%s', async (path) => {
    const page = await watchedPage(newPage);
    await page.goto(baseUrl + path, { waitUntil: 'networkidle' });
    expect({ external: page.externalRequests, violations: page.violations }).toEqual({
      external: [],
      violations: [],
    });
  });

  test.each(fallbackPaths(fixtureDistDir))('an untranslated copy, %s', async (path) => {
    const page = await watchedPage(fixture.newPage);
    await page.goto(fixture.baseUrl + path, { waitUntil: 'networkidle' });
    expect({ external: page.externalRequests, violations: page.violations }).toEqual({
      external: [],
      violations: [],
    });
  });

  test('the root’s script, allowed by its hash, sends a French reader on to French', async () => {
    const page = await watchedPage(newPage, { locale: 'fr-FR' });
    await page.goto(`${baseUrl}/`);
    await page.waitForURL('**/fr/');
    expect(page.violations).toEqual([]);
  });

  test('search still works under the CSP: Pagefind’s WebAssembly runs, results and filters show', async () => {
    const page = await watchedPage(newPage);
    await page.goto(`${baseUrl}/fr/recherche/`);
    await page.fill('#recherche-page', 'robots');
    await page.waitForFunction(() =>
      /^\d+ résultats?/.test(document.querySelector('[data-status]')?.textContent ?? ''),
    );
    expect(await page.locator('[data-results] h3 a').count()).toBeGreaterThan(0);
    await page.getByRole('checkbox', { name: /^Collège/ }).check();
    await page.waitForURL(/niveau=college/);
    await page.waitForFunction(() => !document.querySelector('[data-facets][aria-busy]'));
    await page.waitForLoadState('networkidle');
    expect({ external: page.externalRequests, violations: page.violations }).toEqual({
      external: [],
      violations: [],
    });
  });

  test('the catalogue’s filters and the comparison work under the CSP', async () => {
    const page = await watchedPage(newPage);
    await page.goto(`${baseUrl}/en/practices/`);
    await page
      .getByRole('checkbox', { name: /^Secondary school|^Lycée/ })
      .first()
      .check();
    await page.waitForURL(/level=lycee/);
    await page.goto(`${baseUrl}/fr/comparer/?cas=lab28-la-loupe,prof-at-brest`);
    await page.waitForSelector('[data-compare-table]:not([hidden])', { state: 'attached' });
    await page.waitForLoadState('networkidle');
    expect({ external: page.externalRequests, violations: page.violations }).toEqual({
      external: [],
      violations: [],
    });
  });

  test('a script injected into a page is refused and reported (the watch would see a violation)', async () => {
    const page = await watchedPage(newPage);
    await page.goto(`${baseUrl}/fr/`);
    await page.evaluate(() => {
      const script = document.createElement('script');
      script.textContent = 'document.title = "injected"';
      document.head.append(script);
    });
    await page.waitForFunction(() => true);
    expect(await page.title()).not.toBe('injected');
    await expect.poll(() => page.violations.length).toBeGreaterThan(0);
  });
});
