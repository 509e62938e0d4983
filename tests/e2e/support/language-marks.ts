import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import yaml from 'js-yaml';
import type { Page } from 'playwright-core';
import type { Locale } from '../../../src/i18n/config.ts';
import { contentDir } from '../../../src/data/content-dir.ts';
import { resolveTerritory } from '../../../src/territory/resolve.ts';
import { contentCases, structured } from './site-content.ts';

// RGAA 8.7 (WCAG 3.1.2): every change of language is marked, so that a screen reader reads a
// French name on an English page with a French voice. The names are derived here from the data,
// independently of the site's own list: if the site stops marking one, a page here says where.

/** Every commune, EPCI, department and region name the site shows, from the official data of each case's territory. */
export const territoryNames = [
  ...new Set(
    contentCases().flatMap((entry) => {
      const territory = resolveTerritory(structured(entry).territory);
      return [
        territory.officialName,
        ...territory.departments.map((department) => department.name),
        territory.region?.name,
      ];
    }),
  ),
].filter((name): name is string => Boolean(name));

/** The titles of the sources written in French. */
export const frenchSourceTitles = (
  yaml.load(readFileSync(join(contentDir, 'sources.yaml'), 'utf8')) as {
    title: string;
    language: Locale;
  }[]
)
  .filter((source) => source.language === 'fr')
  .map((source) => source.title);

/** The English phrases French texts mark by hand (`<span lang="en">learning lab</span>`). */
export const englishPhrases = [
  ...new Set(
    ['cases', 'voices', 'pages'].flatMap((collection) =>
      readdirSync(join(contentDir, collection, 'fr')).flatMap((file) =>
        [
          ...readFileSync(join(contentDir, collection, 'fr', file), 'utf8').matchAll(
            /<span lang="en">([^<]+)<\/span>/g,
          ),
        ].map((match) => match[1]!),
      ),
    ),
  ),
];

/**
 * The text under `root` that is not inside an element of `lang`: one string per block, with a
 * break wherever text in `lang` interrupts it. Text no reader gets is left out (scripts, `hidden`
 * elements, `<noscript>` when scripts run), and so are SVG `<title>`s: like attribute values, they
 * cannot hold a change of language.
 */
export function unmarkedText(page: Page, lang: Locale, root = 'body'): Promise<string[]> {
  return page.evaluate(
    ([lang, root]) => {
      const blocks = new Map<Element, string[]>();
      const blockOfParent = new Map<Element, Element>();
      const blockOf = (element: Element): Element => {
        let block = blockOfParent.get(element);
        if (!block) {
          block =
            !getComputedStyle(element).display.startsWith('inline') || !element.parentElement
              ? element
              : blockOf(element.parentElement);
          blockOfParent.set(element, block);
        }
        return block;
      };
      const walker = document.createTreeWalker(document.querySelector(root)!, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const parent = node.parentElement!;
        if (parent.closest('script, style, template, noscript, [hidden], svg title')) continue;
        const block = blockOf(parent);
        const texts = blocks.get(block) ?? [];
        texts.push(
          parent.closest('[lang]')?.getAttribute('lang') === lang ? '\u0000' : node.textContent!,
        );
        blocks.set(block, texts);
      }
      return [...blocks.values()].flatMap((texts) => texts.join('').split('\u0000'));
    },
    [lang, root] as const,
  );
}

const apostrophes = /['’ʼ]/g;
/** The phrases of a list that occur in a text as whole words (any apostrophe, any run of spaces). */
function occurrences(text: string, phrases: readonly string[]): string[] {
  const plain = text.replace(apostrophes, "'").replace(/\s+/g, ' ');
  return phrases.filter((phrase) => {
    const pattern = phrase
      .replace(apostrophes, "'")
      .replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
      .replace(/\s+/g, '\\s');
    return new RegExp(`(?<![\\p{L}\\p{N}-])${pattern}(?![\\p{L}\\p{N}-])`, 'u').test(plain);
  });
}

/** Each phrase found outside `lang` on a page, with the text around it. */
export async function unmarked(
  page: Page,
  lang: Locale,
  phrases: readonly string[],
  root?: string,
): Promise<string[]> {
  return (await unmarkedText(page, lang, root)).flatMap((text) =>
    occurrences(text, phrases).map(
      (phrase) => `“${phrase}” in “${text.replace(/\s+/g, ' ').trim().slice(0, 120)}”`,
    ),
  );
}

/**
 * What a reader of a page in `locale` would hear in the wrong voice: the French place names and
 * source titles outside `lang="fr"` on an English page, the English phrases the content marks
 * outside `lang="en"` on a French page.
 */
export function unmarkedOnPage(page: Page, locale: Locale): Promise<string[]> {
  return locale === 'en'
    ? unmarked(page, 'fr', [...territoryNames, ...frenchSourceTitles])
    : unmarked(page, 'en', englishPhrases);
}
