// Small DOM helpers shared by the scripts of the pages that have one (search, catalogue, « Pour mon territoire »).

/** The element a page's markup is known to have (the script and the markup are written together). */
export const part = <T extends Element = HTMLElement>(root: ParentNode, selector: string) =>
  root.querySelector<T>(selector)!;

/**
 * A new element with attributes and children; text is inserted as text, never as HTML.
 * @example element('a', { href: '/fr/' }, ['Accueil'])
 */
export function element<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  attributes: Record<string, string> = {},
  children: (Node | string)[] = [],
) {
  const node = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) node.setAttribute(name, value);
  node.append(...children);
  return node;
}
