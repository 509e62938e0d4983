import { z } from 'astro/zod';
import { idFrom } from './common.ts';

/** Where in the sources a text comes from. Each field documents itself with `.describe()` (see case.ts). */
export const CitationSchema = z.object({
  id: idFrom('sources').describe('The id of the document in content/sources.yaml.'),
  section: z
    .string()
    .min(1)
    .optional()
    .describe('The part of the document, in the language of the file (for example "2e table ronde", "Round table 2").'),
});

export type Citation = z.output<typeof CitationSchema>;
