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

/** A calendar date written `YYYY-MM-DD`. */
export const DateSchema = z.coerce.date({ error: 'expected a date written YYYY-MM-DD' });
