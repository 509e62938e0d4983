/** How many practices a page of a listing shows: a fixed number, so that no page grows with the catalogue. */
export const PAGE_SIZE = 24;

/**
 * How many pages a listing of `total` practices takes (at least one, which may be empty).
 * @example pageCount(0) // 1
 * @example pageCount(49) // 3
 */
export function pageCount(total: number): number {
  return Math.max(1, Math.ceil(total / PAGE_SIZE));
}

/**
 * The items shown on one page (1-based) of a listing.
 * @example pageSlice(['a', 'b', 'c'], 1) // ['a', 'b', 'c']
 */
export function pageSlice<T>(items: readonly T[], page: number): T[] {
  return items.slice((page - 1) * PAGE_SIZE, page * PAGE_SIZE);
}

/** One link of a pager: a page number, or a gap standing for the pages between. */
export type PagerItem = { page: number; current: boolean } | { gap: true };

/**
 * The page numbers a pager shows: the first and last pages, the current one and two on each side,
 * gaps for the rest, so that the pager stays the same size however long the listing.
 * @example pagerItems(6, 11) // 1 … 4 5 [6] 7 8 … 11
 */
export function pagerItems(current: number, pages: number): PagerItem[] {
  const shown = [
    ...new Set([1, current - 2, current - 1, current, current + 1, current + 2, pages]),
  ]
    .filter((page) => page >= 1 && page <= pages)
    .sort((a, b) => a - b);
  const items: PagerItem[] = [];
  shown.forEach((page, index) => {
    const previous = shown[index - 1];
    // A gap of one page is shown as that page: a gap would take as much room.
    if (previous !== undefined && page - previous === 2)
      items.push({ page: previous + 1, current: false });
    else if (previous !== undefined && page - previous > 2) items.push({ gap: true });
    items.push({ page, current: page === current });
  });
  return items;
}
