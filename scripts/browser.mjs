// Launch Debian's Chromium through playwright-core (a browser download cannot work here).
import { existsSync } from 'node:fs';
import { chromium } from 'playwright-core';

/** Where Chromium is; CHROMIUM_PATH overrides it. */
export const chromiumPath =
  process.env.CHROMIUM_PATH ??
  ['/usr/bin/chromium', '/usr/bin/chromium-browser'].find((path) => existsSync(path));

/** Start headless Chromium with the flags this machine needs (no sandbox as root, no background network). */
export async function launchBrowser() {
  if (!chromiumPath)
    throw new Error(
      'Chromium not found: install the "chromium" package (apt-get install -y chromium) or set CHROMIUM_PATH.',
    );
  return chromium.launch({
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
