import { describe, expect, inject, test } from 'vitest';
import { useBrowser } from './support/browser.ts';
import { untranslatedFixture } from './support/fixture.ts';

const { baseUrl, newPage } = useBrowser();
const fixtureUrl = inject('fixtureUrl');
await untranslatedFixture();
const repository = 'https://github.com/continuites/continuites';

describe('under each text', () => {
  test('a French case says when it was last updated and links to its file to edit it', async () => {
    const page = await newPage();
    await page.goto(`${baseUrl}/fr/pratiques/lab28-la-loupe/`);
    const meta = page.getByRole('complementary', { name: 'À propos de cette page' });
    expect(await meta.textContent()).toMatch(/Dernière mise à jour le (1er|\d+) \p{L}+ \d{4}\./u);
    expect(await meta.textContent()).not.toContain('Traduit');
    expect(await meta.getByRole('link', { name: 'Modifier cette page' }).getAttribute('href')).toBe(
      `${repository}/edit/main/content/cases/fr/lab28-la-loupe.mdx`,
    );
  });

  test('its English translation says it is translated, from when, and whether the original changed since', async () => {
    const page = await newPage();
    await page.goto(`${baseUrl}/en/practices/lab28-la-loupe/`);
    const meta = page.getByRole('complementary', { name: 'About this page' });
    expect(await meta.textContent()).toMatch(
      /^Translated from French\. Last updated on \d+ \w+ \d{4}\. (The original has not changed since\.|The original has changed since this translation \(on .*\): read the original\.)/,
    );
    expect(await meta.getByRole('link', { name: 'Edit this page' }).getAttribute('href')).toBe(
      `${repository}/edit/main/content/cases/en/lab28-la-loupe.mdx`,
    );
  });

  test('a page shown in French on the English site offers to translate it, and says "date unknown" without git history', async () => {
    const page = await newPage();
    await page.goto(`${fixtureUrl}/en/practices/lab28-la-loupe/`);
    const meta = page.getByRole('complementary', { name: 'About this page' });
    expect(await meta.textContent()).toContain('Date of the last update unknown.');
    expect(await meta.getByRole('link', { name: 'Translate this page' }).getAttribute('href')).toBe(
      `${repository}/new/main/tests/.tmp/content/cases/en?filename=lab28-la-loupe.mdx`,
    );
    expect(await meta.getByRole('link', { name: 'Edit this page' }).getAttribute('href')).toMatch(
      /\/edit\/main\/tests\/\.tmp\/content\/cases\/fr\/lab28-la-loupe\.mdx$/,
    );
  });
});

describe('the contribute page', () => {
  test.each([
    [
      '/fr/contribuer/',
      'État des traductions',
      'Fiches pratiques',
      'Le Lab28, une start-up publique autour du collège de La Loupe',
      ['Source', 'Traduction', 'À jour'],
    ],
    [
      '/en/contribute/',
      'Translation status',
      'Case studies',
      'Lab28, a public start-up built around the collège in La Loupe',
      ['Source', 'Translation', 'Up to date'],
    ],
  ])(
    '%s lists every text with the state of each language',
    async (path, heading, caption, title, cells) => {
      const page = await newPage();
      await page.goto(baseUrl + path);
      expect(await page.getByRole('heading', { name: heading }).count()).toBe(1);
      const table = page.getByRole('table', { name: caption });
      const row = table.getByRole('row', { name: new RegExp(title) });
      const texts = (await row.getByRole('cell').allTextContents()).map((text) =>
        text.replace(/\s+/g, ' ').trim(),
      );
      expect(texts).toEqual([
        expect.stringMatching(new RegExp(`^${cells[0]} \\d\\d/\\d\\d/\\d{4}$`)),
        expect.stringMatching(new RegExp(`^${cells[1]} \\d\\d/\\d\\d/\\d{4}$`)),
        cells[2],
      ]);
      expect(await row.getByRole('rowheader').getByRole('link').getAttribute('href')).toMatch(
        /lab28-la-loupe\/$/,
      );
      expect(
        await page
          .getByRole('table', { name: /^Pages$/ })
          .getByRole('row')
          .count(),
      ).toBe(4);
    },
  );

  test('links to the contributor guide in the reader’s language and to the form that proposes a case', async () => {
    const page = await newPage();
    await page.goto(`${baseUrl}/fr/contribuer/`);
    expect(
      await page.getByRole('link', { name: 'Le guide du contributeur' }).getAttribute('href'),
    ).toBe(`${repository}/blob/main/CONTRIBUTING.fr.md`);
    expect(
      await page
        .getByRole('link', { name: /Proposer une pratique par un formulaire/ })
        .getAttribute('href'),
    ).toBe(`${repository}/issues/new?template=propose-case.yml`);
  });

  test('shows a case missing in English as to translate', async () => {
    const page = await newPage();
    await page.goto(`${fixtureUrl}/en/contribute/`);
    const row = page
      .getByRole('table', { name: 'Case studies' })
      .getByRole('row', { name: /Lab28/ });
    const texts = (await row.getByRole('cell').allTextContents()).map((text) =>
      text.replace(/\s+/g, ' ').trim(),
    );
    expect(texts).toEqual(['Source date unknown', 'Missing', 'To translate']);
    expect(await row.getByRole('rowheader').getByRole('link').getAttribute('lang')).toBe('fr');
  });
});
