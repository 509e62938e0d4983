import { describe, expect, test } from 'vitest';
import { pageKind, scriptCount, stylesheets } from '../../../scripts/site-weight.ts';

describe('what a built site weighs', () => {
  test('names the kind of each page from its path, and counts scripts and stylesheets', () => {
    expect(pageKind('/fr/pratiques/lab28-la-loupe/')).toBe('case');
    expect(pageKind('/en/practices/')).toBe('catalogue');
    expect(pageKind('/fr/pratiques/niveau/college/')).toBe('facet');
    expect(pageKind('/en/themes/ent/')).toBe('theme');
    expect(pageKind('/fr/territoires/29/')).toBe('department');
    expect(pageKind('/fr/recherche/')).toBe('search');
    expect(pageKind('/en/')).toBe('home');
    expect(
      scriptCount(
        '<script type="module" src="/a.js"></script><script>1</script><noscript></noscript>',
      ),
    ).toBe(2);
    expect(scriptCount('<script type="application/ld+json">{}</script>')).toBe(0);
    expect(
      stylesheets('<link rel="stylesheet" href="/_astro/a.css"><link rel="icon" href="/f.svg">'),
    ).toEqual(['/_astro/a.css']);
  });
});
