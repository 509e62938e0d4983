import type { Locale } from '../i18n/config.ts';
import type { ListEntry } from '../schemas/collections.ts';
import type { Ids, Vocabularies, VocabularyName } from '../schemas/vocabulary.ts';

/** A controlled list, in the order of its file, with lookup by id. */
export class Vocabulary<T extends { id: string }> {
  readonly all: readonly T[];
  readonly #byId: Map<string, T>;

  constructor(entries: readonly T[]) {
    this.all = entries;
    this.#byId = new Map(entries.map((entry) => [entry.id, entry]));
  }

  /** The entry with this id; throws when it does not exist (the schemas make that a content error first). */
  get(id: string): T {
    const entry = this.#byId.get(id);
    if (!entry)
      throw new Error(`Unknown id "${id}"; expected one of ${[...this.#byId.keys()].join(' | ')}`);
    return entry;
  }

  has(id: string): boolean {
    return this.#byId.has(id);
  }

  /** Entries for a list of ids, in the order of the vocabulary (not of the list). */
  pick(ids: readonly string[]): T[] {
    return this.all.filter((entry) => ids.includes(entry.id));
  }
}

/** Every controlled list and reference table of the site (one per `vocabularyFiles` entry), with its entries. */
export type Taxonomy = { [K in VocabularyName]: Vocabulary<ListEntry<K>> };

export type TaxonomyInput = {
  [K in keyof Taxonomy]: Taxonomy[K] extends Vocabulary<infer T> ? readonly T[] : never;
};

/**
 * Build the lookups once from the raw lists. `order` gives each list's ids in the order of its
 * file (the content layer returns entries sorted by id), so pages follow the authors' order.
 */
export function buildTaxonomy(
  input: TaxonomyInput,
  order: Partial<Record<keyof Taxonomy, readonly string[]>> = {},
): Taxonomy {
  return Object.fromEntries(
    Object.entries(input).map(([key, list]) => {
      const ids = order[key as keyof Taxonomy];
      const sorted = ids ? [...list].sort((a, b) => ids.indexOf(a.id) - ids.indexOf(b.id)) : list;
      return [key, new Vocabulary(sorted)];
    }),
  ) as unknown as Taxonomy;
}

/** The ids of every list of a taxonomy, in its order: what the schemas check against (see `Vocabularies`). */
export function vocabulariesOf(taxonomy: Taxonomy): Vocabularies {
  return Object.fromEntries(
    Object.entries(taxonomy).map(([name, vocabulary]) => [
      name,
      (vocabulary as Vocabulary<{ id: string }>).all.map((entry) => entry.id) as unknown as Ids,
    ]),
  ) as unknown as Vocabularies;
}

/** A term as pages show it: id for links and styling, label in the page's language. */
export interface Label {
  id: string;
  label: string;
}

/**
 * The labels of some ids in one language, in vocabulary order.
 * @example labels(taxonomy.levels, ['lycee', 'ecole'], 'en') // [{ id: 'ecole', label: 'Primary school' }, { id: 'lycee', label: 'Lycée (upper secondary)' }]
 */
export function labels<T extends { id: string; label: Record<Locale, string> }>(
  vocabulary: Vocabulary<T>,
  ids: readonly string[],
  locale: Locale,
): Label[] {
  return vocabulary.pick(ids).map((term) => ({ id: term.id, label: term.label[locale] }));
}
