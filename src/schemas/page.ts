import { z } from 'astro/zod';
import { refuseHiddenCharacters } from './characters.ts';
import { citationSchema } from './citation.ts';
import { LocaleSchema } from './common.ts';
import type { Vocabularies } from './vocabulary.ts';

// Each field documents itself with `.describe()` (see case.ts): the web editor shows it as the field's help.

/** A standalone page (about, accessibility statement, contribute…), given the ids of the sources it may cite. */
export function pageSchema(vocabularies: Pick<Vocabularies, 'sources'>) {
  return z
    .object({
      title: z
        .string()
        .trim()
        .min(2)
        .max(120)
        .describe('The page title, in the language of the file.'),
      description: z
        .string()
        .trim()
        .min(20)
        .max(300)
        .describe('One sentence for search engines and link previews.'),
      sources: z
        .array(citationSchema(vocabularies))
        .default([])
        .describe('The documents the page draws on, if any.'),
      original: LocaleSchema.default('fr').describe('The language the page was first written in.'),
    })
    .strict()
    .superRefine(refuseHiddenCharacters());
}

export type PageData = z.output<ReturnType<typeof pageSchema>>;
