import { describe, expect, test } from 'vitest';
import { pageMeta } from '../../../src/routing/sitemap.ts';

describe('what the sitemap reads in a page', () => {
  test('the hreflang alternates a page declares, x-default included, and not its feed', () => {
    const html = `<html><head>
      <link rel="canonical" href="https://example.org/fr/pratiques/a/">
      <link rel="alternate" hreflang="fr" href="https://example.org/fr/pratiques/a/">
      <link rel="alternate" hreflang="en" href="https://example.org/en/practices/a/">
      <link rel="alternate" hreflang="x-default" href="https://example.org/fr/pratiques/a/">
      <link rel="alternate" type="application/rss+xml" title="Pratiques (RSS)" href="/fr/rss.xml">
    </head><body><a rel="alternate" hreflang="de" href="/elsewhere">not in the head</a></body></html>`;
    expect(pageMeta(html)).toEqual({
      noindex: false,
      alternates: [
        { lang: 'fr', href: 'https://example.org/fr/pratiques/a/' },
        { lang: 'en', href: 'https://example.org/en/practices/a/' },
        { lang: 'x-default', href: 'https://example.org/fr/pratiques/a/' },
      ],
    });
  });

  test('a page kept out of search engines, whatever the attribute order or quotes', () => {
    expect(pageMeta(`<head><meta content='noindex' name=robots></head>`).noindex).toBe(true);
    expect(pageMeta('<head><meta name="robots" content="noindex, nofollow"></head>').noindex).toBe(
      true,
    );
    expect(
      pageMeta('<head><meta name="description" content="noindex is a word here"></head>').noindex,
    ).toBe(false);
  });

  test('decodes escaped ampersands in addresses', () => {
    expect(
      pageMeta(
        '<head><link href="https://example.org/?a=1&amp;b=2" hreflang="fr" rel="alternate"></head>',
      ).alternates[0]!.href,
    ).toBe('https://example.org/?a=1&b=2');
  });
});
