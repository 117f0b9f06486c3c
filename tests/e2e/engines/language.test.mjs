// A Firefox whose languages are German (`intl.accept_languages`) opens Unknot in German
// and a journey step runs in it: the safety screen, Home, `Start routine` into the
// player. Firefox only: WebKitWebDriver has no way to set the page's languages.
// Every engine: a language chosen online is kept by the worker and works offline; one
// chosen offline says it needs a connection once and the shown language stays.
import assert from 'node:assert/strict';
import { test } from 'node:test';

import { translator } from '../lib/i18n.mjs';
import { startServer } from '../lib/server.mjs';
import { ENGINE, openBrowser } from '../lib/webdriver.mjs';
import { assertClean, click, expectText, hasButton, pageSays, reachHome, until, visit } from '../lib/wd-app.mjs';
import { controlledBy } from '../lib/wd-journey.mjs';

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

/** Chooses `code` in Settings' `Language` select, as a person picking from the list does. */
const chooseLanguage = (driver, code) =>
  driver.executeScript(
    `const s = document.getElementById('setting-language'); s.value = arguments[0]; s.dispatchEvent(new Event('change', { bubbles: true }));`,
    code,
  );
const shownLanguage = (driver) => driver.executeScript('return document.documentElement.lang');
const cachedLanguages = (driver) =>
  driver.executeScript(`return caches.keys().then((names) => Promise.all(names.filter((n) => n !== 'unknot-handoff')
    .map((n) => caches.open(n).then((c) => c.keys())))).then((lists) => lists.flat()
    .map((r) => (new URL(r.url).pathname.match(/\\/lang\\/([a-z]+)\\.json$/) || [])[1]).filter(Boolean))`);

test(`${ENGINE}: a language chosen online works offline; another chosen offline says it needs a connection once`, async (t) => {
  const de = translator('de');
  const server = await startServer();
  const app = await openBrowser(ENGINE);
  t.after(async () => {
    await app.close();
    await server.close();
  });
  const { driver } = app;
  await visit(app, server.url);
  await reachHome(driver);
  await until('the service worker to control the page', () => controlledBy(driver), 30_000);
  assert.deepEqual(await cachedLanguages(driver), [], 'an English browser precaches no language file');
  await click(driver, 'Settings');
  await chooseLanguage(driver, 'de');
  await until('Settings in German', async () => (await shownLanguage(driver)) === 'de');
  await until('German kept by the worker', async () => (await cachedLanguages(driver)).includes('de'));

  await server.close();
  await visit(app, `${server.url}#/settings`);
  await until('German, offline', async () => (await shownLanguage(driver)) === 'de' && driver.executeScript("return document.getElementById('setting-language') !== null"), 30_000);
  await assertClean(app);
  await chooseLanguage(driver, 'es');
  const notice = de('{language} could not be downloaded: connect to the internet once and choose it again. Unknot stays in the language it was in; nothing you saved was changed.').replace('{language}', 'Español');
  await until('the notice', () => pageSays(driver, notice));
  assert.equal(await shownLanguage(driver), 'de');
  assert.equal(await driver.executeScript("return document.getElementById('setting-language').value"), 'de');
});
