import { describe, expect, inject, test } from 'vitest';
import { locales } from '../../src/i18n/config.ts';
import { localizedPath } from '../../src/i18n/routes.ts';
import { useBrowser } from './support/browser.ts';
import { pdfPageCount } from './support/pdf.ts';
import { contentCases } from './support/site-content.ts';

const { baseUrl, newPage } = useBrowser();
// A second build where one case exists in French only (see global-setup.ts).
const fixture = useBrowser(inject('fixtureUrl'));

// Every case page of the site, in both languages (an untranslated case has a page in both too).
const casePages = contentCases().flatMap((entry) =>
  locales.map((locale) => localizedPath(locale, 'practices', entry.slug)),
);

describe('the printed fiche', () => {
  test('an untranslated copy, with its notice, prints on one A4 page too', async () => {
    const page = await fixture.newPage();
    await page.goto(`${fixture.baseUrl}/en/practices/lab28-la-loupe/`);
    expect(await page.$('[data-fallback-from]')).not.toBeNull();
    expect(pdfPageCount(await page.pdf({ format: 'A4' }))).toBe(1);
  });

  test('the page counter does see several pages when there are (the data page is long)', async () => {
    const page = await newPage();
    await page.goto(baseUrl + localizedPath('en', 'data'));
    expect(pdfPageCount(await page.pdf({ format: 'A4' }))).toBeGreaterThan(1);
  });

  // One load per page for both: what is printed, then how many sheets it takes.
  test.each(casePages)(
    '%s prints on one A4 page its title, summary, facts, actors, benefits, questions, source and address, without navigation or search',
    async (path) => {
      const page = await newPage();
      await page.goto(baseUrl + path);
      await page.emulateMedia({ media: 'print' });
      // An element that is not rendered (display: none, itself or an ancestor) has no box.
      const visible = (selector: string) =>
        page
          .locator(selector)
          .evaluateAll(
            (elements) =>
              elements.length > 0 &&
              elements.every((element) => element.getClientRects().length > 0),
          );
      const hidden = (selector: string) =>
        page
          .locator(selector)
          .evaluateAll((elements) =>
            elements.every((element) => element.getClientRects().length === 0),
          );
      for (const selector of [
        'h1',
        '.case .lead',
        '.facts',
        '.facts cite',
        '#actors-title',
        '.actors li',
        '.print-url',
      ])
        expect(await visible(selector), selector).toBe(true);
      for (const kind of ['benefits', 'questions']) {
        if (await page.$(`.prose [data-section="${kind}"]`))
          expect(await visible(`.prose [data-section="${kind}"]`), kind).toBe(true);
      }
      for (const selector of [
        '.main-nav',
        '.search-form',
        '.skip-links a',
        '.lang-switch',
        '.breadcrumb',
        '.site-footer',
        '.prose [data-section="context"]',
        '.prose [data-section="conditions"]',
      ]) {
        expect(await hidden(selector), selector).toBe(true);
      }
      expect(await page.textContent('.print-url')).toContain(
        new URL(path, 'https://x.invalid').pathname,
      );
      expect(pdfPageCount(await page.pdf({ format: 'A4' }))).toBe(1);
    },
  );
});
