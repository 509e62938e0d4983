import { defineHastPlugin, type HastPluginEntry } from 'satteri';
import { frenchSpacing } from '../utils/typography.ts';

/**
 * Sätteri plugin: French typographic spacing in the text of French content files (those under a
 * `fr/` folder). Code is left alone.
 */
export function frenchSpacingPlugin(): HastPluginEntry {
  return (context) => {
    if (!context.fileURL || !/\/fr\//.test(context.fileURL.pathname)) return null;
    return defineHastPlugin({
      name: 'french-spacing',
      text(node, visitor) {
        const parent = visitor.parent(node);
        if (parent?.type === 'element' && (parent.tagName === 'code' || parent.tagName === 'pre'))
          return undefined;
        const value = frenchSpacing(node.value);
        return value === node.value ? undefined : { type: 'text', value };
      },
    });
  };
}
