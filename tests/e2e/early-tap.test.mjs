// No tap is lost: a tap on the pre-rendered `I understand, continue` or `Start routine`
// before the wasm is ready shows "Starting…" and is carried out once, the moment the app
// runs (src/ui/early_tap.rs; the inline script is allowed by its hash in the CSP). Also on
// a throttled first visit (the bench's slow 4G and 4× CPU), tapped at first paint.
import assert from 'node:assert/strict';
import { test } from 'node:test';

import { SAFETY_CONTINUE } from './lib/app.mjs';
import { holdWasm, openApp } from './lib/browser.mjs';
import { expectVisible } from './lib/expect.mjs';
import { button } from './lib/player.mjs';

const remembersSafety = () =>
  localStorage.setItem('unknot:safety', JSON.stringify({ v: 3, acknowledged_at: 1795000000000 }));

/** Taps the pre-rendered control twice, as an impatient person does, and checks it shows pressed. */
async function tapTwice(page, key) {
  const early = page.locator(`#prerendered [data-early="${key}"]`);
  await early.waitFor({ state: 'visible' });
  await early.click();
  await early.click();
  assert.equal((await early.textContent()).trim(), 'Starting…');
  assert.equal(await early.getAttribute('aria-busy'), 'true');
  assert.equal(await page.evaluate(() => window.__unknotTap), key, 'the first tap is kept');
}

const storedKeys = (page) =>
  page.evaluate(() => Object.keys(localStorage).filter((k) => k.startsWith('unknot:')).sort());

test('a tap on the pre-rendered "I understand, continue" is carried out once the app runs', async (t) => {
  let release;
  const app = await openApp('/', { setup: async (_, page) => (release = await holdWasm(page)) });
  t.after(() => app.close());
  const { page } = app;
  await tapTwice(page, 'acknowledge');
  assert.deepEqual(await storedKeys(page), [], 'nothing happens before the app runs');
  release();
  await expectVisible(button(page, 'Start routine'));
  assert.equal(await page.locator('#prerendered').count(), 0);
  assert.equal(await button(page, SAFETY_CONTINUE).count(), 0);
  const stored = await page.evaluate(() => JSON.parse(localStorage.getItem('unknot:safety')));
  assert.equal(typeof stored.acknowledged_at, 'number');
  assert.equal(await page.evaluate(() => window.__unknotTap), undefined, 'the tap is used up');
  app.assertClean();
});

test('a tap on the pre-rendered "Start routine" starts one session once the app runs', async (t) => {
  let release;
  const app = await openApp('/', {
    setup: async (context, page) => {
      await context.addInitScript(remembersSafety);
      release = await holdWasm(page);
    },
  });
  t.after(() => app.close());
  const { page } = app;
  await tapTwice(page, 'start');
  release();
  await page.locator('#player-title').getByText('How is your back right now?').waitFor();
  assert.deepEqual(await storedKeys(page), ['unknot:active', 'unknot:safety'], 'one session under way, none ended early');
  app.assertClean();
});

test('on a throttled first visit a tap at first paint reaches Home without a second tap', async (t) => {
  const app = await openApp('/', {
    setup: async (context, page) => {
      const cdp = await context.newCDPSession(page);
      // Lighthouse's slow 4G (562.5 ms round trip, 1.47 Mbit/s down) and a 4× slower CPU.
      await cdp.send('Network.enable');
      await cdp.send('Network.emulateNetworkConditions', {
        offline: false,
        latency: 562.5,
        downloadThroughput: (1.4746 * 1024 * 1024) / 8,
        uploadThroughput: (0.675 * 1024 * 1024) / 8,
      });
      await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
    },
  });
  t.after(() => app.close());
  const { page } = app;
  const early = page.locator('#prerendered [data-early="acknowledge"]');
  await early.waitFor({ state: 'visible', timeout: 30_000 });
  const beforeApp = await page.evaluate(() => document.getElementById('prerendered') !== null);
  await early.click({ timeout: 30_000 });
  await expectVisible(button(page, 'Start routine'), { timeout: 60_000 });
  assert.ok(beforeApp, 'the tap was made on the HTML, before the app ran');
  assert.equal(await button(page, SAFETY_CONTINUE).count(), 0, 'no second tap was needed');
  app.assertClean();
});
