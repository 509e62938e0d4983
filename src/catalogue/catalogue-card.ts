// What the catalogue's script needs to show one practice as a card when it filters: one small JSON
// file per practice and language (src/pages/[locale]/[section]/cards/[position].json.ts), fetched for
// the cards on screen only. The texts come with their language marks, as the build's cards have them;
// what the page already knows (the labels of continuities and themes, which its filters show, and
// the address of a practice, from its slug) is left out, so that a card weighs a few hundred bytes.
import type { Locale } from '../i18n/config.ts';
import type { LanguageMarker, TextRun } from '../utils/language-marks.ts';
import type { CaseFacts } from './case-facts.ts';

/** A text as runs, written short: plain text as a string, a phrase of another language as `[text, lang]`. */
export type CompactRuns = (string | [string, Locale])[];

/** One practice as a card of the catalogue, in one language (see CaseCard.astro). */
export interface CatalogueCard {
  slug: string;
  /** The language of its text when it is not the page's: an untranslated practice. */
  lang?: Locale;
  /** Its territory's name, with the phrases of the other language marked. */
  territory: CompactRuns;
  /** The kind of territory (Commune, Department…), in the page's language. */
  scope: string;
  title: CompactRuns;
  summary: CompactRuns;
  /** Continuity and theme ids: their labels are those of the catalogue's filters. */
  continuity: string[];
  themes: string[];
}

/**
 * Runs written short (see `CompactRuns`).
 * @example compactRuns([{ text: 'A school in ' }, { text: 'Brest', lang: 'fr' }]) // ['A school in ', ['Brest', 'fr']]
 */
export function compactRuns(runs: readonly TextRun[]): CompactRuns {
  return runs.map((run) => (run.lang ? [run.text, run.lang] : run.text));
}

/**
 * Runs read back from `compactRuns`.
 * @example runsOf(['A school in ', ['Brest', 'fr']]) // [{ text: 'A school in ' }, { text: 'Brest', lang: 'fr' }]
 */
export function runsOf(compact: CompactRuns): TextRun[] {
  return compact.map((run) =>
    typeof run === 'string' ? { text: run } : { text: run[0], lang: run[1] },
  );
}

/**
 * A practice as a card of the catalogue of `locale`. `textLang` is the language of its text (the
 * page's, or the original's when it is not translated); `markerFor` marks the phrases of the other
 * language in a text of a language, as `MarkedText.astro` does.
 */
export function catalogueCard(input: {
  slug: string;
  facts: CaseFacts;
  locale: Locale;
  textLang: Locale;
  markerFor: (textLang: Locale) => LanguageMarker;
}): CatalogueCard {
  const { facts, locale, textLang } = input;
  const marked = (text: string) => compactRuns(input.markerFor(textLang)(text));
  return {
    slug: input.slug,
    ...(textLang !== locale ? { lang: textLang } : {}),
    // In a line the page words, a name of an untranslated practice is marked in its own language.
    territory:
      textLang === locale ? marked(facts.territory.name) : [[facts.territory.name, textLang]],
    scope: facts.territory.scopeLabel,
    title: marked(facts.title),
    summary: marked(facts.summary),
    continuity: facts.continuity.map((continuity) => continuity.id),
    themes: facts.themes.map((theme) => theme.id),
  };
}
