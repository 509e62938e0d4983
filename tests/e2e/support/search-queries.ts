// The queries a teacher or an elected official would type, with the practices that must come up
// in the first three results, and why. Chosen by reading the eleven case studies
// (content/cases/{fr,en}), never from what the index returns. Run by search.spec.ts through the
// real search page in Chromium against the built site.
import type { Locale } from '../../../src/i18n/config.ts';

export interface SearchQuery {
  locale: Locale;
  /** Exactly what the reader types (or finds in a shared link's `q`). */
  query: string;
  /** Filters ticked, by query parameter of the page's language, as in a shared link. */
  filters?: Record<string, string>;
  /** Practice slugs that must all be among the first three results. */
  top3: string[];
  /** Practice slugs that must not be in the results at all. */
  absent?: string[];
  /** Why these are the right answers. */
  why: string;
}

const ENT_CASES = ['ent-academie-nancy-metz', 'ent-parents-ecole-jean-jaures'];

export const searchQueries: SearchQuery[] = [
  // French: elisions, typed with any apostrophe.
  {
    locale: 'fr',
    query: 'école',
    top3: ['ent-parents-ecole-jean-jaures', 'saint-etienne-ecole-design-numerique'],
    why: 'Both titles name the school with an elision: « L’école Jean-Jaurès », « l’école transformée par le design ».',
  },
  {
    locale: 'fr',
    query: "l'école",
    top3: ['ent-parents-ecole-jean-jaures', 'saint-etienne-ecole-design-numerique'],
    why: 'The same search typed with a straight apostrophe must find the typographic « l’école » of the titles.',
  },
  {
    locale: 'fr',
    query: 'dʼécole',
    top3: ['ent-parents-ecole-jean-jaures', 'saint-etienne-ecole-design-numerique'],
    why: 'An elision typed with the modifier apostrophe (ʼ, as some phone keyboards do) is cut like the others.',
  },
  {
    locale: 'fr',
    query: 'ENT',
    top3: ENT_CASES,
    why: 'The two ENT cases say « l’ENT » throughout; Pagefind alone indexed « l’ent » as one word.',
  },
  {
    locale: 'fr',
    query: "l'ENT",
    top3: ENT_CASES,
    why: 'The elision typed in the query is dropped, as in the index.',
  },
  {
    locale: 'fr',
    query: "école d'ingénieurs",
    top3: ['brest-incubateur-numerique'],
    why: 'Lycée Vauban works with « une école d’ingénieurs », named three times in that case only.',
  },
  {
    locale: 'fr',
    query: "aujourd'hui",
    top3: ['cemea-education-ecrans-basse-normandie'],
    why: '« aujourd’hui » is a word of its own, not an elision; only the Basse-Normandie territory says « aujourd’hui en Normandie ».',
  },
  // French: without accents.
  {
    locale: 'fr',
    query: 'ecrans',
    top3: ['cemea-education-ecrans-basse-normandie'],
    why: '« écrans » typed without its accent: the CEMEA screen education case.',
  },
  {
    locale: 'fr',
    query: 'incubateur numerique',
    top3: ['brest-incubateur-numerique'],
    why: '« numérique » without its accent, with the word that only the Brest incubator case has.',
  },
  {
    locale: 'fr',
    query: 'Saint-Etienne',
    top3: ['saint-etienne-ecole-design-numerique'],
    why: 'A place name typed without its accent.',
  },
  {
    locale: 'fr',
    query: 'coding gouter',
    top3: ['lab28-la-loupe'],
    why: 'Lab28 runs « coding goûters »; the reader typed neither the accent nor the plural.',
  },
  // French: singular and plural, inflections.
  {
    locale: 'fr',
    query: 'écran',
    top3: ['cemea-education-ecrans-basse-normandie'],
    why: 'The case only says « écrans », in the plural.',
  },
  {
    locale: 'fr',
    query: 'écrans',
    top3: ['cemea-education-ecrans-basse-normandie'],
    why: 'The plural, as written in its title.',
  },
  {
    locale: 'fr',
    query: 'parent',
    top3: ENT_CASES,
    why: 'Both ENT cases open their workspace to « parents » (plural only); the singular must find them.',
  },
  {
    locale: 'fr',
    query: 'parents',
    top3: ENT_CASES,
    why: 'The two cases whose titles name the parents.',
  },
  {
    locale: 'fr',
    query: 'robot',
    top3: ['francas-programmation-robots'],
    why: 'Les Francas work « avec des robots »; singular typed.',
  },
  {
    locale: 'fr',
    query: 'robots',
    top3: ['francas-programmation-robots'],
    why: 'The plural, as in the title.',
  },
  {
    locale: 'fr',
    query: 'éduquer aux écrans',
    top3: ['cemea-education-ecrans-basse-normandie'],
    why: 'The verb of the title; « éducation aux écrans » in the text shares its stem.',
  },
  // French: acronyms and their expansions, both ways (the glossary is the list of synonyms).
  {
    locale: 'fr',
    query: 'espace numérique de travail',
    top3: ENT_CASES,
    why: 'The expansion of ENT: the glossary makes it find the pages that say « l’ENT ».',
  },
  {
    locale: 'fr',
    query: 'espaces numeriques de travail',
    top3: ENT_CASES,
    why: 'Plural and without accents, as the glossary lists it among the synonyms of ENT.',
  },
  {
    locale: 'fr',
    query: 'TBI',
    top3: ['ecla-champagne-au-mont-d-or'],
    why: 'ECLA’s rooms have « tableaux blancs interactifs (TBI) ».',
  },
  {
    locale: 'fr',
    query: 'tableau blanc interactif',
    top3: ['ecla-champagne-au-mont-d-or'],
    why: 'The same equipment, spelt out in the singular.',
  },
  // French: what readers look for by name or place.
  {
    locale: 'fr',
    query: 'Lab28',
    top3: ['lab28-la-loupe'],
    why: 'The name of the public start-up of La Loupe.',
  },
  {
    locale: 'fr',
    query: 'Brest',
    top3: ['brest-incubateur-numerique', 'prof-at-brest'],
    why: 'The two cases from Brest.',
  },
  {
    locale: 'fr',
    query: 'Finistère',
    top3: ['brest-incubateur-numerique', 'prof-at-brest'],
    why: 'Brest is in the Finistère, which the site derives from its INSEE code: the text never names it.',
  },
  {
    locale: 'fr',
    query: 'fibre',
    top3: ['parthenay-gatine-strategie-numerique'],
    why: 'Parthenay-Gâtine aims to bring fibre to every resident.',
  },
  {
    locale: 'fr',
    query: 'Fondamentaux',
    top3: ['reseau-canope-services-familles'],
    why: 'Les Fondamentaux, Réseau Canopé’s example.',
  },
  {
    locale: 'fr',
    query: 'learning lab',
    top3: ['ecla-champagne-au-mont-d-or'],
    why: 'ECLA’s learning lab.',
  },
  {
    locale: 'fr',
    query: 'pique-nique',
    top3: ['prof-at-brest'],
    why: 'Brest Métropole organises « pique-niques numériques ».',
  },
  {
    locale: 'fr',
    query: 'inscriptions en ligne',
    top3: ['ent-academie-nancy-metz'],
    why: 'The Nancy-Metz ENT collects data online, « dont les inscriptions ».',
  },
  // French: concepts the glossary names in other words than the cases do.
  {
    locale: 'fr',
    query: 'éducation aux médias',
    top3: ['cemea-education-ecrans-basse-normandie'],
    why: 'The CEMEA case says « éducation aux écrans »; the glossary entry on screen education lists « éducation aux médias ».',
  },
  {
    locale: 'fr',
    query: 'logiciel de vie scolaire',
    top3: ['lab28-la-loupe'],
    why: 'Lab28 uses « un outil de gestion de la vie scolaire »; the glossary names the concept « logiciel de vie scolaire ».',
  },
  {
    locale: 'fr',
    query: 'e-learning',
    top3: ['lab28-la-loupe'],
    why: 'Lab28’s « plateforme d’apprentissage en ligne », which the source calls a « plateforme de e learning ».',
  },
  {
    locale: 'fr',
    query: 'très haut débit',
    top3: ['parthenay-gatine-strategie-numerique'],
    why: 'Parthenay-Gâtine aims at fibre for every resident; the glossary lists « très haut débit » with « fibre ».',
  },
  {
    locale: 'fr',
    query: 'illectronisme',
    top3: ['parthenay-gatine-strategie-numerique'],
    why: 'Parthenay-Gâtine’s help points for people « éloignées du numérique »; the glossary lists « illectronisme » with « fracture numérique ».',
  },
  // French: a query combined with a filter.
  {
    locale: 'fr',
    query: 'parents',
    filters: { niveau: 'ecole' },
    top3: ['ent-parents-ecole-jean-jaures'],
    absent: ['ent-academie-nancy-metz'],
    why: 'Of the two ENT cases for parents, only Jean-Jaurès is a primary school (école); Nancy-Metz serves collèges and lycées.',
  },
  {
    locale: 'fr',
    query: 'robots',
    filters: { continuite: 'parcours' },
    top3: [],
    absent: ['francas-programmation-robots', 'lab28-la-loupe'],
    why: 'The robot workshops belong to the pupil’s day, not to the school path: nothing must come back.',
  },
  // English.
  {
    locale: 'en',
    query: 'ENT',
    top3: ENT_CASES,
    why: 'The English cases keep the French acronym: « digital workspace (ENT) ».',
  },
  {
    locale: 'en',
    query: 'digital workspace',
    top3: ENT_CASES,
    why: 'The English name of the ENT, in both titles.',
  },
  {
    locale: 'en',
    query: 'parent portal',
    top3: ENT_CASES,
    why: 'A synonym of ENT from the glossary that the cases never use.',
  },
  {
    locale: 'en',
    query: 'screens',
    top3: ['cemea-education-ecrans-basse-normandie'],
    why: 'The CEMEA screen education programme.',
  },
  {
    locale: 'en',
    query: 'screen',
    top3: ['cemea-education-ecrans-basse-normandie'],
    why: 'Singular: the title says « Screen education ».',
  },
  {
    locale: 'en',
    query: 'robot',
    top3: ['francas-programmation-robots'],
    why: 'Les Francas’ sessions with robots.',
  },
  {
    locale: 'en',
    query: 'coding',
    top3: ['francas-programmation-robots', 'lab28-la-loupe'],
    why: 'Coding through play (Francas) and coding goûters (Lab28).',
  },
  {
    locale: 'en',
    query: 'parents',
    top3: ENT_CASES,
    why: 'Both ENT cases open their workspace to parents.',
  },
  {
    locale: 'en',
    query: 'fibre',
    top3: ['parthenay-gatine-strategie-numerique'],
    why: 'Every resident connected to fibre.',
  },
  // English: the words an English reader types for concepts the cases name otherwise (glossary synonyms).
  {
    locale: 'en',
    query: 'media literacy',
    top3: ['cemea-education-ecrans-basse-normandie'],
    why: 'The CEMEA case is about screen education; the glossary gives “media literacy” as its English synonym.',
  },
  {
    locale: 'en',
    query: 'media education',
    top3: ['cemea-education-ecrans-basse-normandie'],
    why: 'Another way of naming the CEMEA programme’s field, from the same glossary entry.',
  },
  {
    locale: 'en',
    query: 'e-learning platform',
    top3: ['lab28-la-loupe'],
    why: 'Lab28 says “an online learning platform”; the glossary lists “e-learning platform”.',
  },
  {
    locale: 'en',
    query: 'virtual learning environment',
    top3: ['lab28-la-loupe'],
    why: 'The British name of the same tool, from the same glossary entry.',
  },
  {
    locale: 'en',
    query: 'school management software',
    top3: ['lab28-la-loupe'],
    why: 'Lab28 says “a school-life management tool”; the glossary names the concept “school management software”.',
  },
  {
    locale: 'en',
    query: 'broadband',
    top3: ['parthenay-gatine-strategie-numerique'],
    why: 'Parthenay-Gâtine’s fibre for every resident; the glossary lists “broadband” with “fibre”.',
  },
  {
    locale: 'en',
    query: 'fiber',
    top3: ['parthenay-gatine-strategie-numerique'],
    why: 'The American spelling of the case’s “fibre”.',
  },
  {
    locale: 'en',
    query: 'digital inclusion',
    top3: ['parthenay-gatine-strategie-numerique'],
    why: 'Parthenay-Gâtine supports residents who are far from digital tools; the glossary lists “digital inclusion” with “digital divide”.',
  },
  {
    locale: 'en',
    query: 'coding club',
    top3: ['francas-programmation-robots', 'lab28-la-loupe'],
    why: 'Les Francas’ “playful programming” and Lab28’s “coding goûters”: the glossary lists “coding club” with both.',
  },
  {
    locale: 'en',
    query: 'after-school',
    filters: { theme: 'ressources' },
    top3: ['reseau-canope-services-familles'],
    absent: ['prof-at-brest'],
    why: 'Of the two teaching-resources cases, only Réseau Canopé speaks of “out-of-school time”, the glossary’s name for the périscolaire.',
  },
  {
    locale: 'en',
    query: 'flexible learning space',
    top3: ['ecla-champagne-au-mont-d-or'],
    why: 'ECLA’s learning lab; the glossary lists “flexible learning space” with it.',
  },
  {
    locale: 'en',
    query: 'interactive whiteboard',
    top3: ['ecla-champagne-au-mont-d-or'],
    why: 'ECLA’s rooms, singular typed.',
  },
  {
    locale: 'en',
    query: 'picnics',
    top3: ['prof-at-brest'],
    why: 'Brest Métropole’s digital picnics.',
  },
  {
    locale: 'en',
    query: 'Saint-Etienne',
    top3: ['saint-etienne-ecole-design-numerique'],
    why: 'A place name without its accent.',
  },
  {
    locale: 'en',
    query: 'workspace',
    filters: { level: 'college' },
    top3: ['ent-academie-nancy-metz'],
    absent: ['ent-parents-ecole-jean-jaures'],
    why: 'Combined with the collège level, only the Nancy-Metz workspace remains.',
  },
];

/** Browsing by filters alone: exactly these practices, tagged with the value in their frontmatter. */
export const filterBrowses: {
  locale: Locale;
  filters: Record<string, string>;
  cases: string[];
  why: string;
}[] = [
  {
    locale: 'fr',
    filters: { continuite: 'territoire' },
    cases: [
      'cemea-education-ecrans-basse-normandie',
      'ent-academie-nancy-metz',
      'parthenay-gatine-strategie-numerique',
      'saint-etienne-ecole-design-numerique',
    ],
    why: 'The four cases whose continuity includes « territoire ».',
  },
  {
    locale: 'en',
    filters: { theme: 'code-robotique', level: 'college' },
    cases: ['lab28-la-loupe'],
    why: 'Coding and robotics at collège level: Lab28 only; the source names no school level for Les Francas.',
  },
];
