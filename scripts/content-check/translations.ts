import { join, relative, sep } from 'node:path';
import { readGitDates } from '../../src/data/git-dates.ts';
import { locales, otherLocale, type Locale } from '../../src/i18n/config.ts';
import {
  both,
  say,
  type ContributorKey,
  type MessageValues,
} from '../../src/i18n/contributor/index.ts';
import { structuredDifferences } from '../../src/utils/translations.ts';
import { translationStatus } from '../../src/utils/translation-status.ts';
import { shownPath, type CheckContext } from './context.ts';
import type { ReadFile } from './fields.ts';
import type { Problem } from './problems.ts';

/** A message naming a language, in English and French (the language named in each). */
function languageMessage(
  key: ContributorKey,
  values: MessageValues & { language: Locale },
): { message: string; fr: string } {
  const said = (locale: Locale) =>
    say(locale, key, { ...values, language: say(locale, `language.${values.language}`) });
  return { message: said('en'), fr: said('fr') };
}

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
        ...languageMessage('translation.missing', { language: missing, file: missingFile }),
        severity: 'warning',
      });
      if (declared && declared !== original) {
        problems.push({
          file: source.file,
          line: source.locator?.line(['original']),
          field: 'original',
          ...languageMessage('translation.original', {
            language: declared,
            declared: JSON.stringify(declared),
            original: JSON.stringify(original),
          }),
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
            ...both('translation.different', {
              file: source.file,
              original,
              originalValue: JSON.stringify(difference[original]),
              locale,
              value: JSON.stringify(difference[locale]),
            }),
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
        ...both('translation.outdated', {
          file: source.file,
          changed: isoDay(status[original].updated),
          updated: isoDay(state.updated),
        }),
        severity: 'warning',
      });
    }
  }
  return problems;
}
