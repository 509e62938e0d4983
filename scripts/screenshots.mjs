#!/usr/bin/env node
// Screenshots of built pages in headless Chromium, at phone and desktop widths, to look at
// what the site really looks like. Usage: node scripts/screenshots.mjs [out-dir] [path ...]
// (serves dist/ itself; default paths: both homes and a case page in both languages).
import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { startServer } from './serve.mjs';
import { launchBrowser } from './browser.mjs';

const [outDir = 'screenshots', ...args] = process.argv.slice(2);
const paths = args.length
  ? args
  : ['/fr/', '/en/', '/fr/pratiques/lab28-la-loupe/', '/en/practices/lab28-la-loupe/'];
const widths = [375, 1280];

await mkdir(outDir, { recursive: true });
const { server, url } = await startServer({ port: 0 });
const browser = await launchBrowser();
try {
  for (const width of widths) {
    const page = await browser.newPage({ viewport: { width, height: 900 } });
    for (const path of paths) {
      await page.goto(url + path, { waitUntil: 'networkidle' });
      const name = `${path.replace(/^\/|\/$/g, '').replace(/[/?=&]+/g, '_') || 'root'}-${width}.png`;
      await page.screenshot({ path: join(outDir, name), fullPage: true });
      console.log(join(outDir, name));
    }
    await page.close();
  }
} finally {
  await browser.close();
  server.close();
}
