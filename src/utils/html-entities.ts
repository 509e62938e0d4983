// Character references in generated HTML, read back: the build reads the pages it wrote (the search
// index's marked phrases) and the tests read built files. Pure, for Node and the browser alike.

/** The named references Astro and the content write (others are left as they are). */
const namedEntities: Record<string, string> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
  nbsp: '\u00a0',
  rsquo: '’',
  lsquo: '‘',
  laquo: '«',
  raquo: '»',
};

/**
 * Decode the character references of an HTML text or attribute value: numeric ones (`&#39;`,
 * `&#x27;`) and the named ones above.
 * @example decodeEntities('Champagne-au-Mont-d&#39;Or &amp; Lyon') // "Champagne-au-Mont-d'Or & Lyon"
 */
export function decodeEntities(html: string): string {
  return html.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (reference, name: string) => {
    if (name[0] !== '#') return namedEntities[name.toLowerCase()] ?? reference;
    return String.fromCodePoint(
      name[1] === 'x' || name[1] === 'X' ? parseInt(name.slice(2), 16) : Number(name.slice(1)),
    );
  });
}
