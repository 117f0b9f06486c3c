// The app shell: every screen has a hash address; reload, Back, Forward, a fresh tab and
// an unknown address all land where a person expects; Back during a session pauses it
// and never loses it; offline, every address opens.
import assert from 'node:assert/strict';
import { test } from 'node:test';

import { reachHome } from './lib/app.mjs';
import { openApp } from './lib/browser.mjs';
import { advance, frozenAt } from './lib/clock.mjs';
import { expectGone, expectText, expectVisible } from './lib/expect.mjs';
import { DEFAULTS, button, holdPanel, startRolling, timer } from './lib/player.mjs';
import { controlled } from './lib/pwa.mjs';
import { startServer } from './lib/server.mjs';

/** The screen's one `h1`. */
const h1 = (page) => page.locator('h1');
const hash = (page) => new URL(page.url()).hash;
const PAUSED = 'Paused — resume or end?';

/** The stored session in progress, if any. */
async function activeSession(page) {
  const raw = await page.evaluate(() => localStorage.getItem('unknot:active'));
  return raw ? JSON.parse(raw).session : null;
}

test('reload keeps the screen; Back and Forward move between screens', async (t) => {
  const app = await openApp('/', { setup: frozenAt() });
  t.after(() => app.close());
  const { page } = app;
  await reachHome(page);
  assert.equal(hash(page), '#/');

  await button(page, 'Settings').click();
  await expectText(h1(page), 'Settings');
  assert.equal(hash(page), '#/settings');
  await page.reload();
  await expectText(h1(page), 'Settings');
  assert.equal(hash(page), '#/settings');

  await button(page, 'Progress').click();
  await expectText(h1(page), 'Progress');
  assert.equal(hash(page), '#/progress');
  await page.goBack();
  await expectText(h1(page), 'Settings');
  await page.goBack();
  await expectVisible(button(page, 'Start routine'));
  assert.equal(hash(page), '#/');
  await page.goForward();
  await expectText(h1(page), 'Settings');
  app.assertClean();
});

test('a fresh tab opens the address it is given; an unknown one opens Home with a notice', async (t) => {
  const app = await openApp('/', { setup: frozenAt() });
  t.after(() => app.close());
  await reachHome(app.page);

  const tab = await app.context.newPage();
  await tab.goto(`${app.server.url}#/settings`);
  await expectText(h1(tab), 'Settings');
  await expectVisible(tab.getByRole('slider', { name: 'Hold seconds', exact: true }));

  const lost = await app.context.newPage();
  await lost.goto(`${app.server.url}#/no/such/place`);
  await expectVisible(button(lost, 'Start routine'));
  await expectVisible(lost.getByText('That address is not a page of Unknot'));
  assert.equal(hash(lost), '#/');
  // The session address without a session is Home too, quietly.
  await lost.goto(`${app.server.url}#/session`);
  await expectVisible(button(lost, 'Start routine'));
  app.assertClean();
});

test('Back mid-hold pauses the session; Resume continues with the time that was left', async (t) => {
  const app = await openApp('/', { setup: frozenAt() });
  t.after(() => app.close());
  const { page } = app;
  await startRolling(page);
  assert.equal(hash(page), '#/session');
  await button(page, 'Hot spot').click();
  await expectVisible(holdPanel(page));
  await advance(page, 5_000);
  const left = String(DEFAULTS.holdSecs - 5);
  await expectText(timer(page), left);
  const id = (await activeSession(page)).id;

  await page.goBack();
  await expectText(h1(page), PAUSED);
  await expectVisible(button(page, 'End session'));
  assert.equal(hash(page), '#/session', 'the player keeps its address');
  const kept = await activeSession(page);
  assert.equal(kept.id, id, 'the session is saved');
  assert.ok(kept.paused_at, 'and paused');

  // Time passes while paused: nothing runs out.
  await advance(page, 60_000);
  await button(page, 'Resume').click();
  await expectVisible(holdPanel(page));
  await expectText(timer(page), left);
  await advance(page, 3_000);
  await expectText(timer(page), String(DEFAULTS.holdSecs - 8));
  app.assertClean();
});

test('a second Back leaves the paused session waiting on Home; Forward never starts another', async (t) => {
  const app = await openApp('/', { setup: frozenAt() });
  t.after(() => app.close());
  const { page } = app;
  await startRolling(page);
  const id = (await activeSession(page)).id;

  await page.goBack();
  await expectText(h1(page), PAUSED);
  await page.goBack();
  await expectVisible(page.getByRole('heading', { name: 'Your session is waiting' }));
  assert.equal(hash(page), '#/');

  await page.goForward();
  await expectVisible(button(page, 'Resume'));
  await expectGone(page.getByRole('heading', { name: PAUSED }));
  assert.equal((await activeSession(page)).id, id, 'the same session, not a new one');

  // Leaving the player by Back always asks first, paused or not.
  await page.goBack();
  await expectText(h1(page), PAUSED);
  await page.goBack();
  await button(page, 'Resume session').click();
  await expectVisible(button(page, 'Resume'));
  await button(page, 'Resume').click();
  await expectVisible(button(page, 'Pause'));
  assert.equal((await activeSession(page)).id, id);
  app.assertClean();
});

test('offline, every address opens its screen', async (t) => {
  const server = await startServer();
  const app = await openApp('/', { server, setup: frozenAt() });
  t.after(() => app.close());
  await reachHome(app.page);
  await controlled(app.page);
  await app.context.setOffline(true);
  await server.close();

  const screens = [
    ['#/', 'Ready to roll?'],
    ['#/progress', 'Progress'],
    ['#/progress/s-does-not-exist', 'Session not found'],
    ['#/settings', 'Settings'],
    ['#/safety', 'Before you roll'],
    ['#/session', 'Ready to roll?'],
  ];
  for (const [address, title] of screens) {
    const tab = await app.context.newPage();
    await tab.goto(`${server.url}${address}`);
    await expectText(h1(tab), title);
    await tab.close();
  }
  app.assertClean();
});
