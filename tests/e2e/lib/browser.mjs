// Debian's Chromium driven by playwright-core, with guards every test wants: any console
// error, uncaught page error or request that leaves 127.0.0.1 is recorded as a problem.
import assert from 'node:assert/strict';
import { chromium } from 'playwright-core';

import { startServer } from './server.mjs';

/** The browser binary: Debian's, never one Playwright downloads (it cannot here). */
export const CHROMIUM = process.env.CHROMIUM ?? '/usr/bin/chromium';

/** Without the networking flags Chromium calls Google hosts on start and fails. */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/** A phone-sized viewport (iPhone 12–15). */
export const PHONE = { width: 390, height: 844 };

/** Launches headless Chromium with a fresh temporary profile. */
export function launchBrowser() {
  return chromium.launch({ executablePath: CHROMIUM, headless: true, args: CHROMIUM_ARGS });
}

/** True for URLs that stay on this machine's test server (or never touch a network). */
export function isLocal(url) {
  const { protocol, hostname } = new URL(url);
  return protocol === 'data:' || protocol === 'blob:' || hostname === '127.0.0.1';
}

/**
 * Serves the build, opens `path` (relative to the server's base) in a fresh browser
 * context and watches it.
 * @param {string} [path] e.g. '' or 'settings'
 * @param {{ base?: string, server?: Awaited<ReturnType<typeof startServer>>,
 *           viewport?: {width: number, height: number}, colorScheme?: 'light'|'dark',
 *           reducedMotion?: 'reduce'|'no-preference', locale?: string,
 *           setup?: (context: import('playwright-core').BrowserContext,
 *                    page: import('playwright-core').Page) => Promise<void> }} [options]
 *   `setup` runs before the first navigation (install `page.clock`, add init scripts).
 */
export async function openApp(path = '', options = {}) {
  const ownServer = !options.server;
  const server = options.server ?? (await startServer({ base: options.base ?? '/' }));
  const browser = await launchBrowser();
  const context = await browser.newContext({
    viewport: options.viewport ?? PHONE,
    colorScheme: options.colorScheme ?? 'light',
    reducedMotion: options.reducedMotion ?? 'no-preference',
    serviceWorkers: 'allow',
    // The browser's language (navigator.languages, Accept-Language): en-US unless asked.
    locale: options.locale ?? 'en-US',
  });
  const problems = [];
  const requests = [];
  // On the context, so service-worker and every page's requests are seen too.
  context.on('request', (request) => {
    requests.push(request.url());
    if (!isLocal(request.url())) problems.push(`request left 127.0.0.1: ${request.url()}`);
  });
  context.on('console', (message) => {
    // The location names the failing URL, which a 'Failed to load resource' text omits.
    if (message.type() === 'error') {
      problems.push(`console error: ${message.text()} (at ${message.location().url || 'unknown'})`);
    }
  });
  context.on('weberror', (error) => problems.push(`page error: ${error.error().message}`));
  const page = await context.newPage();
  if (options.setup) await options.setup(context, page);
  await page.goto(server.url + path.replace(/^\//, ''));
  return {
    page,
    context,
    browser,
    server,
    requests,
    problems,
    /** Fails the test if anything went wrong so far. */
    assertClean() {
      assert.deepEqual(problems, [], 'the page must log no errors and stay on 127.0.0.1');
    },
    async close() {
      await browser.close();
      if (ownServer) await server.close();
    },
  };
}

/**
 * Holds every wasm request of `page` until the returned function is called: the page shows
 * what its HTML alone paints (pre-render and early-tap tests).
 */
export async function holdWasm(page) {
  let release;
  const gate = new Promise((ok) => (release = ok));
  await page.route(/_bg\.wasm$/, async (route) => {
    await gate;
    await route.continue();
  });
  return () => release();
}
