import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, test } from 'vitest';
import { axeViolations, withAxe } from './support/axe.ts';
import { useBrowser, type TrackedPage } from './support/browser.ts';

// The header on a phone: short enough to leave the screen to the page, the search field and the
// language switch in view, the six links behind a "Menu" that opens without a script. At desktop
// width the links are always in view.

const { baseUrl, newPage } = useBrowser();
const casePage = '/fr/pratiques/lab28-la-loupe/';

/** What a reader sees of the header: its height, and whether each part is on screen. */
const header = (page: Page) =>
  page.evaluate(() => {
    const box = (selector: string) => document.querySelector(selector)!.getBoundingClientRect();
    const inView = (selector: string) => {
      const { top, bottom, left, right, width } = box(selector);
      return (
        width > 0 &&
        top >= 0 &&
        bottom <= window.innerHeight &&
        left >= 0 &&
        right <= window.innerWidth
      );
    };
    return {
      height: Math.round(box('.site-header').height),
      search: inView('.site-header input[type="search"]'),
      language: inView('.lang-switch a'),
      links: [...document.querySelectorAll<HTMLElement>('.main-nav a')].filter((link) =>
        link.checkVisibility(),
      ).length,
    };
  });

describe('the header on a phone', () => {
  test.each([320, 375])(
    'at %i px it takes under a quarter of the screen, with the search field and the language switch in view',
    async (width) => {
      const page = await newPage({ viewport: { width, height: 800 } });
      for (const path of [casePage, '/en/practices/lab28-la-loupe/']) {
        await page.goto(baseUrl + path);
        expect(await header(page), path).toEqual({
          height: expect.any(Number),
          search: true,
          language: true,
          links: 0,
        });
        expect((await header(page)).height, path).toBeLessThanOrEqual(200);
      }
    },
  );

  test('one tap on the search field is enough to type a search', async () => {
    const page = await newPage({
      viewport: { width: 375, height: 800 },
      hasTouch: true,
      isMobile: true,
    });
    await page.goto(baseUrl + casePage);
    await page.tap('#recherche');
    await page.keyboard.type('robots');
    await page.keyboard.press('Enter');
    await page.waitForURL('**/fr/recherche/?q=robots');
  });

  test('the menu opens and closes with the keyboard, and Tab then goes through its six links', async () => {
    const page = await newPage({ viewport: { width: 320, height: 800 } });
    await page.goto(baseUrl + casePage);
    const menu = page.getByRole('navigation', { name: 'Menu principal' });
    const toggle = menu.getByText('Menu', { exact: true });
    await toggle.focus();
    await page.keyboard.press('Enter');
    expect((await header(page)).links).toBe(6);
    const reached: string[] = [];
    for (let step = 0; step < 6; step += 1) {
      await page.keyboard.press('Tab');
      reached.push(await page.evaluate(() => document.activeElement!.textContent!.trim()));
    }
    expect(reached).toEqual([
      'Pratiques',
      'Continuités',
      'Thèmes',
      'Territoires',
      'Propositions des EGNé',
      'À propos',
    ]);
    await toggle.focus();
    await page.keyboard.press('Space');
    expect((await header(page)).links).toBe(0);
  });

  test('the menu works without JavaScript', async () => {
    const page = await newPage({ viewport: { width: 320, height: 800 }, javaScriptEnabled: false });
    await page.goto(`${baseUrl}/en/`);
    await page.click('.nav-menu > summary');
    await page
      .getByRole('navigation', { name: 'Main menu' })
      .getByRole('link', { name: 'Territories' })
      .click();
    await page.waitForURL('**/en/territories/');
  });
});

describe('the open menu is accessible', () => {
  let page: TrackedPage;
  beforeAll(async () => {
    page = await newPage({ viewport: { width: 320, height: 800 } });
    await withAxe(page.context());
  });

  test.each(['/fr/', '/en/search/', casePage])(
    '%s at 320 px, menu open, and again with text at double size: axe finds nothing, nothing scrolls sideways, nothing overlaps',
    async (path) => {
      await page.goto(baseUrl + path);
      await page.click('.nav-menu > summary');
      const found: Record<string, unknown> = {};
      found['menu open'] = await axeViolations(page);
      found['sideways scroll'] = await page.evaluate(
        () => document.documentElement.scrollWidth - window.innerWidth,
      );
      await page.evaluate(() => (document.documentElement.style.fontSize = '200%'));
      found['menu open, 200 % text'] = await axeViolations(page);
      found['header parts overlapping at 200 %'] = await page.evaluate(() => {
        const parts = [
          '.brand',
          '.site-header .search-form',
          '.lang-switch',
          '.nav-menu > summary',
        ].map((selector) => document.querySelector(selector)!.getBoundingClientRect());
        return parts.flatMap((a, i) =>
          parts
            .slice(i + 1)
            .filter(
              (b) => a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom,
            ),
        ).length;
      });
      expect(found).toEqual({
        'menu open': [],
        'sideways scroll': 0,
        'menu open, 200 % text': [],
        'header parts overlapping at 200 %': 0,
      });
    },
  );
});

describe('the header at desktop width', () => {
  test('shows the six links without a menu to open, on a row under the brand, the search field and the language switch', async () => {
    const page = await newPage();
    await page.goto(baseUrl + casePage);
    expect(await page.isVisible('.nav-menu > summary')).toBe(false);
    expect((await header(page)).links).toBe(6);
    const top = (selector: string) =>
      page
        .locator(selector)
        .first()
        .evaluate((element) => element.getBoundingClientRect().top);
    const firstRow = [
      await top('.brand'),
      await top('.site-header .search-form'),
      await top('.lang-switch'),
    ];
    expect(Math.max(...firstRow)).toBeLessThan(await top('.main-nav a'));
    // The placeholder is not cut: the field is wide enough for it.
    expect(
      await page.$eval('#recherche', (input) => {
        const style = getComputedStyle(input as HTMLInputElement);
        const context = document.createElement('canvas').getContext('2d')!;
        context.font = `${style.fontSize} ${style.fontFamily}`;
        const padding = parseFloat(style.paddingLeft) + parseFloat(style.paddingRight);
        return (
          context.measureText((input as HTMLInputElement).placeholder).width + padding <=
          (input as HTMLElement).clientWidth
        );
      }),
    ).toBe(true);
  });
});
