import { z } from 'astro/zod';
import { locales } from '../i18n/config.ts';
import { notOneOf } from '../utils/suggest.ts';
import type { Ids } from './vocabulary.ts';

/** A text given in both languages of the site. */
export const LocalizedStringSchema = z.strictObject({
  /** The French text. */
  fr: z.string().trim().min(1, 'the French text is empty'),
  /** The English text. */
  en: z.string().trim().min(1, 'the English text is empty'),
});

/** A list of texts given in both languages of the site. */
export const LocalizedListSchema = z.strictObject({
  /** The French items. */
  fr: z.array(z.string().trim().min(1)).min(1),
  /** The English items, in the same order. */
  en: z.array(z.string().trim().min(1)).min(1),
});

/**
 * The shape of every stable id (a taxonomy value, a case's file name, a page): lowercase ASCII words
 * joined by hyphens. The one copy: schemas, the vocabulary reader, the content check and `new:case` use it.
 */
export const idPattern = /^[a-z0-9]+(-[a-z0-9]+)*$/;

/** A stable id: lowercase ASCII words joined by hyphens, never a display label. */
export const IdSchema = z
  .string()
  .regex(
    idPattern,
    'use lowercase ASCII letters, digits and hyphens (for example "lab28-la-loupe")',
  );

/** One of the site's languages. */
export const LocaleSchema = z.enum(locales, { error: (issue) => notOneOf(issue.input, locales) });

/**
 * An id that must be one of `ids` (a controlled list of `content/`, see `Vocabularies`); the error
 * lists the allowed values and suggests the closest one.
 * @example idFrom(vocabularies.levels).parse('lycée') // throws '"lycée" is not one of ecole | college | lycee (did you mean "lycee"?)'
 */
export function idFrom(ids: Ids) {
  return z.enum(ids, { error: (issue) => notOneOf(issue.input, ids) });
}

/**
 * Whether a text is a day of the calendar written `YYYY-MM-DD` (`2026-02-30` is not).
 * @example isCalendarDate('2024-02-29') // true
 */
export function isCalendarDate(text: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(text)) return false;
  const date = new Date(`${text}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === text;
}

// A contributor a few hours ahead of UTC writes today's date: it is not in the future.
const aheadOfUtc = 14 * 60 * 60 * 1000;

/**
 * A day of the calendar written `YYYY-MM-DD`, not in the future. YAML reads an unquoted date as a
 * date at midnight UTC and the content check reads it as text: both are accepted, and nothing else
 * (`true`, `"1"` or `[2020]`, which a lax conversion would turn into 1970, 2001 or 2020).
 */
export const DateSchema = z
  .preprocess(
    (value) =>
      typeof value === 'string' && isCalendarDate(value) ? new Date(`${value}T00:00:00Z`) : value,
    z.date({ error: 'expected a date of the calendar written YYYY-MM-DD, for example 2024-05-31' }),
  )
  .refine((date) => date.getTime() % 86_400_000 === 0, {
    message: 'expected a day written YYYY-MM-DD, without a time',
    params: { key: 'field.dateTime' },
  })
  .refine((date) => date.getTime() <= Date.now() + aheadOfUtc, {
    message: 'a date in the future: write the day it happened (YYYY-MM-DD)',
    params: { key: 'field.futureDate' },
  });

/**
 * A list of ids of a controlled list (see `idFrom`), each given once.
 * @example idList(vocabularies.themes).parse(['ent', 'ent']) // throws '"ent" is listed twice: give each value once'
 */
export function idList(ids: Ids) {
  return z.array(idFrom(ids)).superRefine((values, context) => {
    values.forEach((value, index) => {
      if (values.indexOf(value) !== index)
        context.addIssue({
          code: 'custom',
          path: [index],
          message: `"${value}" is listed twice: give each value once`,
          params: { key: 'field.listedTwice', values: { value: JSON.stringify(value) } },
        });
    });
  });
}
