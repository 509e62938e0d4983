import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, inject, test } from 'vitest';
import { PAGE_SIZE } from '../../src/routing/paging.ts';
import { useBrowser } from './support/browser.ts';
import { pagedFixture } from './support/fixture.ts';
import { contentCases } from './support/site-content.ts';

// Listings in pages of a fixed size, on the third build of the tests: the real content three times
// over (see buildPagedFixture in global-setup.ts), so that the catalogue takes two pages.
const { baseUrl, newPage } = useBrowser(inject('pagedUrl'));
await pagedFixture();

/** The practices a page lists, as the paths of their pages. */
const listed = (page: Page) =>
  page.$$eval('.card-list .card h3 a', (anchors) => anchors.map((a) => a.getAttribute('href')!));

/** The pager's links: text, address, whether it is the current page, its rel. */
const pagerLinks = (page: Page) =>
  page.$$eval('[data-pager] a', (anchors) =>
    anchors.map((a) => ({
      text: a.textContent!.replace(/\s+/g, ' ').trim(),
      href: a.getAttribute('href'),
      current: a.getAttribute('aria-current'),
      rel: a.getAttribute('rel'),
    })),
  );

describe('the pages of a listing, without JavaScript', () => {
  test.each([
    ['fr', '/fr/pratiques/', 'Pages de la liste', 'page 2 sur 2'],
    ['en', '/en/practices/', 'Pages of the list', 'page 2 of 2'],
  ])(
    'the catalogue in %s: numbered pages that together list every practice once',
    async (locale, path, label, second) => {
      const total = contentCases(join(import.meta.dirname, '../.tmp/paged-content')).length;
      expect(total).toBeGreaterThan(PAGE_SIZE);
      const page = await newPage({ javaScriptEnabled: false });
      await page.goto(baseUrl + path);
      const first = await listed(page);
      expect(first).toHaveLength(PAGE_SIZE);
      expect(await page.getAttribute('nav[data-pager]', 'aria-label')).toBe(label);
      expect(await pagerLinks(page)).toEqual([
        { text: '1', href: path, current: 'page', rel: null },
        { text: '2', href: `${path}2/`, current: null, rel: null },
        { text: expect.stringMatching(/→$/), href: `${path}2/`, current: null, rel: 'next' },
      ]);
      expect(await page.title()).not.toContain(second);

      await page.click('[data-pager] a[rel="next"]');
      await page.waitForURL(`**${path}2/`);
      const rest = await listed(page);
      expect(rest).toHaveLength(total - PAGE_SIZE);
      expect(new Set([...first, ...rest]).size).toBe(total);
      expect(await page.title()).toContain(second);
      expect(await page.textContent('h1')).toContain(second);
      expect(
        (await pagerLinks(page)).filter((link) => link.current).map((link) => link.href),
      ).toEqual([`${path}2/`]);
      expect((await pagerLinks(page)).find((link) => link.rel === 'prev')?.href).toBe(path);
      // The other language's version of this page is its second page too.
      const other = locale === 'fr' ? '/en/practices/2/' : '/fr/pratiques/2/';
      expect(await page.getAttribute('.lang-switch a', 'href')).toBe(other);
      expect(await page.getAttribute('link[rel="canonical"]', 'href')).toMatch(
        new RegExp(`${path}2/$`),
      );
    },
  );

  test('the pager is used with the keyboard: Tab reaches its links, Enter follows one', async () => {
    const page = await newPage({ javaScriptEnabled: false });
    await page.goto(`${baseUrl}/fr/pratiques/`);
    for (let step = 0; step < 200; step += 1) {
      await page.keyboard.press('Tab');
      const inPager = await page.evaluate(
        () => document.activeElement?.closest('[data-pager]') !== null,
      );
      if (inPager) break;
    }
    expect(await page.evaluate(() => document.activeElement?.textContent?.trim())).toBe('1');
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.textContent?.trim())).toBe('2');
    await page.keyboard.press('Enter');
    await page.waitForURL('**/fr/pratiques/2/');
    expect(await listed(page)).not.toHaveLength(0);
  });

  test('a listing that fits on one page has no pager', async () => {
    const page = await newPage({ javaScriptEnabled: false });
    await page.goto(`${baseUrl}/fr/continuites/journee/`);
    const count = (await listed(page)).length;
    expect(count).toBeGreaterThan(0);
    expect(count).toBeLessThanOrEqual(PAGE_SIZE);
    expect(await page.$$('[data-pager]')).toHaveLength(0);
  });
});

describe('the pages of a filter, with JavaScript', () => {
  test('the results of a filter longer than a page have their own pager, which keeps the filter', async () => {
    const page = await newPage();
    await page.goto(`${baseUrl}/en/practices/?continuity=journee,parcours,territoire`);
    await page.waitForSelector('[data-results-pager] [aria-current="page"]', {
      state: 'attached',
    });
    expect(await page.isVisible('[data-static-pager]')).toBe(false);
    const status = (await page.textContent('[data-results]')) ?? '';
    const found = Number(/^(\d+)/.exec(status)?.[1]);
    expect(found).toBeGreaterThan(PAGE_SIZE);
    const first = await listed(page);
    expect(first).toHaveLength(PAGE_SIZE);
    await page.click('[data-results-pager] a[aria-label="Page 2"]');
    await page.waitForURL((url) => url.searchParams.get('page') === '2');
    await page.waitForSelector('[data-cards]:not([aria-busy])', { state: 'attached' });
    const second = await listed(page);
    expect(second.length).toBe(Math.min(PAGE_SIZE, found - PAGE_SIZE));
    expect(second.filter((path) => first.includes(path))).toEqual([]);
    expect(
      await page.getAttribute('[data-results-pager] [aria-current="page"]', 'aria-label'),
    ).toBe('Page 2');
    // Back returns to the first page of the results.
    await page.goBack();
    await page.waitForSelector('[data-cards]:not([aria-busy])', { state: 'attached' });
    expect(await listed(page)).toEqual(first);
  });
});
