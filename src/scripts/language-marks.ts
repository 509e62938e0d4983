// Language marks in text the browser inserts (search results, comparisons), the same as the build
// puts in the pages. The phrases travel with what is shown: a search result brings those its page
// marks (a meta field of the index), a compared practice those of its own text (its JSON file), so
// that no page lists the phrases of the whole site.
import type { Locale } from '../i18n/config.ts';
import { otherLocale } from '../i18n/config.ts';
import {
  languageMarker,
  type ForeignPhrases,
  type LanguageMarker,
  type TextRun,
} from '../utils/language-marks.ts';

/**
 * A function that turns a text written in one language into text and `<span lang>` nodes, for
 * the phrases of the other language that `phrases` lists for texts of that language. Without
 * phrases, texts stay whole.
 */
export function textMarks(
  phrases: Partial<ForeignPhrases>,
): (text: string, textLang: Locale) => (Node | string)[] {
  const runsOf = textRuns(phrases);
  return (text, textLang) => runsOf(text, textLang).map(runNode);
}

/** The runs of a text (see `textMarks`), for a caller that cuts them further (`runsByPart`). */
export function textRuns(
  phrases: Partial<ForeignPhrases>,
): (text: string, textLang: Locale) => TextRun[] {
  const markers = new Map<Locale, LanguageMarker>();
  return (text, textLang) => {
    let marker = markers.get(textLang);
    if (!marker) {
      marker = languageMarker(phrases[textLang] ?? [], otherLocale(textLang));
      markers.set(textLang, marker);
    }
    return marker(text);
  };
}

/** A run as a node: plain text, or a `<span lang>`. */
export function runNode(run: TextRun): Node | string {
  if (!run.lang) return run.text;
  const span = document.createElement('span');
  span.lang = run.lang;
  span.textContent = run.text;
  return span;
}
