import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { defineHastPlugin, type HastContent, type HastNode, type HastPluginEntry } from 'satteri';
import { contentDir } from '../data/content-dir.ts';
import { textMarker } from '../data/foreign-phrases.ts';
import { hasAncestor } from './satteri-ancestors.ts';
import { explainedFileLocale } from './satteri-glossary.ts';

/** Elements whose text is not prose in the file's language: code, and what is drawn or scripted. */
const UNTOUCHED_ELEMENTS = new Set([
  'code',
  'pre',
  'kbd',
  'samp',
  'script',
  'style',
  'svg',
  'math',
]);

export interface LanguageMarksPluginOptions {
  /** The content folder (default: `CONTINUITES_CONTENT_DIR` or `content/`), resolved from the working directory. */
  contentRoot?: string;
}

/** Whether a node of the tree already says its language (a phrase the author marked by hand). */
function hasLang(node: Readonly<HastNode>): boolean {
  if (node.type === 'element') return node.properties?.lang !== undefined;
  if (node.type === 'mdxJsxTextElement' || node.type === 'mdxJsxFlowElement') {
    return node.attributes.some(
      (attribute) => attribute.type === 'mdxJsxAttribute' && attribute.name === 'lang',
    );
  }
  return false;
}

/**
 * Sätteri plugin: in case studies, interviews and pages, each phrase in the other language that the
 * site knows (see `readForeignPhrases`: on English texts the French names of places and bodies, and
 * phrases marked by hand anywhere in the English content; on French texts the English phrases marked
 * by hand) is wrapped in `<span lang="…">`, so that a screen reader reads it with the right voice
 * (RGAA 8.7, WCAG 3.1.2). What an author already marked, and code, are left alone.
 */
export function languageMarksPlugin(options: LanguageMarksPluginOptions = {}): HastPluginEntry {
  const root = resolve(options.contentRoot ?? contentDir);
  return (context) => {
    if (!context.fileURL) return null;
    const lang = explainedFileLocale(fileURLToPath(context.fileURL), root);
    if (!lang) return null;
    const mark = textMarker(lang, root);
    return defineHastPlugin({
      name: 'language-marks',
      text(node, visitor) {
        const untouched = hasAncestor(
          node,
          visitor,
          (parent) =>
            hasLang(parent) ||
            (parent.type === 'element' && UNTOUCHED_ELEMENTS.has(parent.tagName)) ||
            ((parent.type === 'mdxJsxTextElement' || parent.type === 'mdxJsxFlowElement') &&
              Boolean(parent.name && UNTOUCHED_ELEMENTS.has(parent.name))),
        );
        if (untouched) return undefined;
        const runs = mark(node.value);
        if (runs.every((run) => !run.lang)) return undefined;
        visitor.replaceNode(
          node,
          runs.map((run): HastContent =>
            run.lang
              ? {
                  type: 'element',
                  tagName: 'span',
                  properties: { lang: run.lang },
                  children: [{ type: 'text', value: run.text }],
                }
              : { type: 'text', value: run.text },
          ),
        );
        return undefined;
      },
    });
  };
}
