// The built app loads in Chromium, shows `Start routine`, logs no error and asks nothing
// of any host but 127.0.0.1.
import assert from 'node:assert/strict';
import { test } from 'node:test';

import { reachHome } from './lib/app.mjs';
import { openApp } from './lib/browser.mjs';

test('the home screen offers Start routine, with no errors and no outside requests', async (t) => {
  const app = await openApp('/');
  t.after(() => app.close());

  const start = await reachHome(app.page);
  assert.equal(await start.count(), 1);
  assert.ok(await start.isEnabled(), 'Start routine can be pressed');

  await app.page.waitForLoadState('networkidle');
  assert.ok(
    app.requests.some((url) => url.endsWith('.wasm')),
    `the wasm module was fetched; requests: ${app.requests.join(', ')}`,
  );
  app.assertClean();
});
