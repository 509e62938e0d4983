import { describe, expect, test } from 'vitest';
import { pageCount, pagerItems, pageSlice, PAGE_SIZE } from '../../../src/routing/paging.ts';

const numbers = (current: number, pages: number) =>
  pagerItems(current, pages).map((item) =>
    'gap' in item ? '…' : item.current ? `[${item.page}]` : String(item.page),
  );

describe('pages of a listing', () => {
  test('a listing takes as many pages of a fixed size as it needs, at least one', () => {
    expect(pageCount(0)).toBe(1);
    expect(pageCount(PAGE_SIZE)).toBe(1);
    expect(pageCount(PAGE_SIZE + 1)).toBe(2);
    const items = Array.from({ length: 2 * PAGE_SIZE + 3 }, (_, index) => index);
    expect(pageSlice(items, 3)).toEqual([2 * PAGE_SIZE, 2 * PAGE_SIZE + 1, 2 * PAGE_SIZE + 2]);
    expect(pageSlice(items, 1)).toHaveLength(PAGE_SIZE);
  });

  test('the pager shows the ends, the current page and two on each side, whatever the length', () => {
    expect(numbers(1, 1)).toEqual(['[1]']);
    expect(numbers(1, 3)).toEqual(['[1]', '2', '3']);
    expect(numbers(6, 11)).toEqual(['1', '…', '4', '5', '[6]', '7', '8', '…', '11']);
    // A gap of one page shows that page instead.
    expect(numbers(5, 9)).toEqual(['1', '2', '3', '4', '[5]', '6', '7', '8', '9']);
    expect(numbers(4, 11)).toEqual(['1', '2', '3', '[4]', '5', '6', '…', '11']);
    expect(numbers(417, 417)).toEqual(['1', '…', '415', '416', '[417]']);
    expect(numbers(200, 417)).toHaveLength(9);
  });
});
