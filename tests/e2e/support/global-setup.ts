import { execFile } from 'node:child_process';
import {
  cpSync,
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { createServer } from 'node:http';
import { join, resolve } from 'node:path';
import yaml from 'js-yaml';
import { chromium, type BrowserServer } from 'playwright-core';
import type { TestProject } from 'vitest/node';
import { launchOptions } from '../../../scripts/browser.mjs';
import { startServer } from '../../../scripts/serve.mjs';

declare module 'vitest' {
  export interface ProvidedContext {
    /** The built site (dist/), served on localhost. */
    baseUrl: string;
    /** A second build in which one case exists in French only, to see what an untranslated page looks like. */
    fixtureUrl: string;
    /** Answers once that second build is done (see untranslatedFixture in fixture.ts). */
    fixtureReadyUrl: string;
    /** A third build with more practices than a page of a listing holds, to see the pages of listings. */
    pagedUrl: string;
    /** Answers once that third build is done (see pagedFixture in fixture.ts). */
    pagedReadyUrl: string;
    /** The Chromium every test file connects to (see useBrowser). */
    browserEndpoint: string;
  }
}

const root = resolve(import.meta.dirname, '../../..');
const work = join(root, 'tests/.tmp');

/**
 * Build the site from a copy of the content where the English version of one case is missing, in
 * the background: the tests that do not need it run meanwhile (a second Astro build is some twenty
 * seconds of one core). `built` resolves when it is done, or rejects with the build's log.
 */
function buildUntranslatedFixture(): { outDir: string; built: Promise<void>; stop: () => void } {
  const content = join(work, 'content');
  cpSync(join(root, 'content'), content, { recursive: true });
  rmSync(join(content, 'cases/en/lab28-la-loupe.mdx'));
  return buildFixture('content', 'dist', 'cache', 'The untranslated fixture');
}

/**
 * Build the site from a copy of the content where every case is there three times (the copies under
 * `<slug>-2`, `<slug>-3`, their titles numbered), so that the catalogue and some hubs take more than
 * one page: the pages of listings and their pager, which the real content is too small to show.
 */
function buildPagedFixture(): { outDir: string; built: Promise<void>; stop: () => void } {
  const content = join(work, 'paged-content');
  cpSync(join(root, 'content'), content, { recursive: true });
  for (const locale of ['fr', 'en']) {
    const folder = join(content, 'cases', locale);
    for (const file of readdirSync(folder).filter((name) => name.endsWith('.mdx'))) {
      const text = readFileSync(join(folder, file), 'utf8');
      for (const copy of [2, 3])
        writeFileSync(
          join(folder, file.replace(/\.mdx$/, `-${copy}.mdx`)),
          text.replace(/^title: (.*)$/m, (line: string) => {
            const { title } = yaml.load(line) as { title: string };
            return `title: ${JSON.stringify(`${title} (${copy})`)}`;
          }),
        );
    }
  }
  return buildFixture('paged-content', 'paged-dist', 'paged-cache', 'The paged fixture');
}

/** The last fixture build started: the next one waits for it. */
let previousBuild: Promise<unknown> = Promise.resolve();

/**
 * Build a copy of the content (a folder of tests/.tmp/) into another folder of tests/.tmp/, in the
 * background, once the builds started before it are done: two Astro builds of one project at once
 * would write each other's generated content modules (.astro/).
 */
function buildFixture(
  contentFolder: string,
  distFolder: string,
  cacheFolder: string,
  name: string,
): { outDir: string; built: Promise<void>; stop: () => void } {
  const outDir = join(work, distFolder);
  let child: ReturnType<typeof execFile> | undefined;
  let stopped = false;
  const after = previousBuild.catch(() => undefined);
  const built = new Promise<void>((done, fail) => {
    void after.then(() => {
      if (stopped) return fail(new Error(`${name} was stopped before it started`));
      child = execFile(
        join(root, 'node_modules/.bin/astro'),
        ['build', '--outDir', outDir],
        {
          cwd: root,
          env: {
            ...process.env,
            CONTINUITES_CONTENT_DIR: `tests/.tmp/${contentFolder}`,
            ASTRO_CACHE_DIR: `tests/.tmp/${cacheFolder}`,
          },
          maxBuffer: 64 * 1024 * 1024,
        },
        (error, stdout, stderr) =>
          error ? fail(new Error(`${name} did not build:\n${stdout}${stderr}`)) : done(),
      );
    });
  });
  previousBuild = built;
  // Nothing awaits the build until a test needs it: its failure is reported there, not here.
  built.catch(() => {});
  return {
    outDir,
    built,
    stop: () => {
      stopped = true;
      child?.kill();
    },
  };
}

/** A local address that answers 200 once `built` resolves, or 500 with the error if it rejects. */
async function announce(built: Promise<void>) {
  const server = createServer((_, response) => {
    built.then(
      () => response.end('built'),
      (error: Error) => response.writeHead(500).end(error.message),
    );
  });
  await new Promise<void>((listening) => server.listen(0, listening));
  const address = server.address();
  return {
    server,
    url: `http://localhost:${typeof address === 'object' && address ? address.port : 0}/`,
  };
}

/**
 * Start the one Chromium of a test run (see useBrowser in browser.ts): every test file connects to it
 * rather than launching its own, which a 2-core machine would pay for once per file.
 * The flags are those of scripts/browser.mjs (launchOptions).
 */
async function launchSharedBrowser(): Promise<BrowserServer> {
  return chromium.launchServer(launchOptions());
}

export default async function setup(project: TestProject) {
  if (!existsSync(join(root, 'dist/index.html'))) {
    throw new Error('dist/ is missing: run `npm run build` first (`npm test` does it for you).');
  }
  rmSync(work, { recursive: true, force: true });
  const fixtureBuild = buildUntranslatedFixture();
  const pagedBuild = buildPagedFixture();
  // Served from the start, empty until the build is done: the server reads the folder again once it has changed.
  mkdirSync(fixtureBuild.outDir, { recursive: true });
  mkdirSync(pagedBuild.outDir, { recursive: true });
  const site = await startServer({ root: join(root, 'dist'), port: 0 });
  const fixture = await startServer({ root: fixtureBuild.outDir, port: 0 });
  const paged = await startServer({ root: pagedBuild.outDir, port: 0 });
  const ready = await announce(fixtureBuild.built);
  const pagedReady = await announce(pagedBuild.built);
  const browser = await launchSharedBrowser();
  project.provide('baseUrl', site.url);
  project.provide('fixtureUrl', fixture.url);
  project.provide('fixtureReadyUrl', ready.url);
  project.provide('pagedUrl', paged.url);
  project.provide('pagedReadyUrl', pagedReady.url);
  project.provide('browserEndpoint', browser.wsEndpoint());
  return async () => {
    fixtureBuild.stop();
    pagedBuild.stop();
    await browser.close();
    for (const server of [
      site.server,
      fixture.server,
      ready.server,
      paged.server,
      pagedReady.server,
    ])
      server.close();
  };
}
