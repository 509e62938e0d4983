import { closest } from '../../src/utils/suggest.ts';
import { isScriptUrl } from './html.ts';

/** What the checker knows about the built site without building it. */
export interface SiteIndex {
  /** Every page path of the site, as `buildRoutes` makes them (`/fr/pratiques/lab28-la-loupe/`). */
  routes: ReadonlySet<string>;
  /** Whether a path such as `/favicon.svg` is a file of `public/`. */
  publicFile: (path: string) => boolean;
}

const allowedSchemes = new Set(['http:', 'https:', 'mailto:', 'tel:']);

/**
 * What is wrong with the address of a link, if anything. Internal addresses must be pages of the site,
 * written in full (`/fr/…` or `/en/…`, with the final slash) so that they work in both languages.
 * @example linkProblem('/fr/pratiques/lab28/', index) // 'no page of the site has this address (did you mean "/fr/pratiques/lab28-la-loupe/"?)'
 */
export function linkProblem(
  url: string,
  index: SiteIndex,
): { message: string; unsafe: boolean } | undefined {
  if (isScriptUrl(url))
    return {
      message: `"${url.slice(0, 40)}": a "javascript:" address runs code and is not allowed`,
      unsafe: true,
    };
  const trimmed = url.trim();
  if (trimmed === '')
    return {
      message: 'the link has no address: write it between the parentheses, [text](address)',
      unsafe: false,
    };
  if (trimmed.startsWith('#')) return undefined;
  const scheme = /^([a-z][a-z0-9+.-]*:)/i.exec(trimmed)?.[1]?.toLowerCase();
  if (scheme) {
    return allowedSchemes.has(scheme)
      ? undefined
      : {
          message: `"${scheme}" addresses are not allowed: use https://, mailto: or a page of the site`,
          unsafe: false,
        };
  }
  if (trimmed.startsWith('//'))
    return {
      message: `"${trimmed}": write the full address, starting with https://`,
      unsafe: false,
    };
  if (!trimmed.startsWith('/')) {
    return {
      message: `"${trimmed}": write the site address in full, starting with /fr/ or /en/ (for example /fr/pratiques/lab28-la-loupe/); a relative address breaks when the page is shown in the other language`,
      unsafe: false,
    };
  }
  const path = decodeURI(trimmed.split(/[?#]/)[0]!);
  if (path === '/' || index.routes.has(path)) return undefined;
  if (/^\/(fr|en)(\/|$)/.test(path) && !/\.[a-z0-9]+$/i.test(path)) {
    if (index.routes.has(`${path}/`))
      return { message: `"${path}": add the final slash: ${path}/`, unsafe: false };
    const stem = path.replace(/\/$/, '');
    const longer = [...index.routes]
      .filter((route) => route.startsWith(stem) && route !== `${stem}/`)
      .sort((a, b) => a.length - b.length)[0];
    const suggestion = longer ?? closest(path, [...index.routes]);
    return {
      message: `"${path}": no page of the site has this address${suggestion ? ` (did you mean "${suggestion}"?)` : ''}`,
      unsafe: false,
    };
  }
  if (index.publicFile(path)) return undefined;
  return { message: `"${path}": not a page of the site nor a file of public/`, unsafe: false };
}

/**
 * What is wrong with the address of an image, if anything: it must be a file of the repository
 * (the site loads nothing from other sites), and the file must exist.
 */
export function imageProblem(
  url: string,
  index: SiteIndex,
  exists: (relativePath: string) => boolean,
): { message: string; unsafe: boolean } | undefined {
  const trimmed = url.trim();
  if (isScriptUrl(trimmed))
    return {
      message: `"${trimmed.slice(0, 40)}": this address runs code and is not allowed`,
      unsafe: true,
    };
  if (trimmed === '')
    return {
      message:
        'the image has no file: write its path between the parentheses, ![description](./images/file.jpg)',
      unsafe: false,
    };
  if (/^data:image\//i.test(trimmed)) return undefined;
  if (/^([a-z][a-z0-9+.-]*:|\/\/)/i.test(trimmed)) {
    return {
      message: `"${trimmed}": images must be files of the repository (the site loads nothing from other sites): save it next to the text, for example ./images/name.jpg`,
      unsafe: false,
    };
  }
  const path = decodeURI(trimmed.split(/[?#]/)[0]!);
  if (path.startsWith('/'))
    return index.publicFile(path)
      ? undefined
      : { message: `"${path}": no such file in public/`, unsafe: false };
  return exists(path)
    ? undefined
    : { message: `"${path}": image file not found next to this file`, unsafe: false };
}
