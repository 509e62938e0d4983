import { join, relative, sep } from 'node:path';
import { readGitDates } from '../../src/data/git-dates.ts';
import { localeNames, locales, otherLocale, type Locale } from '../../src/i18n/config.ts';
import { structuredDifferences } from '../../src/utils/translations.ts';
import { translationStatus } from '../../src/utils/translation-status.ts';
import { shownPath, type CheckContext } from './context.ts';
import type { ReadFile } from './fields.ts';
import type { Problem } from './problems.ts';

/** The language versions of each entry, keyed `<collection>/<slug>` (MDX files only: the others are not published). */
export function translationGroups(
  files: readonly ReadFile[],
): Map<string, Partial<Record<Locale, ReadFile>>> {
  const groups = new Map<string, Partial<Record<Locale, ReadFile>>>();
  for (const entry of files.filter((file) => file.format === 'mdx')) {
    const key = `${entry.collection}/${entry.slug}`;
    groups.set(key, { ...groups.get(key), [entry.locale]: entry });
  }
  return groups;
}

function isoDay(date: Date | undefined): string {
  return date ? date.toISOString().slice(0, 10) : 'an unknown date';
}

/**
 * Phase 6: translations. Both languages exist, a case's two versions agree on their structured
 * fields, and a translation is not older than its source (from git dates).
 */
export function translationProblems(files: readonly ReadFile[], context: CheckContext): Problem[] {
  const problems: Problem[] = [];
  const dates = readGitDates(context.contentRoot);
  for (const versions of translationGroups(files).values()) {
    const present = locales.filter((locale) => versions[locale]);
    const declared = present
      .map((locale) => versions[locale]!.data?.['original'] as Locale | undefined)
      .find(Boolean);
    const original =
      declared && versions[declared] ? declared : present.includes('fr') ? 'fr' : present[0]!;
    const source = versions[original]!;
    if (present.length === 1) {
      const missing = otherLocale(original);
      const missingFile = shownPath(
        context,
        join(context.contentRoot, source.collection, missing, `${source.slug}.mdx`),
      );
      problems.push({
        file: source.file,
        field: 'translation',
        message: `no ${localeNames[missing]} version yet (${missingFile}): until there is one, the ${localeNames[missing]} site shows this text with a notice`,
        severity: 'warning',
      });
      if (declared && declared !== original) {
        problems.push({
          file: source.file,
          line: source.locator?.line(['original']),
          field: 'original',
          message: `"${declared}" but there is no ${localeNames[declared]} version: write "${original}"`,
          severity: 'warning',
        });
      }
      continue;
    }
    const translations = present.filter((locale) => locale !== original);
    if (source.collection === 'cases' && present.every((locale) => versions[locale]!.data)) {
      const data = Object.fromEntries(
        present.map((locale) => [locale, versions[locale]!.data]),
      ) as Parameters<typeof structuredDifferences>[0];
      for (const difference of structuredDifferences(data)) {
        for (const locale of translations) {
          const translation = versions[locale]!;
          const path = difference.field.replace(/ \(.*\)$/, '').split('.');
          problems.push({
            file: translation.file,
            line: translation.locator?.line(path),
            field: difference.field,
            message: `must be the same as in ${source.file} (${original}: ${JSON.stringify(difference[original])}, ${locale}: ${JSON.stringify(difference[locale])})`,
            severity: 'error',
          });
        }
      }
    }
    const status = translationStatus({
      locales: present,
      original,
      updated: (locale) =>
        dates.get(relative(context.contentRoot, versions[locale]!.absolute).split(sep).join('/')),
    });
    for (const locale of translations) {
      const state = status[locale];
      if (state.state !== 'outdated') continue;
      problems.push({
        file: versions[locale]!.file,
        field: 'translation',
        message: `older than its source: ${source.file} changed on ${isoDay(status[original].updated)}, after this translation (${isoDay(state.updated)}); bring the translation up to date`,
        severity: 'warning',
      });
    }
  }
  return problems;
}
