import type { Proposal, ProposalTheme } from '../schemas/proposal.ts';
import { ContentError } from './translations.ts';

/** A theme of the EGNé with its proposals, in the order of their numbers. */
export interface ProposalSection {
  theme: ProposalTheme;
  proposals: Proposal[];
  /** The number of its first and last proposal. */
  first: number;
  last: number;
}

/** The anchor of a proposal on the proposals page: its number on two digits, as cases cite it. */
export const proposalAnchor = (number: number) => `egne-${String(number).padStart(2, '0')}`;

/**
 * The proposals grouped by theme, in the order of the themes file. Stops the build when the
 * numbering has a gap or a duplicate, when an id does not match its number (pages link to
 * `#egne-07`), or when a theme has no proposal.
 * @example proposalSections(themes, proposals)[0] // { theme: { id: 'gouvernance', … }, proposals: [egne-01 … egne-05], first: 1, last: 5 }
 */
export function proposalSections(
  themes: readonly ProposalTheme[],
  proposals: readonly Proposal[],
  file = 'content/proposals/proposals.yaml',
): ProposalSection[] {
  const problems: string[] = [];
  const byNumber = new Map<number, Proposal[]>();
  for (const proposal of proposals)
    byNumber.set(proposal.number, [...(byNumber.get(proposal.number) ?? []), proposal]);
  for (const [number, same] of byNumber) {
    if (same.length > 1)
      problems.push(
        `number ${number} is used by ${same.map((proposal) => proposal.id).join(' and ')}`,
      );
  }
  const missing = Array.from({ length: proposals.length }, (_, index) => index + 1).filter(
    (number) => !byNumber.has(number),
  );
  if (missing.length)
    problems.push(
      `numbers must run from 1 to ${proposals.length} without a gap; missing: ${missing.join(', ')}`,
    );
  for (const proposal of proposals) {
    if (proposal.id !== proposalAnchor(proposal.number))
      problems.push(
        `${proposal.id}: the id of proposal ${proposal.number} must be "${proposalAnchor(proposal.number)}"`,
      );
  }
  const sections = themes.map((theme) => {
    const own = proposals
      .filter((proposal) => proposal.theme === theme.id)
      .sort((a, b) => a.number - b.number);
    if (own.length === 0) problems.push(`theme "${theme.id}" has no proposal`);
    return { theme, proposals: own, first: own[0]?.number ?? 0, last: own.at(-1)?.number ?? 0 };
  });
  if (problems.length) throw new ContentError(`${file}: ${problems.join('; ')}`);
  return sections;
}
