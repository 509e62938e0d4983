import { defineCollection } from 'astro:content';
import { file, glob } from 'astro/loaders';
import { CaseSchema } from './schemas/case.ts';
import { GlossaryTermSchema } from './schemas/glossary.ts';
import { PageSchema } from './schemas/page.ts';
import { VoiceSchema } from './schemas/voice.ts';
import { ProposalSchema, ProposalsIntroSchema, ProposalThemeSchema } from './schemas/proposal.ts';
import { SourceSchema } from './schemas/source.ts';
import { AuthoritySchema, ContinuitySchema, PopulationBandSchema, ScopeSchema, TermSchema } from './schemas/taxonomy.ts';
import { readAllVocabularies, vocabularyFiles } from './schemas/vocabulary.ts';
import { contentDir } from './data/content-dir.ts';

// Astro's file loader only logs a YAML syntax error and carries on with an empty collection.
readAllVocabularies();

/** MDX in one folder per language; an entry's id is `<locale>/<slug>`, so the language comes from the path. */
const localizedMdx = (folder: string) => glob({ base: `${contentDir}/${folder}`, pattern: '**/*.mdx' });
const yamlList = (name: keyof typeof vocabularyFiles) => file(`${contentDir}/${vocabularyFiles[name]}`);

export const collections = {
  cases: defineCollection({ loader: localizedMdx('cases'), schema: CaseSchema }),
  voices: defineCollection({ loader: localizedMdx('voices'), schema: VoiceSchema }),
  pages: defineCollection({ loader: localizedMdx('pages'), schema: PageSchema }),
  continuities: defineCollection({ loader: yamlList('continuities'), schema: ContinuitySchema }),
  themes: defineCollection({ loader: yamlList('themes'), schema: TermSchema }),
  levels: defineCollection({ loader: yamlList('levels'), schema: TermSchema }),
  audiences: defineCollection({ loader: yamlList('audiences'), schema: TermSchema }),
  actorTypes: defineCollection({ loader: yamlList('actorTypes'), schema: TermSchema }),
  authorities: defineCollection({ loader: yamlList('authorities'), schema: AuthoritySchema }),
  scopes: defineCollection({ loader: yamlList('scopes'), schema: ScopeSchema }),
  populationBands: defineCollection({ loader: yamlList('populationBands'), schema: PopulationBandSchema }),
  reviewStatuses: defineCollection({ loader: yamlList('reviewStatuses'), schema: TermSchema }),
  proposalThemes: defineCollection({ loader: yamlList('proposalThemes'), schema: ProposalThemeSchema }),
  proposals: defineCollection({ loader: yamlList('proposals'), schema: ProposalSchema }),
  sources: defineCollection({ loader: yamlList('sources'), schema: SourceSchema }),
  glossary: defineCollection({ loader: yamlList('glossary'), schema: GlossaryTermSchema }),
  proposalsIntro: defineCollection({ loader: file(`${contentDir}/proposals/introduction.yaml`), schema: ProposalsIntroSchema }),
};
