import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, sep } from 'node:path';
import { beforeAll, describe, expect, test } from 'vitest';
import { siteConfig } from '../../src/site-config.ts';
import { type BuiltPage, readBuiltPage } from './support/built-html.ts';
import { distDir, everyPage } from './support/site-pages.ts';

// Every address the built site points to inside itself must lead somewhere: a file of dist/ for a
// page, a stylesheet, an image or a feed, and an element with that id for a #fragment. Checked on
// the files themselves, so that nothing depends on a server being lenient.

/** The attributes that point to another resource, by element. */
const referencing: Record<string, string[]> = {
  a: ['href'],
  area: ['href'],
  link: ['href'],
  script: ['src'],
  img: ['src', 'srcset'],
  source: ['src', 'srcset'],
  iframe: ['src'],
  form: ['action'],
  use: ['href', 'xlink:href'],
  image: ['href', 'xlink:href'],
  video: ['src', 'poster'],
  audio: ['src'],
  embed: ['src'],
  object: ['data'],
};

const site = new URL(siteConfig.url);
const base = 'http://built.site';

/** The path inside the built site an address leads to, or undefined for another origin, mailto: and the like. */
function internal(address: string, from: string): URL | undefined {
  const url = new URL(address, base + from);
  if (url.origin === site.origin) return new URL(url.pathname + url.search + url.hash, base);
  return url.origin === base ? url : undefined;
}

/** Why an internal address does not resolve to a built file, or nothing. */
function missingFile(pathname: string): string | undefined {
  const file = join(distDir, decodeURIComponent(pathname));
  if (pathname.endsWith('/'))
    return existsSync(join(file, 'index.html')) ? undefined : 'no page at this address';
  if (existsSync(file) && statSync(file).isFile()) return undefined;
  return existsSync(join(file, 'index.html'))
    ? `a folder: write ${pathname}/`
    : 'no file at this address';
}

const pages = new Map<string, BuiltPage>();
const idsOf = (path: string): Set<string> => {
  const page = pages.get(path);
  if (!page) return new Set();
  return new Set(
    page.tags.flatMap((tag) =>
      [tag.attributes.get('id'), tag.name === 'a' ? tag.attributes.get('name') : undefined].filter(
        (id): id is string => Boolean(id),
      ),
    ),
  );
};

describe('links inside the built site', () => {
  beforeAll(() => {
    for (const path of everyPage()) pages.set(path, readBuiltPage(distDir, path));
  });

  test('every internal link, stylesheet, script, image and form leads to a built file, and every #fragment to an element of its page', () => {
    const broken: string[] = [];
    let links = 0;
    let fragments = 0;
    for (const page of pages.values()) {
      for (const tag of page.tags) {
        for (const name of referencing[tag.name] ?? []) {
          const value = tag.attributes.get(name);
          if (value === undefined) continue;
          const addresses =
            name === 'srcset'
              ? value.split(',').map((candidate) => candidate.trim().split(/\s+/)[0]!)
              : [value.trim()];
          for (const address of addresses) {
            const url = internal(address, page.path);
            if (!url) continue;
            links += 1;
            const problem = missingFile(url.pathname);
            if (problem) {
              broken.push(`${page.path}: <${tag.name} ${name}="${address}">: ${problem}`);
              continue;
            }
            if (!url.hash) continue;
            fragments += 1;
            const id = decodeURIComponent(url.hash.slice(1));
            const target =
              url.pathname.endsWith('/') || url.pathname.endsWith('.html')
                ? url.pathname
                : undefined;
            if (target && !idsOf(target.replace(/index\.html$/, '')).has(id))
              broken.push(
                `${page.path}: <${tag.name} ${name}="${address}">: no element with id “${id}” there`,
              );
          }
        }
      }
    }
    expect(broken).toEqual([]);
    // The site links a great deal to itself (navigation, cards, glossary terms, skip links): a count
    // this low would mean the scan missed them, not that they are fine.
    expect(links).toBeGreaterThan(pages.size * 20);
    expect(fragments).toBeGreaterThan(pages.size * 3);
  });

  test('every address of the site written in its feeds, sitemap, robots.txt and open data leads to a built file', () => {
    const files = readdirSync(distDir, { recursive: true, encoding: 'utf8' }).filter(
      (file) => /\.(xml|json|csv|txt)$/.test(file) && !file.startsWith(`pagefind${sep}`),
    );
    const pattern = new RegExp(
      `${siteConfig.url.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(/[^\\s"'<>,;)]*)?`,
      'g',
    );
    const broken: string[] = [];
    let addresses = 0;
    for (const file of files) {
      for (const [, path = '/'] of readFileSync(join(distDir, file), 'utf8').matchAll(pattern)) {
        addresses += 1;
        const problem = missingFile(new URL(path, base).pathname);
        if (problem) broken.push(`${file}: ${siteConfig.url}${path}: ${problem}`);
      }
    }
    expect(files).toEqual(
      expect.arrayContaining([
        'robots.txt',
        'sitemap-index.xml',
        join('fr', 'rss.xml'),
        join('data', 'cases.json'),
      ]),
    );
    expect(broken).toEqual([]);
    expect(addresses).toBeGreaterThan(pages.size);
  });

  test('every url() of the stylesheets and every module the scripts import is built', () => {
    const assets = join(distDir, '_astro');
    const broken: string[] = [];
    for (const file of readdirSync(assets)) {
      const text = readFileSync(join(assets, file), 'utf8');
      const references = file.endsWith('.css')
        ? [...text.matchAll(/url\(\s*["']?([^"')]+)["']?\s*\)|@import\s+["']([^"']+)["']/g)].map(
            (match) => match[1] ?? match[2]!,
          )
        : file.endsWith('.js')
          ? [
              ...text.matchAll(
                /(?:\bfrom\s*|\bimport\s*\(?\s*)["'](\.{1,2}\/[^"']+|\/[^"']+)["']/g,
              ),
            ].map((match) => match[1]!)
          : [];
      for (const reference of references) {
        if (/^(data|https?):/.test(reference) || reference.startsWith('#')) continue;
        const url = new URL(reference, `${base}/_astro/${file}`);
        const problem = missingFile(url.pathname);
        if (problem) broken.push(`_astro/${file}: ${reference}: ${problem}`);
      }
    }
    expect(broken).toEqual([]);
  });
});

describe('the link check itself', () => {
  test('reports a missing page, a folder without its slash and a fragment with no element', () => {
    expect(missingFile('/fr/nulle-part/')).toBe('no page at this address');
    expect(missingFile('/fr/pratiques')).toBe('a folder: write /fr/pratiques/');
    expect(missingFile('/favicon.svg')).toBeUndefined();
    pages.set('/fr/', readBuiltPage(distDir, '/fr/'));
    expect(idsOf('/fr/').has('contenu')).toBe(true);
    expect(idsOf('/fr/').has('nulle-part')).toBe(false);
    expect(internal(`${siteConfig.url}/en/`, '/fr/')?.pathname).toBe('/en/');
    expect(internal('https://www.education.gouv.fr/', '/fr/')).toBeUndefined();
  });
});
