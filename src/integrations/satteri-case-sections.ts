import { defineHastPlugin, type HastPluginEntry } from 'satteri';
import { sectionsOf } from '../utils/case-sections.ts';

/**
 * Sätteri plugin: in case studies (files under `cases/<lang>/`), mark every top-level block of the
 * body with the section it belongs to (`data-section="benefits"`), from the level-2 headings of the
 * contributor template. The print stylesheet uses it to fit a case on one A4 page.
 */
export function caseSectionsPlugin(): HastPluginEntry {
  return (context) => {
    if (!context.fileURL || !/\/cases\/[a-z]{2}\//.test(context.fileURL.pathname)) return null;
    return defineHastPlugin({
      name: 'case-sections',
      before(root, visitor) {
        const blocks = root.children.flatMap((child) => (child.type === 'element' ? [child] : []));
        const kinds = sectionsOf(
          blocks.map((block) => ({
            heading: block.tagName === 'h2' ? visitor.textContent(block) : undefined,
          })),
        );
        blocks.forEach((block, index) => visitor.setProperty(block, 'dataSection', kinds[index]));
      },
    });
  };
}
