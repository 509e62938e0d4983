// What the search index reads of a built page: whether it is indexed at all, in which language,
// under which URL, and the copy of its HTML that Pagefind is given (elisions cut, synonyms added).
// Pure string work on Astro's output, so that unit tests can reach it without a build.
import { decodeEntities } from '../utils/html-entities.ts';
import { isLocale, type Locale } from '../i18n/config.ts';
import { MARKED_PHRASES_META } from '../utils/language-marks.ts';
import { addSynonyms, type SynonymFinder } from './synonyms.ts';
import { splitElisions, SYNONYM_SIGNS } from './text.ts';

/** The weight Pagefind gives the words of an `<h1>` (its headings weigh 7 down to 2). */
const TITLE_WEIGHT = 7;

/**
 * Whether a built page asks to be indexed. Only the main content of a page carries
 * `data-pagefind-body`; listing pages, the search page and untranslated copies do not.
 */
export function hasSearchBody(html: string): boolean {
  return /<[a-z][^>]*\sdata-pagefind-body[\s=>]/i.test(html);
}

/**
 * The language of a built page, from `<html lang>`; undefined when it is not one of the site's.
 * @example pageLocale('<!doctype html><html lang="fr" dir="ltr">') // 'fr'
 */
export function pageLocale(html: string): Locale | undefined {
  const lang = /<html\b[^>]*\slang="([^"]+)"/i.exec(html)?.[1]?.split('-')[0]?.toLowerCase();
  return isLocale(lang) ? lang : undefined;
}

/**
 * The URL of a built file, relative to the output folder, as the site links to it.
 * @example pageUrl('fr/pratiques/lab28-la-loupe/index.html') // '/fr/pratiques/lab28-la-loupe/'
 */
export function pageUrl(relativePath: string): string {
  return `/${relativePath.split(/[\\/]/).join('/')}`.replace(/(^|\/)index\.html$/, '$1');
}

/**
 * What Pagefind needs of a page that has `data-pagefind-body`: its `<html>` tag (for the language)
 * and the elements that carry the attribute, with everything inside them (text, filters, meta, sort
 * keys). Pagefind ignores the rest of such a page, so the index is the same; handing it a third of
 * the bytes makes indexing faster. Undefined when the page has no `data-pagefind-body`.
 * @example searchBodies('<html lang="fr"><body><nav>…</nav><main data-pagefind-body><h1>Titre</h1></main></body></html>')
 * // '<!doctype html><html lang="fr"><body><main data-pagefind-body><h1>Titre</h1></main></body></html>'
 */
export function searchBodies(html: string): string | undefined {
  if (!hasSearchBody(html)) return undefined;
  const bodies: string[] = [];
  const opening = /<([a-z][a-z0-9-]*)\b[^>]*\sdata-pagefind-body(?=[\s=>/])[^>]*>/gi;
  for (let start = opening.exec(html); start; start = opening.exec(html)) {
    const name = start[1]!.toLowerCase();
    // The element ends where its own closing tag brings the nesting of same-named tags back to zero.
    const tags = new RegExp(`<(/?)${name}(?=[\\s/>])[^>]*>`, 'gi');
    tags.lastIndex = start.index;
    let depth = 0;
    let end = html.length;
    for (let tag = tags.exec(html); tag; tag = tags.exec(html)) {
      depth += tag[1] ? -1 : tag[0].endsWith('/>') ? 0 : 1;
      if (depth === 0) {
        end = tag.index + tag[0].length;
        break;
      }
    }
    bodies.push(html.slice(start.index, end));
    opening.lastIndex = end;
  }
  if (!bodies.length) return undefined;
  const root = /<html\b[^>]*>/i.exec(html)?.[0] ?? '<html>';
  return `<!doctype html>${root}<body>${bodies.join('')}</body></html>`;
}

// Astro escapes a straight apostrophe typed in frontmatter (Champagne-au-Mont-d&#39;Or).
const apostropheEntities = /&(?:#0*39|#x0*27|apos|rsquo|#0*8217|#x0*2019);/gi;
const tagOrText = /(<!--[\s\S]*?-->|<[^>]*>)/;
const rawTextElements = /^<(script|style|template)[\s>]/i;
// Pagefind joins the text of adjacent elements (`<dt>Thèmes</dt><dd>Familles</dd>` → "ThèmesFamilles");
// the copy puts a space after the end of each block.
const blockEnd =
  /^<\/(p|div|li|dt|dd|td|th|tr|h[1-6]|ul|ol|dl|section|article|aside|header|footer|nav|blockquote|figcaption)>$|^<br\s*\/?>$/i;

/** How the copy given to the index is written. */
export interface IndexableOptions {
  locale: Locale;
  /** Glossary terms to follow with their synonyms. */
  synonyms?: SynonymFinder;
  /** Weight of the added synonyms in the index (Pagefind's `data-pagefind-weight`; the page's words weigh 1). */
  synonymWeight?: number;
}

/**
 * How much of the copy's rewriting an element takes: filter values and sort keys must stay exactly
 * as written (the search page finds them by their label); meta fields (the title is the first `<h1>`)
 * get their elisions cut, since Pagefind searches them too, but no synonyms, which Pagefind would
 * leave its weight markers in.
 */
function rewritingOf(tag: string): 'none' | 'elisions' | undefined {
  if (/\sdata-pagefind-(filter|sort)[\s=>]/i.test(tag)) return 'none';
  if (/^<h1[\s>]/i.test(tag) || /\sdata-pagefind-meta[\s=>]/i.test(tag)) return 'elisions';
  return undefined;
}

/**
 * The copy of a page that Pagefind indexes: in the text (never in tags or attributes), elisions
 * cut off (`l’ école`) and glossary terms followed by their synonyms at a lower weight. The page
 * on disk is left as it is.
 */
export function indexableCopy(
  html: string,
  { locale, synonyms, synonymWeight = 0.5 }: IndexableOptions,
): string {
  const frame = (added: string) => `<span data-pagefind-weight="${synonymWeight}">${added}</span>`;
  // The elements whose text is rewritten less, innermost last, with how deep their own tag is nested.
  const open: { name: string; depth: number; rewriting: 'none' | 'elisions' }[] = [];
  // The title takes no synonyms, but an abbreviation in it must still be found (see acronymToken):
  // its index words follow the title, framed as added words, at the weight Pagefind gives an h1.
  let titleTokens: string[] = [];
  const afterTitle = () => {
    if (!titleTokens.length) return '';
    const { original, synonyms: added, end } = SYNONYM_SIGNS;
    const words = `<span data-pagefind-weight="${TITLE_WEIGHT}">${original} ${added} ${titleTokens.join(' ')} ${end}</span>`;
    titleTokens = [];
    return words;
  };
  return html
    .split(tagOrText)
    .map((part, index) => {
      if (index % 2 === 1) {
        const [, closing, name] = /^<(\/?)([a-z][a-z0-9-]*)/i.exec(part) ?? [];
        const innermost = open.at(-1);
        if (name && innermost && name.toLowerCase() === innermost.name)
          innermost.depth += closing ? -1 : part.endsWith('/>') ? 0 : 1;
        if (innermost?.depth === 0) {
          open.pop();
          if (innermost.name === 'h1') return `${part}${afterTitle()} `;
        }
        const rewriting = name && !closing ? rewritingOf(part) : undefined;
        if (rewriting || (name && !closing && rawTextElements.test(part)))
          open.push({ name: name!.toLowerCase(), depth: 1, rewriting: rewriting ?? 'none' });
        return blockEnd.test(part) && !open.some((element) => element.rewriting === 'none')
          ? `${part} `
          : part;
      }
      const rewriting = open.some((element) => element.rewriting === 'none')
        ? 'none'
        : open.length
          ? 'elisions'
          : 'all';
      if (rewriting === 'none' || !part.trim()) return part;
      const text = splitElisions(part.replace(apostropheEntities, '’'), locale);
      if (synonyms && open.at(-1)?.name === 'h1') titleTokens.push(...synonyms.tokensIn(text));
      return synonyms && rewriting === 'all' ? addSynonyms(text, synonyms, frame) : text;
    })
    .join('');
}

/** Longer texts in another language are whole passages, not phrases to look for elsewhere. */
const MAX_PHRASE_LENGTH = 200;

/** The text of an HTML text node: entities decoded, spaces of any kind folded to one. */
function textOf(html: string): string {
  return decodeEntities(html).replace(/\s+/g, ' ').trim();
}

/**
 * The phrases a page marks as being in `lang` (`<span lang="fr">Eure-et-Loir</span>`), once each,
 * from the HTML Pagefind reads of it. They are what its search result must mark in turn: its title,
 * summary, territory and excerpts are cut from the same text.
 * @example markedPhrases('<p>A school in <span lang="fr">Eure-et-Loir</span></p>', 'fr') // ['Eure-et-Loir']
 */
export function markedPhrases(html: string, lang: Locale): string[] {
  const phrases = new Set<string>();
  const marked = new RegExp(
    `<([a-z][a-z0-9-]*)\\b[^>]*\\slang=(?:"${lang}"|'${lang}'|${lang}(?=[\\s>]))[^>]*>([^<]+)</\\1>`,
    'gi',
  );
  for (const [, , inner] of html.matchAll(marked)) {
    const phrase = textOf(inner!);
    if (phrase && phrase.length <= MAX_PHRASE_LENGTH) phrases.add(phrase);
  }
  return [...phrases];
}

/**
 * A page for the index with the phrases of its results to mark (`markedPhrases`) in a meta field,
 * placed at the end of its last `data-pagefind-body` element (Pagefind reads nothing outside them).
 * So each result brings the few phrases it needs, and the search page lists none.
 * @example withMarkedPhrases('<html><body><main data-pagefind-body>…</main></body></html>', ['Brest'])
 * // '<html><body><main data-pagefind-body>…<div hidden data-pagefind-ignore><span data-pagefind-meta="foreign">["Brest"]</span></div></main></body></html>'
 */
export function withMarkedPhrases(html: string, phrases: readonly string[]): string {
  if (!phrases.length) return html;
  const escaped = JSON.stringify(phrases)
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;');
  // Hidden and ignored as text, like the case's other meta fields: only the result reads it.
  const meta = `<div hidden data-pagefind-ignore><span data-pagefind-meta="${MARKED_PHRASES_META}">${escaped}</span></div>`;
  return html.replace(/(<\/[a-z][a-z0-9-]*>\s*<\/body>\s*<\/html>\s*)$/i, `${meta}$1`);
}
