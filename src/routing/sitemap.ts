/** What the sitemap needs to know about a built page, read from its `<head>`. */
export interface PageMeta {
  /** `<meta name="robots" content="noindex">`: 404 pages and untranslated copies, left out of the sitemap. */
  noindex: boolean;
  /** The language versions the page announces (`<link rel="alternate" hreflang>`), x-default included. */
  alternates: { lang: string; href: string }[];
}

/** The attributes of one HTML start tag, names in lower case. */
function attributes(tag: string): Record<string, string> {
  const found: Record<string, string> = {};
  for (const [, name, double, single, bare] of tag.matchAll(
    /([a-zA-Z:-]+)\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+))/g,
  )) {
    found[name!.toLowerCase()] = (double ?? single ?? bare ?? '').replace(/&amp;/g, '&');
  }
  return found;
}

/**
 * Read the indexing rules and the hreflang alternates a page declares, so that the sitemap says
 * exactly what the pages say (one source: the layout's `<head>`).
 * @example pageMeta('<link rel="alternate" hreflang="fr" href="https://example.org/fr/">') // { noindex: false, alternates: [{ lang: 'fr', href: 'https://example.org/fr/' }] }
 */
export function pageMeta(html: string): PageMeta {
  const head = html.split(/<\/head>/i)[0] ?? html;
  const meta: PageMeta = { noindex: false, alternates: [] };
  for (const [tag, name] of head.matchAll(/<(link|meta)\b[^>]*>/gi)) {
    const attrs = attributes(tag);
    if (
      name!.toLowerCase() === 'meta' &&
      attrs.name?.toLowerCase() === 'robots' &&
      /\bnoindex\b/i.test(attrs.content ?? '')
    )
      meta.noindex = true;
    if (
      name!.toLowerCase() === 'link' &&
      attrs.rel?.toLowerCase() === 'alternate' &&
      attrs.hreflang &&
      attrs.href
    )
      meta.alternates.push({ lang: attrs.hreflang, href: attrs.href });
  }
  return meta;
}
