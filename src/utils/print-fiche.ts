import { caseSectionKind, type CaseSectionKind } from './case-sections.ts';

/**
 * A rough model of the printed fiche (see the print rules of global.css): A4 with 11 mm margins,
 * 10 pt text at 1.35 line height in a main column of about 112 mm beside the fact box. It only
 * needs to be cautious: the browser tests print every case and check that it fits one page.
 */
const page = {
  /** Height of the printable area, in mm. */
  height: 297 - 2 * 11,
  /** What the brand line, the continuity tags, the footer line and the page address take, in mm. */
  fixed: 8 + 5 + 16,
  /** One line of body text, in mm (10 pt × 1.35). */
  line: 4.76,
  /** Characters on a line of the main column, and on a full-width line of the summary. */
  columnChars: 62,
  wideChars: 100,
  /** Title: 17 pt serif, in mm per line, and characters per line. */
  titleLine: 8.1,
  titleChars: 62,
  /** The notice of an untranslated copy, condensed for print, in mm. */
  notice: 14,
  /** A section heading with its margins, in mm. */
  heading: 9,
  /** Space under a paragraph or list, in mm. */
  block: 1.5,
  /** Keep this share of the page free, for what the model does not see (hyphenation, long words). */
  safety: 0.05,
} as const;

/** The text of a Markdown block as it reads: link targets, emphasis and list markers removed. */
function plain(markdown: string): string {
  return markdown
    .replace(/!?\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/[*_`]/g, '')
    .replace(/\s+/g, ' ')
    .trim();
}

/** How many lines a text takes at this many characters per line (at least one). */
const lines = (text: string, perLine: number) => Math.max(1, Math.ceil(text.length / perLine));

/**
 * The height of a Markdown section body in the main column, in mm.
 * @example sectionHeight('One short paragraph.') // about 6.3
 */
export function sectionHeight(markdown: string): number {
  let height = 0;
  for (const block of markdown
    .split(/\n\s*\n/)
    .map((part) => part.trim())
    .filter(Boolean)) {
    const items = block.split('\n').filter((line) => /^\s*([-*+]|\d+[.)])\s+/.test(line));
    if (items.length > 0) {
      // List items are indented, so a little narrower.
      height += items.reduce(
        (sum, item) =>
          sum +
          lines(plain(item.replace(/^\s*([-*+]|\d+[.)])\s+/, '')), page.columnChars - 5) *
            page.line +
          0.5,
        0,
      );
    } else {
      height += lines(plain(block), page.columnChars) * page.line;
    }
    height += page.block;
  }
  return height;
}

/**
 * The level-2 sections of a case body, with their kind (from the template headings) and text.
 * @example splitSections('Intro\n\n## Contexte\n\nText') // [{ kind: 'intro', text: 'Intro' }, { kind: 'context', text: 'Text' }]
 */
export function splitSections(body: string): { kind: CaseSectionKind; text: string }[] {
  const sections: { kind: CaseSectionKind; text: string }[] = [{ kind: 'intro', text: '' }];
  for (const line of body.split('\n')) {
    const heading = /^##\s+(.*)$/.exec(line);
    if (heading) sections.push({ kind: caseSectionKind(heading[1]!), text: '' });
    else sections.at(-1)!.text += `${line}\n`;
  }
  return sections
    .map((section) => ({ ...section, text: section.text.trim() }))
    .filter((section) => section.kind !== 'intro' || section.text);
}

/** What the printed fiche of a case holds, for the estimate. */
export interface FicheContent {
  title: string;
  summary: string;
  /** Each actor as printed on one line: name, type and role. */
  actors: string[];
  /** The Markdown body of the case. */
  body: string;
  /** Whether the page shows the notice of an untranslated copy above the case. */
  notice?: boolean;
}

/** The body sections always printed; "what was done" joins them when the page has room. */
export const printedSections: readonly CaseSectionKind[] = ['benefits', 'questions', 'other'];

/**
 * The estimated height, in mm, of everything the fiche prints above the footer line: title,
 * summary, actors and the printed body sections (with "what was done" or not).
 */
export function ficheHeight(content: FicheContent, withWhatWasDone: boolean): number {
  const kinds = withWhatWasDone ? [...printedSections, 'actions'] : printedSections;
  const body = splitSections(content.body)
    .filter((section) => kinds.includes(section.kind))
    .reduce((sum, section) => sum + page.heading + sectionHeight(section.text), 0);
  const head =
    lines(content.title, page.titleChars) * page.titleLine +
    lines(content.summary, page.wideChars) * page.line * 1.05 +
    page.block;
  const actors =
    page.heading +
    content.actors.reduce((sum, actor) => sum + lines(actor, page.columnChars) * page.line + 1, 0);
  return page.fixed + (content.notice ? page.notice : 0) + head + actors + body;
}

/**
 * How a case prints on one A4 page:
 * - `full`: the printed sections and "what was done", the section an elected official misses
 *   most once the context and the conditions are left to the web page;
 * - `standard`: the printed sections only;
 * - `dense`: the printed sections in smaller type, for the longest cases.
 */
export type PrintLayout = 'full' | 'standard' | 'dense';

/**
 * The layout that fits the case on one page, the fullest first.
 * @example printLayout({ title: 'A', summary: 'B', actors: ['C'], body: '## What was done\n\nShort.' }) // 'full'
 */
export function printLayout(content: FicheContent): PrintLayout {
  const room = page.height * (1 - page.safety);
  const hasWhatWasDone = splitSections(content.body).some((section) => section.kind === 'actions');
  if (hasWhatWasDone && ficheHeight(content, true) <= room) return 'full';
  return ficheHeight(content, false) <= room ? 'standard' : 'dense';
}
