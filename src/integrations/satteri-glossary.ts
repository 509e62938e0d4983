import { readFileSync, statSync } from 'node:fs';
import { join, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { z } from 'astro/zod';
import yaml from 'js-yaml';
import { defineHastPlugin, type HastContent, type HastPluginEntry } from 'satteri';
import { isLocale, type Locale } from '../i18n/config.ts';
import { localizedPath } from '../i18n/routes.ts';
import { GlossaryTermSchema, type GlossaryTerm } from '../schemas/glossary.ts';
import { contentDir } from '../data/content-dir.ts';
import { hasAncestor } from './satteri-ancestors.ts';
import {
  createTermMatcher,
  matchableTerms,
  type TermMatcher,
  type TextSegment,
} from '../utils/glossary.ts';

/** The content folders whose text explains glossary terms: case studies, interviews, pages. */
const EXPLAINED_COLLECTIONS = new Set(['cases', 'voices', 'pages']);

/**
 * Elements whose text is left alone: a heading is read out of context by screen-reader users
 * navigating by headings, and a link or code inside a link or code would be broken markup.
 */
const UNTOUCHED_ELEMENTS = new Set([
  'a',
  'abbr',
  'dfn',
  'code',
  'pre',
  'kbd',
  'samp',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'button',
  'script',
  'style',
  'svg',
  'math',
]);

export interface GlossaryPluginOptions {
  /** The content folder (default: `CONTINUITES_CONTENT_DIR` or `content/`), resolved from the working directory. */
  contentRoot?: string;
}

/**
 * Where a content file sits: its language, when it is a case, interview or page of the content folder.
 * @example explainedFileLocale('/site/content/cases/fr/lab28.mdx', '/site/content') // 'fr'
 */
export function explainedFileLocale(filePath: string, contentRoot: string): Locale | undefined {
  const [collection, locale, ...rest] = relative(contentRoot, filePath).split(sep);
  if (
    !collection ||
    !EXPLAINED_COLLECTIONS.has(collection) ||
    !locale ||
    !isLocale(locale) ||
    rest.length === 0
  )
    return undefined;
  return locale;
}

/** The glossary file, read again only when it changes (so `astro dev` picks up edits). */
function glossaryReader(file: string): () => readonly GlossaryTerm[] {
  let cached: { mtime: number; terms: readonly GlossaryTerm[] } | undefined;
  return () => {
    const mtime = statSync(file).mtimeMs;
    if (cached?.mtime === mtime) return cached.terms;
    const parsed = z.array(GlossaryTermSchema).safeParse(yaml.load(readFileSync(file, 'utf8')));
    if (!parsed.success) {
      const issue = parsed.error.issues[0]!;
      throw new Error(`${file}: ${issue.path.join('.')}: ${issue.message}`);
    }
    cached = { mtime, terms: parsed.data };
    return cached.terms;
  };
}

/** The markup of a term's first occurrence: a link to its glossary entry, with `<abbr title>` for an acronym. */
export function termElement(
  segment: Extract<TextSegment, { type: 'term' }>,
  locale: Locale,
): HastContent {
  const { term, value } = segment;
  const label: HastContent = term.abbreviation
    ? {
        type: 'element',
        tagName: 'abbr',
        properties: { title: term.expansion },
        children: [{ type: 'text', value }],
      }
    : { type: 'text', value };
  return {
    type: 'element',
    tagName: 'a',
    properties: {
      href: `${localizedPath(locale, 'glossary')}#${term.id}`,
      className: ['glossary-term'],
    },
    children: [label],
  };
}

/**
 * Sätteri plugin: in case studies, interviews and pages, the first occurrence of each glossary term
 * links to its entry on the glossary page of the file's language (`/fr/glossaire/#ent`), and an
 * acronym is also marked `<abbr title="expansion">`.
 *
 * Why a link rather than `<abbr title>` alone: screen readers do not read an abbreviation's title by
 * default, and keyboard and touch users cannot reach it at all; a link is announced, focusable and
 * leads to the expansion and a definition (WCAG technique G55). The title stays as a hover hint.
 * Headings, links and code are left alone.
 */
export function glossaryPlugin(options: GlossaryPluginOptions = {}): HastPluginEntry {
  const root = resolve(options.contentRoot ?? contentDir);
  const readGlossary = glossaryReader(join(root, 'glossary.yaml'));
  const matchers = new Map<Locale, { terms: readonly GlossaryTerm[]; matcher: TermMatcher }>();
  const matcherFor = (locale: Locale) => {
    const terms = readGlossary();
    let entry = matchers.get(locale);
    if (entry?.terms !== terms) {
      entry = { terms, matcher: createTermMatcher(matchableTerms(terms, locale)) };
      matchers.set(locale, entry);
    }
    return entry.matcher;
  };

  return (context) => {
    if (!context.fileURL) return null;
    const locale = explainedFileLocale(fileURLToPath(context.fileURL), root);
    if (!locale) return null;
    const matcher = matcherFor(locale);
    const seen = new Set<string>();
    return defineHastPlugin({
      name: 'glossary',
      text(node, visitor) {
        const untouched = hasAncestor(
          node,
          visitor,
          (parent) =>
            (parent.type === 'element' && UNTOUCHED_ELEMENTS.has(parent.tagName)) ||
            // Raw tags and components in MDX: an HTML tag from the list, or any component (it may render a link).
            ((parent.type === 'mdxJsxTextElement' || parent.type === 'mdxJsxFlowElement') &&
              (!parent.name || !/^[a-z]/.test(parent.name) || UNTOUCHED_ELEMENTS.has(parent.name))),
        );
        if (untouched) return undefined;
        const segments = matcher.split(node.value, seen);
        if (segments.every((segment) => segment.type === 'text')) return undefined;
        visitor.replaceNode(
          node,
          segments.map((segment) =>
            segment.type === 'text'
              ? { type: 'text', value: segment.value }
              : termElement(segment, locale),
          ),
        );
        return undefined;
      },
    });
  };
}
