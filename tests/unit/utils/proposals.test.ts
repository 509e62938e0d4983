import { describe, expect, test } from 'vitest';
import type { Proposal, ProposalTheme } from '../../../src/schemas/proposal.ts';
import { proposalAnchor, proposalSections } from '../../../src/utils/proposals.ts';

const theme = (id: string): ProposalTheme => ({ id, label: { fr: id, en: id } }) as ProposalTheme;
const proposal = (number: number, themeId: string, id = proposalAnchor(number)): Proposal =>
  ({ id, number, theme: themeId, title: { fr: `P${number}`, en: `P${number}` } }) as Proposal;

describe('the proposals page sections', () => {
  test('groups proposals under their theme, in number order, with the range of numbers', () => {
    const sections = proposalSections(
      [theme('a'), theme('b')],
      [proposal(3, 'b'), proposal(1, 'a'), proposal(2, 'a')],
    );
    expect(
      sections.map((section) => [
        section.theme.id,
        section.proposals.map((entry) => entry.number),
        section.first,
        section.last,
      ]),
    ).toEqual([
      ['a', [1, 2], 1, 2],
      ['b', [3], 3, 3],
    ]);
  });

  test('anchors are the ids cases cite, on two digits', () => {
    expect(proposalAnchor(7)).toBe('egne-07');
    expect(proposalAnchor(40)).toBe('egne-40');
  });

  test('a gap, a duplicate number, an id that does not match its number or an empty theme stops the build', () => {
    expect(() => proposalSections([theme('a')], [proposal(1, 'a'), proposal(3, 'a')])).toThrow(
      /missing: 2/,
    );
    expect(() =>
      proposalSections([theme('a')], [proposal(1, 'a'), proposal(1, 'a', 'egne-02')]),
    ).toThrow(/number 1 is used by egne-01 and egne-02/);
    expect(() => proposalSections([theme('a')], [proposal(1, 'a', 'egne-1')])).toThrow(
      /egne-1: the id of proposal 1 must be "egne-01"/,
    );
    expect(() => proposalSections([theme('a'), theme('b')], [proposal(1, 'a')])).toThrow(
      /content\/proposals\/proposals\.yaml: theme "b" has no proposal/,
    );
  });
});
