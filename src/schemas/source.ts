import { z } from 'astro/zod';
import { IdSchema, LocaleSchema, LocalizedStringSchema } from './common.ts';

/** A document the site's facts come from. Every case, interview and page cites one. */
export const SourceSchema = z.strictObject({
  /** Stable id cited by content, for example "comite-partenaires-2015". */
  id: IdSchema,
  /** The document's own title, in its own language. */
  title: z.string().min(1),
  /** Who published it, as the document says; leave out when it does not say. */
  publisher: z.string().min(1).optional(),
  /** When it was published or held, as precisely as the document says ("2015-10-01", "2020-11"); leave out when unknown. */
  date: z
    .string()
    .regex(/^\d{4}(-\d{2}(-\d{2})?)?$/, 'write the date as YYYY, YYYY-MM or YYYY-MM-DD')
    .optional(),
  /** Language of the document. */
  language: LocaleSchema,
  /** What the document is and what the site takes from it, in both languages. */
  description: LocalizedStringSchema,
  /** Notes on the document's reliability (a machine translation, for example), in both languages. */
  caveat: LocalizedStringSchema.optional(),
});

export type Source = z.output<typeof SourceSchema>;
