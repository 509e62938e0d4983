import type { allowedComponents } from './allowed.ts';

/**
 * The components authors may use in MDX content. Only these are passed to rendered content, and
 * the content check rejects any other component, import, export or expression. Their names and
 * attributes are listed in `allowed.ts`, which the check reads.
 */
export const mdxComponents = {} satisfies Record<keyof typeof allowedComponents, unknown>;
