import { existsSync, lstatSync, realpathSync } from 'node:fs';
import { extname, isAbsolute, join, relative, resolve } from 'node:path';
import { closest } from '../../src/utils/suggest.ts';
import { isScriptUrl } from './html.ts';

/** What the checker knows about the built site without building it. */
export interface SiteIndex {
  /** Every page path of the site, as `buildRoutes` makes them (`/fr/pratiques/lab28-la-loupe/`). */
  routes: ReadonlySet<string>;
  /** Whether a path such as `/favicon.svg` is a file of `public/`. */
  publicFile: (path: string) => boolean;
  /** The folder `publicFile` looks in, so that a worker thread can look there too. */
  publicFolder?: string;
}

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
    return scheme === 'https:'
      ? undefined
      : {
          message: `"${scheme}" addresses are not allowed: use https:// or a page of the site (/fr/… or /en/…)`,
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
  const path = decodedPath(trimmed.split(/[?#]/)[0]!);
  if (path === undefined)
    return {
      message: `${JSON.stringify(trimmed)}: write the address without "." or ".." segments, backslashes or encoded slashes`,
      unsafe: true,
    };
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
 * A site address's path, decoded, or undefined when it steps out of where it seems to point: a `.`
 * or `..` segment (written or encoded), a backslash, an encoded slash, a control character, or an
 * encoding that does not decode.
 * @example decodedPath('/fr/d%C3%A9marche/') // '/fr/démarche/'
 * @example decodedPath('/../package.json') // undefined
 */
export function decodedPath(path: string): string | undefined {
  let decoded: string;
  try {
    decoded = decodeURIComponent(path);
  } catch {
    return undefined;
  }
  if (/%2f|%5c/i.test(path)) return undefined;
  // eslint-disable-next-line no-control-regex
  if (/[\\\u0000-\u001f\u007f]/.test(decoded)) return undefined;
  if (decoded.split('/').some((segment) => segment === '.' || segment === '..')) return undefined;
  return decoded;
}

/**
 * Whether a site path is a file of `public/` (a folder with an index.html is a page, as /admin/ is):
 * a regular file inside the folder, reached without a symbolic link.
 */
export function publicFileIn(publicFolder: string): (path: string) => boolean {
  return (path) => {
    const decoded = decodedPath(path);
    if (decoded === undefined) return false;
    const file = join(publicFolder, decoded.endsWith('/') ? `${decoded}index.html` : decoded);
    return isRegularFileInside(file, publicFolder);
  };
}

/** Whether `file` is a regular file under `folder`, with no symbolic link on the way. */
function isRegularFileInside(file: string, folder: string): boolean {
  const inside = relative(folder, file);
  if (inside === '' || inside.startsWith('..') || isAbsolute(inside)) return false;
  if (!existsSync(file)) return false;
  try {
    if (realpathSync(file) !== join(realpathSync(folder), inside)) return false;
    return lstatSync(file).isFile();
  } catch {
    return false;
  }
}

/** What a content image may be: a picture format the site's pipeline reads (SVG can hold code). */
export const imageFileExtensions = ['.jpg', '.jpeg', '.png', '.webp', '.avif', '.gif'] as const;

/**
 * What is wrong with the address of an image, if anything: it must be a file of the content's own
 * folders, given by a path relative to the text (`./images/name.jpg`), with a picture extension and
 * no query, reached without a symbolic link (the site loads nothing from other sites, and the build
 * must not read any other file of the machine).
 */
export function imageProblem(
  url: string,
  where: { file: string; contentRoot: string },
): { message: string; unsafe: boolean } | undefined {
  const trimmed = url.trim();
  const shown = JSON.stringify(trimmed.length > 80 ? `${trimmed.slice(0, 80)}…` : trimmed);
  if (isScriptUrl(trimmed))
    return { message: `${shown}: this address runs code and is not allowed`, unsafe: true };
  if (trimmed === '')
    return {
      message:
        'the image has no file: write its path between the parentheses, ![description](./images/file.jpg)',
      unsafe: false,
    };
  if (/^([a-z][a-z0-9+.-]*:|\/\/)/i.test(trimmed)) {
    return {
      message: `${shown}: images must be files of the repository (the site loads nothing from other sites): save it next to the text, for example ./images/name.jpg`,
      unsafe: true,
    };
  }
  const relativeTo = `write the path from this file, for example ./images/name.jpg`;
  if (/[?#]/.test(trimmed))
    return {
      message: `${shown}: an image path has no "?" or "#" part; ${relativeTo}`,
      unsafe: true,
    };
  if (trimmed.startsWith('/'))
    return {
      message: `${shown}: images are files of the content folders; ${relativeTo}`,
      unsafe: true,
    };
  let path: string;
  try {
    path = decodeURIComponent(trimmed);
  } catch {
    return { message: `${shown}: this path cannot be decoded; ${relativeTo}`, unsafe: true };
  }
  // eslint-disable-next-line no-control-regex
  if (/[\\\u0000-\u001f\u007f]/.test(path))
    return {
      message: `${shown}: backslashes and control characters are not allowed; ${relativeTo}`,
      unsafe: true,
    };
  if (!(imageFileExtensions as readonly string[]).includes(extname(path)))
    return {
      message: `${shown}: not an image file: the name must end in ${imageFileExtensions.join(' | ')}`,
      unsafe: true,
    };
  const absolute = resolve(where.file, '..', path);
  const inside = relative(where.contentRoot, absolute);
  if (inside.startsWith('..') || isAbsolute(inside))
    return {
      message: `${shown}: outside the content folder; images are saved next to the text, ${relativeTo}`,
      unsafe: true,
    };
  if (!existsSync(absolute))
    return { message: `${shown}: image file not found next to this file`, unsafe: false };
  if (!isRegularFileInside(absolute, where.contentRoot))
    return {
      message: `${shown}: reached through a symbolic link; put the image file itself in the content folder`,
      unsafe: true,
    };
  return undefined;
}
