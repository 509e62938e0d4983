import { relative, sep } from 'node:path';
import type { Locale } from '../i18n/config.ts';
import { contentDir } from './content-dir.ts';
import { readGitDates } from './git-dates.ts';
import { translationStatus, type VersionStatus } from '../utils/translation-status.ts';

/** A file's key in the git dates: its path inside the content folder, with forward slashes (`cases/fr/x.mdx`). */
export function contentKey(filePath: string, folder = contentDir): string {
  return relative(folder, filePath).split(sep).join('/');
}

/** An entry's language versions (their files) and the language it was written in, as `EntryGroup` gives them. */
export interface StatusInput {
  versions: Partial<Record<Locale, { filePath?: string | undefined }>>;
  original: Locale;
}

/**
 * Where each language version of an entry stands, from the git dates of its files (one `git log` per
 * build, see `readGitDates`). Dates are missing, and states `unknown`, when git history is.
 */
export function entryStatus(
  group: StatusInput,
  dates: ReadonlyMap<string, Date> = readGitDates(contentDir),
): Record<Locale, VersionStatus> {
  return translationStatus({
    locales: Object.keys(group.versions) as Locale[],
    original: group.original,
    updated: (locale) => {
      const filePath = group.versions[locale]?.filePath;
      return filePath ? dates.get(contentKey(filePath)) : undefined;
    },
  });
}
