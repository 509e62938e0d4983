/**
 * The sections of a case study's body, as the contributor template names them. Pages use the kind
 * to decide what a printed one-page fiche keeps (see the print rules of global.css).
 */
export const caseSectionKinds = [
  'intro',
  'context',
  'actions',
  'roles',
  'benefits',
  'conditions',
  'questions',
  'other',
] as const;
export type CaseSectionKind = (typeof caseSectionKinds)[number];

/** Headings of the template in both languages, and the usual variants, after `normalizeHeading`. */
const headingPatterns: [CaseSectionKind, RegExp][] = [
  ['context', /^(le )?contexte?\b/],
  [
    'actions',
    /^(ce qui (a ete|est) fait|ce qui a ete realise|what (was|has been) done|what they did)\b/,
  ],
  ['roles', /^(qui (a )?fait quoi|who (did|does) what)\b/],
  [
    'benefits',
    /^(ce que (ca|cela) (a )?apporte|ce qu'(il|elle) apporte|les apports|apports|benefices|what (it|this) brings|benefits)\b/,
  ],
  ['conditions', /^(conditions|difficultes|points de vigilance|what it takes|difficulties)\b/],
  ['questions', /^(les )?questions\b/],
];

/**
 * A heading reduced to what matters for matching: lower case, no accents, one kind of apostrophe and space.
 * @example normalizeHeading('Ce que ça apporte') // 'ce que ca apporte'
 */
export function normalizeHeading(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{Mn}/gu, '')
    .replace(/[’ʼ]/g, "'")
    .replace(/\s+/g, ' ')
    .trim()
    .toLowerCase();
}

/**
 * The kind of a case section from its level-2 heading, in French or English; 'other' when the
 * heading is not one of the template's.
 * @example caseSectionKind('Questions à se poser avant de se lancer') // 'questions'
 * @example caseSectionKind('What it brings') // 'benefits'
 * @example caseSectionKind('Chiffres clés') // 'other'
 */
export function caseSectionKind(heading: string): CaseSectionKind {
  const normalized = normalizeHeading(heading);
  return headingPatterns.find(([, pattern]) => pattern.test(normalized))?.[0] ?? 'other';
}

/**
 * The section each top-level block of a body belongs to, given the blocks in order: a level-2
 * heading starts a section; blocks before the first one are the introduction.
 * @example sectionsOf([{ heading: undefined }, { heading: 'Contexte' }, { heading: undefined }]) // ['intro', 'context', 'context']
 */
export function sectionsOf(blocks: readonly { heading: string | undefined }[]): CaseSectionKind[] {
  let current: CaseSectionKind = 'intro';
  return blocks.map(({ heading }) => {
    if (heading !== undefined) current = caseSectionKind(heading);
    return current;
  });
}
