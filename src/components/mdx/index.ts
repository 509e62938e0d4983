/**
 * The components authors may use in MDX content. Only these are passed to rendered content, and
 * the content check rejects any other component, import, export or expression.
 */
export const mdxComponents = {};
