// Service-worker helpers for the PWA tests: waiting for the worker, reading the caches,
// listing the build, and making a "next build" to update to.
import { cp, mkdtemp, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, relative, sep } from 'node:path';

import { chromium } from 'playwright-core';

import { CHROMIUM, CHROMIUM_ARGS, PHONE, isLocal } from './browser.mjs';
import { DIST } from './server.mjs';

/**
 * Waits until a service worker controls the page and returns what the page sees.
 * @param {import('playwright-core').Page} page
 */
export async function controlled(page) {
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null, null, {
    timeout: 15_000,
  });
  return page.evaluate(async () => {
    const registration = await navigator.serviceWorker.ready;
    return {
      scope: registration.scope,
      script: navigator.serviceWorker.controller?.scriptURL,
      state: registration.active?.state,
      waiting: registration.waiting !== null,
    };
  });
}

/**
 * The Cache Storage as the page sees it: cache name → request URLs.
 * @param {import('playwright-core').Page} page
 * @returns {Promise<Record<string, string[]>>}
 */
export function cacheContents(page) {
  return page.evaluate(async () => {
    const out = {};
    for (const name of await caches.keys()) {
      const cache = await caches.open(name);
      out[name] = (await cache.keys()).map((request) => request.url).sort();
    }
    return out;
  });
}

/** Every file of a build, relative with '/' separators, sorted. */
export async function buildFiles(root = DIST) {
  const entries = await readdir(root, { recursive: true, withFileTypes: true });
  return entries
    .filter((entry) => entry.isFile())
    .map((entry) => relative(root, join(entry.parentPath ?? entry.path, entry.name)).split(sep).join('/'))
    .sort();
}

/** A build file that is a language file: `lang/<code>.json`. */
export const LANG_FILE = /^lang\/([a-z]+)\.json$/;

/**
 * What the worker precaches (public/sw.js): every file of the build but itself and the
 * language files, except those of `languages` (the device's; English needs none).
 */
export async function precachedFiles(languages = [], root = DIST) {
  return (await buildFiles(root)).filter((f) => {
    const lang = f.match(LANG_FILE)?.[1];
    return f !== 'sw.js' && (!lang || languages.includes(lang));
  });
}

/** The cache name written into a build's sw.js. */
export async function cacheName(root = DIST) {
  const source = await readFile(join(root, 'sw.js'), 'utf8');
  const found = source.match(/const CACHE = '(unknot-[0-9a-f]{16})'/);
  if (!found) throw new Error(`${root}/sw.js has no filled-in cache name: was it built by Trunk's hook?`);
  return found[1];
}

/** A private copy of the build, so a test can turn it into the "next" build. */
export async function copyOfBuild() {
  const root = await mkdtemp(join(tmpdir(), 'unknot-build-'));
  await cp(DIST, root, { recursive: true });
  return root;
}

/**
 * Turns the build in `root` into a "new version" as a real rebuild would: sw.js gets a
 * new cache name, which is all the browser needs to install the worker again.
 * @returns {Promise<string>} the new cache name
 */
export async function makeNextBuild(root) {
  const file = join(root, 'sw.js');
  const old = await cacheName(root);
  const next = `unknot-${'f'.repeat(16)}`;
  await writeFile(file, (await readFile(file, 'utf8')).replace(old, next));
  return next;
}

/** Width and height from a PNG's IHDR chunk. */
export function pngSize(bytes) {
  const signature = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
  if (!signature.every((b, i) => bytes[i] === b)) throw new Error('not a PNG');
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  return { width: view.getUint32(16), height: view.getUint32(20) };
}

/**
 * Opens `url` in Chromium with a real (persistent, temporary) profile: Chromium judges
 * installability only outside incognito, which every `browser.newContext()` is. Requests
 * leaving 127.0.0.1 and console errors are collected as in `openApp`.
 */
export async function openInstallable(url) {
  const profile = await mkdtemp(join(tmpdir(), 'unknot-profile-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: true,
    args: CHROMIUM_ARGS,
    viewport: PHONE,
    serviceWorkers: 'allow',
  });
  const problems = [];
  context.on('request', (r) => {
    if (!isLocal(r.url())) problems.push(`request left 127.0.0.1: ${r.url()}`);
  });
  context.on('console', (m) => {
    if (m.type() === 'error') problems.push(`console error: ${m.text()}`);
  });
  const page = context.pages()[0] ?? (await context.newPage());
  await page.goto(url);
  return {
    context,
    page,
    problems,
    async close() {
      await context.close();
      await rm(profile, { recursive: true, force: true });
    },
  };
}
