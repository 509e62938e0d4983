import { createHash } from 'node:crypto';
import { readBuiltPage } from './built-html.ts';

/**
 * Attributes whose values are words, addresses or drawing coordinates: two pages that differ only
 * there (two départements, two practices of the same shape) present the same markup to a checker of
 * accessibility rules. Only whether such a value is empty is kept (an empty `alt` or `aria-label`
 * means something). Every other attribute is kept whole: ids, classes, roles, `aria-*` references,
 * `lang`, types, tab order.
 */
const wordAttributes = new Set([
  'href',
  'src',
  'title',
  'aria-label',
  'alt',
  'content',
  'value',
  'placeholder',
  'datetime',
  'd',
  'transform',
  'viewbox',
  'points',
]);

/**
 * The shape of a built page: every start tag in order with its attributes (word-like values reduced
 * to "empty or not", see above) and, after each tag, whether text follows it before the next tag.
 * Two pages of one shape differ only in their words and addresses: the same elements, classes,
 * landmarks, names present or missing, languages marked. The styles come from the one stylesheet, so
 * the colours and the layout axe sees are the same too; what words can still change (a long name
 * overflowing at 320 px, a name in another language left unmarked) is checked on every page.
 */
export function pageShape(root: string, path: string): string {
  const { html, tags } = readBuiltPage(root, path);
  const lines = tags.map((tag, index) => {
    const end = html.indexOf('>', tag.offset) + 1;
    const between = html
      .slice(end, tags[index + 1]?.offset ?? html.length)
      .replace(/<\/[^>]*>/g, '')
      .trim();
    const attributes = [...tag.attributes]
      .map(([name, value]) =>
        wordAttributes.has(name) || name.startsWith('data-')
          ? `${name}${value ? '=…' : '=""'}`
          : `${name}=${JSON.stringify(value)}`,
      )
      .sort()
      .join(' ');
    return `<${tag.name} ${attributes}>${between ? 'text' : ''}`;
  });
  return createHash('sha256').update(lines.join('\n')).digest('hex');
}

/**
 * For each of `paths`, the first path of its shape (in the order given): the page on which a check
 * that depends only on the markup runs for all the pages of that shape.
 */
export function firstOfShape(root: string, paths: readonly string[]): Map<string, string> {
  const firstPaths = new Map<string, string>();
  return new Map(
    paths.map((path) => {
      const shape = pageShape(root, path);
      if (!firstPaths.has(shape)) firstPaths.set(shape, path);
      return [path, firstPaths.get(shape)!];
    }),
  );
}
