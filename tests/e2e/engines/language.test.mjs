// A Firefox whose languages are German (`intl.accept_languages`) opens Unknot in German
// and a journey step runs in it: the safety screen, Home, `Start routine` into the
// player. Firefox only: WebKitWebDriver has no way to set the page's languages.
import assert from 'node:assert/strict';
import { test } from 'node:test';

import { translator } from '../lib/i18n.mjs';
import { startServer } from '../lib/server.mjs';
import { ENGINE, openBrowser } from '../lib/webdriver.mjs';
import { assertClean, click, expectText, hasButton, until, visit } from '../lib/wd-app.mjs';

test(`${ENGINE}: a German browser opens in German and starts a routine in it`, { skip: ENGINE !== 'firefox' && 'Firefox only' }, async (t) => {
  const de = translator('de');
  const server = await startServer();
  const app = await openBrowser(ENGINE, { firefoxPrefs: { 'intl.accept_languages': 'de-DE, de' } });
  t.after(async () => {
    await app.close();
    await server.close();
  });
  const { driver } = app;
  await visit(app, server.url);
  const [start, safety] = [de('Start routine'), de('I understand, continue')];
  await until('the app in German', async () => (await hasButton(driver, start)) || hasButton(driver, safety), 30_000);
  assert.equal(await driver.executeScript('return document.documentElement.lang'), 'de');
  assert.deepEqual(await driver.executeScript('return navigator.languages'), ['de-DE', 'de']);
  if (await hasButton(driver, safety)) await click(driver, safety);
  await until('Home in German', () => hasButton(driver, start));
  await click(driver, start);
  await expectText(driver, '#player-title', de('How is your back right now?'));
  await click(driver, de('Next'));
  assert.equal(await driver.executeScript('return document.documentElement.lang'), 'de');
  await assertClean(app);
});
