import { z } from 'astro/zod';
import { idFrom } from './common.ts';

/** Where in the sources a text comes from. */
export const CitationSchema = z.object({
  /** The id of the document in content/sources.yaml. */
  id: idFrom('sources'),
  /** The part of the document, in the language of the file (for example "2e table ronde", "Round table 2"). */
  section: z.string().min(1).optional(),
});

export type Citation = z.output<typeof CitationSchema>;
