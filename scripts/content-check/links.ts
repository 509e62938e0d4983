import { existsSync, lstatSync, realpathSync } from 'node:fs';
import { extname, isAbsolute, join, relative, resolve } from 'node:path';
import { both, say } from '../../src/i18n/contributor/index.ts';
import { closest } from '../../src/utils/suggest.ts';

/** A message in both languages, followed by "did you mean …?" when there is a suggestion. */
export function withSuggestion(
  said: { message: string; fr: string },
  suggestion: string | undefined,
): { message: string; fr: string } {
  if (!suggestion) return said;
  const hint = (locale: 'fr' | 'en') =>
    say(locale, 'field.didYouMean', { suggestion: JSON.stringify(suggestion) });
  return { message: said.message + hint('en'), fr: said.fr + hint('fr') };
}
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
): { message: string; fr: string; unsafe: boolean } | undefined {
  if (isScriptUrl(url))
    return {
      ...both('link.script', { address: JSON.stringify(url.slice(0, 40)) }),
      unsafe: true,
    };
  const trimmed = url.trim();
  if (trimmed === '')
    return {
      ...both('link.empty'),
      unsafe: false,
    };
  if (trimmed.startsWith('#')) return undefined;
  const scheme = /^([a-z][a-z0-9+.-]*:)/i.exec(trimmed)?.[1]?.toLowerCase();
  if (scheme) {
    return scheme === 'https:'
      ? undefined
      : {
          ...both('link.scheme', { scheme: JSON.stringify(scheme) }),
          unsafe: false,
        };
  }
  if (trimmed.startsWith('//'))
    return {
      ...both('link.protocolRelative', { address: JSON.stringify(trimmed) }),
      unsafe: false,
    };
  if (!trimmed.startsWith('/')) {
    return {
      ...both('link.relative', { address: JSON.stringify(trimmed) }),
      unsafe: false,
    };
  }
  const path = decodedPath(trimmed.split(/[?#]/)[0]!);
  if (path === undefined)
    return {
      ...both('link.dotSegments', { address: JSON.stringify(trimmed) }),
      unsafe: true,
    };
  if (path === '/' || index.routes.has(path)) return undefined;
  if (/^\/(fr|en)(\/|$)/.test(path) && !/\.[a-z0-9]+$/i.test(path)) {
    if (index.routes.has(`${path}/`))
      return {
        ...both('link.finalSlash', { address: JSON.stringify(path), fixed: `${path}/` }),
        unsafe: false,
      };
    const stem = path.replace(/\/$/, '');
    const longer = [...index.routes]
      .filter((route) => route.startsWith(stem) && route !== `${stem}/`)
      .sort((a, b) => a.length - b.length)[0];
    const suggestion = longer ?? closest(path, [...index.routes]);
    return {
      ...withSuggestion(both('link.noPage', { address: JSON.stringify(path) }), suggestion),
      unsafe: false,
    };
  }
  if (index.publicFile(path)) return undefined;
  return { ...both('link.notFound', { address: JSON.stringify(path) }), unsafe: false };
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
): { message: string; fr: string; unsafe: boolean } | undefined {
  const trimmed = url.trim();
  const shown = JSON.stringify(trimmed.length > 80 ? `${trimmed.slice(0, 80)}…` : trimmed);
  if (isScriptUrl(trimmed)) return { ...both('image.script', { address: shown }), unsafe: true };
  if (trimmed === '')
    return {
      ...both('image.empty'),
      unsafe: false,
    };
  if (/^([a-z][a-z0-9+.-]*:|\/\/)/i.test(trimmed)) {
    return {
      ...both('image.external', { address: shown }),
      unsafe: true,
    };
  }
  if (/[?#]/.test(trimmed))
    return {
      ...both('image.query', { address: shown }),
      unsafe: true,
    };
  if (trimmed.startsWith('/'))
    return {
      ...both('image.absolute', { address: shown }),
      unsafe: true,
    };
  let path: string;
  try {
    path = decodeURIComponent(trimmed);
  } catch {
    return { ...both('image.undecodable', { address: shown }), unsafe: true };
  }
  // eslint-disable-next-line no-control-regex
  if (/[\\\u0000-\u001f\u007f]/.test(path))
    return {
      ...both('image.backslash', { address: shown }),
      unsafe: true,
    };
  if (!(imageFileExtensions as readonly string[]).includes(extname(path)))
    return {
      ...both('image.extension', { address: shown, allowed: imageFileExtensions.join(' | ') }),
      unsafe: true,
    };
  const absolute = resolve(where.file, '..', path);
  const inside = relative(where.contentRoot, absolute);
  if (inside.startsWith('..') || isAbsolute(inside))
    return {
      ...both('image.outside', { address: shown }),
      unsafe: true,
    };
  if (!existsSync(absolute)) return { ...both('image.missing', { address: shown }), unsafe: false };
  if (!isRegularFileInside(absolute, where.contentRoot))
    return {
      ...both('image.symlink', { address: shown }),
      unsafe: true,
    };
  return undefined;
}
