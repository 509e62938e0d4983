import { relative, sep } from 'node:path';

/** Where a check runs. Every phase receives it; nothing about a run is kept between runs. */
export interface CheckContext {
  /** The content folder being checked, absolute. */
  contentRoot: string;
  /** The project folder: messages name files relative to it, and `public/` is read from it. */
  projectRoot: string;
}

/**
 * A file as messages name it: relative to the project folder, with forward slashes.
 * @example shownPath({ projectRoot: '/site', contentRoot: '/site/content' }, '/site/content/cases/fr/x.mdx') // 'content/cases/fr/x.mdx'
 */
export function shownPath(context: CheckContext, absolute: string): string {
  return relative(context.projectRoot, absolute).split(sep).join('/');
}
