import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, test } from 'vitest';
import { useBrowser } from './support/browser.ts';

const { baseUrl, newPage } = useBrowser();

const contentPages = [
  '/fr/a-propos/',
  '/en/about/',
  '/fr/propositions/',
  '/en/proposals/',
  '/fr/glossaire/',
  '/en/glossary/',
  '/fr/temoignages/',
  '/en/voices/',
  '/fr/temoignages/partenariat-villes-internet/',
  '/en/voices/partenariat-villes-internet/',
  '/fr/temoignages/allard-groupe-de-travail/',
  '/en/voices/allard-groupe-de-travail/',
];

describe('content pages', () => {
  test.each(contentPages)(
    '%s has a title and real content, runs no script and requests nothing outside the site',
    async (path) => {
      const page = await newPage();
      const response = await page.goto(baseUrl + path, { waitUntil: 'networkidle' });
      expect(response?.status()).toBe(200);
      expect((await page.textContent('h1'))!.trim().length).toBeGreaterThan(2);
      expect((await page.locator('main').innerText()).length).toBeGreaterThan(600);
      expect(await page.$$('script')).toHaveLength(0);
      expect(page.externalRequests).toEqual([]);
    },
  );

  test.each([
    [
      'fr',
      'Lire la section pratique pour les maires',
      'En pratique, pour les maires',
      '300 millions d’euros',
    ],
    ['en', 'Read the practical section for mayors', 'In practice, for mayors', '300 million euros'],
  ])(
    'the %s home page leads mayors to the practical section on the label mention and the call for projects',
    async (locale, link, heading, amount) => {
      const page = await newPage();
      await page.goto(`${baseUrl}/${locale}/`);
      await page.getByRole('link', { name: link }).click();
      await page.waitForURL(/#/);
      const target = page.locator(decodeURIComponent(new URL(page.url()).hash));
      expect(await target.evaluate((element) => element.tagName)).toBe('H2');
      expect((await target.textContent())!.trim()).toBe(heading);
      const section = await target.evaluate((element) => {
        const texts: string[] = [];
        for (
          let next = element.nextElementSibling;
          next && next.tagName !== 'H2';
          next = next.nextElementSibling
        )
          texts.push(next.textContent!);
        return texts.join(' ');
      });
      expect(section).toContain('#Numérique éducatif');
      expect(section).toContain(amount);
    },
  );

  test('the proposals page has an anchor for each of the 40 proposals, numbered as in the source', async () => {
    const page = await newPage();
    await page.goto(`${baseUrl}/fr/propositions/`);
    const anchors = await page.$$eval('ol.proposals > li', (items) =>
      items.map((item) => [item.id, (item as HTMLLIElement).value]),
    );
    expect(anchors).toEqual(
      Array.from({ length: 40 }, (_, index) => [
        `egne-${String(index + 1).padStart(2, '0')}`,
        index + 1,
      ]),
    );
    expect(
      await page
        .getByRole('heading', { level: 2, name: 'Une préparation en trois temps' })
        .isVisible(),
    ).toBe(true);
    expect(await page.locator('ol.stages > li').count()).toBe(3);
    expect(await page.getByRole('navigation', { name: 'Thèmes' }).getByRole('link').count()).toBe(
      6,
    );
  });

  test.each([
    [
      '/fr/propositions/#egne-27',
      'Le Lab28, une start-up publique autour du collège de La Loupe',
      '/fr/pratiques/lab28-la-loupe/',
    ],
    [
      '/en/proposals/#egne-10',
      'A digital incubator at Lycée Vauban in Brest',
      '/en/practices/brest-incubateur-numerique/',
    ],
  ])(
    '%s is scrolled into view and links to the case that cites it',
    async (address, caseTitle, casePath) => {
      const page = await newPage({ viewport: { width: 375, height: 700 } });
      await page.goto(baseUrl + address);
      const proposal = page.locator(`#${address.split('#')[1]}`);
      expect(await proposal.evaluate((element) => element.matches(':target'))).toBe(true);
      const box = (await proposal.boundingBox())!;
      // Sub-pixel rounding of the scroll position can leave the top a fraction of a pixel above 0.
      expect(box.y).toBeGreaterThan(-1);
      expect(box.y).toBeLessThan(700);
      await proposal.getByRole('link', { name: caseTitle }).click();
      await page.waitForURL(`**${casePath}`);
      expect(await page.textContent('h1')).toBe(caseTitle);
    },
  );

  test.each([
    [
      '/fr/temoignages/partenariat-villes-internet/',
      'Qui parle',
      ['Audran Le Baron', 'Emmanuel Allard'],
    ],
    ['/en/voices/allard-groupe-de-travail/', 'Who speaks', ['Emmanuel Allard']],
  ])(
    'the interview %s says who speaks, lists its questions and cites its source',
    async (path, speakersTitle, speakers) => {
      const page = await newPage();
      await page.goto(baseUrl + path);
      const list = page.getByRole('region', { name: speakersTitle });
      for (const speaker of speakers)
        expect(await list.getByText(speaker, { exact: true }).isVisible()).toBe(true);
      const contents = await page.$$eval('nav.toc a', (links) =>
        links.map((link) => link.getAttribute('href')!),
      );
      expect(contents.length).toBeGreaterThan(3);
      for (const href of contents) expect(await page.locator(`h2${href}`).count()).toBe(1);
      expect(await page.locator('.source-citation cite').textContent()).toMatch(
        /Villes Internet|Emmanuel Allard/,
      );
    },
  );

  test.each(['/fr/temoignages/', '/en/voices/'])(
    'the interviews index %s links to both interviews',
    async (path) => {
      const page = await newPage();
      await page.goto(baseUrl + path);
      const links = await page.$$eval('.card-title a', (anchors) =>
        anchors.map((anchor) => anchor.getAttribute('href')),
      );
      expect(links.sort()).toEqual([
        `${path}allard-groupe-de-travail/`,
        `${path}partenariat-villes-internet/`,
      ]);
    },
  );

  test('the about page lists the eleven partners and cites both its sources', async () => {
    const page = await newPage();
    await page.goto(`${baseUrl}/en/about/`);
    const partners = page
      .getByRole('heading', { name: 'Its eleven partners' })
      .locator('xpath=following-sibling::ul[1]/li');
    expect(await partners.count()).toBe(11);
    expect(await page.locator('.source-citation cite').allTextContents()).toEqual([
      'Synthèse de la 2ème journée du numérique à l’École\u00A0: continuités éducatives et territoriales',
      'Villes Internet et le ministère de l’Éducation nationale renouvellent leur partenariat',
    ]);
  });
});

describe('glossary terms on content pages', () => {
  test.each([
    ['/fr/temoignages/partenariat-villes-internet/', '/fr/glossaire/'],
    ['/en/voices/partenariat-villes-internet/', '/en/glossary/'],
    ['/fr/a-propos/', '/fr/glossaire/'],
  ])(
    'on %s, each term links once to an existing entry of %s, never from a heading',
    async (path, glossaryPath) => {
      const page = await newPage();
      await page.goto(`${baseUrl}${glossaryPath}`);
      const entries = new Set(
        await page.$$eval('.glossary > div[id]', (items) => items.map((item) => item.id)),
      );
      await page.goto(baseUrl + path);
      const links = await page.$$eval('a.glossary-term', (anchors) =>
        anchors.map((anchor) => anchor.getAttribute('href')!),
      );
      expect(links.length).toBeGreaterThan(2);
      expect(new Set(links).size).toBe(links.length);
      for (const href of links) {
        expect(href.startsWith(`${glossaryPath}#`), href).toBe(true);
        expect(entries.has(href.split('#')[1]!), href).toBe(true);
      }
      expect(await page.locator(':is(h1, h2, h3, h4) a.glossary-term').count()).toBe(0);
    },
  );

  test('an acronym carries its expansion and leads to its definition', async () => {
    const page = await newPage();
    await page.goto(`${baseUrl}/fr/temoignages/partenariat-villes-internet/`);
    const crcn = page.locator('a.glossary-term', { hasText: 'CRCN' });
    expect(await crcn.locator('abbr').getAttribute('title')).toBe(
      'Cadre de référence des compétences numériques',
    );
    await crcn.click();
    await page.waitForURL('**/fr/glossaire/#crcn');
    expect(await page.locator('#crcn dd').first().textContent()).toContain(
      'compétences numériques',
    );
  });

  test.each([
    ['/fr/glossaire/', 'Termes par lettre'],
    ['/en/glossary/', 'Terms by letter'],
  ])(
    'the glossary %s has at least 15 terms, unique anchors and a working letter index',
    async (path, navName) => {
      const page = await newPage();
      await page.goto(baseUrl + path);
      const ids = await page.$$eval('[id]', (elements) => elements.map((element) => element.id));
      expect(new Set(ids).size).toBe(ids.length);
      expect(await page.locator('.glossary dfn').count()).toBeGreaterThanOrEqual(15);
      for (const href of await page
        .getByRole('navigation', { name: navName })
        .getByRole('link')
        .evaluateAll((links) => links.map((link) => link.getAttribute('href')!))) {
        expect(await page.locator(href).count(), href).toBe(1);
      }
    },
  );
});

describe('the built site', () => {
  const dist = resolve(import.meta.dirname, '../../dist');
  const htmlFiles = (folder: string): string[] =>
    readdirSync(folder, { withFileTypes: true }).flatMap((entry) =>
      entry.isDirectory()
        ? htmlFiles(join(folder, entry.name))
        : entry.name.endsWith('.html')
          ? [join(folder, entry.name)]
          : [],
    );

  test('carries none of the slips of the machine-translated sources', () => {
    const slips =
      /Villa Internet|Digitalb|gas pedal|containment|States General|Estates General|Internet [Cc]ities/;
    expect(htmlFiles(dist).filter((file) => slips.test(readFileSync(file, 'utf8')))).toEqual([]);
  });
});
