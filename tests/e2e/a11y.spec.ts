import type { BrowserContext, Page } from 'playwright-core';
import { beforeAll, describe, expect, inject, test } from 'vitest';
import { locales, otherLocale } from '../../src/i18n/config.ts';
import { localizedPath } from '../../src/i18n/routes.ts';
import { useTranslations } from '../../src/i18n/translate.ts';
import { accessibilityIssueUrl } from '../../src/utils/repository.ts';
import { axeViolations, withAxe } from './support/axe.ts';
import { lendingPool, SITE_WALK_WIDTH } from './support/parallel.ts';
import { useBrowser, type TrackedPage } from './support/browser.ts';
import { readBuiltPage, type Tag } from './support/built-html.ts';
import { unmarkedOnPage } from './support/language-marks.ts';
import { firstOfShape } from './support/page-structure.ts';
import { pagedFixture, untranslatedFixture } from './support/fixture.ts';
import {
  distDir,
  editorPaths,
  everyPage,
  fallbackPaths,
  fixtureDistDir,
  onePerKind,
  pagedDistDir,
  pagedPaths,
} from './support/site-pages.ts';

// Accessibility as readers get it: every page of the build, served with its CSP, at a desktop width
// and at the narrowest phone width WCAG asks for (320 CSS px, 1.4.10 Reflow), with its changes of
// language marked (RGAA 8.7); then larger text, the keyboard and print on one page of each kind (the
// markup of a kind is shared by its pages).

const { baseUrl, newPage } = useBrowser();
const fixture = useBrowser(inject('fixtureUrl'));
const paged = useBrowser(inject('pagedUrl'));
// The untranslated copies are listed from the second build's files, the pages of listings from the third's.
await untranslatedFixture();
await pagedFixture();
const desktop = { width: 1280, height: 900 };
const phone = { width: 320, height: 800 };
// The web editor (/admin/) is Decap CMS's application, not a page to read: its sign-in screen is
// checked with axe by cms.spec.ts; what its form lacks is listed in the accessibility statement.
const pages = everyPage().filter((path) => !editorPaths.includes(path));
const kinds = onePerKind(pages).filter((path) => path !== '/');
/** The language a path belongs to (its first segment), or undefined for the root and the host's 404 page. */
const localeOf = (path: string) => locales.find((locale) => path.startsWith(`/${locale}/`));

/**
 * Open a page as a reader does. The root only sends readers on to their language with a script;
 * the page they can actually read there is the one without JavaScript, so its script is blocked.
 */
async function open(page: Page, base: string, path: string): Promise<void> {
  if (path === '/') {
    await page.route(`${base}/`, async (route) => {
      const response = await route.fetch();
      await route.fulfill({
        response,
        headers: { ...response.headers(), 'content-security-policy': "script-src 'none'" },
      });
    });
  }
  await page.goto(base + path);
  if (path === '/') await page.unrouteAll();
}

/** How many CSS pixels the page is wider than the window: a reader would have to scroll sideways. */
const sidewaysScroll = (page: Page) =>
  page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);

/**
 * axe at both widths, and sideways scrolling at 320 px. The page is checked at the width it was
 * opened at first, then at the other one: one change of width per page.
 */
async function checkBothWidths(page: Page): Promise<Record<string, string[] | number>> {
  const found: Record<string, string[] | number> = {};
  const atPhone = async () => {
    found['320 px'] = await axeViolations(page);
    found['sideways scroll at 320 px'] = await sidewaysScroll(page);
  };
  const atDesktop = async () => {
    found['1280 px'] = await axeViolations(page);
  };
  const [first, second] =
    page.viewportSize()?.width === phone.width ? [atPhone, atDesktop] : [atDesktop, atPhone];
  await first();
  await page.setViewportSize(page.viewportSize()?.width === phone.width ? desktop : phone);
  await second();
  return found;
}

const clean = { '1280 px': [], '320 px': [], 'sideways scroll at 320 px': 0 };

// axe's verdict depends on the markup and the stylesheet, not on the words: pages whose markup differs
// only in words and addresses (most of the 202 pages of départements) get one run of axe at both
// widths for all of them (see page-structure.ts); every page gets its own load, its own reflow check
// and its own check of the changes of language, which its words can break.
const shapes = firstOfShape(distDir, pages);
const walk = pages.map((path) => {
  const first = shapes.get(path)!;
  const alike = pages.filter((other) => shapes.get(other) === first).length;
  return {
    path,
    axe: first === path,
    title: first === path ? `axe for ${alike} page(s) of this markup` : `markup as ${first}`,
  };
});

describe('every page: no sideways scrolling at 320 px, changes of language marked (RGAA 8.7), and axe-core (WCAG 2.1 A and AA) at 1280 and 320 px on each markup', () => {
  // A few pages at once, each test borrowing one: Chromium works on one while the others wait on it.
  const pool = lendingPool<TrackedPage>();
  beforeAll(async () => {
    const walkers = await Promise.all(Array.from({ length: SITE_WALK_WIDTH }, () => newPage()));
    await withAxe(walkers[0]!.context());
    for (const page of walkers) pool.add(page);
  });

  test('the inventory holds every page of the build, in both languages, and axe runs on more than a hundred markups', () => {
    expect(pages.length).toBeGreaterThan(300);
    expect(pages).toContain('/fr/accessibilite/');
    expect(pages).toContain('/en/accessibility/');
    expect(pages).toContain('/en/404/');
    const checked = walk.filter((item) => item.axe).map((item) => item.path);
    expect(checked.length).toBeGreaterThan(100);
    // Every kind of page and every page of a listing or a practice is a markup of its own.
    expect(checked).toEqual(expect.arrayContaining([...kinds, '/fr/pratiques/', '/en/practices/']));
  });

  test.concurrent.for(walk)('$path: $title', async ({ path, axe }, { expect }) => {
    await pool.use(async (page) => {
      await open(page, baseUrl, path);
      const locale = localeOf(path);
      const unmarked = locale ? await unmarkedOnPage(page, locale) : [];
      if (axe) {
        expect({ ...(await checkBothWidths(page)), unmarked }).toEqual({ ...clean, unmarked: [] });
      } else {
        if (page.viewportSize()?.width !== phone.width) await page.setViewportSize(phone);
        expect({ sideways: await sidewaysScroll(page), unmarked }).toEqual({
          sideways: 0,
          unmarked: [],
        });
      }
    });
  });
});

describe('pages in their other states', () => {
  let page: TrackedPage;
  beforeAll(async () => {
    page = await newPage();
    await withAxe(page.context());
  });

  /** Wait until the search page says what it found (or that it waits for a word) and its filters are counted. */
  const settled = (page: Page) =>
    page.waitForFunction(
      () =>
        /^(\d|Aucun|No |Tapez|Type)/.test(
          document.querySelector('[data-status]')?.textContent?.trim() ?? '',
        ) && !document.querySelector('[aria-busy]'),
    );

  test.each([
    ['empty', '/fr/recherche/'],
    ['with results', '/fr/recherche/?q=l%27%C3%A9cole'],
    ['with no result', '/en/search/?q=xyzzy'],
    ['browsing by a filter alone', '/en/search/?theme=ent'],
  ])('the search page %s (%s)', async (_, path) => {
    await page.goto(baseUrl + path);
    await settled(page);
    const found = await checkBothWidths(page);
    // On a phone the filters fold into a disclosure: open it so that axe sees them too.
    await page.setViewportSize(phone);
    await page.click('[data-filter-panel] > summary');
    found['320 px, filters open'] = await axeViolations(page);
    expect(found).toEqual({ ...clean, '320 px, filters open': [] });
  });

  test('the catalogue filtered with JavaScript, and two practices compared', async () => {
    await page.goto(`${baseUrl}/fr/pratiques/?theme=ent&niveau=ecole`);
    await page.waitForSelector('[data-facets]:not([hidden])', { state: 'attached' });
    await page.waitForSelector('[data-cards]:not([aria-busy])', { state: 'attached' });
    expect(await checkBothWidths(page)).toEqual(clean);
    await page.goto(`${baseUrl}/en/compare/?cases=lab28-la-loupe,prof-at-brest`);
    await page.waitForSelector('[data-compare-table]:not([hidden])', { state: 'attached' });
    expect(await checkBothWidths(page)).toEqual(clean);
  });

  test.each(['/fr/pratiques/', '/en/practices/', ...pagedPaths(pagedDistDir)])(
    'a listing in several pages, with its pager: %s',
    async (path) => {
      const listing = await paged.newPage();
      await withAxe(listing.context());
      await listing.goto(paged.baseUrl + path);
      expect(await listing.$$('[data-pager] [aria-current="page"]')).toHaveLength(1);
      expect(await checkBothWidths(listing)).toEqual(clean);
    },
  );

  test('the results of a filter in several pages, with their pager', async () => {
    const listing = await paged.newPage();
    await withAxe(listing.context());
    await listing.goto(`${paged.baseUrl}/fr/pratiques/?continuite=journee,parcours,territoire`);
    await listing.waitForSelector('[data-results-pager] [aria-current="page"]', {
      state: 'attached',
    });
    expect(await checkBothWidths(listing)).toEqual(clean);
  });

  test.each(fallbackPaths(fixtureDistDir))(
    'a page shown in its original language while its translation is missing: %s',
    async (path) => {
      const copy = await fixture.newPage();
      await withAxe(copy.context());
      await copy.goto(fixture.baseUrl + path);
      expect(await checkBothWidths(copy)).toEqual(clean);
    },
  );
});

/** WCAG relative luminance contrast between two `rgb()` colours. */
function contrast(a: string, b: string): number {
  const luminance = (colour: string) => {
    const [r, g, bl] = colour
      .match(/[\d.]+/g)!
      .slice(0, 3)
      .map((value) => {
        const channel = Number(value) / 255;
        return channel <= 0.04045 ? channel / 12.92 : ((channel + 0.055) / 1.055) ** 2.4;
      });
    return 0.2126 * r! + 0.7152 * g! + 0.0722 * bl!;
  };
  const [light, dark] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (light! + 0.05) / (dark! + 0.05);
}

/** What the text looks like once a reader sets text to 200 %: texts that did not double, texts cut off, sideways scrolling. */
async function textAt200(page: Page) {
  const result = await page.evaluate(() => {
    const shown = (element: Element) => {
      const box = element.getBoundingClientRect();
      return getComputedStyle(element).visibility !== 'hidden' && box.width > 1 && box.height > 1;
    };
    const texts = [...document.body.querySelectorAll('*')].filter(
      (element) =>
        !element.closest('svg') &&
        shown(element) &&
        [...element.childNodes].some(
          (node) => node.nodeType === Node.TEXT_NODE && node.textContent!.trim(),
        ),
    );
    const before = texts.map((element) => parseFloat(getComputedStyle(element).fontSize));
    // What a reader's "text size 200 %" setting does: every size given in rem or em doubles.
    document.documentElement.style.fontSize = '200%';
    const describe = (element: Element) =>
      `${element.tagName.toLowerCase()}${element.className ? `.${String(element.className).replace(/ /g, '.')}` : ''} “${element.textContent!.trim().slice(0, 30)}”`;
    const notDoubled = texts
      .filter(
        (element, index) => parseFloat(getComputedStyle(element).fontSize) < before[index]! * 1.99,
      )
      .map(describe);
    const cutOff = [...document.body.querySelectorAll('*')]
      .filter((element) => {
        if (!shown(element)) return false;
        const style = getComputedStyle(element);
        const hides = (overflow: string) => overflow === 'hidden' || overflow === 'clip';
        return (
          (hides(style.overflowX) && element.scrollWidth > element.clientWidth + 1) ||
          (hides(style.overflowY) && element.scrollHeight > element.clientHeight + 1)
        );
      })
      .map(describe);
    const sideways = document.documentElement.scrollWidth - window.innerWidth;
    document.documentElement.style.fontSize = '';
    return { texts: texts.length, notDoubled, cutOff, sideways };
  });
  expect(result.texts).toBeGreaterThan(10);
  return { notDoubled: result.notDoubled, cutOff: result.cutOff, sideways: result.sideways };
}

/** Give every page of a context `tabbable()`: the elements a reader reaches with Tab, in the page's order (no positive tabindex on this site). */
async function withTabbable(context: BrowserContext): Promise<void> {
  await context.addInitScript(() => {
    Object.assign(window, {
      tabbable: () =>
        [
          ...document.querySelectorAll<HTMLElement>(
            'a[href], button, input, select, textarea, summary, [tabindex]',
          ),
        ].filter(
          (element) =>
            element.tabIndex >= 0 &&
            !(element as HTMLButtonElement).disabled &&
            !element.closest('[inert]') &&
            element.checkVisibility({ visibilityProperty: true }),
        ),
    });
  });
}

/**
 * Give the focus to every element a reader reaches with Tab and say, for each one, why the focus
 * would escape a reader: off screen, covered, an outline under 2 px or under 3:1 against what is
 * behind it, or no visible change at all (a department of the map changes colour instead).
 */
async function focusProblems(page: Page): Promise<{ reached: number; problems: string[] }> {
  await page.evaluate(() => {
    const properties = [
      'outline-style',
      'box-shadow',
      'background-color',
      'color',
      'fill',
      'stroke',
      'text-decoration-line',
    ];
    const look = (element: Element) =>
      [element, ...element.querySelectorAll('*')].flatMap((part) =>
        properties.map(
          (property) => `${property}: ${getComputedStyle(part).getPropertyValue(property)}`,
        ),
      );
    const atRest = new Map(
      (window as unknown as { tabbable(): HTMLElement[] })
        .tabbable()
        .map((element) => [element, look(element)]),
    );
    Object.assign(window, { look, atRest });
  });
  // One real Tab puts the browser in keyboard mode: the focus given next shows as it does for a keyboard user.
  await page.keyboard.press('Tab');
  const focused = await page.evaluate(() => {
    const list = (window as unknown as { tabbable(): HTMLElement[] }).tabbable();
    const { look, atRest } = window as unknown as {
      look: (element: Element) => string[];
      atRest: Map<Element, string[]>;
    };
    return list.map((element) => {
      element.focus();
      const style = getComputedStyle(element);
      let backdrop: Element | null = element.parentElement;
      while (backdrop && getComputedStyle(backdrop).backgroundColor === 'rgba(0, 0, 0, 0)')
        backdrop = backdrop.parentElement;
      // The first line of a link that wraps, where the reader looks for the focus.
      const box = element.getClientRects()[0] ?? element.getBoundingClientRect();
      const x = Math.min(Math.max(box.left + box.width / 2, 0), window.innerWidth - 1);
      const y = Math.min(Math.max(box.top + box.height / 2, 0), window.innerHeight - 1);
      const hit = document.elementFromPoint(x, y);
      const before = atRest.get(element) ?? [];
      return {
        element: element.outerHTML.slice(0, 100),
        focused: document.activeElement === element && element.matches(':focus-visible'),
        outline:
          style.outlineStyle === 'none'
            ? null
            : {
                width: parseFloat(style.outlineWidth),
                colour: style.outlineColor,
                background: backdrop
                  ? getComputedStyle(backdrop).backgroundColor
                  : 'rgb(255, 255, 255)',
              },
        changed: look(element).some((value, index) => value !== before[index]),
        inView:
          box.bottom > 0 &&
          box.top < window.innerHeight &&
          box.right > 0 &&
          box.left < window.innerWidth,
        // A department of the map is not a box: its centre may lie on a neighbour, so it is not hit-tested.
        coveredBy:
          element.closest('svg') || !hit || element.contains(hit) || hit.contains(element)
            ? null
            : hit.outerHTML.slice(0, 80),
      };
    });
  });
  const problems = focused.flatMap((item) => {
    let problem: string | null = null;
    if (!item.focused) problem = 'does not take a visible focus';
    else if (!item.inView) problem = 'off screen';
    else if (item.coveredBy) problem = `covered by ${item.coveredBy}`;
    else if (item.outline && item.outline.width < 2)
      problem = `outline of ${item.outline.width} px`;
    else if (item.outline && contrast(item.outline.colour, item.outline.background) < 3)
      problem = `outline contrast ${contrast(item.outline.colour, item.outline.background).toFixed(2)}:1 against ${item.outline.background}`;
    else if (!item.outline && !item.changed) problem = 'no visible change';
    return problem ? [`${item.element}: ${problem}`] : [];
  });
  return { reached: focused.length, problems };
}

describe('one page of each kind: printed contrast, text at 200 %, a visible focus', () => {
  let page: TrackedPage;
  beforeAll(async () => {
    page = await newPage({ viewport: desktop });
    await withAxe(page.context());
    await withTabbable(page.context());
  });

  // The print stylesheet, the type scale and the focus styles are shared by the pages of a kind.
  test.each(kinds)('%s', async (path) => {
    await page.setViewportSize(desktop);
    await page.goto(baseUrl + path);
    await page.emulateMedia({ media: 'print' });
    const printed = await axeViolations(page, { rules: ['color-contrast'] });
    await page.emulateMedia({ media: 'screen' });
    const text = await textAt200(page);
    const focus = await focusProblems(page);
    expect(focus.reached).toBeGreaterThan(5);
    expect({ printed, ...text, focus: focus.problems }).toEqual({
      printed: [],
      notDoubled: [],
      cutOff: [],
      sideways: 0,
      focus: [],
    });
  });

  // On a phone the same controls are stacked; the pages whose controls change there (the header on
  // every page, the filters folded into a disclosure) are checked again at 320 px.
  test.each(['/fr/', '/fr/pratiques/', '/en/search/'])(
    '%s at 320 px: a visible focus on every link, button and field',
    async (path) => {
      await page.setViewportSize(phone);
      await page.goto(baseUrl + path);
      expect((await focusProblems(page)).problems).toEqual([]);
    },
  );
});

describe('the keyboard', () => {
  let page: TrackedPage;
  beforeAll(async () => {
    page = await newPage({ viewport: desktop });
    await withTabbable(page.context());
  });

  test('Tab reaches every link, button and field of the catalogue once, in the order of the page', async () => {
    await page.goto(`${baseUrl}/fr/pratiques/`);
    await page.waitForSelector('[data-facets]:not([hidden])', { state: 'attached' });
    const expected = await page.evaluate(() =>
      (window as unknown as { tabbable(): HTMLElement[] })
        .tabbable()
        .map((element) => element.outerHTML.slice(0, 80)),
    );
    const reached: string[] = [];
    for (let step = 0; step < expected.length + 5; step += 1) {
      await page.keyboard.press('Tab');
      const now = await page.evaluate(() =>
        document.activeElement === document.body
          ? null
          : document.activeElement!.outerHTML.slice(0, 80),
      );
      if (now === null || reached.includes(now)) break;
      reached.push(now);
    }
    expect(expected.length).toBeGreaterThan(40);
    expect(reached).toEqual(expected);
  });

  test.each([
    [
      '/fr/pratiques/',
      'Accès rapide',
      ['Aller au contenu', 'Aller à la recherche', 'Aller au pied de page'],
    ],
    ['/en/themes/', 'Quick access', ['Skip to content', 'Skip to search', 'Skip to footer']],
  ])(
    '%s: the first Tab shows the quick-access links, and each one takes the focus where it says',
    async (path, label, names) => {
      await page.setViewportSize(desktop);
      for (const [index, name] of names.entries()) {
        await page.goto(baseUrl + path);
        for (let press = 0; press <= index; press += 1) await page.keyboard.press('Tab');
        const link = page.getByRole('navigation', { name: label }).getByRole('link', { name });
        expect(await link.evaluate((element) => element === document.activeElement)).toBe(true);
        expect(await link.isVisible()).toBe(true);
        const box = (await link.boundingBox())!;
        expect(box.y).toBeGreaterThanOrEqual(0);
        const target = (await link.getAttribute('href'))!;
        await page.keyboard.press('Enter');
        const focusIsIn = () =>
          page.evaluate(
            (id) => document.getElementById(id)!.contains(document.activeElement),
            target.slice(1),
          );
        // A target that cannot take the focus (the footer) moves the starting point: the next Tab lands in it.
        if (!(await focusIsIn())) await page.keyboard.press('Tab');
        expect(await focusIsIn(), name).toBe(true);
      }
    },
  );
});

describe('on every page, from the built files', () => {
  const built = pages.map((path) => readBuiltPage(distDir, path));
  /** The text of the element a start tag opens (links here hold text and inline tags only). */
  const textAfter = (html: string, tag: Tag) =>
    html
      .slice(html.indexOf('>', tag.offset) + 1, html.indexOf(`</${tag.name}>`, tag.offset))
      .replace(/<[^>]+>/g, '');

  test('the page is marked with its language', () => {
    const wrong = built.filter((page) => {
      const lang = page.tags.find((tag) => tag.name === 'html')?.attributes.get('lang');
      return lang !== (localeOf(page.path) ?? 'fr');
    });
    expect(wrong.map((page) => page.path)).toEqual([]);
  });

  test('the first links are the quick-access links, in a navigation named “Accès rapide” (“Quick access”), and they lead to the content, the search and the footer', () => {
    const problems = built
      .filter((page) => localeOf(page.path))
      .flatMap((page) => {
        const t = useTranslations(localeOf(page.path)!);
        const body = page.tags.findIndex((tag) => tag.name === 'body');
        const [nav, , , first, , second, , third] = page.tags.slice(body + 1);
        const targets = [first, second, third].map((tag) => tag?.attributes.get('href'));
        const ids = new Set(page.tags.map((tag) => tag.attributes.get('id')));
        return nav?.name === 'nav' &&
          nav.attributes.get('aria-label') === t('skip.label') &&
          targets.join(' ') === '#contenu #recherche #pied-de-page' &&
          targets.every((target) => ids.has(target!.slice(1)))
          ? []
          : [page.path];
      });
    expect(problems).toEqual([]);
  });

  test('the language switch names the other language in that language, with lang and hreflang', () => {
    const problems = built
      .filter((page) => localeOf(page.path))
      .flatMap((page) => {
        const other = otherLocale(localeOf(page.path)!);
        const nav = page.tags.findIndex(
          (tag) => tag.name === 'nav' && tag.attributes.get('class') === 'lang-switch',
        );
        const link = page.tags[nav + 1];
        return link?.name === 'a' &&
          link.attributes.get('lang') === other &&
          link.attributes.get('hreflang') === other
          ? []
          : [page.path];
      });
    expect(problems).toEqual([]);
  });

  test('the footer links to the accessibility statement with the status the RGAA requires, “Accessibilité : partiellement conforme”', () => {
    const statusLinks = (page: (typeof built)[number]) =>
      page.tags
        .filter((tag) => tag.name === 'a' && tag.offset > page.html.lastIndexOf('<footer'))
        .map((tag) => `${textAfter(page.html, tag).trim()} → ${tag.attributes.get('href')}`);
    const expected = (locale: (typeof locales)[number]) =>
      `${useTranslations(locale)('accessibility.status')} → ${localizedPath(locale, 'accessibility')}`;
    expect(expected('fr')).toBe('Accessibilité\u00a0: partiellement conforme → /fr/accessibilite/');
    expect(expected('en')).toBe('Accessibility: partially compliant → /en/accessibility/');
    const problems = built.flatMap((page) => {
      const locale = localeOf(page.path);
      // The root and the host's 404 page belong to both languages: they carry both links.
      const wanted = locale ? [expected(locale)] : locales.map(expected);
      return wanted
        .filter((link) => !statusLinks(page).includes(link))
        .map((link) => `${page.path}: ${link}`);
    });
    expect(problems).toEqual([]);
  });
});

describe('the accessibility statement', () => {
  test.each([
    [
      '/fr/accessibilite/',
      'Continuités est partiellement conforme',
      'établie le 23 novembre 2026',
      'le site compte 162 pages',
    ],
    [
      '/en/accessibility/',
      'Continuités is partially compliant',
      'drawn up on 23 November 2026',
      'the site has 162 pages',
    ],
  ])(
    '%s states its level, its date, what was tested, whom to contact and the recourse',
    async (path, level, date, figures) => {
      const page = await newPage({ viewport: desktop });
      await page.goto(baseUrl + path);
      // Spaces of any kind (French typography puts no-break spaces in dates and before colons) read as one.
      const main = (await page.locator('main').innerText()).replace(/\s+/g, ' ');
      for (const text of [
        level,
        date,
        figures,
        '(RGAA), version 4.1',
        'axe-core',
        'html-validate',
        '320',
        'Libre réponse 71120',
        '75342 Paris CEDEX 07',
      ]) {
        expect(main, text).toContain(text);
      }
      expect(await page.locator(`main a[href="${accessibilityIssueUrl()}"]`).count()).toBe(1);
      expect(
        await page
          .locator('main a[href="https://formulaire.defenseurdesdroits.fr/"]')
          .getAttribute('hreflang'),
      ).toBe('fr');
      expect(await page.locator('main h1').textContent()).toMatch(
        /^(Déclaration d’accessibilité|Accessibility statement)$/,
      );
    },
  );
});
