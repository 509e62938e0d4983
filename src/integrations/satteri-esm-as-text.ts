import { resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { defineMdastPlugin, type MdastPluginEntry } from 'satteri';
import { contentDir } from '../data/content-dir.ts';

/**
 * Sätteri plugin: in content files, a paragraph that starts with "import " or "export " is text.
 * MDX reads such a paragraph as JavaScript, so French prose like "export des données…" would stop
 * the build with a syntax error. Content never holds code (`npm run check:content` refuses real
 * imports and exports before the build), so every such block is shown as the paragraph it was meant to be.
 */
export function esmAsTextPlugin(): MdastPluginEntry {
  const folder = resolve(contentDir) + sep;
  return (context) => {
    if (!context.fileURL || !fileURLToPath(context.fileURL).startsWith(folder)) return null;
    return defineMdastPlugin({
      name: 'esm-as-text',
      mdxjsEsm(node) {
        return { type: 'paragraph', children: [{ type: 'text', value: node.value }] };
      },
    });
  };
}
