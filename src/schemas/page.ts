import { z } from 'astro/zod';
import { citationSchema } from './citation.ts';
import { LocaleSchema } from './common.ts';
import type { Vocabularies } from './vocabulary.ts';

/** A standalone page (about, accessibility statement, contribute…), given the ids of the sources it may cite. */
export function pageSchema(vocabularies: Pick<Vocabularies, 'sources'>) {
  return z
    .object({
      /** The page title, in the language of the file. */
      title: z.string().trim().min(2).max(120),
      /** One sentence for search engines and link previews. */
      description: z.string().trim().min(20).max(300),
      /** The documents the page draws on, if any. */
      sources: z.array(citationSchema(vocabularies)).default([]),
      /** The language the page was first written in. */
      original: LocaleSchema.default('fr'),
    })
    .strict();
}

export type PageData = z.output<ReturnType<typeof pageSchema>>;
