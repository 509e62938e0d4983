import type { Locale } from '../i18n/config.ts';

/** A piece of text; `lang` is set on a phrase in another language than the text around it. */
export interface TextRun {
  text: string;
  lang?: Locale;
}

/** Splits a text into runs, the phrases it knows in another language apart (RGAA 8.7). */
export type LanguageMarker = (text: string) => TextRun[];

/** For each language of a page, the phrases of the other language the site marks in its text. */
export type ForeignPhrases = Record<Locale, readonly string[]>;

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

// A name is a whole word: no letter, digit or joining hyphen right before or after it. An elided
// article before it is fine (d’Eure-et-Loir), and so is an English possessive after it.
const WORD_BEFORE = String.raw`(?<![\p{L}\p{N}_\-‑])`;
const WORD_AFTER = String.raw`(?![\p{L}\p{N}_\-‑])`;

/**
 * The pattern of one phrase, written as the data writes it: any apostrophe matches any other
 * (INSEE writes Champagne-au-Mont-d'Or, the content Champagne-au-Mont-d’Or), any hyphen a
 * non-breaking one, any space a run of spaces of any kind (French spacing adds narrow ones).
 */
function phrasePattern(phrase: string): string {
  return [...phrase.trim()]
    .map((character) => {
      if (/['’ʼ]/.test(character)) return `['’ʼ]`;
      if (/[-‑]/.test(character)) return `[-‑]`;
      if (/\s/.test(character)) return String.raw`\s+`;
      return escapeRegExp(character);
    })
    .join('')
    .replace(/(\\s\+)+/g, String.raw`\s+`);
}

/**
 * A marker for phrases of one language: each occurrence, as a whole word and with the same
 * capitals, becomes a run of its own with that `lang`. Longer phrases win over the shorter ones
 * they contain (Brest Métropole before Brest).
 * @example languageMarker(['Eure-et-Loir'], 'fr')('Eure-et-Loir departmental council')
 *   // [{ text: 'Eure-et-Loir', lang: 'fr' }, { text: ' departmental council' }]
 */
export function languageMarker(phrases: readonly string[], lang: Locale): LanguageMarker {
  const byLength = [...new Set(phrases.map((phrase) => phrase.trim()).filter(Boolean))].sort(
    (a, b) => b.length - a.length,
  );
  if (byLength.length === 0) return (text) => (text ? [{ text }] : []);
  const pattern = new RegExp(
    `${WORD_BEFORE}(?:${byLength.map(phrasePattern).join('|')})${WORD_AFTER}`,
    'gu',
  );
  return (text) => {
    const runs: TextRun[] = [];
    let plainFrom = 0;
    for (const match of text.matchAll(pattern)) {
      if (match.index > plainFrom) runs.push({ text: text.slice(plainFrom, match.index) });
      runs.push({ text: match[0], lang });
      plainFrom = match.index + match[0].length;
    }
    if (plainFrom < text.length) runs.push({ text: text.slice(plainFrom) });
    return runs;
  };
}

/**
 * Runs cut again at the boundaries of the parts a text is made of (the highlighted words of a
 * search excerpt), so that each part can be its own element: a phrase straddling two parts is
 * marked in both.
 * @example runsByPart([{ text: 'Brest Métropole', lang: 'fr' }], ['Brest', ' Métropole'])
 *   // [[{ text: 'Brest', lang: 'fr' }], [{ text: ' Métropole', lang: 'fr' }]]
 */
export function runsByPart(runs: readonly TextRun[], parts: readonly string[]): TextRun[][] {
  const pieces: TextRun[][] = [];
  let runIndex = 0;
  let offset = 0;
  for (const part of parts) {
    const piece: TextRun[] = [];
    let needed = part.length;
    while (needed > 0 && runIndex < runs.length) {
      const run = runs[runIndex]!;
      const text = run.text.slice(offset, offset + needed);
      piece.push(run.lang ? { text, lang: run.lang } : { text });
      needed -= text.length;
      offset += text.length;
      if (offset >= run.text.length) {
        runIndex += 1;
        offset = 0;
      }
    }
    pieces.push(piece);
  }
  return pieces;
}

/** The search index's meta field that carries the phrases a result marks (see `withMarkedPhrases` in src/search/html.ts). */
export const MARKED_PHRASES_META = 'foreign';

/**
 * The phrases a search result brings in its meta field; none when it has none or the field is not
 * a list of texts.
 * @example phrasesOfMeta('["Brest","Finistère"]') // ['Brest', 'Finistère']
 */
export function phrasesOfMeta(value: string | undefined): string[] {
  if (!value) return [];
  try {
    const parsed: unknown = JSON.parse(value);
    return Array.isArray(parsed)
      ? parsed.filter((phrase): phrase is string => typeof phrase === 'string')
      : [];
  } catch {
    return [];
  }
}

/** Where a phrase may start or end inside a longer one: between a word and what is not a word. */
const WORD_SPAN = /[\p{L}\p{N}_\-‑]+/gu;
/** A phrase as the markers compare it: any apostrophe, hyphen or run of spaces alike. */
const comparable = (phrase: string) =>
  phrase.replace(/['’ʼ]/g, "'").replace(/‑/g, '-').replace(/\s+/g, ' ').trim();

/**
 * A function that adds to some phrases the `known` phrases found inside them as whole words (Loire
 * in Centre-Val de Loire): a search excerpt may cut a name short and leave the shorter one standing
 * alone, which must be marked too. `known` is read once, for all the pages of a build.
 * @example innerPhrases(['Loire', 'Val'])(['Centre-Val de Loire']) // ['Centre-Val de Loire', 'Loire']
 */
export function innerPhrases(known: readonly string[]): (phrases: readonly string[]) => string[] {
  const byForm = new Map(known.map((phrase) => [comparable(phrase), phrase]));
  return (phrases) => {
    const found = new Set(phrases);
    for (const phrase of phrases) {
      const words = [...phrase.matchAll(WORD_SPAN)];
      for (let first = 0; first < words.length; first += 1) {
        for (let last = first; last < words.length; last += 1) {
          const start = words[first]!.index;
          const end = words[last]!.index + words[last]![0].length;
          const inner = byForm.get(comparable(phrase.slice(start, end)));
          if (inner) found.add(inner);
        }
      }
    }
    return [...found];
  };
}
