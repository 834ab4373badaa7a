import { existsSync } from 'fs';
import { chromium, type BrowserContext } from 'playwright-core';

/** Debian's Chromium: the faster path when it is installed (nothing to unpack). */
export const systemChromiumPath = '/usr/bin/chromium';

/**
 * Which Chromium the tests drive. `POSTING_CHROMIUM=npm` forces the one inside the npm package `@sparticuz/chromium`
 * (what a machine with only Node and npm has; `.ci/run` sets it in its fresh-clone step), `POSTING_CHROMIUM=system`
 * forces Debian's; unset: Debian's when present, else the npm one.
 */
export type ChromiumSource = 'system' | 'npm';

export interface ResolvedChromium {
  source: ChromiumSource;
  executablePath: string;
}

let resolved: Promise<ResolvedChromium> | undefined;

export function resolveChromium(): Promise<ResolvedChromium> {
  resolved ??= (async (): Promise<ResolvedChromium> => {
    const wanted = process.env.POSTING_CHROMIUM;
    if (wanted !== undefined && wanted !== '' && wanted !== 'system' && wanted !== 'npm') {
      throw new Error(`POSTING_CHROMIUM=${wanted}: expected 'system' or 'npm'`);
    }
    if (wanted === 'system' || (wanted !== 'npm' && existsSync(systemChromiumPath))) {
      if (!existsSync(systemChromiumPath)) throw new Error(`POSTING_CHROMIUM=system but ${systemChromiumPath} is missing`);
      return { source: 'system', executablePath: systemChromiumPath };
    }
    // The package holds a brotli-packed headless Chromium; executablePath() unpacks it once into the temp folder
    // (~3 s the first time, then reused) and returns its path.
    const { default: Sparticuz } = await import('@sparticuz/chromium');
    return { source: 'npm', executablePath: await Sparticuz.executablePath() };
  })();
  return resolved;
}

/**
 * Headless Chromium with a fresh profile folder. Without the background-networking flags it keeps trying to reach
 * Google's hosts, which this machine's closed network refuses.
 */
export async function launchChromium(userDataDir: string, viewport: { width: number; height: number }): Promise<BrowserContext> {
  const { executablePath } = await resolveChromium();
  return chromium.launchPersistentContext(userDataDir, {
    executablePath,
    headless: true,
    viewport,
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
}
