import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import yaml from 'js-yaml';
import { locales, otherLocale, type Locale } from '../i18n/config.ts';
import { contentDir } from './content-dir.ts';
import {
  languageMarker,
  type ForeignPhrases,
  type LanguageMarker,
} from '../utils/language-marks.ts';
import { resolveTerritory, type TerritoryRef } from '../territory/resolve.ts';

/** What the versions of one case say that names a place or a body. */
export interface CaseNames {
  /** The case's territory (a structured field: the same in every version). */
  territory: TerritoryRef;
  /** The names its author writes in each version: its actors, its territory's label. */
  written: Partial<Record<Locale, readonly string[]>>;
}

/**
 * The French names that English pages mark as French: the official names (INSEE) of the commune
 * or EPCI, departments and region of every case, and the names a case writes the same way in both
 * of its versions (Lycée Vauban, Réseau Canopé): a name its translator kept in French.
 * @example frenchNames([{ territory: { scope: 'commune', code: '28214' }, written: { fr: ['Collège Jean-Monnet', 'Mairie de La Loupe'], en: ['Collège Jean-Monnet', 'La Loupe town hall'] } }])
 *   // ['La Loupe', 'Eure-et-Loir', 'Centre-Val de Loire', 'Collège Jean-Monnet']
 */
export function frenchNames(cases: readonly CaseNames[]): string[] {
  const names = new Set<string>();
  for (const { territory, written } of cases) {
    for (const name of officialNames(territory)) names.add(name);
    const english = new Set(written.en ?? []);
    for (const name of written.fr ?? []) if (english.has(name)) names.add(name);
  }
  return [...names];
}

/** The official names a territory is shown with; none for a territory the content check will reject. */
function officialNames(territory: TerritoryRef): string[] {
  let resolved;
  try {
    resolved = resolveTerritory(territory);
  } catch {
    return [];
  }
  return [
    resolved.officialName,
    ...resolved.departments.map((department) => department.name),
    resolved.region?.name,
  ].filter((name): name is string => Boolean(name));
}

const handMarkPattern = /<span\s+lang=(?:"([a-z]{2})"|'([a-z]{2})')\s*>([^<>{}]+)<\/span>/g;

/**
 * The phrases an author marked by hand, in the body of a text in one language, as being in the
 * other: `<span lang="en">learning lab</span>` in a French case study.
 * @example handMarkedPhrases('un <span lang="en">learning lab</span>', 'fr') // ['learning lab']
 */
export function handMarkedPhrases(body: string, textLang: Locale): string[] {
  return [...body.matchAll(handMarkPattern)]
    .filter(([, double, single]) => (double ?? single) === otherLocale(textLang))
    .map(([, , , phrase]) => phrase!.replace(/\s+/g, ' ').trim());
}

/** A source's title and the language it is written in (content/sources.yaml). */
export interface SourceTitle {
  title: string;
  language: string;
}

/** A content file of one language, cut into its frontmatter (parsed) and its body. */
interface ContentFile {
  lang: Locale;
  slug: string;
  data: Record<string, unknown>;
  body: string;
}

const frontmatterPattern = /^\uFEFF?---\r?\n([\s\S]*?)\r?\n---/;

function readContentFiles(root: string, collection: string): ContentFile[] {
  return locales.flatMap((lang) => {
    const folder = join(root, collection, lang);
    let files: string[];
    try {
      files = readdirSync(folder).filter((file) => file.endsWith('.mdx') || file.endsWith('.md'));
    } catch {
      return [];
    }
    return files.map((file) => {
      const source = readFileSync(join(folder, file), 'utf8');
      const frontmatter = frontmatterPattern.exec(source);
      let data: unknown;
      try {
        data = frontmatter ? yaml.load(frontmatter[1]!) : undefined;
      } catch {
        // A broken frontmatter is the content check's to report, with its line; it names nothing here.
      }
      return {
        lang,
        slug: file.replace(/\.mdx?$/, ''),
        data: typeof data === 'object' && data !== null ? (data as Record<string, unknown>) : {},
        body: frontmatter ? source.slice(frontmatter[0].length) : source,
      };
    });
  });
}

/** The names an author writes in a case's frontmatter: its actors and its territory's label. */
function writtenNames(data: Record<string, unknown>): string[] {
  const actors = Array.isArray(data.actors) ? data.actors : [];
  const label = (data.territory as { label?: unknown } | undefined)?.label;
  return [...actors.map((actor) => (actor as { name?: unknown } | null)?.name), label].filter(
    (name): name is string => typeof name === 'string',
  );
}

/**
 * The phrases each language's pages mark as being in the other language, read from the content
 * folder: on English pages the French names of `frenchNames`, the titles of French sources and the
 * French phrases English texts mark by hand; on French pages the titles of English sources and the
 * English phrases French texts mark by hand. The site then marks
 * them wherever they appear in text it writes itself (titles, summaries, roles, names in interface
 * sentences), in the body of English texts, and in search results and comparisons.
 */
export function foreignPhrasesOf(files: {
  cases: ContentFile[];
  texts: ContentFile[];
  sources?: readonly SourceTitle[];
}): ForeignPhrases {
  const cases = new Map<string, CaseNames>();
  for (const file of files.cases) {
    const territory = file.data.territory as TerritoryRef | undefined;
    if (!territory || typeof territory !== 'object') continue;
    const entry = cases.get(file.slug) ?? { territory, written: {} };
    entry.written = { ...entry.written, [file.lang]: writtenNames(file.data) };
    cases.set(file.slug, entry);
  }
  const marked = (lang: Locale) =>
    [...files.cases, ...files.texts]
      .filter((file) => file.lang === lang)
      .flatMap((file) => handMarkedPhrases(file.body, file.lang));
  const sourceTitles = (lang: Locale) =>
    (files.sources ?? [])
      .filter((source) => source.language === otherLocale(lang))
      .map((source) => source.title);
  return {
    en: [...new Set([...frenchNames([...cases.values()]), ...sourceTitles('en'), ...marked('en')])],
    fr: [...new Set([...sourceTitles('fr'), ...marked('fr')])],
  };
}

const mtime = (file: string) => {
  try {
    return statSync(file).mtimeMs;
  } catch {
    return 0;
  }
};

/** The titles of content/sources.yaml with their language; none when the file cannot be read (the content check says why). */
function readSourceTitles(file: string): SourceTitle[] {
  let sources: unknown;
  try {
    sources = yaml.load(readFileSync(file, 'utf8'));
  } catch {
    return [];
  }
  return (Array.isArray(sources) ? sources : []).filter(
    (source): source is SourceTitle =>
      typeof source?.title === 'string' && typeof source?.language === 'string',
  );
}

const cache = new Map<string, { signature: string; checkedAt: number; phrases: ForeignPhrases }>();
/** How long the files are trusted not to have changed: a build asks thousands of times in a few seconds. */
const RECHECK_AFTER_MS = 1000;

/**
 * `foreignPhrasesOf` the content folder's case studies, interviews, pages and sources, read again
 * when one of their files changes (so that `astro dev` follows edits). The build's pages and its
 * Markdown transform both read them here, so they mark the same phrases.
 */
export function readForeignPhrases(contentRoot: string): ForeignPhrases {
  const root = resolve(contentRoot);
  const cached = cache.get(root);
  const now = Date.now();
  // A production build reads the content once: it does not change under the build, and looking again
  // every second would stat every content file once a second, thousands of files at scale.
  const settled = process.env['NODE_ENV'] === 'production';
  if (cached && (settled || now - cached.checkedAt < RECHECK_AFTER_MS)) return cached.phrases;
  const collections = ['cases', 'voices', 'pages'];
  const signature = [
    `sources.yaml:${mtime(join(root, 'sources.yaml'))}`,
    ...collections.flatMap((collection) =>
      locales.flatMap((lang) => {
        const folder = join(root, collection, lang);
        try {
          return readdirSync(folder).map(
            (file) => `${collection}/${lang}/${file}:${mtime(join(folder, file))}`,
          );
        } catch {
          return [];
        }
      }),
    ),
  ].join('\n');
  if (cached?.signature === signature) {
    cached.checkedAt = now;
    return cached.phrases;
  }
  const phrases = foreignPhrasesOf({
    cases: readContentFiles(root, 'cases'),
    texts: [...readContentFiles(root, 'voices'), ...readContentFiles(root, 'pages')],
    sources: readSourceTitles(join(root, 'sources.yaml')),
  });
  cache.set(root, { signature, checkedAt: now, phrases });
  return phrases;
}

const markers = new Map<string, { phrases: readonly string[]; marker: LanguageMarker }>();

/**
 * The marker for text written in one language: it sets apart the phrases of the other language
 * that `readForeignPhrases` lists for pages of that language.
 * @example textMarker('en')('A school in Eure-et-Loir') // [{ text: 'A school in ' }, { text: 'Eure-et-Loir', lang: 'fr' }]
 */
export function textMarker(textLang: Locale, root = contentDir): LanguageMarker {
  const phrases = readForeignPhrases(root)[textLang];
  const key = `${resolve(root)}\u0000${textLang}`;
  let entry = markers.get(key);
  if (entry?.phrases !== phrases) {
    entry = { phrases, marker: languageMarker(phrases, otherLocale(textLang)) };
    markers.set(key, entry);
  }
  return entry.marker;
}
