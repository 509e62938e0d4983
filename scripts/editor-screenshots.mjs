#!/usr/bin/env node
// The screenshots of the web editor in CONTRIBUTING.md and CONTRIBUTING.fr.md (docs/editor-*.png):
// the French interface on a new case, through `npm run cms`, in a throwaway copy of content/.
// Run: node scripts/editor-screenshots.mjs
import { execFileSync } from 'node:child_process';
import { cpSync, mkdirSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { launchBrowser } from './browser.mjs';
import { startCmsServer } from './cms.mjs';

const root = resolve(fileURLToPath(import.meta.url), '../..');
const work = join(root, 'tests/.tmp/editor-screenshots');
const git = (/** @type {string[]} */ ...args) =>
  execFileSync('git', args, { cwd: work, stdio: 'pipe' });

rmSync(work, { recursive: true, force: true });
mkdirSync(work, { recursive: true });
cpSync(join(root, 'content'), join(work, 'content'), { recursive: true });
git('init', '--quiet', '--initial-branch=main');
git('add', '.');
git(
  '-c',
  'user.name=screenshots',
  '-c',
  'user.email=screenshots@continuites.invalid',
  'commit',
  '--quiet',
  '-m',
  'content',
);
const { server, url } = await startCmsServer({ repository: work, port: 0, logLevel: 'error' });
const browser = await launchBrowser();
try {
  const page = await browser.newPage({ viewport: { width: 1100, height: 760 } });
  page.setDefaultTimeout(120_000);
  await page.goto(`${url}/admin/#/collections/cases/new`);
  await page.getByRole('button', { name: /connecter/i }).click();
  const field = (/** @type {string | RegExp} */ label, column = 0) =>
    page.getByLabel(label).nth(column);
  const choose = async (/** @type {string} */ label, /** @type {string} */ option) => {
    await field(label).fill(option);
    await page.getByRole('option', { name: option }).first().click();
  };
  await field('Titre').fill('Le Lab28, une start-up publique autour du collège de La Loupe');
  await field('Titre', 1).fill('Lab28, a public start-up built around the collège in La Loupe');
  await field('Résumé').fill(
    'À La Loupe, le collège, la mairie et le conseil départemental ont créé le Lab28 pour diffuser le numérique.',
  );
  await field('Résumé', 1).fill(
    'In La Loupe, the collège, the town hall and the departmental council created Lab28 to spread digital skills.',
  );
  await choose('Continuités', 'Continuité sur la journée de l’élève');
  await page.mouse.click(5, 5);
  await page.screenshot({ path: join(root, 'docs/editor-form-fr.png') });

  await choose('Étendue', 'Commune');
  await field(/^Code officiel/).fill('28999');
  await page.getByRole('button', { name: 'Enregistrer' }).click();
  const code = page
    .locator('[class*="ControlContainer"]')
    .filter({ has: page.getByLabel(/^Code officiel/) })
    .first();
  await code.getByText('n’est pas un code INSEE').waitFor();
  await code.scrollIntoViewIfNeeded();
  const box = await code.boundingBox();
  if (!box) throw new Error('the territory code field is not on screen');
  await page.screenshot({
    path: join(root, 'docs/editor-error-fr.png'),
    clip: { x: 0, y: Math.max(box.y - 120, 0), width: 1100, height: box.height + 200 },
  });
  console.log('docs/editor-form-fr.png and docs/editor-error-fr.png written');
} finally {
  await browser.close();
  server.close();
  rmSync(work, { recursive: true, force: true });
}
