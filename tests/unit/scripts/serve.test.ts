import { mkdirSync, mkdtempSync, renameSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import type { Server } from 'node:http';
import { connect } from 'node:net';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { securityHeaders, startServer } from '../../../scripts/serve.mjs';

// The preview server against requests no browser would send. The served folder is `dist/`; beside it
// are a sibling whose name starts the same way (`dist-x/`) and a file of the parent folder, each holding
// a secret that no response may contain. Requests are written on raw sockets, so that paths reach the
// server exactly as written (fetch would normalise them first).

const secret = 'SECRET-NOT-TO-BE-SERVED';
const work = mkdtempSync(join(tmpdir(), 'continuites-serve-'));
const dist = join(work, 'dist');

function write(path: string, text: string): void {
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, text);
}

/** A tiny built site, with the server chunks a failed Astro build leaves behind. */
function writeSite(root: string, home = 'home page'): void {
  write(join(root, 'index.html'), `<!doctype html><title>${home}</title>`);
  write(join(root, '404.html'), '<!doctype html><title>root 404</title>');
  write(join(root, 'fr/index.html'), '<!doctype html><title>accueil</title>');
  write(join(root, 'fr/404/index.html'), '<!doctype html><title>Page introuvable</title>');
  write(join(root, 'fr/pratiques/index.html'), '<!doctype html><title>pratiques</title>');
  write(join(root, 'en/index.html'), '<!doctype html><title>home</title>');
  write(join(root, 'en/404/index.html'), '<!doctype html><title>Page not found</title>');
  write(join(root, '_astro/site.css'), 'body{}');
  write(join(root, 'data/cases.csv'), 'id,title\r\na,b\r\n');
  write(join(root, 'pagefind/fragment/fr_1.pf_fragment'), 'bytes');
  write(join(root, '.prerender/chunks/page.mjs'), `export const x = '${secret}';`);
}

interface RawResponse {
  status: number;
  headers: Record<string, string>;
  body: string;
}

/** Send bytes as they are and read every response until the server closes the connection. */
function rawRequest(port: number, request: string): Promise<RawResponse[]> {
  return new Promise((resolve, reject) => {
    const socket = connect(port, '127.0.0.1');
    const chunks: Buffer[] = [];
    socket.setTimeout(5000, () =>
      socket.destroy(new Error(`no answer in 5 s to ${JSON.stringify(request.slice(0, 200))}`)),
    );
    socket.on('data', (chunk) => chunks.push(chunk));
    socket.on('error', reject);
    socket.on('close', () => resolve(parseResponses(Buffer.concat(chunks).toString('latin1'))));
    // Written without closing our side: Node drops a half-closed connection before a file is streamed.
    socket.write(request, 'latin1');
  });
}

function parseResponses(text: string): RawResponse[] {
  return text
    .split(/(?=^HTTP\/1\.1 \d{3} )/m)
    .filter((part) => part.startsWith('HTTP/1.1 '))
    .map((part) => {
      const [head = '', body = ''] = part.split('\r\n\r\n', 2);
      const [statusLine = '', ...lines] = head.split('\r\n');
      const headers: Record<string, string> = {};
      for (const line of lines) {
        const colon = line.indexOf(':');
        headers[line.slice(0, colon).toLowerCase()] = line.slice(colon + 1).trim();
      }
      return { status: Number(statusLine.split(' ')[1]), headers, body };
    });
}

const get = (port: number, path: string, method = 'GET', extra = '') =>
  rawRequest(
    port,
    `${method} ${path} HTTP/1.1\r\nHost: localhost\r\n${extra}Connection: close\r\n\r\n`,
  ).then((responses) => responses[0]!);

/** What must hold of any response, whatever the request: the headers, no secret, no redirect elsewhere. */
function expectSafe(response: RawResponse, request: string): void {
  for (const [name, value] of Object.entries(securityHeaders))
    expect(response.headers[name.toLowerCase()], `${name} on ${request}`).toBe(value);
  expect(response.body, request).not.toContain(secret);
  expect(response.status, request).not.toBe(500);
  if ('location' in response.headers)
    expect(response.headers.location, request).toMatch(/^\/(?![/\\])/);
}

/** A small deterministic generator, so that a failure can be replayed. */
function random(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state + 0x6d2b79f5) | 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const pieces = [
  ...[
    '',
    '.',
    '..',
    '...',
    '%2e',
    '%2E%2e',
    '.%2e',
    '%2f',
    '%2F',
    '%5c',
    '%5C',
    '\\',
    '%00',
    '%01',
    '%7f',
  ],
  // Overlong and invalid UTF-8 for "/", "." and "\", and other broken escapes.
  ...[
    '%c0%af',
    '%c0%ae',
    '%e0%80%af',
    '%f0%80%80%af',
    '%c1%9c',
    '%c0%2f',
    '%ff',
    '%fe%ff',
    '%',
    '%z',
    '%zz',
    '%%2f',
    '%u002f',
  ],
  ...[
    '%E2%82%AC',
    '€',
    'é',
    '\u202e',
    '%e2%80%ae',
    '%0d%0a',
    '%0aLocation:%20//evil.example',
    '%09',
    '+',
    ';',
    '~',
    '@',
    ':',
  ],
  ...[
    '//',
    '///',
    'evil.example',
    '%2fevil.example',
    '\\evil.example',
    'dist-x',
    'dist',
    'f',
    'fr',
    'en',
    '404',
    'pratiques',
  ],
  ...[
    'index.html',
    'index',
    '.prerender',
    'chunks',
    'page.mjs',
    '_astro',
    'site.css',
    'data',
    'cases.csv',
    '__proto__',
    'constructor',
  ],
  ...['pagefind', 'fragment', 'fr_1.pf_fragment', '..%2f..%2f..%2fetc%2fpasswd', 'x'.repeat(300)],
];
const separators = ['/', '/', '/', '', '%2f', '/../', '/./', '\\', '//', '%5c'];
const methods = [
  'GET',
  'GET',
  'GET',
  'GET',
  'GET',
  'GET',
  'HEAD',
  'HEAD',
  'POST',
  'PUT',
  'DELETE',
  'OPTIONS',
  'PATCH',
  'TRACE',
];

function randomRequest(next: () => number): { method: string; path: string; extra: string } {
  const pick = <T>(list: readonly T[]) => list[Math.floor(next() * list.length)]!;
  let path = '';
  const count = 1 + Math.floor(next() * 6);
  for (let index = 0; index < count; index += 1) path += pick(separators) + pick(pieces);
  if (!path.startsWith('/')) path = `/${path}`;
  if (next() < 0.3) path += '/';
  if (next() < 0.2) path += `?${pick(pieces)}=${pick(pieces)}`;
  let extra = '';
  if (next() < 0.1)
    extra += `Range: bytes=${Math.floor(next() * 20)}-${pick(['', String(Math.floor(next() * 20)), 'x', '-1', '0,1-2'])}\r\n`;
  if (next() < 0.05) extra += 'Upgrade: websocket\r\nConnection: Upgrade\r\n';
  return { method: pick(methods), path, extra };
}

let server: Server;
let port: number;

beforeAll(async () => {
  writeSite(dist);
  write(join(work, 'dist-x/f'), secret);
  write(join(work, 'secret.txt'), secret);
  const started = await startServer({ root: dist, port: 0 });
  server = started.server as Server;
  port = Number(new URL(started.url).port);
});

afterAll(() => {
  server?.close();
  rmSync(work, { recursive: true, force: true });
});

describe('the preview server', () => {
  test('answers the requests that stopped, redirected or leaked from the former server, each with a 404 page', async () => {
    for (const path of [
      '/%E2%82%AC%2f..%2ffr',
      '/%2fevil.example%2f..%2ffr',
      '/..%2fdist-x/f',
      '/../dist-x/f',
      '/%2e%2e/secret.txt',
    ]) {
      const response = await get(port, path);
      expectSafe(response, path);
      expect(response.status, path).toBe(404);
      expect(response.headers.location, path).toBeUndefined();
    }
    expect((await get(port, '/')).status).toBe(200);
  });

  test(
    'survives 1,200 random and encoded paths and methods, with the security headers on every answer',
    { timeout: 60_000 },
    async () => {
      const next = random(20_260_513);
      const requests = Array.from({ length: 1200 }, () => randomRequest(next));
      const statuses = new Map<number, number>();
      let index = 0;
      const worker = async () => {
        while (index < requests.length) {
          const { method, path, extra } = requests[index++]!;
          const described = `${method} ${JSON.stringify(path)}`;
          const responses = await rawRequest(
            port,
            `${method} ${path} HTTP/1.1\r\nHost: localhost\r\n${extra}Connection: close\r\n\r\n`,
          );
          expect(responses.length, described).toBeGreaterThan(0);
          for (const response of responses) {
            expectSafe(response, described);
            statuses.set(response.status, (statuses.get(response.status) ?? 0) + 1);
          }
          // A path with raw bytes HTTP does not allow is refused (400) before its method is read.
          if (!['GET', 'HEAD'].includes(method))
            expect([400, 405], described).toContain(responses[0]!.status);
          if (!['GET', 'HEAD'].includes(method) && /^[\x21-\x7e]+$/.test(path))
            expect(responses[0]!.status, described).toBe(405);
        }
      };
      await Promise.all(Array.from({ length: 16 }, worker));
      // The answers are varied enough for the run to mean something: files, redirects, 404s, refused methods.
      for (const status of [200, 301, 400, 404, 405])
        expect(statuses.get(status), `answers with status ${status}`).toBeGreaterThan(0);
      expect(server.listening).toBe(true);
      const home = await get(port, '/');
      expect(home.status).toBe(200);
      expect(home.body).toContain('home page');
    },
  );

  test('adds the slash to a folder with a redirect to the same site, keeping the query', async () => {
    const response = await get(port, '/fr/pratiques?theme=ent');
    expect(response.status).toBe(301);
    expect(response.headers.location).toBe('/fr/pratiques/?theme=ent');
    for (const path of [
      '//evil.example/..%2ffr',
      '/%2fevil.example%2f..%2ffr/pratiques',
      '/\\evil.example/fr/pratiques',
      '//fr/pratiques',
    ]) {
      const answer = await get(port, path);
      expectSafe(answer, path);
      expect(answer.status, path).toBe(404);
    }
  });

  test('answers an unknown address with the 404 page of its language', async () => {
    expect((await get(port, '/fr/nulle-part/')).body).toContain('Page introuvable');
    expect((await get(port, '/en/nowhere')).body).toContain('Page not found');
    const elsewhere = await get(port, '/nowhere');
    expect(elsewhere.status).toBe(404);
    expect(elsewhere.body).toContain('root 404');
  });

  test('never serves the server chunks of .prerender, nor a file beside the folder', async () => {
    for (const path of [
      '/.prerender/chunks/page.mjs',
      '/%2eprerender/chunks/page.mjs',
      '/..%2fdist-x/f',
      '/../secret.txt',
    ]) {
      const response = await get(port, path);
      expectSafe(response, path);
      expect(response.status, path).toBe(404);
    }
  });

  test('refuses every method but GET and HEAD with 405 and the methods it allows', async () => {
    for (const method of ['POST', 'PUT', 'DELETE', 'OPTIONS', 'PATCH', 'CONNECT']) {
      const response = await get(port, method === 'CONNECT' ? 'localhost:80' : '/', method);
      expectSafe(response, method);
      expect(response.status, method).toBe(405);
      expect(response.headers.allow, method).toBe('GET, HEAD');
    }
    const head = await get(port, '/data/cases.csv', 'HEAD');
    expect(head.status).toBe(200);
    expect(head.headers['content-type']).toBe('text/csv; charset=utf-8');
    expect(head.body).toBe('');
  });

  test('sends the security headers with the answers Node writes itself to requests it cannot read', async () => {
    for (const request of [
      'GARBAGE\r\n\r\n',
      'GET / HTTP/1.1\r\nHost: x\r\nBad Header\r\n\r\n',
      `GET /${'a'.repeat(20_000)} HTTP/1.1\r\n\r\n`,
    ]) {
      const [response] = await rawRequest(port, request);
      expect(response, JSON.stringify(request.slice(0, 40))).toBeDefined();
      expectSafe(response!, request.slice(0, 40));
      expect([400, 431]).toContain(response!.status);
    }
  });

  test('ignores a byte range it cannot serve instead of failing on it', async () => {
    expect((await get(port, '/data/cases.csv', 'GET', 'Range: bytes=10-2\r\n')).status).toBe(200);
    const part = await get(port, '/data/cases.csv', 'GET', 'Range: bytes=0-1\r\n');
    expect(part.status).toBe(206);
    expect(part.body).toBe('id');
  });

  test('serves the new folder once a build has replaced it', async () => {
    const next = join(work, 'dist.next');
    writeSite(next, 'rebuilt home page');
    renameSync(dist, join(work, 'dist.previous'));
    renameSync(next, dist);
    expect((await get(port, '/')).body).toContain('rebuilt home page');
  });

  test('refuses to start on a folder that holds a symbolic link, naming it', async () => {
    const linked = join(work, 'linked');
    writeSite(linked);
    symlinkSync(join(work, 'dist-x'), join(linked, 'fr', 'outside'));
    await expect(startServer({ root: linked, port: 0 })).rejects.toThrow(
      /linked\/fr\/outside: a symbolic link/,
    );
  });
});
