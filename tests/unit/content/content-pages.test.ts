import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import yaml from 'js-yaml';
import { z } from 'astro/zod';
import { describe, expect, test } from 'vitest';
import { GlossaryTermSchema } from '../../../src/schemas/glossary.ts';
import { pageSchema } from '../../../src/schemas/page.ts';
import { proposalSchema, proposalsIntroSchema, ProposalThemeSchema } from '../../../src/schemas/proposal.ts';
import { SourceSchema } from '../../../src/schemas/source.ts';
import { voiceSchema } from '../../../src/schemas/voice.ts';
import { proposalSections } from '../../../src/utils/proposals.ts';
import { siteVocabularies } from '../support/site-content.ts';

// The site's own content, read as the build reads it: these tests fail when an author breaks it.
const readYaml = (file: string) => yaml.load(readFileSync(join('content', file), 'utf8'));
const readMdx = (file: string) => {
  const [, frontmatter = '', body = ''] = /^---\n([\s\S]*?)\n---\n([\s\S]*)$/.exec(readFileSync(join('content', file), 'utf8')) ?? [];
  return { data: yaml.load(frontmatter), body };
};
const locales = ['fr', 'en'] as const;
const interviews = ['partenariat-villes-internet', 'allard-groupe-de-travail'];

describe('the interviews', () => {
  test.each(interviews)('%s exists in French and English, with speakers and a source', (id) => {
    for (const locale of locales) {
      const { data, body } = readMdx(`voices/${locale}/${id}.mdx`);
      const voice = voiceSchema(siteVocabularies).parse(data);
      expect(voice.speakers.length).toBeGreaterThan(0);
      expect(body.split(/\s+/).length).toBeGreaterThan(300);
    }
  });

  test.each(interviews.flatMap((id) => locales.map((locale) => `voices/${locale}/${id}.mdx`)))('every quotation in %s is shorter than 12 words', (file) => {
    const text = readFileSync(join('content', file), 'utf8');
    const quotes = [...text.matchAll(/«([^»]*)»|“([^”]*)”/g)].map((match) => (match[1] ?? match[2])!.trim());
    expect(quotes.length).toBeGreaterThan(0);
    const long = quotes.filter((quote) => quote.split(/[\s\u00A0\u202F]+/).filter(Boolean).length >= 12);
    expect(long).toEqual([]);
  });
});

describe('the about page', () => {
  test.each(locales)('exists in %s, cites its sources and names the eleven partners', (locale) => {
    const { data, body } = readMdx(`pages/${locale}/about.mdx`);
    const page = pageSchema(siteVocabularies).parse(data);
    expect(page.sources.map((source) => source.id)).toContain('comite-partenaires-2015');
    const partners = /\n### (?:Ses onze partenaires|Its eleven partners)\n\n[^\n]+\n\n((?:- [^\n]+\n)+)/.exec(body)?.[1];
    expect(partners?.trim().split('\n')).toHaveLength(11);
    for (const acronym of ['AMF', 'AMRF', 'ADF', 'ARF', 'AMGVF', 'AVI', 'RFVE', 'AMVBF']) expect(partners).toContain(`(${acronym})`);
  });
});

describe('the glossary', () => {
  const glossary = z.array(GlossaryTermSchema).parse(readYaml('glossary.yaml'));

  test('has at least 15 terms with unique ids and every field written in both languages', () => {
    expect(glossary.length).toBeGreaterThanOrEqual(15);
    expect(new Set(glossary.map((term) => term.id)).size).toBe(glossary.length);
    for (const term of glossary) {
      for (const locale of locales) {
        expect(term.term[locale].trim(), `${term.id}.term.${locale}`).not.toBe('');
        expect(term.expansion[locale].trim(), `${term.id}.expansion.${locale}`).not.toBe('');
        expect(term.definition[locale].length, `${term.id}.definition.${locale}`).toBeGreaterThan(40);
        expect(term.synonyms[locale].length, `${term.id}.synonyms.${locale}`).toBeGreaterThan(0);
      }
    }
  });

  test('explains every acronym the sources use', () => {
    const terms = new Set(glossary.flatMap((term) => [term.term.fr, ...term.synonyms.fr]));
    const acronyms = ['ENT', 'CRCN', 'Pix', 'Pix+Édu', 'B2i', 'CNED', 'CLEMI', 'Canopé', 'ONISEP', 'TBI', 'AMF', 'AMRF', 'ADF', 'ARF', 'AMGVF', 'AVI', 'RFVE', 'AMVBF', 'RGPD', 'EGNé', 'loi Peillon', 'GAIA-X', 'TNE', 'CEMEA', 'ENS', 'EPCI', 'DNE', 'MEN'];
    expect(acronyms.filter((acronym) => !terms.has(acronym))).toEqual([]);
  });

  test('the synonyms let search find an acronym from its expansion', () => {
    const ent = glossary.find((term) => term.id === 'ent')!;
    expect(ent.synonyms.fr).toContain('espace numérique de travail');
    expect(ent.synonyms.en).toContain('digital workspace');
  });

  test('never makes the staff work environment of EGNé proposal 22 a synonym of the school ENT', () => {
    const ent = glossary.find((term) => term.id === 'ent')!;
    expect([...ent.synonyms.fr, ...ent.synonyms.en].map((synonym) => synonym.toLowerCase())).not.toEqual(
      expect.arrayContaining([expect.stringMatching(/environnement numérique de travail|digital work environment/)]),
    );
  });

  test('gives English readers the words they would type for each concept, as synonyms search uses', () => {
    const english = new Map(glossary.flatMap((term) => [term.term.en, ...term.synonyms.en].map((word) => [word.toLowerCase(), term.id])));
    const expected = {
      'media literacy': 'education-ecrans',
      'e-learning platform': 'plateforme-apprentissage',
      'digital workspace': 'ent',
      'school management software': 'logiciel-vie-scolaire',
      broadband: 'fibre',
      'digital inclusion': 'fracture-numerique',
      'coding club': 'programmation-ludique',
      'after-school': 'periscolaire',
    };
    expect(Object.fromEntries(Object.keys(expected).map((word) => [word, english.get(word)]))).toEqual(expected);
  });
});

describe('the EGNé proposals', () => {
  const themes = z.array(ProposalThemeSchema).parse(readYaml('proposals/themes.yaml'));
  const proposals = z.array(proposalSchema(siteVocabularies)).parse(readYaml('proposals/proposals.yaml'));

  test('all 40 are numbered 1 to 40 without a gap, and every theme has proposals', () => {
    expect(proposals).toHaveLength(40);
    const sections = proposalSections(themes, proposals);
    expect(sections.map((section) => `${section.first}-${section.last}`)).toEqual(['1-5', '6-13', '14-21', '22-27', '28-37', '38-40']);
  });

  test('the introduction gives the three stages of preparation and cites the source', () => {
    const [intro] = z.array(proposalsIntroSchema(siteVocabularies)).parse(readYaml('proposals/introduction.yaml'));
    expect(intro!.stages).toHaveLength(3);
    expect(intro!.source.id).toBe('egne-2020');
    expect(intro!.outcome.fr).toContain('4 et 5 novembre 2020');
    expect(intro!.outcome.en).toContain('4 and 5 November 2020');
  });
});

describe('the sources', () => {
  const sources = z.array(SourceSchema).parse(readYaml('sources.yaml'));

  test('every source is described in both languages, with a publisher and a language', () => {
    for (const source of sources) {
      expect(source.description.fr.length, source.id).toBeGreaterThan(60);
      expect(source.description.en.length, source.id).toBeGreaterThan(60);
    }
  });

  test('every source the site draws on is cited by a page, an interview or a case', () => {
    const cited = new Set<string>();
    for (const folder of ['cases', 'voices', 'pages']) {
      for (const locale of locales) {
        for (const file of readdirSync(join('content', folder, locale))) {
          for (const match of readFileSync(join('content', folder, locale, file), 'utf8').matchAll(/^\s+(?:- )?id: ([a-z0-9-]+)$/gm)) cited.add(match[1]!);
        }
      }
    }
    const intro = readYaml('proposals/introduction.yaml') as { source: { id: string } }[];
    cited.add(intro[0]!.source.id);
    // The English machine translation only served to check the English interview: the French original is cited.
    expect(sources.map((source) => source.id).filter((id) => !cited.has(id) && id !== 'villes-internet-partenariat-en')).toEqual([]);
  });
});

describe('machine-translation slips', () => {
  const slips = /Villa Internet|Digitalb|gas pedal|containment|States General|Estates General|Internet [Cc]ities|Internet [Cc]ity/;
  const files = (folder: string): string[] =>
    readdirSync(folder, { withFileTypes: true }).flatMap((entry) => (entry.isDirectory() ? files(join(folder, entry.name)) : [join(folder, entry.name)]));

  test('never appear in the content or the interface strings', () => {
    const found = [...files('content'), 'src/i18n/ui/en.ts', 'src/i18n/ui/fr.ts'].filter((file) => slips.test(readFileSync(file, 'utf8')));
    expect(found).toEqual([]);
  });
});
