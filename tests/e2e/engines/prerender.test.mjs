// The pre-rendered opening screen in Firefox ESR and WebKitGTK: the HTML alone paints the
// safety screen (the wasm held back by the server), then the app takes over that page
// and works, with no console error or CSP complaint (the choosing inline script is
// allowed by its hash in every engine). Also with JavaScript turned off (Firefox's pref,
// MiniBrowser's `--enable-javascript=false`): the same screen, under the message that the
// app needs JavaScript (Chromium's check is in ../prerender.test.mjs).
import assert from 'node:assert/strict';
import { test } from 'node:test';

import { By } from 'selenium-webdriver';

import { ENGINE, openBrowser } from '../lib/webdriver.mjs';
import { assertClean, click, hasButton, textOf, until, visit } from '../lib/wd-app.mjs';
import { SAFETY_CONTINUE } from '../lib/app.mjs';
import { startServer } from '../lib/server.mjs';

test(`${ENGINE}: the pre-rendered page opens, then becomes the app with no console error`, async (t) => {
  const server = await startServer({ hold: /_bg\.wasm$/ });
  const app = await openBrowser();
  t.after(async () => {
    await app.close();
    await server.close();
  });
  const { driver } = app;

  await visit(app, server.url);
  // The wasm has not arrived: what shows is the HTML's own safety screen.
  assert.equal(await driver.executeScript('return document.documentElement.dataset.open'), 'safety');
  assert.equal((await driver.findElements(By.id('prerendered'))).length, 1, 'the pre-rendered screens are in the page');
  assert.equal(await textOf(driver, '#main h1'), 'Before you roll');

  server.release();
  await until('the app to take over', async () => (await driver.findElements(By.id('prerendered'))).length === 0, 30_000);
  assert.equal(await textOf(driver, '#main h1'), 'Before you roll');
  assert.equal((await driver.findElements(By.css('.app'))).length, 1, 'one app, no leftover of the pre-render');
  await click(driver, SAFETY_CONTINUE);
  await until('Home', () => hasButton(driver, 'Start routine'));
  await assertClean(app);
});

test(`${ENGINE}: with JavaScript off the safety screen is readable and says the app needs JavaScript`, async (t) => {
  const server = await startServer();
  const app = await openBrowser(ENGINE, { javascript: false });
  t.after(async () => {
    await app.close();
    await server.close();
  });
  const { driver } = app;

  await driver.get(server.url);
  assert.equal(await textOf(driver, '#main h1'), 'Before you roll');
  assert.match(await textOf(driver, 'noscript .noscript'), /^Unknot needs JavaScript to run\./);
  assert.ok(await hasButton(driver, SAFETY_CONTINUE), 'the whole screen is there, its button too');
  assert.equal(await textOf(driver, '[data-screen="home"] h1'), '', 'Home stays hidden');
  assert.equal((await driver.findElements(By.id('prerendered'))).length, 1, 'nothing took the page over');
});
