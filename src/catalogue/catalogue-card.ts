// What the catalogue's script needs to show one practice as a card when it filters: one small JSON
// file per practice and language (src/pages/[locale]/[section]/cards/[position].json.ts), fetched for
// the cards on screen only. The texts come with their language marks, as the build's cards have them.
import type { Locale } from '../i18n/config.ts';
import type { LanguageMarker, TextRun } from '../utils/language-marks.ts';
import type { Label } from '../utils/taxonomy.ts';
import type { CaseFacts } from './case-facts.ts';

/** One practice as a card of the catalogue, in one language (see CaseCard.astro). */
export interface CatalogueCard {
  slug: string;
  url: string;
  /** The language of its text when it is not the page's: an untranslated practice. */
  lang?: Locale;
  /** Its territory's name, with the phrases of the other language marked. */
  territory: TextRun[];
  /** The kind of territory (Commune, Department…), in the page's language. */
  scope: string;
  title: TextRun[];
  summary: TextRun[];
  continuity: Label[];
  themes: string[];
}

/**
 * A practice as a card of the catalogue of `locale`. `textLang` is the language of its text (the
 * page's, or the original's when it is not translated); `markerFor` marks the phrases of the other
 * language in a text of a language, as `MarkedText.astro` does.
 */
export function catalogueCard(input: {
  slug: string;
  url: string;
  facts: CaseFacts;
  locale: Locale;
  textLang: Locale;
  markerFor: (textLang: Locale) => LanguageMarker;
}): CatalogueCard {
  const { facts, locale, textLang } = input;
  const marked = (text: string) => input.markerFor(textLang)(text);
  return {
    slug: input.slug,
    url: input.url,
    ...(textLang !== locale ? { lang: textLang } : {}),
    // In a line the page words, a name of an untranslated practice is marked in its own language.
    territory:
      textLang === locale
        ? marked(facts.territory.name)
        : [{ text: facts.territory.name, lang: textLang }],
    scope: facts.territory.scopeLabel,
    title: marked(facts.title),
    summary: marked(facts.summary),
    continuity: facts.continuity,
    themes: facts.themes.map((theme) => theme.label),
  };
}
