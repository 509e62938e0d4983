import { isLocale, locales, type Locale } from '../i18n/config.ts';
import type { CaseData } from '../schemas/case.ts';

/** An MDX entry of a localized collection, as the content layer returns it. */
export interface RawEntry<D> {
  /** `<locale>/<slug>`, from the file's path. */
  id: string;
  data: D;
  filePath?: string | undefined;
}

/** One entry in one language. */
export interface LocalizedEntry<D, E extends RawEntry<D> = RawEntry<D>> {
  slug: string;
  locale: Locale;
  entry: E;
}

/** The language versions of one entry, keyed by the file's relative path without the language folder. */
export interface EntryGroup<D, E extends RawEntry<D> = RawEntry<D>> {
  slug: string;
  /** The versions that exist; at least one. */
  versions: Partial<Record<Locale, E>>;
  /** The language the entry was first written in (the source of any translation). */
  original: Locale;
}

/** A problem with content that stops the build; the message names the file and the field. */
export class ContentError extends Error {
  override name = 'ContentError';
}

/**
 * Split an entry id into its language and slug; the language comes from the folder.
 * @example splitEntryId('fr/lab28-la-loupe') // { locale: 'fr', slug: 'lab28-la-loupe' }
 */
export function splitEntryId(id: string, filePath = id): { locale: Locale; slug: string } {
  const [first, ...rest] = id.split('/');
  if (!isLocale(first) || rest.length === 0) {
    throw new ContentError(
      `${filePath}: put the file in a language folder: one of ${locales.join(' | ')} (for example cases/fr/${id.split('/').pop()}.mdx)`,
    );
  }
  return { locale: first, slug: rest.join('/') };
}

/**
 * Group entries by slug across languages. `original` is read from the entries' `original` field,
 * defaulting to the only version or to French.
 */
export function groupByTranslation<D extends { original?: Locale }, E extends RawEntry<D>>(
  entries: readonly E[],
): EntryGroup<D, E>[] {
  const groups = new Map<string, EntryGroup<D, E>>();
  for (const entry of entries) {
    const { locale, slug } = splitEntryId(entry.id, entry.filePath);
    const group = groups.get(slug) ?? { slug, versions: {}, original: locale };
    group.versions[locale] = entry;
    groups.set(slug, group);
  }
  for (const group of groups.values()) {
    const declared = group.versions.fr?.data.original ?? group.versions.en?.data.original;
    if (declared && group.versions[declared]) group.original = declared;
  }
  return [...groups.values()].sort((a, b) => a.slug.localeCompare(b.slug));
}

/**
 * The fields of a case that say what it is rather than how it is told: they must be identical in
 * both languages. Texts (title, summary, actor names and roles, territory label, source section) are not.
 */
export function structuredFields(data: CaseData) {
  return {
    continuity: data.continuity,
    themes: data.themes,
    levels: data.levels,
    audiences: data.audiences,
    'territory.scope': data.territory.scope,
    'territory.code': data.territory.code,
    'territory.departments': data.territory.departments,
    authorities: data.authorities,
    inferred: data.inferred,
    'actors (number and types)': data.actors.map((actor) => actor.type),
    'source.id': data.source.id,
    proposals: data.proposals,
    status: data.status,
    lastReviewed:
      data.lastReviewed instanceof Date
        ? data.lastReviewed.toISOString().slice(0, 10)
        : data.lastReviewed,
    original: data.original,
    featured: data.featured,
  };
}

/**
 * The structured fields on which two language versions of a case disagree, with both values.
 * @example structuredDifferences(fr, en) // [{ field: 'themes', fr: ['ent'], en: ['ent', 'familles'] }]
 */
export function structuredDifferences(versions: Partial<Record<Locale, CaseData>>) {
  const [a, b] = locales.map((locale) => versions[locale]);
  if (!a || !b) return [];
  const left = structuredFields(a);
  const right = structuredFields(b);
  return (Object.keys(left) as (keyof typeof left)[])
    .filter((field) => JSON.stringify(left[field]) !== JSON.stringify(right[field]))
    .map(
      (field) =>
        ({ field, [locales[0]]: left[field], [locales[1]]: right[field] }) as {
          field: string;
        } & Record<Locale, unknown>,
    );
}

/** Throw one error listing every case whose language versions disagree, naming both files and each field. */
export function assertTranslationsAgree<E extends RawEntry<CaseData>>(
  groups: readonly EntryGroup<CaseData, E>[],
): void {
  const problems: string[] = [];
  for (const group of groups) {
    const data = Object.fromEntries(
      Object.entries(group.versions).map(([locale, entry]) => [locale, entry!.data]),
    );
    for (const difference of structuredDifferences(data)) {
      const [fileA, fileB] = locales.map(
        (locale) => group.versions[locale]?.filePath ?? `${locale}/${group.slug}`,
      );
      problems.push(
        `${fileB}: ${difference.field}: must be the same as in ${fileA} (${locales
          .map((locale) => `${locale}: ${JSON.stringify(difference[locale])}`)
          .join(', ')})`,
      );
    }
  }
  if (problems.length)
    throw new ContentError(`The two language versions of a case disagree:\n${problems.join('\n')}`);
}
