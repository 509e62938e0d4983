import type { Page } from 'playwright-core';
import { describe, expect, inject, test } from 'vitest';
import { useBrowser } from './support/browser.ts';

const { baseUrl, newPage } = useBrowser();

describe('languages', () => {
  test.each([
    ['/fr/', 'fr', 'Un numérique éducatif'],
    ['/en/', 'en', 'Digital education that holds together'],
  ])('the home page %s is in its language', async (path, lang, heading) => {
    const page = await newPage();
    await page.goto(baseUrl + path);
    expect(await page.getAttribute('html', 'lang')).toBe(lang);
    expect(await page.textContent('h1')).toContain(heading);
  });

  test('the language switch on a case page lands on the same case in English, and back', async () => {
    const page = await newPage();
    await page.goto(`${baseUrl}/fr/pratiques/brest-incubateur-numerique/`);
    await page.getByRole('navigation', { name: 'Langue' }).getByRole('link').click();
    await page.waitForURL('**/en/practices/brest-incubateur-numerique/');
    expect(await page.getAttribute('html', 'lang')).toBe('en');
    expect(await page.textContent('h1')).toBe('A digital incubator at Lycée Vauban in Brest');
    await page.getByRole('navigation', { name: 'Language' }).getByRole('link').click();
    await page.waitForURL('**/fr/pratiques/brest-incubateur-numerique/');
    expect(await page.textContent('h1')).toBe('Un incubateur numérique au lycée Vauban de Brest');
  });

  test('a translated page announces both versions with hreflang, and x-default', async () => {
    const page = await newPage();
    await page.goto(`${baseUrl}/en/practices/lab28-la-loupe/`);
    const alternates = await page.$$eval('link[rel=alternate][hreflang]', (links) =>
      links.map((l) => [l.getAttribute('hreflang'), new URL(l.getAttribute('href')!).pathname]),
    );
    expect(alternates).toEqual([
      ['fr', '/fr/pratiques/lab28-la-loupe/'],
      ['en', '/en/practices/lab28-la-loupe/'],
      ['x-default', '/fr/pratiques/lab28-la-loupe/'],
    ]);
  });

  test('the root sends an English-speaking browser to /en/', async () => {
    const page = await newPage({ locale: 'en-GB' });
    await page.goto(`${baseUrl}/`);
    await page.waitForURL('**/en/');
    expect(await page.getAttribute('html', 'lang')).toBe('en');
  });

  test.each(['fr-FR', 'de-DE'])('the root sends a %s browser to /fr/', async (locale) => {
    const page = await newPage({ locale });
    await page.goto(`${baseUrl}/`);
    await page.waitForURL('**/fr/');
    expect(await page.getAttribute('html', 'lang')).toBe('fr');
  });

  test('without JavaScript, the root offers both languages as links', async () => {
    const page = await newPage({ javaScriptEnabled: false, locale: 'en-GB' });
    await page.goto(`${baseUrl}/`);
    expect(new URL(page.url()).pathname).toBe('/');
    expect(await page.isVisible('a[href="/fr/"]')).toBe(true);
    expect(await page.isVisible('a[href="/en/"]')).toBe(true);
    expect(await page.getAttribute('a[href="/en/"]', 'lang')).toBe('en');
  });
});

describe('the root language chooser is never left blank', () => {
  /**
   * Record, in the tab's session storage, when the root's choices are first painted visible
   * (milliseconds after the navigation started): checked at every frame from the first parse.
   */
  const recordWhenShown = () => {
    if (location.pathname !== '/') return;
    const check = () => {
      const link = document.querySelector('a[href="/fr/"]');
      if (link && getComputedStyle(link).visibility === 'visible')
        sessionStorage.setItem('rootShownAt', String(Math.round(performance.now())));
      else requestAnimationFrame(check);
    };
    requestAnimationFrame(check);
  };
  const choicesVisible = async (page: Page) =>
    (await page.isVisible('a[href="/fr/"]')) && (await page.isVisible('a[href="/en/"]'));

  test('when scripts are blocked by the security policy, both links show at once', async () => {
    const page = await newPage({ locale: 'en-GB' });
    await page.route(`${baseUrl}/`, async (route) => {
      const response = await route.fetch();
      await route.fulfill({
        response,
        headers: { ...response.headers(), 'content-security-policy': "script-src 'none'" },
      });
    });
    const blocked = new Promise((resolve) =>
      page.on(
        'console',
        (message) => message.text().includes('Content Security Policy') && resolve(true),
      ),
    );
    await page.goto(`${baseUrl}/`);
    expect(await blocked).toBe(true);
    expect(new URL(page.url()).pathname).toBe('/');
    expect(await choicesVisible(page)).toBe(true);
  });

  test('when the script throws, both links show at once', async () => {
    const page = await newPage({ locale: 'en-GB' });
    await page.addInitScript(() => {
      Object.defineProperty(Navigator.prototype, 'languages', {
        get() {
          throw new Error('languages are not available');
        },
      });
    });
    await page.goto(`${baseUrl}/`);
    expect(new URL(page.url()).pathname).toBe('/');
    expect(await choicesVisible(page)).toBe(true);
  });

  test('when the redirect does not happen, the choices are hidden a moment (no flash), then shown', async () => {
    const page = await newPage({ locale: 'fr-FR' });
    // The French home answers with nothing to show (204): the browser stays on the root, as when a redirect is blocked.
    await page.route(`${baseUrl}/fr/`, (route) => route.fulfill({ status: 204 }));
    await page.addInitScript(recordWhenShown);
    // Playwright keeps waiting for the cancelled redirect, so the page is read from inside rather than with locators.
    await page.goto(`${baseUrl}/`, { waitUntil: 'commit' });
    const shown = () =>
      page.evaluate(() =>
        ['/fr/', '/en/'].every((href) => {
          const link = document.querySelector(`a[href="${href}"]`);
          return (
            link !== null &&
            getComputedStyle(link).visibility === 'visible' &&
            link.getBoundingClientRect().width > 0
          );
        }),
      );
    await expect.poll(shown, { timeout: 10_000 }).toBe(true);
    expect(await page.evaluate(() => location.pathname)).toBe('/');
    expect(
      Number(await page.evaluate(() => sessionStorage.getItem('rootShownAt'))),
    ).toBeGreaterThan(1000);
  });

  test('when the script works, the reader lands on their language without the choices showing first', async () => {
    const page = await newPage({ locale: 'fr-FR' });
    await page.addInitScript(recordWhenShown);
    await page.goto(`${baseUrl}/`);
    await page.waitForURL('**/fr/');
    expect(await page.getAttribute('html', 'lang')).toBe('fr');
    expect(await page.evaluate(() => sessionStorage.getItem('rootShownAt'))).toBeNull();
  });
});

describe('a page that exists in one language only', () => {
  const fixture = useBrowser(inject('fixtureUrl'));

  test('shows a notice and the original French text, marked as French', async () => {
    const page = await fixture.newPage();
    await page.goto(`${fixture.baseUrl}/en/practices/lab28-la-loupe/`);
    expect(await page.getAttribute('html', 'lang')).toBe('en');
    expect(await page.getByRole('note').textContent()).toContain(
      'This page has not been translated yet',
    );
    expect(await page.getAttribute('h1', 'lang')).toBe('fr');
    expect(await page.textContent('h1')).toContain('Le Lab28');
  });

  test('is not presented as a translation: no hreflang, canonical to the original, not indexed', async () => {
    const page = await fixture.newPage();
    await page.goto(`${fixture.baseUrl}/en/practices/lab28-la-loupe/`);
    expect(await page.$$('link[rel=alternate][hreflang]')).toHaveLength(0);
    expect(new URL((await page.getAttribute('link[rel=canonical]', 'href'))!).pathname).toBe(
      '/fr/pratiques/lab28-la-loupe/',
    );
    expect(await page.getAttribute('meta[name=robots]', 'content')).toBe('noindex');
    expect(await page.$$('[data-pagefind-body]')).toHaveLength(0);
    expect(await page.getAttribute('[data-fallback-from]', 'data-fallback-from')).toBe('fr');
  });

  test('its French original does not offer an English alternate, and the switch says so', async () => {
    const page = await fixture.newPage();
    await page.goto(`${fixture.baseUrl}/fr/pratiques/lab28-la-loupe/`);
    expect(
      await page.$$eval('link[rel=alternate][hreflang]', (links) =>
        links.map((l) => l.getAttribute('hreflang')),
      ),
    ).toEqual(['fr', 'x-default']);
    expect(await page.getByRole('navigation', { name: 'Langue' }).textContent()).toContain(
      'not translated yet',
    );
  });
});
