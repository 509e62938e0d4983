import { defineCollection } from 'astro:content';
import { file, glob } from 'astro/loaders';
import { contentDir } from './data/content-dir.ts';
import { readVocabularies } from './data/vocabularies.ts';
import { entrySchemas, listSchemas } from './schemas/collections.ts';
import { proposalsIntroSchema } from './schemas/proposal.ts';
import { vocabularyFiles, vocabularyNames, type VocabularyName } from './schemas/vocabulary.ts';

// The controlled lists, read once: the schemas check ids against them. A broken list stops the build
// here with its file and line (Astro's file loader would only log it and carry on with an empty collection).
const vocabularies = readVocabularies(contentDir);
const entries = entrySchemas(vocabularies);
const lists = listSchemas(vocabularies);

/** MDX in one folder per language; an entry's id is `<locale>/<slug>`, so the language comes from the path. */
const localizedMdx = (folder: string) =>
  glob({ base: `${contentDir}/${folder}`, pattern: '**/*.mdx' });

/**
 * A collection per controlled list of `vocabularyFiles`, named as it is, with the schema of its
 * entries (typed per list, so that `getCollection('themes')` returns terms).
 */
const listCollections = Object.fromEntries(
  vocabularyNames.map((name) => [
    name,
    defineCollection({
      loader: file(`${contentDir}/${vocabularyFiles[name]}`),
      schema: lists[name],
    }),
  ]),
) as { [K in VocabularyName]: { loader: ReturnType<typeof file>; schema: (typeof lists)[K] } };

export const collections = {
  cases: defineCollection({ loader: localizedMdx('cases'), schema: entries.cases }),
  voices: defineCollection({ loader: localizedMdx('voices'), schema: entries.voices }),
  pages: defineCollection({ loader: localizedMdx('pages'), schema: entries.pages }),
  ...listCollections,
  proposalsIntro: defineCollection({
    loader: file(`${contentDir}/proposals/introduction.yaml`),
    schema: proposalsIntroSchema(vocabularies),
  }),
};
