import { get } from 'node:http';
import { inject } from 'vitest';

const builds = new Map<string, Promise<void>>();

/** Wait until the build that `readyUrl` announces is done; throws its log if it failed. */
function built(readyUrl: string): Promise<void> {
  let done = builds.get(readyUrl);
  if (!done) {
    done = new Promise((resolve, fail) => {
      // node:http rather than fetch: a build on a busy machine may outlast fetch's five-minute timeout.
      get(readyUrl, (response) => {
        let body = '';
        response.setEncoding('utf8');
        response.on('data', (chunk: string) => (body += chunk));
        response.on('end', () => (response.statusCode === 200 ? resolve() : fail(new Error(body))));
      }).on('error', fail);
    });
    builds.set(readyUrl, done);
  }
  return done;
}

/**
 * Wait until the second build of the tests is done: the site built from a copy of the content in
 * which one case exists in French only (global-setup.ts builds it while the first tests run).
 * Call it before reading that build's files (`fixtureDistDir`) or opening its pages; pages opened
 * through `useBrowser(inject('fixtureUrl'))` wait for it by themselves. Throws the build's log if it failed.
 */
export function untranslatedFixture(): Promise<void> {
  return built(inject('fixtureReadyUrl'));
}

/**
 * Wait until the third build of the tests is done: the site built from a copy of the content with
 * every case three times, so that listings take several pages. Pages opened through
 * `useBrowser(inject('pagedUrl'))` wait for it by themselves.
 */
export function pagedFixture(): Promise<void> {
  return built(inject('pagedReadyUrl'));
}
