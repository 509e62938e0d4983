import { z } from 'astro/zod';
import { refuseHiddenCharacters } from './characters.ts';
import { citationSchema } from './citation.ts';
import { LocaleSchema } from './common.ts';
import type { Vocabularies } from './vocabulary.ts';

// Each field documents itself with `.describe()` (see case.ts): the web editor shows it as the field's help.

/** Someone who speaks in an interview. */
export const SpeakerSchema = z
  .object({
    name: z.string().min(1).describe('Full name.'),
    role: z
      .string()
      .min(1)
      .describe('Their role at the time of the interview, in the language of the file.'),
  })
  .strict();

/** An interview: who speaks, in what role, and its key points in our own words; given the ids of the sources it may cite. */
export function voiceSchema(vocabularies: Pick<Vocabularies, 'sources'>) {
  return z
    .object({
      title: z.string().trim().min(5).max(140).describe('The title, in the language of the file.'),
      summary: z
        .string()
        .trim()
        .min(20)
        .max(400)
        .describe('One or two sentences on what the interview is about.'),
      speakers: z.array(SpeakerSchema).min(1).describe('The people interviewed.'),
      source: citationSchema(vocabularies).describe('The document the interview comes from.'),
      original: LocaleSchema.default('fr').describe('The language the page was first written in.'),
    })
    .strict()
    .superRefine(refuseHiddenCharacters());
}

export type VoiceData = z.output<ReturnType<typeof voiceSchema>>;
