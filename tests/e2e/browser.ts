import type { Browser, BrowserContextOptions, Page } from 'playwright-core';
import { afterAll, beforeAll, inject } from 'vitest';
import { launchBrowser } from '../../scripts/browser.mjs';

/** A page that remembers every request that left the site under test. */
export interface TrackedPage extends Page {
  externalRequests: string[];
}

/**
 * One Chromium for the test file, closed after it. Pages record requests to any origin other
 * than the site's, so a test can assert that nothing leaves localhost.
 */
export function useBrowser(baseUrl = inject('baseUrl')) {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
  });
  return {
    baseUrl,
    async newPage(options: BrowserContextOptions = {}): Promise<TrackedPage> {
      const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, ...options });
      const page = (await context.newPage()) as TrackedPage;
      page.externalRequests = [];
      const origin = new URL(baseUrl).origin;
      page.on('request', (request) => {
        const url = request.url();
        if (!url.startsWith(origin) && !url.startsWith('data:') && !url.startsWith('blob:')) page.externalRequests.push(url);
      });
      return page;
    },
  };
}
