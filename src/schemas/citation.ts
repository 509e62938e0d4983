import { z } from 'astro/zod';
import { idFrom } from './common.ts';
import type { Vocabularies } from './vocabulary.ts';

/**
 * Where in the sources a text comes from, given the ids of `content/sources.yaml`. Each field
 * documents itself with `.describe()` (see case.ts).
 */
export function citationSchema(vocabularies: Pick<Vocabularies, 'sources'>) {
  return z.object({
    id: idFrom(vocabularies.sources).describe('The id of the document in content/sources.yaml.'),
    section: z
      .string()
      .min(1)
      .optional()
      .describe(
        'The part of the document, in the language of the file (for example "2e table ronde", "Round table 2").',
      ),
  });
}

export type Citation = z.output<ReturnType<typeof citationSchema>>;
