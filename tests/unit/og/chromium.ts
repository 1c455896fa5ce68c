import { existsSync } from 'node:fs';
import { chromium, type Browser } from '@playwright/test';

/**
 * Launches the system Chromium when there is one (CHROMIUM_PATH, or Debian's
 * `/usr/bin/chromium`), else Playwright's own, with nothing that reaches the network.
 */
export function launchChromium(): Promise<Browser> {
  const executablePath =
    process.env.CHROMIUM_PATH ?? ['/usr/bin/chromium', '/usr/bin/chromium-browser'].find(existsSync);
  return chromium.launch({
    ...(executablePath ? { executablePath } : {}),
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
}
