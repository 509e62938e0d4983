import { describe, expect, test } from 'vitest';
import { githubAnnotation, summarize } from '../../../scripts/content-check/problems.ts';
import { contributorLocale, say, withoutLang } from '../../../src/i18n/contributor/index.ts';
import { en } from '../../../src/i18n/contributor/en.ts';
import { fr } from '../../../src/i18n/contributor/fr.ts';

describe('the contributor commands’ language', () => {
  test('comes from --lang, else LC_ALL, else LANG (French when it starts with fr), else French', () => {
    expect(contributorLocale(['--lang', 'en'], { LANG: 'fr_FR.UTF-8' })).toEqual({ locale: 'en' });
    expect(contributorLocale(['--lang=fr'], { LANG: 'en_GB.UTF-8' })).toEqual({ locale: 'fr' });
    expect(contributorLocale([], { LANG: 'fr_BE.UTF-8' })).toEqual({ locale: 'fr' });
    expect(contributorLocale([], { LANG: 'en_US.UTF-8' })).toEqual({ locale: 'en' });
    expect(contributorLocale([], { LANG: 'de_DE.UTF-8' })).toEqual({ locale: 'en' });
    expect(contributorLocale([], { LC_ALL: 'fr_CA.UTF-8', LANG: 'en_US.UTF-8' })).toEqual({
      locale: 'fr',
    });
    expect(contributorLocale([], {})).toEqual({ locale: 'fr' });
    expect(contributorLocale([], { LANG: 'C.UTF-8' })).toEqual({ locale: 'fr' });
    expect(contributorLocale(['--lang', 'de'], { LANG: 'en_US' })).toEqual({
      locale: 'en',
      invalid: 'de',
    });
    expect(withoutLang(['content', '--lang', 'en', '--only-unsafe'])).toEqual([
      'content',
      '--only-unsafe',
    ]);
    expect(withoutLang(['--lang=fr', 'content'])).toEqual(['content']);
  });

  test('has the same keys, in the same order, in both dictionaries, every value filled the same way', () => {
    expect(Object.keys(fr)).toEqual(Object.keys(en));
    const placeholders = (text: string) =>
      [...text.matchAll(/\{\{(\w+)\}\}/g)].map((m) => m[1]).sort();
    for (const key of Object.keys(en) as (keyof typeof en)[])
      expect(placeholders(fr[key]), key).toEqual(placeholders(en[key]));
  });

  test('fills values and chooses the plural form each language uses', () => {
    expect(say('en', 'summary.error', { count: 1 })).toBe('1 error');
    expect(say('en', 'summary.error', { count: 0 })).toBe('0 errors');
    expect(say('fr', 'summary.error', { count: 0 })).toBe('0 erreur');
    expect(say('fr', 'summary.error', { count: 3 })).toBe('3 erreurs');
    expect(say('fr', 'file.tooLarge', { size: 300, limit: 256 })).toBe(
      'trop gros pour être vérifié : 300 Ko, au plus 256 Ko',
    );
    expect(say('en', 'field.listedTwice', { value: '"ent"' })).toBe(
      '"ent" is listed twice: give each value once',
    );
  });

  test('summarises a run in either language, and annotates in French then English', () => {
    const problems = [
      { file: 'a.mdx', line: 2, field: 'title', message: 'm', fr: 'f', severity: 'error' as const },
      { file: 'b.mdx', message: 'w', severity: 'warning' as const },
    ];
    expect(summarize(problems, 12, 250, 'fr')).toBe(
      '✖ 1 erreur et 1 avertissement dans 2 fichiers (12 fichiers de contenu vérifiés en 0.25 s) : corrigez les erreurs pour que le site puisse être construit.',
    );
    expect(summarize(problems, 12, 250, 'en')).toBe(
      '✖ 1 error and 1 warning in 2 files (12 content files checked in 0.25 s): fix the errors before the site can be built.',
    );
    expect(summarize([], 12, 250, 'fr')).toBe(
      '✔ 12 fichiers de contenu vérifiés en 0.25 s : aucun problème.',
    );
    expect(githubAnnotation(problems[0]!)).toBe('::error file=a.mdx,line=2,title=title::f%0Am');
  });
});
