// The catalogue's own filter index: every practice's facet values as a few characters, in one small
// file per language (src/pages/[locale]/[section]/facets.json.ts), from which the browser works out
// which practices a selection shows and the count beside every value. Pure and free of Node or DOM
// APIs, so that the build writes it and the browser reads it with the same code.
import { facetKeys, type FacetValues, type Selection } from './facets.ts';
import type { Facet } from '../i18n/routes.ts';

/** The 64 characters a mask is written with, six bits each (base64url: safe in JSON and URLs). */
const DIGITS = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';
const BITS_PER_DIGIT = 6;
/** Masks are read with 32-bit integer operations: a facet may have at most this many values. */
export const MAX_FACET_VALUES = 30;

/** One facet of the file: its values, and the values of every practice as bit masks. */
export interface FacetColumn {
  /** The value ids, in the order of the form; bit `i` of a mask is `values[i]`. */
  values: string[];
  /**
   * The masks of every practice, in the catalogue's order, written in `width` digits of six bits
   * (least significant first), digit by digit: all the first digits, then all the second ones…
   * Written this way, each run of digits holds values of one kind, which compresses well.
   */
  masks: string;
  width: number;
  /**
   * Where a facet's values seldom go together (one region per practice), a practice's digit is
   * the number of its mask in this list rather than the mask itself: one digit instead of four.
   */
  codes?: number[];
}

/** The file the build writes for one language. */
export interface FacetIndexFile {
  /** How many practices the catalogue lists, in its order (by title). */
  count: number;
  facets: Record<Facet, FacetColumn>;
}

/** A facet index read back: each practice's masks as numbers. */
export interface FacetIndex {
  count: number;
  facets: Record<Facet, { values: string[]; masks: Uint32Array }>;
}

/**
 * The file of a catalogue: `values[i]` are the facet values of its i-th practice, `order` the value
 * ids of each facet in the order of the form (a value found on a practice but missing there is
 * added at the end, so that nothing is lost).
 * @example encodeFacetIndex([{ continuity: ['journee'], theme: [], … }], { continuity: ['parcours', 'journee'], … })
 *   // { count: 1, facets: { continuity: { values: ['parcours', 'journee'], width: 1, masks: 'C' }, … } }
 */
export function encodeFacetIndex(
  values: readonly FacetValues[],
  order: Partial<Record<Facet, readonly string[]>>,
): FacetIndexFile {
  const facets = Object.fromEntries(
    facetKeys.map((facet) => {
      const ids = [...(order[facet] ?? [])];
      for (const item of values) for (const id of item[facet]) if (!ids.includes(id)) ids.push(id);
      if (ids.length > MAX_FACET_VALUES)
        throw new Error(
          `The catalogue's filter index holds at most ${MAX_FACET_VALUES} values per facet; "${facet}" has ${ids.length}: ${ids.join(', ')}`,
        );
      const bit = new Map(ids.map((id, index) => [id, index]));
      const masks = values.map((item) =>
        item[facet].reduce((mask, id) => mask | (1 << bit.get(id)!), 0),
      );
      const maskWidth = Math.max(1, Math.ceil(ids.length / BITS_PER_DIGIT));
      const distinct = [...new Set(masks)].sort((a, b) => a - b);
      const coded = maskWidth > 1 && distinct.length <= DIGITS.length;
      const numbers = coded ? masks.map((mask) => distinct.indexOf(mask)) : masks;
      const width = coded ? 1 : maskWidth;
      let written = '';
      for (let digit = 0; digit < width; digit += 1)
        for (const number of numbers)
          written += DIGITS[(number >>> (digit * BITS_PER_DIGIT)) & 0b111111];
      if (coded) return [facet, { values: ids, masks: written, width, codes: distinct }];
      return [facet, { values: ids, masks: written, width }];
    }),
  ) as Record<Facet, FacetColumn>;
  return { count: values.length, facets };
}

/** Read a file written by `encodeFacetIndex`. */
export function decodeFacetIndex(file: FacetIndexFile): FacetIndex {
  const digitValue = new Map([...DIGITS].map((digit, index) => [digit, index]));
  const facets = Object.fromEntries(
    facetKeys.map((facet) => {
      const column = file.facets[facet];
      const masks = new Uint32Array(file.count);
      if (column)
        for (let digit = 0; digit < column.width; digit += 1)
          for (let item = 0; item < file.count; item += 1)
            masks[item]! |=
              (digitValue.get(column.masks[digit * file.count + item]!) ?? 0) <<
              (digit * BITS_PER_DIGIT);
      if (column?.codes)
        for (let item = 0; item < file.count; item += 1)
          masks[item] = column.codes[masks[item]!] ?? 0;
      return [facet, { values: column?.values ?? [], masks }];
    }),
  ) as FacetIndex['facets'];
  return { count: file.count, facets };
}

/**
 * For each facet, the mask of the values ticked; undefined where nothing is ticked (the facet
 * filters nothing). Ids the file does not know add nothing: a facet where only such ids are ticked
 * shows no practice, as `matchesSelection` says.
 */
function selectionMasks(index: FacetIndex, selection: Selection): Partial<Record<Facet, number>> {
  const masks: Partial<Record<Facet, number>> = {};
  for (const facet of facetKeys) {
    const chosen = selection[facet];
    if (!chosen?.length) continue;
    const { values } = index.facets[facet];
    masks[facet] = chosen.reduce((bits, id) => {
      const bit = values.indexOf(id);
      return bit < 0 ? bits : bits | (1 << bit);
    }, 0);
  }
  return masks;
}

/**
 * Whether practice `item` passes the filters of every facet but `ignore`: within a facet any
 * ticked value will do (OR), across facets all must hold (AND), as `matchesSelection` says.
 */
function passes(
  index: FacetIndex,
  chosen: Partial<Record<Facet, number>>,
  item: number,
  ignore?: Facet,
): boolean {
  for (const facet of facetKeys) {
    const mask = chosen[facet];
    if (facet !== ignore && mask !== undefined && (index.facets[facet].masks[item]! & mask) === 0)
      return false;
  }
  return true;
}

/**
 * The positions, in the catalogue's order, of the practices a selection shows (see `filterByFacets`).
 * @example matchingPositions(index, { theme: ['ent'] }) // [0, 4, 9]
 */
export function matchingPositions(index: FacetIndex, selection: Selection): number[] {
  const chosen = selectionMasks(index, selection);
  const found: number[] = [];
  for (let item = 0; item < index.count; item += 1)
    if (passes(index, chosen, item)) found.push(item);
  return found;
}

/**
 * How many practices each value would show, given what is ticked in the other facets (the
 * numbers of `facetCounts`): every value of the file, with 0 where none would.
 */
export function indexCounts(
  index: FacetIndex,
  selection: Selection,
): Record<Facet, Map<string, number>> {
  const chosen = selectionMasks(index, selection);
  return Object.fromEntries(
    facetKeys.map((facet) => {
      const { values, masks } = index.facets[facet];
      const tally = new Array<number>(values.length).fill(0);
      for (let item = 0; item < index.count; item += 1) {
        const mask = masks[item]!;
        if (mask === 0 || !passes(index, chosen, item, facet)) continue;
        for (let bit = 0; bit < values.length; bit += 1) if (mask & (1 << bit)) tally[bit]! += 1;
      }
      return [facet, new Map(values.map((id, bit) => [id, tally[bit]!]))];
    }),
  ) as Record<Facet, Map<string, number>>;
}
