// Launch Debian's Chromium through playwright-core (a browser download cannot work here).
import { existsSync } from 'node:fs';
import { chromium } from 'playwright-core';

/** Where Chromium is; CHROMIUM_PATH overrides it. */
export const chromiumPath =
  process.env.CHROMIUM_PATH ??
  ['/usr/bin/chromium', '/usr/bin/chromium-browser'].find((path) => existsSync(path));

/**
 * How to launch headless Chromium on this machine: Debian's binary, no sandbox (the tests run as
 * root), no GPU, no background network. Shared by `launchBrowser` and the tests' one browser.
 * @returns {import('playwright-core').LaunchOptions}
 */
export function launchOptions() {
  if (!chromiumPath)
    throw new Error(
      'Chromium not found: install the "chromium" package (apt-get install -y chromium) or set CHROMIUM_PATH.',
    );
  return {
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
  };
}

/** Start headless Chromium with the flags this machine needs (see `launchOptions`). */
export async function launchBrowser() {
  return chromium.launch(launchOptions());
}
