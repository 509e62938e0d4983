import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { TestProject } from 'vitest/node';
import { startServer } from '../../scripts/serve.mjs';

declare module 'vitest' {
  export interface ProvidedContext {
    /** The built site (dist/), served on localhost. */
    baseUrl: string;
    /** A second build in which one case exists in French only, to see what an untranslated page looks like. */
    fixtureUrl: string;
  }
}

const root = resolve(import.meta.dirname, '../..');
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

export default async function setup(project: TestProject) {
  if (!existsSync(join(root, 'dist/index.html'))) {
    throw new Error('dist/ is missing: run `npm run build` first (`npm test` does it for you).');
  }
  const site = await startServer({ root: join(root, 'dist'), port: 0 });
  const fixture = await startServer({ root: buildUntranslatedFixture(), port: 0 });
  project.provide('baseUrl', site.url);
  project.provide('fixtureUrl', fixture.url);
  return () => {
    site.server.close();
    fixture.server.close();
  };
}
