// Data that stays, in the engine named by UNKNOT_ENGINE (Firefox ESR or WebKitGTK;
// Chromium's suite runs the same with more cases in keeping.test.mjs): where the browser
// says storage is not persistent and the app is not installed, Home says once that the
// data could be deleted; Settings says when the data was last exported.
import assert from 'node:assert/strict';
import { test } from 'node:test';

import { ENGINE } from '../lib/webdriver.mjs';
import { assertClean, click, hasButton, openOnHome, pageSays, reachHome, until, visit } from '../lib/wd-app.mjs';

test(`${ENGINE}: where storage may be deleted Home says so once, and Settings tells the last export`, async (t) => {
  const { app, server, driver } = await openOnHome(t);
  const persisted = await driver.executeAsyncScript(
    'const done = arguments[arguments.length - 1]; (navigator.storage?.persisted?.() ?? Promise.resolve(null)).then(done, () => done(null));',
  );
  t.diagnostic(`${ENGINE}: navigator.storage.persisted() → ${persisted}`);
  const notice = () => pageSays(driver, 'Your data could be deleted');
  if (persisted === false) {
    await until('the notice on Home', notice);
    assert.ok(await hasButton(driver, 'Export data'), 'the notice offers the export');
    await visit(app, server.url);
    await reachHome(driver);
    assert.equal(await notice(), false, 'said once: not again after a reload');
  } else {
    assert.equal(await notice(), false, 'storage that stays: no notice');
  }
  await click(driver, 'Settings');
  await until('Not exported yet', () => pageSays(driver, 'Not exported yet'));
  await assertClean(app);
});
