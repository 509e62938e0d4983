const NARROW_NBSP = '\u202F';
const NBSP = '\u00A0';

/**
 * French spacing: a non-breaking space before `:` and inside « », a narrow one before `;`, `!`
 * and `?`, so that punctuation never starts a line. Only spaces the author typed are replaced.
 * @example frenchSpacing('Pourquoi ? « Ensemble » : oui') // 'Pourquoi\u202F? «\u00A0Ensemble\u00A0»\u00A0: oui'
 */
export function frenchSpacing(text: string): string {
  return text
    .replace(/ +([;!?])/g, `${NARROW_NBSP}$1`)
    .replace(/ +([:»])/g, `${NBSP}$1`)
    .replace(/« +/g, `«${NBSP}`);
}

/** Apostrophes an author may type, straight or typographic, that mark an elision in French (l’école, d’école). */
export const APOSTROPHES = "'’ʼ";

/**
 * Text from YAML or frontmatter as a page shows it: French spacing in French (Markdown bodies get it
 * from the Sätteri plugin), unchanged in English.
 * @example typeset('Pourquoi ?', 'fr') // 'Pourquoi\u202F?'
 */
export function typeset(text: string, locale: string): string {
  return locale === 'fr' ? frenchSpacing(text) : text;
}
