import { describe, expect, test } from 'vitest';
import { feedItems, feedPath } from '../../../src/routing/feeds.ts';

const entry = (slug: string, date: string, fallbackFrom?: 'fr' | 'en') => ({
  slug,
  title: `Title ${slug}`,
  summary: `Summary ${slug}`,
  categories: ['Continuity'],
  lastReviewed: new Date(date),
  fallbackFrom,
});

describe('feeds', () => {
  test('one feed per language', () => {
    expect(feedPath('fr')).toBe('/fr/rss.xml');
    expect(feedPath('en')).toBe('/en/rss.xml');
  });

  test('list every case, last reviewed first, linking to the page in the feed’s language', () => {
    const items = feedItems(
      [entry('b', '2026-01-01'), entry('a', '2026-03-01'), entry('c', '2026-01-01')],
      'en',
    );
    expect(items.map((item) => item.link)).toEqual([
      '/en/practices/a/',
      '/en/practices/b/',
      '/en/practices/c/',
    ]);
    expect(items[0]).toMatchObject({
      title: 'Title a',
      description: 'Summary a',
      pubDate: new Date('2026-03-01'),
      categories: ['Continuity'],
    });
  });

  test('link an untranslated case to its original page', () => {
    expect(feedItems([entry('lab28', '2026-11-23', 'fr')], 'en')[0]!.link).toBe(
      '/fr/pratiques/lab28/',
    );
  });
});
