import type { HastNode, HastVisitorContext } from 'satteri';

/**
 * Whether a node of a Sätteri tree sits inside an element (or MDX element) for which `test`
 * holds, the root left out: how a text plugin knows it is in code, a heading or a marked phrase.
 */
export function hasAncestor(
  node: Readonly<HastNode>,
  visitor: HastVisitorContext,
  test: (ancestor: Readonly<HastNode>) => boolean,
): boolean {
  for (
    let parent: Readonly<HastNode> | undefined = visitor.parent(node);
    parent && parent.type !== 'root';
    parent = visitor.parent(parent)
  ) {
    if (test(parent)) return true;
  }
  return false;
}
