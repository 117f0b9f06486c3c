// The installable, offline app: the service worker installs on the first visit and
// precaches every file of the build; with the network gone (context offline and the
// server stopped) a reload still renders the app and a routine runs; the manifest meets
// the install rules; a new version is offered, waits out a session and is applied only
// on a tap; everything works under a sub-path; nothing ever leaves 127.0.0.1.
import assert from 'node:assert/strict';
import { rm } from 'node:fs/promises';
import { test } from 'node:test';

import { reachHome } from './lib/app.mjs';
import { openApp } from './lib/browser.mjs';
import { advance, frozenAt } from './lib/clock.mjs';
import { expectGone, expectText, expectVisible } from './lib/expect.mjs';
import { button, cardTitle, passCount, startRolling } from './lib/player.mjs';
import {
  precachedFiles,
  cacheContents,
  cacheName,
  controlled,
  copyOfBuild,
  makeNextBuild,
  openInstallable,
  pngSize,
} from './lib/pwa.mjs';
import { startServer } from './lib/server.mjs';

/** What the worker precaches on an English device, as the URLs it caches. */
async function expectedPrecache(server) {
  return (await precachedFiles()).map((f) => server.url + f.replace(/ /g, '%20'));
}

/** Stops every way to the network: the context goes offline and the server stops. */
async function goOffline(app) {
  await app.context.setOffline(true);
  await app.server.close();
}

test('first visit installs the worker; offline, a reload renders the app and a routine runs', async (t) => {
  const server = await startServer();
  const app = await openApp('/', { server, setup: frozenAt() });
  t.after(() => app.close());
  const { page } = app;
  await reachHome(page);

  const worker = await controlled(page);
  assert.equal(worker.scope, server.url);
  assert.equal(worker.script, `${server.url}sw.js`);
  assert.equal(worker.state, 'activated');

  // One cache, named by the build's content hash, holding every file of the build but
  // the language files (an English device).
  const caches = await cacheContents(page);
  const name = await cacheName();
  assert.deepEqual(Object.keys(caches), [name]);
  assert.deepEqual(caches[name], await expectedPrecache(server));

  await goOffline(app);
  await page.reload();
  await startRolling(page);
  await advance(page, 10_000);
  await expectText(passCount(page), 'Pass 2 of 4');
  await button(page, 'Hot spot').click();
  await expectVisible(page.getByRole('group', { name: 'Hot spot hold' }));
  // An app route (a deep link) also gets the app shell from the cache.
  const deep = await app.context.newPage();
  await deep.goto(`${server.url}progress`);
  await expectVisible(deep.locator('.app'));
  app.assertClean();
});

test('the manifest passes the install rules and its icons are the PNGs it says', async (t) => {
  const server = await startServer();
  const app = await openInstallable(server.url);
  t.after(async () => {
    await app.close();
    await server.close();
  });
  const { page } = app;
  await reachHome(page);
  await controlled(page);

  const href = await page.locator('link[rel="manifest"]').getAttribute('href');
  const url = new URL(href, server.url).href;
  const response = await fetch(url);
  assert.equal(response.headers.get('content-type'), 'application/manifest+json');
  const manifest = await response.json();
  assert.ok(manifest.name.startsWith('Unknot'));
  assert.equal(manifest.short_name, 'Unknot');
  assert.equal(manifest.display, 'standalone');
  assert.equal(new URL(manifest.start_url, url).href, server.url);
  assert.equal(new URL(manifest.scope, url).href, server.url);
  assert.equal(manifest.background_color, '#f5f2ec');
  assert.equal(manifest.theme_color, '#0e6e66');

  const found = [];
  for (const icon of manifest.icons.filter((i) => i.type === 'image/png')) {
    const png = await fetch(new URL(icon.src, url));
    assert.equal(png.status, 200, icon.src);
    assert.equal(png.headers.get('content-type'), 'image/png');
    const { width, height } = pngSize(new Uint8Array(await png.arrayBuffer()));
    assert.equal(icon.sizes, `${width}x${height}`, icon.src);
    found.push(`${icon.sizes} ${icon.purpose}`);
  }
  for (const want of ['192x192 any', '512x512 any', '512x512 maskable']) {
    assert.ok(found.includes(want), `no ${want} icon in ${found}`);
  }

  // Chromium's own verdict, the one behind its install prompt.
  const cdp = await app.context.newCDPSession(page);
  const { installabilityErrors } = await cdp.send('Page.getInstallabilityErrors');
  assert.deepEqual(installabilityErrors, []);
  const { errors } = await cdp.send('Page.getAppManifest');
  assert.deepEqual(errors, []);
  assert.deepEqual(app.problems, []);
});

test('an update is offered, waits while a session runs, and is applied only on a tap', async (t) => {
  const root = await copyOfBuild();
  const server = await startServer({ root });
  const app = await openApp('/', { server, setup: frozenAt() });
  t.after(async () => {
    await app.close();
    await server.close();
    await rm(root, { recursive: true, force: true });
  });
  const { page } = app;
  await reachHome(page);
  const first = await controlled(page);
  const oldName = await cacheName(root);
  const banner = page.getByText('Update available', { exact: true });
  const update = button(page, 'Update now');

  // A new build lands on the host while a session is under way.
  await startRolling(page);
  await page.evaluate(() => {
    window.sameDocument = true;
  });
  const nextName = await makeNextBuild(root);
  await page.evaluate(async () => (await navigator.serviceWorker.ready).update());
  await expectVisible(banner);
  assert.ok(await update.isDisabled(), 'no update in the middle of a session');
  await expectVisible(page.getByText('You can update when this session is over.', { exact: false }));
  await advance(page, 15_000);
  await expectText(passCount(page), 'Pass 2 of 4');
  assert.equal(await page.evaluate(() => window.sameDocument), true, 'the page never reloaded');
  const waiting = await page.evaluate(async () => (await navigator.serviceWorker.ready).waiting !== null);
  assert.ok(waiting, 'the new version waits');
  assert.deepEqual(Object.keys(await cacheContents(page)).sort(), [oldName, nextName].sort());

  // After the session the update can be applied, but only a tap does it.
  await button(page, 'End session').click();
  await expectGone(button(page, 'End session'));
  await expectVisible(update);
  assert.ok(await update.isEnabled());
  await advance(page, 5_000);
  assert.equal(await page.evaluate(() => window.sameDocument), true, 'still no reload without a tap');

  await Promise.all([page.waitForEvent('load'), update.click()]);
  assert.equal(await page.evaluate(() => window.sameDocument), undefined, 'the tap reloaded the app');
  await reachHome(page);
  const now = await controlled(page);
  assert.equal(now.script, first.script);
  assert.equal(now.waiting, false);
  assert.deepEqual(Object.keys(await cacheContents(page)), [nextName], 'the old cache is gone');
  await expectGone(banner);
  app.assertClean();
});

test('under a sub-path (/unknot/) the app, its worker and its offline reload stay inside it', async (t) => {
  const server = await startServer({ base: '/unknot/' });
  const app = await openApp('', { server });
  t.after(() => app.close());
  const { page } = app;
  await reachHome(page);
  const worker = await controlled(page);
  assert.equal(worker.scope, server.url);
  assert.equal(worker.script, `${server.url}sw.js`);
  assert.ok(
    server.requests.every((path) => path.startsWith('/unknot/')),
    `every request stays under /unknot/: ${server.requests.join(', ')}`,
  );

  await goOffline(app);
  await page.reload();
  await reachHome(page);
  await button(page, 'Start routine').click();
  await expectText(cardTitle(page), 'How is your back right now?');
  app.assertClean();
});
