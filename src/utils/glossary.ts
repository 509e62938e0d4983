import type { Locale } from '../i18n/config.ts';
import type { GlossaryTerm } from '../schemas/glossary.ts';

/** A glossary term as the content transform looks for it, in one language. */
export interface MatchableTerm {
  id: string;
  /** The term as written in this language ("ENT", "loi Peillon"). */
  text: string;
  /** What it stands for, in this language. */
  expansion: string;
  /** Whether the term abbreviates its expansion (it is then marked with `<abbr>`). */
  abbreviation: boolean;
}

/** A piece of text: plain, or an occurrence of a glossary term to explain. */
export type TextSegment =
  { type: 'text'; value: string } | { type: 'term'; value: string; term: MatchableTerm };

/** Finds glossary terms in text. */
export interface TermMatcher {
  /**
   * Split a text into plain pieces and the first occurrence of each term not yet in `seen`.
   * Terms found are added to `seen`, so later texts of the same document leave them alone. A term
   * already spelled out next to its expansion ("espace numérique de travail (ENT)") counts as explained.
   */
  split(text: string, seen: Set<string>): TextSegment[];
}

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Letters, digits, and a `+` or hyphen that joins two words (Pix+Édu, GAIA-X) belong to the word. */
const WORD_BEFORE = String.raw`(?<![\p{L}\p{N}_])(?<![\p{L}\p{N}][+\-‑])`;
const WORD_AFTER = String.raw`(?![\p{L}\p{N}_])(?![+\-‑][\p{L}\p{N}])`;

/**
 * The pattern of one term. Acronyms match exactly (ENT, never "ent" inside a word); other terms
 * also match with a capital or small first letter, as at the start of a sentence. Spaces match any
 * run of spaces, non-breaking ones included (French spacing adds them).
 */
function termPattern(term: MatchableTerm): string {
  const [first = '', ...rest] = [...term.text];
  const head =
    term.abbreviation || first.toLowerCase() === first.toUpperCase()
      ? escapeRegExp(first)
      : `[${escapeRegExp(first.toLowerCase())}${escapeRegExp(first.toUpperCase())}]`;
  const tail = rest
    .join('')
    .split(/\s+/)
    .map(escapeRegExp)
    .join(String.raw`\s+`);
  return head + tail;
}

/** Lower case, one plain space between words: how an expansion is compared with the text around a term. */
const normalize = (text: string) => text.normalize('NFC').toLowerCase().replace(/\s+/g, ' ');

/** Whether the text right around an occurrence already gives the term's expansion: "Expansion (TERM)" or "TERM (expansion)". */
function isSpelledOut(before: string, after: string, term: MatchableTerm): boolean {
  if (normalize(term.expansion) === normalize(term.text)) return false;
  const expansion = normalize(term.expansion);
  const precedingText = normalize(before).replace(/[\s,]*\(\s*$/, '');
  const followingText = normalize(after).replace(/^\s*\(\s*/, '');
  return (
    (precedingText.endsWith(expansion) && /\(\s*$/.test(before)) ||
    (/^\s*\(/.test(after) && followingText.startsWith(expansion))
  );
}

/**
 * A matcher for some terms in one language. Longer terms win over shorter ones at the same place
 * (Pix+Édu before Pix).
 * @example createTermMatcher([{ id: 'ent', text: 'ENT', expansion: 'Espace numérique de travail', abbreviation: true }])
 *   .split('Ouvrir l’ENT aux parents', new Set()) // [text 'Ouvrir l’', term 'ENT', text ' aux parents']
 */
export function createTermMatcher(terms: readonly MatchableTerm[]): TermMatcher {
  const byLength = [...terms]
    .filter((term) => term.text.trim() !== '')
    .sort((a, b) => b.text.length - a.text.length);
  if (byLength.length === 0) return { split: (text) => [{ type: 'text', value: text }] };
  // The word boundaries are tested once per position rather than once per term.
  const pattern = new RegExp(
    `${WORD_BEFORE}(?:${byLength.map((term) => `(${termPattern(term)})`).join('|')})${WORD_AFTER}`,
    'gu',
  );

  return {
    split(text, seen) {
      const segments: TextSegment[] = [];
      let plainFrom = 0;
      for (const match of text.matchAll(pattern)) {
        const index = match.slice(1).findIndex((group) => group !== undefined);
        const term = byLength[index]!;
        if (seen.has(term.id)) continue;
        seen.add(term.id);
        const start = match.index;
        const end = start + match[0].length;
        if (isSpelledOut(text.slice(0, start), text.slice(end), term)) continue;
        if (start > plainFrom) segments.push({ type: 'text', value: text.slice(plainFrom, start) });
        segments.push({ type: 'term', value: match[0], term });
        plainFrom = end;
      }
      if (plainFrom < text.length || segments.length === 0)
        segments.push({ type: 'text', value: text.slice(plainFrom) });
      return segments;
    },
  };
}

/**
 * The glossary's terms in one language, as the content transform looks for them.
 * @example matchableTerms(glossary, 'en') // [{ id: 'rgpd', text: 'GDPR', expansion: 'General Data Protection Regulation', abbreviation: true }, …]
 */
export function matchableTerms(glossary: readonly GlossaryTerm[], locale: Locale): MatchableTerm[] {
  return glossary.map((term) => ({
    id: term.id,
    text: term.term[locale],
    expansion: term.expansion[locale],
    abbreviation: term.abbreviation,
  }));
}

/** The glossary terms under one initial letter. */
export interface GlossaryLetter {
  /** The capital letter, without accent ("E" for "école"). */
  letter: string;
  terms: GlossaryTerm[];
}

/**
 * The glossary in alphabetical order of the terms in one language, grouped by initial letter
 * (accents ignored, as French dictionaries do).
 * @example glossaryByLetter(glossary, 'fr')[0] // { letter: 'A', terms: [académie, ADF, AMF, …] }
 */
export function glossaryByLetter(
  glossary: readonly GlossaryTerm[],
  locale: Locale,
): GlossaryLetter[] {
  const collator = new Intl.Collator(locale, { sensitivity: 'base' });
  const sorted = [...glossary].sort((a, b) => collator.compare(a.term[locale], b.term[locale]));
  const letters: GlossaryLetter[] = [];
  for (const term of sorted) {
    const letter = term.term[locale].normalize('NFD').charAt(0).toUpperCase();
    const last = letters.at(-1);
    if (last?.letter === letter) last.terms.push(term);
    else letters.push({ letter, terms: [term] });
  }
  return letters;
}
