import { z } from 'astro/zod';
import { citationSchema } from './citation.ts';
import { LocaleSchema } from './common.ts';
import type { Vocabularies } from './vocabulary.ts';

/** Someone who speaks in an interview. */
export const SpeakerSchema = z
  .object({
    /** Full name. */
    name: z.string().min(1),
    /** Their role at the time of the interview, in the language of the file. */
    role: z.string().min(1),
  })
  .strict();

/** An interview: who speaks, in what role, and its key points in our own words; given the ids of the sources it may cite. */
export function voiceSchema(vocabularies: Pick<Vocabularies, 'sources'>) {
  return z
    .object({
      /** The title, in the language of the file. */
      title: z.string().trim().min(5).max(140),
      /** One or two sentences on what the interview is about. */
      summary: z.string().trim().min(20).max(400),
      /** The people interviewed. */
      speakers: z.array(SpeakerSchema).min(1),
      /** The document the interview comes from. */
      source: citationSchema(vocabularies),
      /** The language the page was first written in. */
      original: LocaleSchema.default('fr'),
    })
    .strict();
}

export type VoiceData = z.output<ReturnType<typeof voiceSchema>>;
