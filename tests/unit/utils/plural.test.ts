import { describe, expect, test } from 'vitest';
import { pluralTemplates } from '../../../src/i18n/plural-templates.ts';
import { useTranslations } from '../../../src/i18n/translate.ts';
import { fillTemplate, formatPlural } from '../../../src/utils/plural.ts';

describe('plural messages in the browser', () => {
  test('are worded exactly as the build words them', () => {
    for (const locale of ['fr', 'en'] as const) {
      const t = useTranslations(locale);
      for (const count of [0, 1, 2, 11, 2000]) {
        expect(formatPlural(pluralTemplates(locale, 'cases.count'), count, locale)).toBe(
          t('cases.count', { count }),
        );
        expect(
          formatPlural(pluralTemplates(locale, 'catalogue.results'), count, locale, { total: 11 }),
        ).toBe(t('catalogue.results', { count, total: 11 }));
        expect(
          formatPlural(pluralTemplates(locale, 'catalogue.compareChosen'), count, locale),
        ).toBe(t('catalogue.compareChosen', { count }));
      }
    }
  });

  test('a key without plural forms gives its text', () => {
    expect(pluralTemplates('en', 'compare.ready')).toEqual({
      other: '{{count}} practices side by side.',
    });
    expect(fillTemplate('{{count}} of {{ total }}, {{missing}}', { count: 2, total: 11 })).toBe(
      '2 of 11, {{missing}}',
    );
  });
});
