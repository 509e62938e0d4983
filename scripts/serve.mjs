#!/usr/bin/env node
// Serve the built site (dist/) the way a static host would: directory indexes, a 404 page per
// language, correct types for Pagefind's files, and the security headers a host should add
// (see README). Used by `npm start` and by the browser tests.
import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { createServer } from 'node:http';
import { extname, join, normalize, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

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

/** Headers a host should send with every response (a meta CSP cannot carry frame-ancestors). */
export const securityHeaders = {
  'Content-Security-Policy': "frame-ancestors 'none'",
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'strict-origin-when-cross-origin',
  'Permissions-Policy': 'camera=(), microphone=(), geolocation=(), interest-cohort=()',
};

async function isFile(path) {
  try {
    return (await stat(path)).isFile();
  } catch {
    return false;
  }
}

/**
 * Start serving a folder; resolves with the server and its URL once it listens.
 * @param {{ root?: string, port?: number, host?: string }} [options]
 */
export async function startServer({ root = 'dist', port = 4321, host } = {}) {
  const base = resolve(root);
  const server = createServer(async (request, response) => {
    const url = new URL(request.url ?? '/', 'http://localhost');
    let pathname;
    try {
      pathname = decodeURIComponent(url.pathname);
    } catch {
      pathname = '/';
    }
    const file = normalize(join(base, pathname));
    if (!file.startsWith(base)) {
      response.writeHead(400).end();
      return;
    }
    let target = file;
    let status = 200;
    if (pathname.endsWith('/')) {
      target = join(file, 'index.html');
    } else if (!(await isFile(file)) && (await isFile(join(file, 'index.html')))) {
      response.writeHead(301, { Location: `${pathname}/${url.search}`, ...securityHeaders }).end();
      return;
    }
    if (!(await isFile(target))) {
      status = 404;
      const locale = pathname.split('/')[1];
      target = (await isFile(join(base, locale ?? '', '404', 'index.html'))) ? join(base, locale ?? '', '404', 'index.html') : join(base, '404.html');
    }
    response.writeHead(status, {
      'Content-Type': types[extname(target)] ?? 'application/octet-stream',
      'Cache-Control': target.includes(`${join(base, '_astro')}`) ? 'public, max-age=31536000, immutable' : 'no-cache',
      ...securityHeaders,
    });
    if (request.method === 'HEAD') {
      response.end();
      return;
    }
    createReadStream(target).pipe(response);
  });
  await new Promise((done) => server.listen(port, host, done));
  const address = server.address();
  const url = `http://localhost:${typeof address === 'object' && address ? address.port : port}`;
  return { server, url };
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const { url } = await startServer({ root: process.argv[2] ?? 'dist', port: Number(process.env.PORT ?? 4321) });
  console.log(`Continuités is served at ${url}/ (Ctrl+C to stop)`);
}
