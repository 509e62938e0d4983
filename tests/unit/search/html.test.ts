import { describe, expect, test } from 'vitest';
import {
  hasSearchBody,
  indexableCopy,
  markedPhrases,
  pageLocale,
  pageUrl,
  searchBodies,
  withMarkedPhrases,
} from '../../../src/search/html.ts';
import { phrasesOfMeta } from '../../../src/utils/language-marks.ts';
import { synonymFinder } from '../../../src/search/synonyms.ts';

const ent = {
  abbreviation: true,
  term: { fr: 'ENT', en: 'ENT' },
  expansion: { fr: 'Espace numérique de travail', en: 'Digital workspace' },
  synonyms: { fr: [], en: [] },
};

describe('what the index reads of a built page', () => {
  test('only pages whose main content carries data-pagefind-body are indexed', () => {
    expect(hasSearchBody('<html><body><article class="case" data-pagefind-body>…')).toBe(true);
    expect(hasSearchBody('<html><body><div class="wrap" data-pagefind-body="">…')).toBe(true);
    expect(hasSearchBody('<html><body><article class="case" data-fallback-from="fr">…')).toBe(
      false,
    );
    expect(hasSearchBody('<p>data-pagefind-body is explained here</p>')).toBe(false);
  });

  test('the language comes from <html lang>', () => {
    expect(pageLocale('<!doctype html><html lang="fr" dir="ltr">')).toBe('fr');
    expect(pageLocale('<html dir="ltr" lang="en-GB">')).toBe('en');
    expect(pageLocale('<html lang="de">')).toBeUndefined();
  });

  test('Pagefind is handed only the indexed elements, whole, and the <html> tag that gives the language', () => {
    const page = [
      '<!doctype html><html lang="fr" dir="ltr"><head><title>T</title></head><body>',
      '<nav><a href="/">Accueil</a></nav>',
      '<div class="wrap"><article class="case" data-pagefind-body><h1>Titre</h1>',
      '<div hidden data-pagefind-ignore><span data-pagefind-filter="theme">ENT</span></div>',
      '<article><p>Un article dans l’article</p></article><p>Fin</p></article>',
      '<aside>Pratiques proches</aside></div>',
      '<footer>Pied</footer></body></html>',
    ].join('');
    expect(searchBodies(page)).toBe(
      '<!doctype html><html lang="fr" dir="ltr"><body><article class="case" data-pagefind-body><h1>Titre</h1>' +
        '<div hidden data-pagefind-ignore><span data-pagefind-filter="theme">ENT</span></div>' +
        '<article><p>Un article dans l’article</p></article><p>Fin</p></article></body></html>',
    );
    expect(
      searchBodies(
        '<html lang="en"><body><div data-pagefind-body="">A</div><p>x</p><section data-pagefind-body>B</section></body></html>',
      ),
    ).toBe(
      '<!doctype html><html lang="en"><body><div data-pagefind-body="">A</div><section data-pagefind-body>B</section></body></html>',
    );
    expect(
      searchBodies(
        '<html lang="fr"><body><article data-fallback-from="en">…</article></body></html>',
      ),
    ).toBeUndefined();
  });

  test('the URL is the folder of index.html', () => {
    expect(pageUrl('fr/pratiques/lab28-la-loupe/index.html')).toBe('/fr/pratiques/lab28-la-loupe/');
    expect(pageUrl('index.html')).toBe('/');
    expect(pageUrl('404.html')).toBe('/404.html');
  });
});

describe('indexableCopy', () => {
  test('cuts elisions in the text, never in tags or attributes', () => {
    const html = '<p title="l’école">L’école de <a href="/fr/l\'ent/">l’ENT</a> d&#39;Or</p>';
    expect(indexableCopy(html, { locale: 'fr' })).toBe(
      '<p title="l’école">L’ école de <a href="/fr/l\'ent/">l’ ENT</a> d’ Or</p> ',
    );
  });

  const synonyms = synonymFinder([ent], 'fr');

  test('adds synonyms at a lower weight', () => {
    const copy = indexableCopy('<p>Un <em>ENT</em> ouvert</p>', {
      locale: 'fr',
      synonyms,
      synonymWeight: 0.3,
    });
    expect(copy).toBe(
      '<p>Un <em>⸤ ENT <span data-pagefind-weight="0.3">⸢ entsigle Espace numérique de travail ⸣</span></em> ouvert</p> ',
    );
  });

  test('leaves filter values and sort keys exactly as written, for the search page finds them by their label', () => {
    const html =
      '<div hidden><span data-pagefind-filter="theme">Espace numérique de travail (ENT)</span><span data-pagefind-filter="continuity">Journée de l’élève</span><span data-pagefind-sort="title">l’ent</span></div><p>l’ENT</p>';
    expect(indexableCopy(html, { locale: 'fr', synonyms })).toBe(
      '<div hidden><span data-pagefind-filter="theme">Espace numérique de travail (ENT)</span><span data-pagefind-filter="continuity">Journée de l’élève</span><span data-pagefind-sort="title">l’ent</span></div> <p>l’ ⸤ ENT <span data-pagefind-weight="0.5">⸢ entsigle Espace numérique de travail ⸣</span></p> ',
    );
  });

  test('cuts elisions in the title and meta fields but adds no synonym there', () => {
    const html =
      '<h1 class="x">L’école ouvre son <span>ENT</span></h1><span data-pagefind-meta="summary">L’ENT de l’école</span><p>ENT</p>';
    expect(indexableCopy(html, { locale: 'fr', synonyms })).toBe(
      '<h1 class="x">L’ école ouvre son <span>ENT</span></h1><span data-pagefind-weight="7">⸤ ⸢ entsigle ⸣</span> <span data-pagefind-meta="summary">L’ ENT de l’ école</span><p>⸤ ENT <span data-pagefind-weight="0.5">⸢ entsigle Espace numérique de travail ⸣</span></p> ',
    );
  });

  test('keeps the words of neighbouring blocks apart', () => {
    expect(
      indexableCopy('<dl><dt>Thèmes</dt><dd>Familles</dd></dl><p>a<br>b</p>', { locale: 'fr' }),
    ).toBe('<dl><dt>Thèmes</dt> <dd>Familles</dd> </dl> <p>a<br> b</p> ');
  });

  test('leaves scripts and styles alone', () => {
    const html =
      "<script>const a = 'l'+'école';</script><style>a::after{content:'d’ENT'}</style><p>l'école</p>";
    expect(indexableCopy(html, { locale: 'fr' })).toBe(
      "<script>const a = 'l'+'école';</script><style>a::after{content:'d’ENT'}</style><p>l’ école</p> ",
    );
  });
});

describe('abbreviations in a title', () => {
  test('follow the title with their index word, outside it, so that the title reads as written', () => {
    const synonyms = synonymFinder([ent], 'fr');
    expect(
      indexableCopy('<h1>L’école ouvre son <span>ENT</span></h1><p>Texte</p>', {
        locale: 'fr',
        synonyms,
      }),
    ).toBe(
      '<h1>L’ école ouvre son <span>ENT</span></h1><span data-pagefind-weight="7">⸤ ⸢ entsigle ⸣</span> <p>Texte</p> ',
    );
  });
});

describe('the phrases a search result marks', () => {
  const page =
    '<!doctype html><html lang="en"><body><article data-pagefind-body><h1>Parents at <span lang="fr">Brest</span></h1>' +
    '<p>In <span lang="fr">Finistère</span>, <cite lang="fr">L&#39;école de Champagne-au-Mont-d&rsquo;Or</cite>; ' +
    '<span lang="fr">Brest</span> again, <span lang="en">not this</span>.</p></article> </body></html>';

  test('are those its page marks in the other language, once each, entities decoded', () => {
    expect(markedPhrases(page, 'fr')).toEqual([
      'Brest',
      'Finistère',
      "L'école de Champagne-au-Mont-d’Or",
    ]);
    expect(markedPhrases('<p>Nothing marked</p>', 'fr')).toEqual([]);
  });

  test('travel in a hidden meta field inside the page body, which the result reads back', () => {
    const indexed = withMarkedPhrases(page, markedPhrases(page, 'fr'));
    expect(indexed).toMatch(
      /<div hidden data-pagefind-ignore><span data-pagefind-meta="foreign">\[.*\]<\/span><\/div><\/article> <\/body><\/html>$/,
    );
    const meta = /data-pagefind-meta="foreign">([^<]*)</.exec(indexed)![1]!.replace(/&amp;/g, '&');
    expect(phrasesOfMeta(meta)).toEqual(markedPhrases(page, 'fr'));
    expect(withMarkedPhrases(page, [])).toBe(page);
    expect(phrasesOfMeta(undefined)).toEqual([]);
    expect(phrasesOfMeta('not a list')).toEqual([]);
  });

  test('a phrase with markup-like characters cannot break out of the meta field', () => {
    const indexed = withMarkedPhrases(page, ['A <b>&</b>']);
    expect(indexed).toContain('["A &lt;b&gt;&amp;&lt;/b&gt;"]');
  });
});
