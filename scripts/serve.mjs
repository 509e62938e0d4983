#!/usr/bin/env node
// Serve the built site (dist/) the way a static host would, for `npm start`, the browser tests and the
// screenshots. The files are served by sirv (the static server of Vite's preview) in its production
// mode: it lists the folder once and answers only with files of that list, so no request path ever
// reaches the file system and nothing outside the folder can be read. Around it, what a host adds:
// the security headers on every response (see README), `405` for methods a static site does not
// answer, a slash added to folder addresses (`/fr/pratiques` → `/fr/pratiques/`), and the 404 page
// of the language the address starts with.
import { lstatSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { extname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import sirv from 'sirv';

/** Headers a host should send with every response (a meta CSP cannot carry frame-ancestors). */
export const securityHeaders = {
  'Content-Security-Policy': "frame-ancestors 'none'",
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'strict-origin-when-cross-origin',
  'Permissions-Policy': 'camera=(), microphone=(), geolocation=(), interest-cohort=()',
};

/** Types with their charset (sirv leaves it out for CSS, JS, JSON, CSV…); any other extension is served as bytes. */
const types = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.csv': 'text/csv; charset=utf-8',
  '.xml': 'application/xml; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.md': 'text/markdown; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.webp': 'image/webp',
  '.ico': 'image/x-icon',
  '.wasm': 'application/wasm',
  '.woff2': 'font/woff2',
};

/** The methods a static site answers; any other gets 405. */
export const allowedMethods = ['GET', 'HEAD'];

/** A byte range sirv can serve: one range, its start before its end. Others are ignored (the whole file is sent, as RFC 9110 allows). */
const servableRange = /^bytes=(\d{1,15})-(\d{0,15})$/;

const hasServableRange = (range) => {
  const match = servableRange.exec(range);
  return match !== null && (match[2] === '' || Number(match[1]) <= Number(match[2]));
};

/**
 * What the server knows of the folder, read once: sirv's list of its files, the folders that hold an
 * index.html (their address without a slash is redirected), and the 404 pages. Dot folders such as
 * Astro's `.prerender` (server chunks of a failed build) are never served. A symbolic link anywhere
 * in the folder stops the server: it would let a file from elsewhere be served.
 */
function readSite(base) {
  const folders = new Set();
  const notFoundPages = new Map();
  /** Every folder below `folder`, whose address is `address`; `hidden` below a dot folder (never served). */
  const visit = (folder, address, hidden) => {
    for (const entry of readdirSync(folder, { withFileTypes: true })) {
      const path = join(folder, entry.name);
      if (entry.isSymbolicLink())
        throw new Error(
          `${relative(process.cwd(), path)}: a symbolic link in the built site; it is not served, so that no file from elsewhere can be`,
        );
      if (!entry.isDirectory()) continue;
      const child = `${address}/${entry.name}`;
      const childHidden = hidden || entry.name.startsWith('.');
      if (!childHidden && lstatSync(join(path, 'index.html'), { throwIfNoEntry: false })?.isFile())
        folders.add(child);
      visit(path, child, childHidden);
    }
  };
  visit(base, '', false);
  for (const address of folders) {
    const locale = /^\/([^/]+)\/404$/.exec(address)?.[1];
    if (locale) notFoundPages.set(locale, readFileSync(join(base, locale, '404', 'index.html')));
  }
  const rootNotFound = lstatSync(join(base, '404.html'), { throwIfNoEntry: false });
  if (rootNotFound?.isFile()) notFoundPages.set('', readFileSync(join(base, '404.html')));
  const files = sirv(base, {
    dev: false,
    dotfiles: false,
    extensions: ['html'],
    setHeaders: (response, pathname) => {
      const extension = extname(pathname);
      const type = types[extension] ?? (extension ? 'application/octet-stream' : undefined);
      if (type) response.setHeader('Content-Type', type);
      response.setHeader(
        'Cache-Control',
        pathname.startsWith('/_astro/') ? 'public, max-age=31536000, immutable' : 'no-cache',
      );
    },
    onNoMatch: (request, response) => sendNotFound(request, response, notFoundPages),
  });
  return { files, folders, identity: folderIdentity(base) };
}

/** Changes when the folder is replaced (`npm run build` swaps in a new dist/), so that the server reads the new one. */
function folderIdentity(base) {
  const stats = statSync(base, { throwIfNoEntry: false });
  return stats ? `${stats.dev}:${stats.ino}:${stats.mtimeMs}` : undefined;
}

/** The address's path as sirv reads it: `%2F` stays as it is, so an encoded slash never makes a folder. */
function decodedPath(target) {
  const raw = target.split(/[?#]/, 1)[0] ?? '';
  try {
    return decodeURI(raw);
  } catch {
    return raw;
  }
}

/** The 404 page of the address's language (`/en/…` → `/en/404/`), or the bilingual one at the root. */
function sendNotFound(request, response, pages) {
  const locale = decodedPath(request.url ?? '/').split('/')[1] ?? '';
  const page = pages.get(locale) ?? pages.get('');
  response.writeHead(404, {
    'Content-Type': page ? types['.html'] : types['.txt'],
    'Cache-Control': 'no-cache',
  });
  response.end(request.method === 'HEAD' ? undefined : (page ?? 'Not found\n'));
}

/** A path made only of encoded segments: `/fr/pratiques`, never `//host` nor `/\host`. */
const encodedAddress = (path) =>
  path
    .split('/')
    .map((segment) => encodeURIComponent(segment))
    .join('/');

/** The query as it came, with anything a header cannot carry percent-encoded. */
const safeQuery = (target) => {
  const address = target.split('#', 1)[0] ?? '';
  const at = address.indexOf('?');
  return at === -1
    ? ''
    : address.slice(at).replace(/[^\x21-\x7e]/g, (character) => encodeURIComponent(character));
};

/** Answer one request; the security headers are already set on the response. */
function handle(request, response, site) {
  if (!allowedMethods.includes(request.method ?? '')) {
    response
      .writeHead(405, { Allow: allowedMethods.join(', '), 'Content-Type': types['.txt'] })
      .end('Method not allowed\n');
    return;
  }
  const target = request.url ?? '';
  // Only origin-form targets (`/path?query`): not `http://host/path`, not `*`.
  if (!target.startsWith('/')) {
    response.writeHead(400, { 'Content-Type': types['.txt'] }).end('Bad request\n');
    return;
  }
  const path = decodedPath(target);
  if (!path.endsWith('/') && site.folders.has(path)) {
    // The Location is rebuilt from the folder's own name, segment by segment: always one leading slash.
    response
      .writeHead(301, {
        Location: `${encodedAddress(path)}/${safeQuery(target)}`,
        'Cache-Control': 'no-cache',
      })
      .end();
    return;
  }
  const range = request.headers.range;
  if (range !== undefined && !hasServableRange(range)) delete request.headers.range;
  // A file that disappears after the folder was read (a rebuild) ends its response instead of the server.
  response.on('pipe', (source) => source.on('error', () => response.destroy()));
  site.files(request, response);
}

/** Every response line a host would add, for the answers Node writes itself to requests it cannot parse. */
const rawSecurityHeaders = Object.entries(securityHeaders)
  .map(([name, value]) => `${name}: ${value}\r\n`)
  .join('');

/**
 * Start serving a folder; resolves with the server and its URL once it listens. The folder is read
 * when the server starts, and again when it has been replaced by a new build.
 * @param {{ root?: string, port?: number, host?: string }} [options]
 */
export async function startServer({ root = 'dist', port = 4321, host } = {}) {
  const base = resolve(root);
  if (!statSync(base, { throwIfNoEntry: false })?.isDirectory())
    throw new Error(`${root}/ is missing: run \`npm run build\` first`);
  let site = readSite(base);
  // A static site does not use the Host header: without this, Node answers a request that lacks it itself, without our headers.
  const server = createServer({ requireHostHeader: false }, (request, response) => {
    for (const [name, value] of Object.entries(securityHeaders)) response.setHeader(name, value);
    try {
      const identity = folderIdentity(base);
      if (identity && identity !== site.identity) site = readSite(base);
      handle(request, response, site);
    } catch (error) {
      console.error(error instanceof Error ? error.message : error);
      if (response.headersSent) response.destroy();
      else
        response.writeHead(500, { 'Content-Type': types['.txt'] }).end('Internal server error\n');
    }
  });
  server.on('clientError', (error, socket) => {
    if (error.code === 'ECONNRESET' || !socket.writable) {
      socket.destroy();
      return;
    }
    const status =
      error.code === 'HPE_HEADER_OVERFLOW'
        ? '431 Request Header Fields Too Large'
        : '400 Bad Request';
    socket.end(
      `HTTP/1.1 ${status}\r\n${rawSecurityHeaders}Content-Length: 0\r\nConnection: close\r\n\r\n`,
    );
  });
  // CONNECT is not a request for a file: answered here, since Node would otherwise close the connection without a response.
  server.on('connect', (request, socket) => {
    socket.on('error', () => socket.destroy());
    socket.end(
      `HTTP/1.1 405 Method Not Allowed\r\nAllow: ${allowedMethods.join(', ')}\r\n${rawSecurityHeaders}Content-Length: 0\r\nConnection: close\r\n\r\n`,
    );
  });
  await new Promise((done) => server.listen(port, host, done));
  const address = server.address();
  const url = `http://localhost:${typeof address === 'object' && address ? address.port : port}`;
  return { server, url };
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const { url } = await startServer({
    root: process.argv[2] ?? 'dist',
    port: Number(process.env.PORT ?? 4321),
  });
  console.log(`Continuités is served at ${url}/ (Ctrl+C to stop)`);
}
