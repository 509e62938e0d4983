// Glossary synonyms for the search index: a page that says "ENT" is also indexed under "espace
// numérique de travail", and the other way round. The glossary (content/glossary.yaml) is the one
// list of synonyms; this only reads it. Pure: used at build time and by unit tests.
import type { Locale } from '../i18n/config.ts';
import type { GlossaryTerm } from '../schemas/glossary.ts';
import { splitElisions, SYNONYM_SIGNS } from './text.ts';

/** Compare two ways of writing a term regardless of case and spacing. */
const key = (text: string) => text.toLocaleLowerCase('fr').replace(/\s+/g, ' ').trim();

/**
 * The ways a glossary term is written in one language, as the index copy of a page writes them:
 * the term, its expansion (without a gloss in brackets) and its synonyms, each once.
 * @example termVariants({ term: { fr: 'ENT' }, expansion: { fr: 'Espace numérique de travail' }, synonyms: { fr: ['espaces numériques de travail'] } }, 'fr')
 * // ['ENT', 'Espace numérique de travail', 'espaces numériques de travail']
 */
export function termVariants(
  term: Pick<GlossaryTerm, 'term' | 'expansion' | 'synonyms'>,
  locale: Locale,
): string[] {
  const written = [
    term.term[locale],
    term.expansion[locale].replace(/\s*\([^)]*\)/g, ''),
    ...term.synonyms[locale],
  ];
  const variants = new Map<string, string>();
  for (const variant of written) {
    const clean = splitElisions(variant, locale).replace(/\s+/g, ' ').trim();
    if (clean && !variants.has(key(clean))) variants.set(key(clean), clean);
  }
  return [...variants.values()];
}

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const escapeHtml = (text: string) =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/**
 * A variant as a pattern over HTML text. An acronym or a name written with capitals (ENT, EGNé, Pix)
 * must be written that way: "Pix" is not the word "pix", "Place" (an ENT) is not "place". Other
 * variants match whatever their case (Espace numérique de travail, espace numérique de travail).
 */
function variantPattern(variant: string): string {
  const exactCase = !/\s/.test(variant) && variant !== variant.toLocaleLowerCase('fr');
  return escapeHtml(variant)
    .split(/\s+/)
    .map((word) =>
      [...word]
        .map((char) => {
          const lower = char.toLocaleLowerCase('fr');
          const upper = char.toLocaleUpperCase('fr');
          if (exactCase || lower === upper || lower.length !== 1 || upper.length !== 1)
            return escapeRegExp(char);
          return `[${lower}${upper}]`;
        })
        .join(''),
    )
    .join('\\s+');
}

/** The letters and digits of an acronym, lower case and without accents (`EGNé` → `egne`). */
const acronymKey = (term: string) =>
  term
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]/g, '');

/**
 * Pagefind matches a typed word as the start of longer words, so `ENT` would find every `entre`
 * and `enseignant`. Each abbreviation of the glossary therefore gets an index word of its own, written next to every
 * variant of its term (`entsigle`, which no French or English word starts with); the search page
 * asks for that word when the reader types the acronym (see `acronymQuery`).
 */
export const acronymToken = (term: string) => `${acronymKey(term)}sigle`;

/** What the search needs of a glossary term. */
type GlossaryEntry = Pick<GlossaryTerm, 'term' | 'expansion' | 'synonyms' | 'abbreviation'>;

/** The glossary's abbreviations (its `abbreviation: true` terms) in one language, by the way a reader may type them (lower case, no accents), with their index word. */
export function acronymTokens(
  glossary: readonly GlossaryEntry[],
  locale: Locale,
): Record<string, string> {
  const tokens: Record<string, string> = {};
  for (const term of glossary) {
    const written = term.term[locale];
    if (term.abbreviation && termVariants(term, locale).length > 1)
      tokens[acronymKey(written)] = acronymToken(written);
  }
  return tokens;
}

/**
 * A query with each acronym the reader typed replaced by its index word: `l ENT parents` →
 * `l entsigle parents`. Words that are not acronyms of the glossary are left as typed.
 */
export function acronymQuery(query: string, tokens: Readonly<Record<string, string>>): string {
  return query
    .split(/(\s+)/)
    .map((word) => tokens[acronymKey(word)] ?? word)
    .join('');
}

/** Finds the glossary terms written in a text and gives the other ways of writing each. */
export interface SynonymFinder {
  /** Every variant of every term with synonyms, longest first, as whole words; undefined when there is none. */
  pattern: RegExp | undefined;
  /** The other variants of the term a matched text is a variant of, after its index word when it is an acronym. */
  othersOf(matched: string): string[];
  /** The index words of the abbreviations whose variants a text contains (for the title, which takes no synonyms). */
  tokensIn(text: string): string[];
}

/**
 * Prepare the search for glossary terms in pages of one language. Terms written one way only
 * have nothing to add and are left out.
 */
export function synonymFinder(glossary: readonly GlossaryEntry[], locale: Locale): SynonymFinder {
  const termOf = new Map<string, string[]>();
  const tokenOf = new Map<string[], string>();
  for (const term of glossary) {
    const variants = termVariants(term, locale);
    if (variants.length < 2) continue;
    if (term.abbreviation) tokenOf.set(variants, acronymToken(term.term[locale]));
    for (const variant of variants)
      if (!termOf.has(key(variant))) termOf.set(key(variant), variants);
  }
  const all = [...termOf.values()]
    .flat()
    .filter(
      (variant, index, list) => list.findIndex((other) => key(other) === key(variant)) === index,
    );
  all.sort((a, b) => b.length - a.length);
  const pattern = all.length
    ? new RegExp(
        `(?<![\\p{L}\\p{N}])(?:${all.map(variantPattern).join('|')})(?![\\p{L}\\p{N}])`,
        'gu',
      )
    : undefined;
  return {
    pattern: all.length
      ? new RegExp(
          `(?<![\\p{L}\\p{N}])(?:${all.map(variantPattern).join('|')})(?![\\p{L}\\p{N}])`,
          'gu',
        )
      : undefined,
    othersOf(matched) {
      const matchedKey = key(
        matched.replace(/&amp;/g, '&').replace(/&lt;/g, '<').replace(/&gt;/g, '>'),
      );
      const variants = termOf.get(matchedKey);
      if (!variants) return [];
      const token = tokenOf.get(variants);
      return [
        ...(token ? [token] : []),
        ...variants.filter((variant) => key(variant) !== matchedKey),
      ];
    },
    tokensIn(text) {
      const found = [...(pattern ? text.matchAll(pattern) : [])].map((match) =>
        tokenOf.get(termOf.get(key(match[0]))!),
      );
      return [...new Set(found.filter((token) => token !== undefined))];
    },
  };
}

/**
 * Follow each glossary term of an HTML text with its other variants, framed by `SYNONYM_SIGNS`
 * (`l’ ENT` → `l’ ⸤ ENT ⸢ espace numérique de travail ⸣`). `frame` may wrap the added part in markup,
 * for example to give it a lower weight in the index. The text must already have gone through
 * `splitElisions`; what it adds is escaped for HTML.
 */
export function addSynonyms(
  html: string,
  finder: SynonymFinder,
  frame: (added: string) => string = (added) => added,
): string {
  if (!finder.pattern) return html;
  const { original, synonyms, end } = SYNONYM_SIGNS;
  return html.replace(finder.pattern, (matched) => {
    const others = finder.othersOf(matched);
    return others.length
      ? `${original} ${matched} ${frame(`${synonyms} ${escapeHtml(others.join(' '))} ${end}`)}`
      : matched;
  });
}
