import { get } from 'node:http';
import { inject } from 'vitest';

let built: Promise<void> | undefined;

/**
 * Wait until the second build of the tests is done: the site built from a copy of the content in
 * which one case exists in French only (global-setup.ts builds it while the first tests run).
 * Call it before reading that build's files (`fixtureDistDir`) or opening its pages; pages opened
 * through `useBrowser(inject('fixtureUrl'))` wait for it by themselves. Throws the build's log if it failed.
 */
export function untranslatedFixture(): Promise<void> {
  built ??= new Promise((done, fail) => {
    // node:http rather than fetch: a build on a busy machine may outlast fetch's five-minute timeout.
    get(inject('fixtureReadyUrl'), (response) => {
      let body = '';
      response.setEncoding('utf8');
      response.on('data', (chunk: string) => (body += chunk));
      response.on('end', () => (response.statusCode === 200 ? done() : fail(new Error(body))));
    }).on('error', fail);
  });
  return built;
}
