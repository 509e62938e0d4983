// French text as search needs it, shared by the index (at build time) and the search page (in the
// browser), so that a page and a query are cut into words the same way. Pure: no Node, no DOM.
//
// Pagefind cuts words at spaces only, so `l’école` is indexed as one word and neither `école` nor
// `ENT` finds `l’école` or `l’ENT`. The index is therefore given a copy of each page in which every
// elision is followed by a space (`l’ école`), and queries lose their elided article (`l'ENT` → `ENT`).
// The pages themselves keep their typographic apostrophes; `readableExcerpt` undoes the copy's
// changes in what Pagefind sends back.
import type { Locale } from '../i18n/config.ts';
import { APOSTROPHES, frenchSpacing } from '../utils/typography.ts';

/**
 * The words French shortens before a vowel. `quelqu’un`, `aujourd’hui` or `presqu’île` are words
 * of their own and stay whole.
 */
const FRENCH_ELIDED = [
  'l',
  'd',
  'j',
  'm',
  'n',
  's',
  't',
  'c',
  'qu',
  'jusqu',
  'lorsqu',
  'puisqu',
  'quoiqu',
];
// English has no elision at the start of a word ("it's" and "don't" shorten the end of one); only
// French names quoted in English text carry one (Champagne-au-Mont-d’Or, l’Éducation nationale).
const ENGLISH_ELIDED = ['l', 'd'];

const elided: Record<Locale, readonly string[]> = { fr: FRENCH_ELIDED, en: ENGLISH_ELIDED };

/** The apostrophe the site writes and the index keeps. */
const APOSTROPHE = '’';

// Marks around a word of a highlighted excerpt while it is cleaned up (Private Use Area: never in content).
const MARK_START = '\uE000';
const MARK_END = '\uE001';

const LETTER_BEFORE = '(?<![\\p{L}\\p{N}])';
const elisionPatterns = new Map<Locale, RegExp>();

/** An elided word at the start of a word, with its apostrophe, followed by a letter: `l’` in `l’école`. */
function elisionPattern(locale: Locale): RegExp {
  let pattern = elisionPatterns.get(locale);
  if (!pattern) {
    pattern = new RegExp(
      `${LETTER_BEFORE}(${elided[locale].join('|')})[${APOSTROPHES}](?=[${MARK_START}]?\\p{L})`,
      'giu',
    );
    elisionPatterns.set(locale, pattern);
  }
  return pattern;
}

const joinedElisionPatterns = new Map<Locale, RegExp>();

/** An elision followed by the space `splitElisions` added (`l’ école`, or `l’ <mark>école` in an excerpt). */
function joinedElisionPattern(locale: Locale): RegExp {
  let pattern = joinedElisionPatterns.get(locale);
  if (!pattern) {
    pattern = new RegExp(
      `${LETTER_BEFORE}(${elided[locale].join('|')})${APOSTROPHE}([${MARK_END}]?) (?=[${MARK_START}]?\\p{L})`,
      'giu',
    );
    joinedElisionPatterns.set(locale, pattern);
  }
  return pattern;
}

const otherApostrophes = new RegExp(`[${APOSTROPHES.replace(APOSTROPHE, '')}]`, 'g');

/**
 * Cut elisions off the word they lean on, whatever apostrophe the author typed (`'`, `’`, `ʼ`),
 * and write every apostrophe as `’`, so that the index holds `école` and `ENT` as words of their own.
 * Only a real elision is cut: a short word at the start of a word, before a letter.
 * @example splitElisions("l'ENT de l’école", 'fr') // 'l’ ENT de l’ école'
 * @example splitElisions('aujourd’hui, établissement', 'fr') // 'aujourd’hui, établissement'
 * @example splitElisions("it's the school's", 'en') // 'it’s the school’s'
 */
export function splitElisions(text: string, locale: Locale): string {
  return text
    .replace(elisionPattern(locale), `$1${APOSTROPHE} `)
    .replace(otherApostrophes, APOSTROPHE);
}

// Words too common to search for when a query has others: Pagefind wants every word of a query on
// a page and picks the excerpt around the words it finds most, so "de" in "espace numérique de
// travail" would only blur the ranking and highlight every "de" of the page.
const STOP_WORDS: Record<Locale, ReadonlySet<string>> = {
  fr: new Set([
    'le',
    'la',
    'les',
    'un',
    'une',
    'des',
    'de',
    'du',
    'et',
    'ou',
    'à',
    'au',
    'aux',
    'en',
    'par',
    'pour',
    'sur',
    'dans',
    'avec',
  ]),
  en: new Set(['the', 'a', 'an', 'of', 'and', 'or', 'to', 'in', 'for', 'on', 'with', 'at', 'by']),
};

/**
 * What a reader typed, made ready for Pagefind: elided articles dropped (they carry no meaning and
 * would match every word starting with their letter), apostrophes unified, spaces collapsed, and
 * the most common little words dropped when other words remain.
 * @example normalizeQuery("  l'ENT ", 'fr') // 'ENT'
 * @example normalizeQuery('d’école', 'fr') // 'école'
 * @example normalizeQuery("l'école et le périscolaire", 'fr') // 'école périscolaire'
 * @example normalizeQuery('et', 'fr') // 'et'
 */
export function normalizeQuery(query: string, locale: Locale): string {
  const words = query
    .replace(elisionPattern(locale), '')
    .replace(otherApostrophes, APOSTROPHE)
    .split(/\s+/)
    .filter(Boolean);
  const meaningful = words.filter(
    (word) => !STOP_WORDS[locale].has(word.toLocaleLowerCase(locale)),
  );
  return (meaningful.length ? meaningful : words).join(' ');
}

/**
 * Signs that frame the synonyms added to the indexed copy of a page: `⸤ ENT ⸢ espace numérique de
 * travail ⸣` reads "the page says ENT; index it as its synonyms too". They are punctuation, so
 * Pagefind indexes no word for them, and `readableExcerpt` removes them with what they frame.
 */
export const SYNONYM_SIGNS = { original: '⸤', synonyms: '⸢', end: '⸣' } as const;

/** A run of an excerpt, highlighted when it matched the query. */
export interface ExcerptPart {
  text: string;
  highlighted: boolean;
}

const { original: ORIGINAL, synonyms: SYNONYMS, end: END } = SYNONYM_SIGNS;
const signs = new RegExp(`[${ORIGINAL}${SYNONYMS}${END}]`, 'g');
const block = new RegExp(
  `${ORIGINAL}\\s*([^${ORIGINAL}${SYNONYMS}${END}]*?)\\s*${SYNONYMS}([^${ORIGINAL}${SYNONYMS}${END}]*)${END}`,
  'g',
);
const marks = new RegExp(`[${MARK_START}${MARK_END}]`, 'g');

/**
 * Put back what a reader should see in an excerpt or title from the index: the added synonyms are
 * removed (when the query matched one of them, the words of the page it stands for are highlighted
 * instead) and elisions are joined again (`l’ école` → `l’école`). Accepts Pagefind's excerpt HTML
 * (`<mark>` around matched words, `<` and `>` escaped) and returns plain runs of text.
 * @example readableExcerpt('son ⸤ ENT ⸢ <mark>espace</mark> numérique ⸣ et l’ <mark>école</mark>', 'fr')
 * // [{ text: 'son ', highlighted: false }, { text: 'ENT', highlighted: true }, { text: ' et l’', highlighted: false }, { text: 'école', highlighted: true }]
 */
export function readableExcerpt(excerpt: string, locale: Locale): ExcerptPart[] {
  let text = excerpt
    .replace(/<mark>/g, MARK_START)
    .replace(/<\/mark>/g, MARK_END)
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>');
  // An excerpt may start or end inside a framed block: complete it so that it can be removed.
  const first = text.match(signs)?.[0];
  if (first === SYNONYMS) text = `${ORIGINAL} ${text}`;
  if (first === END) text = `${ORIGINAL} ${SYNONYMS} ${text}`;
  const last = text.match(signs)?.at(-1);
  if (last === ORIGINAL) text = `${text} ${SYNONYMS} ${END}`;
  if (last === SYNONYMS) text = `${text} ${END}`;
  text = text.replace(block, (_, words: string, synonyms: string) =>
    // Index words added after a title stand for no word of the excerpt: they go entirely.
    !words.replace(marks, '').trim()
      ? ''
      : synonyms.includes(MARK_START) && !words.includes(MARK_START)
        ? `${MARK_START}${words.replace(marks, '')}${MARK_END}`
        : words,
  );
  text = text
    .replace(signs, '')
    // Spaces the copy added collapse; the no-break spaces of French typography stay.
    .replace(/[^\S\u00a0\u202f]+/g, ' ')
    .replace(joinedElisionPattern(locale), `$1${APOSTROPHE}$2`)
    .trim();
  // Pagefind keeps words, not the no-break spaces between them and French punctuation: put them back.
  if (locale === 'fr') text = frenchSpacing(text);
  const parts: ExcerptPart[] = [];
  const add = (run: string, highlighted: boolean) => {
    if (!run) return;
    const previous = parts.at(-1);
    if (previous && previous.highlighted === highlighted) previous.text += run;
    else parts.push({ text: run, highlighted });
  };
  for (const [index, run] of text
    .split(new RegExp(`([${MARK_START}][^${MARK_END}]*[${MARK_END}])`))
    .entries()) {
    const clean = run.replace(marks, '');
    if (index % 2 === 0) {
      add(clean, false);
      continue;
    }
    // Pagefind highlights a whole word with the punctuation stuck to it (« parents. », « (ENT) »): highlight the word only.
    const [, before = '', word = '', after = ''] = /^(\p{P}*)(.*?)(\p{P}*)$/su.exec(clean) ?? [];
    add(before, false);
    add(word, true);
    add(after, false);
  }
  return parts;
}
