import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import type { Server } from 'node:http';
import { join, resolve } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { launchBrowser } from '../../scripts/browser.mjs';
import { startCmsServer } from '../../scripts/cms.mjs';
import { axeViolations, withAxe } from './support/axe.ts';

// The web editor as a contributor uses it, through `npm run cms` (Decap CMS with decap-server's git
// mode): a case written in French and translated into English in the form is saved as a branch of
// its own, never on the checked-out branch; its two files pass the content check and build into
// pages that show what was typed. A value the schema refuses is refused in the form, in French.
// Everything happens in a git repository of its own made from a copy of content/ (tests/.tmp/cms/),
// removed afterwards: the project's content/ is never written to.

const root = resolve(import.meta.dirname, '../..');
const work = join(root, 'tests/.tmp/cms');
const repository = join(work, 'repo');
const slug = 'un-club-de-code-au-college-de-la-loupe';
const branch = `cms/cases/${slug}`;
const typed = {
  fr: {
    title: 'Un club de code au collège de La Loupe',
    summary:
      'Une fiche écrite dans l’éditeur en ligne, pour vérifier qu’elle devient une page du site.',
    actor: 'Collège Jean-Monnet',
    text: 'Le club réunit des élèves du collège après la classe.',
  },
  en: {
    title: 'A coding club at the collège in La Loupe',
    summary: 'A case written in the online editor, to check that it becomes a page of the site.',
    actor: 'Jean-Monnet lower secondary school',
    text: 'The club brings pupils of the collège together after class.',
  },
};

const git = (...args: string[]) =>
  execFileSync('git', args, { cwd: repository, encoding: 'utf8', stdio: 'pipe' }).trim();
/** The same, or '' while decap-server holds the repository (it commits and switches branches). */
const gitWhenFree = (...args: string[]) => {
  try {
    return git(...args);
  } catch {
    return '';
  }
};

let server: Server;
let url: string;
let browser: Browser;
let page: Page;
const externalRequests: string[] = [];
const violations: string[] = [];

beforeAll(async () => {
  rmSync(work, { recursive: true, force: true });
  mkdirSync(repository, { recursive: true });
  cpSync(join(root, 'content'), join(repository, 'content'), { recursive: true });
  git('init', '--quiet', '--initial-branch=main');
  git('config', 'user.name', 'Continuités tests');
  git('config', 'user.email', 'tests@continuites.invalid');
  git('config', 'commit.gpgsign', 'false');
  git('add', '.');
  git('commit', '--quiet', '--message', 'The site’s content');
  ({ server, url } = await startCmsServer({ repository, port: 0, logLevel: 'error' }));
  browser = await launchBrowser();
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  await withAxe(context);
  page = await context.newPage();
  // Decap CMS is 5 MB of script to parse: generous waits for a machine busy with other builds.
  page.setDefaultTimeout(180_000);
  page.on('request', (request) => {
    if (!request.url().startsWith(url) && !/^(data|blob):/.test(request.url()))
      externalRequests.push(request.url());
  });
  page.on('console', (message) => {
    if (/Content[- ]Security[- ]Policy/i.test(message.text())) violations.push(message.text());
  });
});

afterAll(async () => {
  await browser?.close();
  await new Promise((done) => (server ? server.close(done) : done(undefined)));
  rmSync(work, { recursive: true, force: true });
});

/** The form has one column per language, French first: the nth field with this label. */
const FR = 0;
const EN = 1;
const field = (label: string | RegExp, column: number) => page.getByLabel(label).nth(column);

/** Pick a value in a select by typing the start of its label, as a contributor would. */
async function choose(label: string | RegExp, option: string, column = FR) {
  await field(label, column).fill(option);
  await page.getByRole('option', { name: option }).first().click();
}

/** Write the text of a column in the Markdown mode of the text field. */
async function writeText(column: number, heading: string, paragraph: string) {
  const text = page.locator('[aria-label="markdown field"]').nth(column);
  await text.getByRole('switch').click();
  await text.getByRole('textbox').click();
  await page.keyboard.type(`## ${heading}`);
  await page.keyboard.press('Enter');
  await page.keyboard.press('Enter');
  await page.keyboard.type(paragraph);
}

// Loading Decap CMS (1.5 MB gzipped) and building the site take a few seconds each on an idle machine;
// a machine shared with other builds needs more, hence timeouts above the suite's 60 s.
const slow = { timeout: 300_000 };

describe('the web editor, run locally with npm run cms', () => {
  test(
    'opens in French on a form generated from the schema, loading nothing from another origin',
    slow,
    async () => {
      await page.goto(`${url}/admin/#/collections/cases/new`, { waitUntil: 'commit' });
      const signIn = page.getByRole('button', { name: /connecter/i });
      await signIn.waitFor();
      // The sign-in screen, what a visitor of /admin/ sees first, passes axe at both widths (public/admin/editor.css).
      expect(await axeViolations(page)).toEqual([]);
      await page.setViewportSize({ width: 320, height: 800 });
      expect(await axeViolations(page)).toEqual([]);
      await page.setViewportSize({ width: 1280, height: 900 });
      await signIn.click();
      await field('Titre', FR).waitFor();
      expect(await page.locator('html').getAttribute('lang')).toBe('fr');
      // Help from src/cms/texts.ts, under the field.
      expect(
        await page
          .getByText('Le document d’où viennent les faits, parmi ceux de content/sources.yaml.')
          .first()
          .isVisible(),
      ).toBe(true);
      expect({ externalRequests, violations }).toEqual({ externalRequests: [], violations: [] });
    },
  );

  test(
    'refuses, in the form and in French, a territory code that does not exist and a case without a source',
    slow,
    async () => {
      await field('Titre', FR).fill(typed.fr.title);
      await field('Résumé', FR).fill(typed.fr.summary);
      await choose('Continuités', 'Continuité sur la journée de l’élève');
      await choose('Thèmes', 'Code et robotique');
      await choose('Niveaux scolaires', 'Collège');
      await choose('Publics', 'Élèves');
      await choose('Étendue', 'Commune');
      await field(/^Code officiel/, FR).fill('28999');
      await choose('Collectivités responsables', 'Commune');
      await page.getByRole('button', { name: 'Enregistrer' }).click();
      await page
        .getByText(
          '« 28999 » n’est pas un code INSEE de commune : attendu un code INSEE de commune à 5 caractères (par exemple « 29019 » pour Brest)',
        )
        .waitFor();
      expect(
        await page.getByText('Document source : manquant, ce champ est obligatoire').isVisible(),
      ).toBe(true);
      expect(git('branch', '--list', 'cms/*')).toBe('');
    },
  );

  test(
    'saves a case written in French and translated into English as a branch of its own, not on the checked-out branch',
    slow,
    async () => {
      await field(/^Code officiel/, FR).fill('28214');
      await page
        .getByRole('button', { name: /Ajouter acteur/ })
        .nth(FR)
        .click();
      await page.getByLabel('Nom', { exact: true }).nth(FR).fill(typed.fr.actor);
      await choose('Type d’acteur', 'Établissement scolaire');
      await choose('Document source', 'Synthèse de la 2ème journée');
      await field(/^Partie du document/, FR).fill('2e table ronde');
      await choose('État de relecture', 'Brouillon');
      await field('Dernière relecture', FR).fill('2026-12-01');
      await writeText(FR, 'Contexte', typed.fr.text);

      await field('Titre', EN).fill(typed.en.title);
      await field('Résumé', EN).fill(typed.en.summary);
      await page
        .getByRole('button', { name: /Ajouter acteur/ })
        .nth(EN)
        .click();
      await page.getByLabel('Nom', { exact: true }).nth(EN).fill(typed.en.actor);
      await choose('Type d’acteur', 'Établissement scolaire', EN);
      await field(/^Partie du document/, EN).fill('Round table 2');
      await writeText(EN, 'Context', typed.en.text);

      await page.getByRole('button', { name: 'Enregistrer' }).click();
      await expect
        .poll(() => gitWhenFree('diff', '--name-status', 'main', branch).split('\n'), {
          timeout: 180_000,
        })
        .toEqual([`A\tcontent/cases/en/${slug}.mdx`, `A\tcontent/cases/fr/${slug}.mdx`]);
      // The checked-out branch is untouched: the case exists only on its branch, as in a pull request.
      await expect
        .poll(() => gitWhenFree('branch', '--show-current'), { timeout: 30_000 })
        .toBe('main');
      expect(git('status', '--porcelain')).toBe('');
      expect(existsSync(join(repository, `content/cases/fr/${slug}.mdx`))).toBe(false);
      expect(existsSync(join(root, `content/cases/fr/${slug}.mdx`))).toBe(false);
      expect({ externalRequests, violations }).toEqual({ externalRequests: [], violations: [] });
    },
  );

  test(
    'the two files pass the content check and build into pages that show what was typed',
    slow,
    async () => {
      git('checkout', '--quiet', branch);
      const content = join(repository, 'content');
      const check = execFileSync(
        process.execPath,
        [join(root, 'scripts/check-content.ts'), content, '--lang', 'en'],
        { cwd: root, encoding: 'utf8' },
      );
      expect(check).toContain('no problem');

      const outDir = join(work, 'dist');
      execFileSync(
        process.execPath,
        [join(root, 'node_modules/astro/bin/astro.mjs'), 'build', '--outDir', outDir],
        {
          cwd: root,
          env: {
            ...process.env,
            CONTINUITES_CONTENT_DIR: content,
            ASTRO_CACHE_DIR: join(work, 'cache'),
          },
          stdio: 'pipe',
        },
      );
      const text = (path: string) =>
        readFileSync(join(outDir, path, 'index.html'), 'utf8')
          .replace(/<[^>]+>/g, ' ')
          .replace(/&#39;|&#x27;/g, '’')
          .replace(/\s+/g, ' ');
      const french = text(`fr/pratiques/${slug}`);
      const english = text(`en/practices/${slug}`);
      for (const [page, words] of [
        [french, typed.fr],
        [english, typed.en],
      ] as const) {
        for (const value of Object.values(words)) expect(page).toContain(value);
        // Derived from the INSEE code typed in the form.
        expect(page).toContain('La Loupe');
        expect(page).toContain('Eure-et-Loir (28)');
      }
      expect(french).toContain('Continuité sur la journée de l’élève');
      expect(english).toContain('Continuity across the pupil’s day');
    },
  );
});
