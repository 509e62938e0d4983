import type { Locale } from '../i18n/config.ts';
import type { Translate } from '../i18n/translate.ts';
import type { CaseFacts } from './case-facts.ts';
import { formatDate } from '../utils/dates.ts';
import { formatNumber, keepNumbersTogether } from '../utils/format.ts';
import type { Label } from '../utils/taxonomy.ts';
import { frenchSpacing } from '../utils/typography.ts';
import type { ForeignPhrases, LanguageMarker } from '../utils/language-marks.ts';

/** A paragraph or a bulleted list of a case's text, as plain text. */
export type TextBlock = { paragraph: string } | { list: string[] };

/** One practice as the compare page shows it, in one language: everything is already worded. */
export interface ComparedCase {
  slug: string;
  url: string;
  title: string;
  summary: string;
  /** The language of the case's own text (title, summary, actors, benefits) when it is not the page's: an untranslated case. */
  lang?: Locale;
  /** Lines describing the territory: name and kind, departments and region, population and band. */
  territory: string[];
  /** Each responsible authority with what it is responsible for. */
  authority: string[];
  continuity: Label[];
  themes: string[];
  levels: string[];
  actors: { name: string; type: string; role?: string }[];
  /** The "what it brings" section of the case; empty when the source says nothing about it. */
  benefits: TextBlock[];
  source: { title: string; language: Locale; details: string };
  /**
   * The phrases of the other language to mark in its texts, by the language they are written in
   * (its own text's, and the page's for the lines the page words): only those that occur in them,
   * so that the compare page lists none of its own (see `withMarkedPhrases`).
   */
  phrases?: Partial<ForeignPhrases>;
}

/**
 * The headings of the case template's "what it brings" section, in every language: the compare
 * page shows that section as the case's benefits. Compared without case or accents.
 */
export const benefitsHeadings = ['Ce que ça apporte', 'What it brings'] as const;

const simplify = (text: string) =>
  text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/[’ʼ]/g, "'")
    .replace(/\s+/g, ' ')
    .trim()
    .toLowerCase();

/** Markdown inline syntax to plain text: link texts, no emphasis marks, no code ticks, no MDX comments, no inline tags (`<span lang>`). */
export function plainText(markdown: string): string {
  return markdown
    .replace(/\{\/\*[\s\S]*?\*\/\}/g, '')
    .replace(/<!--[\s\S]*?-->/g, '')
    .replace(/<\/?[a-z][^<>]*>/g, '')
    .replace(/!?\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/(\*\*|__)(.+?)\1/g, '$2')
    .replace(/(^|[^\w*])[*_](?!\s)(.+?)(?<!\s)[*_](?![\w*])/g, '$1$2')
    .replace(/`([^`]*)`/g, '$1')
    .replace(/\\([\\`*_{}[\]()#+\-.!])/g, '$1')
    .replace(/\s+/g, ' ')
    .trim();
}

/**
 * The paragraphs and lists of the level-2 section of a Markdown body whose heading is one of
 * `headings`, up to the next heading of the same or a higher level; empty when there is none.
 * @example markdownSection('## What it brings\n\nTime.\n\n- Trust\n- Reach\n\n## Next', ['What it brings'])
 *   // [{ paragraph: 'Time.' }, { list: ['Trust', 'Reach'] }]
 */
export function markdownSection(body: string, headings: readonly string[]): TextBlock[] {
  const wanted = headings.map(simplify);
  const lines = body.split(/\r?\n/);
  const start = lines.findIndex((line) => {
    const match = /^##\s+(.+?)\s*#*\s*$/.exec(line);
    return match !== null && wanted.includes(simplify(plainText(match[1]!)));
  });
  if (start < 0) return [];
  const end = lines.findIndex((line, index) => index > start && /^#{1,2}\s/.test(line));
  const blocks: TextBlock[] = [];
  let paragraph: string[] = [];
  let list: string[] | undefined;
  const flush = () => {
    if (paragraph.length) blocks.push({ paragraph: plainText(paragraph.join(' ')) });
    paragraph = [];
    if (list?.length) blocks.push({ list: list.map(plainText) });
    list = undefined;
  };
  for (const line of lines.slice(start + 1, end < 0 ? undefined : end)) {
    const item = /^\s{0,3}(?:[-*+]|\d+[.)])\s+(.*)$/.exec(line);
    if (item) {
      if (paragraph.length) flush();
      list ??= [];
      list.push(item[1]!);
    } else if (!line.trim()) {
      flush();
    } else if (list && /^\s+\S/.test(line)) {
      list[list.length - 1] += ` ${line.trim()}`;
    } else if (!/^#{3,6}\s/.test(line)) {
      if (list) flush();
      paragraph.push(line.trim());
    }
  }
  flush();
  return blocks.filter((block) => ('paragraph' in block ? block.paragraph : block.list.length));
}

/**
 * A case worded for the compare page of one language. `textLocale` is the language its text is
 * written in (the page's, or the original's for an untranslated case); `body` is its Markdown.
 */
export function comparedCase(input: {
  slug: string;
  url: string;
  facts: CaseFacts;
  body: string;
  locale: Locale;
  textLocale: Locale;
  t: Translate;
}): ComparedCase {
  const { facts, locale, textLocale, t } = input;
  const { territory, source } = facts;
  const typeset = (text: string) => (textLocale === 'fr' ? frenchSpacing(text) : text);
  const place = [
    territory.departments.map((d) => `${d.name} (${d.code})`).join(', '),
    territory.region?.name,
  ]
    .filter(Boolean)
    .join(' · ');
  const population =
    territory.population !== undefined
      ? [
          t('case.populationValue', { value: formatNumber(territory.population, locale) }),
          territory.band && keepNumbersTogether(territory.band.label),
        ]
          .filter(Boolean)
          .join(' — ')
      : '';
  const benefits = markdownSection(input.body, benefitsHeadings).map((block) =>
    'paragraph' in block
      ? { paragraph: typeset(block.paragraph) }
      : { list: block.list.map(typeset) },
  );
  return {
    slug: input.slug,
    url: input.url,
    title: facts.title,
    summary: facts.summary,
    ...(textLocale !== locale ? { lang: textLocale } : {}),
    territory: [`${territory.name} (${territory.scopeLabel})`, place, population].filter(Boolean),
    authority: facts.authorities.map(
      (authority) => `${authority.label} (${authority.responsibleFor})`,
    ),
    continuity: facts.continuity,
    themes: facts.themes.map((theme) => theme.label),
    levels: facts.levels.map((level) => level.label),
    actors: facts.actors.map((actor) => ({
      name: actor.name,
      type: actor.type.label,
      ...(actor.role ? { role: actor.role } : {}),
    })),
    benefits,
    source: {
      title: source.title,
      language: source.language,
      details: [
        source.publisher,
        source.date && formatDate(source.date, locale),
        source.section && t('case.sourceSection', { section: source.section }),
      ]
        .filter(Boolean)
        .join(', '),
    },
  };
}

/**
 * The continuities, themes and levels that every compared practice has, in the order of the first.
 * @example sharedLabels([{ continuity: [parcours], themes: ['ENT', 'Families'], levels: ['Collège'] }, { continuity: [parcours], themes: ['ENT'], levels: [] }])
 *   // ['Continuity of the school path', 'ENT']
 */
export function sharedLabels(
  cases: readonly Pick<ComparedCase, 'continuity' | 'themes' | 'levels'>[],
): string[] {
  const [first, ...others] = cases;
  if (!first || !others.length) return [];
  const inAll = (pick: (item: (typeof cases)[number]) => readonly string[]) =>
    pick(first).filter((label) => others.every((other) => pick(other).includes(label)));
  return [
    ...inAll((item) => item.continuity.map((c) => c.label)),
    ...inAll((item) => item.themes),
    ...inAll((item) => item.levels),
  ];
}

/**
 * The phrases of the other language that occur in a compared case's texts (`ComparedCase.phrases`),
 * found by the build's own markers: in its title, summary, actors and benefits for the language of
 * its text, in its territory lines and source details for the page's.
 * @example comparedPhrases(item, 'en', (lang) => textMarker(lang)) // { en: ['La Loupe', 'Eure-et-Loir', …] }
 */
export function comparedPhrases(
  item: ComparedCase,
  locale: Locale,
  markerFor: (textLang: Locale) => LanguageMarker,
): Partial<ForeignPhrases> {
  const textLocale = item.lang ?? locale;
  const ownTexts = [
    item.title,
    item.summary,
    ...item.actors.flatMap((actor) => [actor.name, actor.role ?? '']),
    ...item.benefits.flatMap((block) => ('paragraph' in block ? [block.paragraph] : block.list)),
  ];
  const pageTexts = [...item.territory, item.source.details];
  const found: Partial<Record<Locale, Set<string>>> = {};
  const look = (texts: readonly string[], lang: Locale) => {
    const phrases = (found[lang] ??= new Set());
    const marker = markerFor(lang);
    for (const text of texts) for (const run of marker(text)) if (run.lang) phrases.add(run.text);
  };
  look(ownTexts, textLocale);
  look(pageTexts, locale);
  return Object.fromEntries(
    Object.entries(found)
      .filter(([, phrases]) => phrases.size > 0)
      .map(([lang, phrases]) => [lang, [...phrases]]),
  );
}
