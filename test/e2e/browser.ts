// Launches Debian's Chromium through playwright-core (never a downloaded browser), headless, with a fresh profile,
// and keeps every request on the loopback: anything else is aborted and recorded.
import { existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext } from 'playwright-core';

export const CHROMIUM = process.env.RASID_CHROMIUM ?? '/usr/bin/chromium';
export const HAVE_CHROMIUM = existsSync(CHROMIUM);
export const RESULTS = join(process.cwd(), 'test-results');

export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

export interface Browser {
  context: BrowserContext;
  /** Requests the pages tried to send off the loopback (all aborted). */
  offsite: string[];
  close(): Promise<void>;
}

/** Starts Chromium with a new user-data dir; `viewport` defaults to 1280×800. */
export async function launch(viewport = { width: 1280, height: 800 }): Promise<Browser> {
  mkdirSync(RESULTS, { recursive: true });
  const profile = mkdtempSync(join(tmpdir(), 'rasid-chromium-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: true,
    args: CHROMIUM_ARGS,
    viewport,
    locale: 'ar',
    timeout: 30_000,
  });
  const offsite: string[] = [];
  await context.route('**/*', (route) => {
    const url = new URL(route.request().url());
    if (url.protocol === 'data:' || url.protocol === 'blob:' || url.hostname === '127.0.0.1' || url.hostname === 'localhost') return route.continue();
    offsite.push(url.href);
    return route.abort();
  });
  return {
    context,
    offsite,
    close: async () => {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}
