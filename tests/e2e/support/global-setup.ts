import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { chromium, type BrowserServer } from 'playwright-core';
import type { TestProject } from 'vitest/node';
import { chromiumPath } from '../../../scripts/browser.mjs';
import { startServer } from '../../../scripts/serve.mjs';

declare module 'vitest' {
  export interface ProvidedContext {
    /** The built site (dist/), served on localhost. */
    baseUrl: string;
    /** A second build in which one case exists in French only, to see what an untranslated page looks like. */
    fixtureUrl: string;
    /** The Chromium every test file connects to (see useBrowser). */
    browserEndpoint: string;
  }
}

const root = resolve(import.meta.dirname, '../../..');
const work = join(root, 'tests/.tmp');

/** Build the site from a copy of the content where the English version of one case is missing. */
function buildUntranslatedFixture(): string {
  const content = join(work, 'content');
  const outDir = join(work, 'dist');
  rmSync(work, { recursive: true, force: true });
  cpSync(join(root, 'content'), content, { recursive: true });
  rmSync(join(content, 'cases/en/lab28-la-loupe.mdx'));
  execFileSync(join(root, 'node_modules/.bin/astro'), ['build', '--outDir', outDir], {
    cwd: root,
    env: { ...process.env, CONTINUITES_CONTENT_DIR: 'tests/.tmp/content', ASTRO_CACHE_DIR: 'tests/.tmp/cache' },
    stdio: 'pipe',
  });
  return outDir;
}

/**
 * Start the one Chromium of a test run (see useBrowser in browser.ts): every test file connects to it
 * rather than launching its own, which a 2-core machine would pay for once per file.
 * The flags are those of scripts/browser.mjs (no sandbox as root, no background network).
 */
async function launchSharedBrowser(): Promise<BrowserServer> {
  if (!chromiumPath)
    throw new Error('Chromium not found: install the "chromium" package (apt-get install -y chromium) or set CHROMIUM_PATH.');
  return chromium.launchServer({
    executablePath: chromiumPath,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-quic',
      '--no-first-run',
      '--disable-sync',
    ],
  });
}

export default async function setup(project: TestProject) {
  if (!existsSync(join(root, 'dist/index.html'))) {
    throw new Error('dist/ is missing: run `npm run build` first (`npm test` does it for you).');
  }
  const site = await startServer({ root: join(root, 'dist'), port: 0 });
  const fixture = await startServer({ root: buildUntranslatedFixture(), port: 0 });
  const browser = await launchSharedBrowser();
  project.provide('baseUrl', site.url);
  project.provide('fixtureUrl', fixture.url);
  project.provide('browserEndpoint', browser.wsEndpoint());
  return async () => {
    await browser.close();
    site.server.close();
    fixture.server.close();
  };
}
