import { z } from 'astro/zod';
import { CitationSchema } from './citation.ts';
import { LocaleSchema } from './common.ts';

/** A standalone page (about, accessibility statement, contribute…). */
export const PageSchema = z
  .object({
    /** The page title, in the language of the file. */
    title: z.string().trim().min(2).max(120),
    /** One sentence for search engines and link previews. */
    description: z.string().trim().min(20).max(300),
    /** The documents the page draws on, if any. */
    sources: z.array(CitationSchema).default([]),
    /** The language the page was first written in. */
    original: LocaleSchema.default('fr'),
  })
  .strict();

export type PageData = z.output<typeof PageSchema>;
