// Installing on a phone, in Chromium: as an iPhone (Safari's user agent, no install
// prompt) Home shows the Add to Home Screen how-to with its picture, and "Got it" puts
// it away for good; as desktop Chromium without a prompt, Home offers nothing. (The
// `Install app` button with a real `beforeinstallprompt` is in tests/browser/device.rs.)
import assert from 'node:assert/strict';
import { test } from 'node:test';

import { reachHome } from './lib/app.mjs';
import { PHONE, launchBrowser } from './lib/browser.mjs';
import { expectGone, expectVisible } from './lib/expect.mjs';
import { startServer } from './lib/server.mjs';

const IPHONE_UA =
  'Mozilla/5.0 (iPhone; CPU iPhone OS 17_5 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.5 Mobile/15E148 Safari/604.1';

async function open(t, userAgent) {
  const server = await startServer();
  const browser = await launchBrowser();
  const context = await browser.newContext({ viewport: PHONE, userAgent, hasTouch: true, isMobile: !!userAgent });
  const problems = [];
  context.on('console', (m) => m.type() === 'error' && problems.push(m.text()));
  context.on('weberror', (e) => problems.push(e.error().message));
  t.after(async () => {
    await browser.close();
    await server.close();
  });
  const page = await context.newPage();
  await page.goto(server.url);
  await reachHome(page);
  return { page, problems };
}

test('on an iPhone, Home shows the Add to Home Screen how-to until Got it', async (t) => {
  const { page, problems } = await open(t, IPHONE_UA);
  const howTo = page.getByRole('region', { name: 'Add Unknot to your Home Screen' });
  await expectVisible(howTo);
  await expectVisible(howTo.getByText('Add to Home Screen', { exact: true }));
  await expectVisible(howTo.getByRole('img', { name: /Share button/ }));
  assert.equal(await page.getByRole('button', { name: 'Install app' }).count(), 0, 'Safari has no prompt to open');

  await howTo.getByRole('button', { name: 'Got it' }).click();
  await expectGone(howTo);
  await page.goto(page.url());
  await reachHome(page);
  assert.equal(await howTo.count(), 0, 'dismissed for good');
  assert.deepEqual(problems, []);
});

test('in desktop Chromium with no install prompt, Home offers nothing to install', async (t) => {
  const { page, problems } = await open(t, undefined);
  await expectVisible(page.getByRole('button', { name: 'Start routine' }));
  assert.equal(await page.getByRole('region', { name: /Home Screen|on this phone/ }).count(), 0);
  assert.deepEqual(problems, []);
});
