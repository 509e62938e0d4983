#!/usr/bin/env node
// npm run cms: the web editor (Decap CMS) on this computer, saving to this repository, without a
// GitHub account. Each save is a commit on a branch of its own, cms/<collection>/<entry>, exactly as
// the published editor opens a pull request: nothing reaches the current branch. decap-server (its
// git mode) does the git work; this server also serves the editor's page and its configuration,
// generated from the schemas as on the published site. Used by the browser test of the editor.
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import express from 'express';
import { siteCmsConfig, siteTerritoryCodes } from '../src/cms/site.ts';
import { decapDistDir, decapFiles, yamlModulePath } from '../src/integrations/cms-assets.ts';
import { securityHeaders } from './serve.mjs';

const require = createRequire(import.meta.url);
const root = resolve(fileURLToPath(import.meta.url), '../..');

/**
 * Why the editor cannot save to a repository, if it cannot: decap-server commits with `git add .` and
 * switches branches, so uncommitted changes would end up in a contributor's entry, or stop the save.
 * @param {string} repository
 * @returns {{ branch?: string, problem?: string }}
 */
export function repositoryState(repository) {
  const git = (/** @type {string[]} */ ...args) =>
    execFileSync('git', args, { cwd: repository, encoding: 'utf8' }).trim();
  let branch;
  try {
    branch = git('rev-parse', '--abbrev-ref', 'HEAD');
  } catch {
    return { problem: `${repository} is not a git repository: clone the project with git first` };
  }
  if (branch === 'HEAD')
    return {
      problem: 'no branch is checked out (detached HEAD): git switch main, then npm run cms',
    };
  const changes = git('status', '--porcelain');
  if (changes) {
    return {
      problem: `uncommitted changes (the editor commits every file of the working tree with each save):\n${changes}\ncommit or stash them (git stash), then npm run cms`,
    };
  }
  return { branch };
}

/**
 * Serve the web editor for a repository: its page and scripts, the configuration in both interface
 * languages (backend: decap-server on the same origin), and decap-server's API at /api/v1.
 * @param {{ repository?: string, port?: number, host?: string, logLevel?: string }} [options]
 */
export async function startCmsServer({
  repository = root,
  port = 8081,
  host = 'localhost',
  logLevel = 'info',
} = {}) {
  const { branch, problem } = repositoryState(repository);
  if (problem || !branch) throw new Error(`npm run cms: ${problem}`);
  const app = express();
  app.disable('x-powered-by');
  app.use((_request, response, next) => {
    response.set(securityHeaders);
    next();
  });
  const backend = { name: /** @type {const} */ ('proxy'), proxy_url: '/api/v1', branch };
  app.get('/', (_request, response) => response.redirect('/admin/'));
  app.get('/favicon.svg', (_request, response) =>
    response.sendFile(join(root, 'public/favicon.svg')),
  );
  app.get('/admin/config.:locale.json', (request, response) => {
    const locale = request.params.locale;
    if (locale !== 'fr' && locale !== 'en') return void response.sendStatus(404);
    response.json(siteCmsConfig(locale, backend, join(repository, 'content')));
  });
  app.get('/admin/territory-codes.json', (_request, response) =>
    response.json(
      Object.fromEntries(
        Object.entries(siteTerritoryCodes()).map(([scope, list]) => [
          scope,
          list.map((entry) => entry.code),
        ]),
      ),
    ),
  );
  const decap = decapDistDir();
  for (const file of decapFiles(decap))
    app.get(`/admin/${file}`, (_request, response) => response.sendFile(join(decap, file)));
  app.get('/admin/js-yaml.mjs', (_request, response) => response.sendFile(yamlModulePath()));
  app.use('/admin', express.static(join(root, 'public/admin'), { index: 'index.html' }));

  // decap-server reads the repository from the environment when it registers.
  const previous = process.env.GIT_REPO_DIRECTORY;
  process.env.GIT_REPO_DIRECTORY = repository;
  try {
    await require('decap-server/dist/middlewares.js').registerLocalGit(app, { logLevel });
  } finally {
    if (previous === undefined) delete process.env.GIT_REPO_DIRECTORY;
    else process.env.GIT_REPO_DIRECTORY = previous;
  }

  /** @type {import('node:http').Server} */
  const server = await new Promise((done) => {
    const listening = app.listen(port, host, () => done(listening));
  });
  const address = server.address();
  const url = `http://localhost:${typeof address === 'object' && address ? address.port : port}`;
  return { server, url, branch };
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const portArgument = process.argv.indexOf('--port');
  const port = Number(
    portArgument > 0 ? process.argv[portArgument + 1] : (process.env.PORT ?? 8081),
  );
  if (!existsSync(join(root, 'node_modules/decap-cms'))) {
    console.error('npm run cms: Decap CMS is not installed: run npm install first.');
    process.exit(1);
  }
  try {
    const { url, branch } = await startCmsServer({ port });
    console.log(`The web editor is at ${url}/admin/ (English interface: ${url}/admin/?lang=en); Ctrl+C to stop.
Each save is a commit on its own branch, cms/<collection>/<entry>, made from "${branch}"; "${branch}" itself does not change.
To see an entry on the site: git switch cms/cases/<entry> && npm run dev. To propose it: git push origin cms/cases/<entry>, then open a pull request.`);
  } catch (error) {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  }
}
