import {
  chromium,
  type Browser,
  type BrowserContext,
  type BrowserContextOptions,
  type Page,
} from 'playwright-core';
import { afterAll, afterEach, beforeAll, beforeEach, inject } from 'vitest';
import { pagedFixture, untranslatedFixture } from './fixture.ts';

/** A page that remembers every request that left the site under test. */
export interface TrackedPage extends Page {
  externalRequests: string[];
}

/**
 * The run's one Chromium (launched by global-setup.ts), for this test file. A browser context is
 * what costs (a profile and a renderer process each, several times the price of a page load on a
 * 2-core machine): `newPage` opens a page in the file's context for those options, shared by its
 * tests like tabs of one browser profile (the site keeps no cookies or storage); `newIsolatedPage`
 * gives a context of its own, for a test that must start with an empty cache. A page opened inside
 * a test is closed when the test ends; one opened in a `beforeAll` hook lives until the file is done.
 * Pages record requests to any origin other than the site's, so a test can assert that nothing
 * leaves localhost (a request answered from the cache is recorded too). Pages of the untranslated
 * fixture (`useBrowser(inject('fixtureUrl'))`) or of the paged one (`inject('pagedUrl')`) wait until it is built.
 */
export function useBrowser(baseUrl = inject('baseUrl')) {
  let browser: Browser;
  const contexts = new Map<string, Promise<BrowserContext>>();
  let inTest = false;
  const openedInTest: (Page | BrowserContext)[] = [];
  beforeAll(async () => {
    browser = await chromium.connect(inject('browserEndpoint'));
  });
  beforeEach(() => {
    inTest = true;
  });
  afterEach(async () => {
    inTest = false;
    await Promise.all(openedInTest.splice(0).map((opened) => opened.close()));
  });
  afterAll(async () => {
    // Closes the contexts this file opened, and leaves the browser to the other files.
    await browser?.close();
  });

  const ready =
    baseUrl === inject('fixtureUrl')
      ? untranslatedFixture
      : baseUrl === inject('pagedUrl')
        ? pagedFixture
        : async () => {};
  const contextOptions = (options: BrowserContextOptions) => ({
    viewport: { width: 1280, height: 900 },
    ...options,
  });
  const tracked = (page: Page): TrackedPage => {
    const origin = new URL(baseUrl).origin;
    const externalRequests: string[] = [];
    page.on('request', (request) => {
      const url = request.url();
      if (!url.startsWith(origin) && !url.startsWith('data:') && !url.startsWith('blob:'))
        externalRequests.push(url);
    });
    return Object.assign(page, { externalRequests });
  };

  return {
    baseUrl,
    /** A new page (a new tab) in this file's context for these options. */
    async newPage(options: BrowserContextOptions = {}): Promise<TrackedPage> {
      await ready();
      const key = JSON.stringify(options);
      if (!contexts.has(key)) contexts.set(key, browser.newContext(contextOptions(options)));
      const page = await (await contexts.get(key)!).newPage();
      if (inTest) openedInTest.push(page);
      return tracked(page);
    },
    /** A page in a fresh context: nothing cached, nothing shared with the other tests. */
    async newIsolatedPage(options: BrowserContextOptions = {}): Promise<TrackedPage> {
      await ready();
      const context = await browser.newContext(contextOptions(options));
      if (inTest) openedInTest.push(context);
      return tracked(await context.newPage());
    },
  };
}
