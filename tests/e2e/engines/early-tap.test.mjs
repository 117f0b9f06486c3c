// No tap is lost, in Firefox and WebKit: a tap on the pre-rendered `I understand,
// continue` or `Start routine` while the wasm is still on its way (the server holds it)
// shows "Starting…" and is carried out once when the app runs (src/ui/early_tap.rs).
import assert from 'node:assert/strict';
import { test } from 'node:test';

import { By } from 'selenium-webdriver';

import { SAFETY_CONTINUE } from '../lib/app.mjs';
import { startServer } from '../lib/server.mjs';
import { ENGINE, openBrowser } from '../lib/webdriver.mjs';
import { assertClean, expectText, hasButton, until, visit } from '../lib/wd-app.mjs';

/** A server that holds the wasm back until `release()`, and a browser. */
async function heldBack(t) {
  const server = await startServer({ hold: /_bg\.wasm$/ });
  const app = await openBrowser(ENGINE);
  t.after(async () => {
    await app.close();
    await server.close();
  });
  return { server, app, driver: app.driver };
}

/** Taps the pre-rendered button marked `data-early="key"` twice, as an impatient person. */
async function tapEarly(driver, key) {
  const css = `#prerendered [data-early="${key}"]`;
  const button = await until(`the pre-rendered ${key} button`, async () => {
    const [found] = await driver.findElements(By.css(css));
    return found && (await found.isDisplayed()) ? found : null;
  });
  await button.click();
  await button.click();
  assert.equal(await button.getText(), 'Starting…');
  assert.equal(await button.getAttribute('aria-busy'), 'true');
}

const takenOver = (driver) =>
  until('the app to take over', async () => (await driver.findElements(By.id('prerendered'))).length === 0, 30_000);

test(`${ENGINE}: a tap on the pre-rendered "I understand, continue" reaches Home once the app runs`, async (t) => {
  const { server, app, driver } = await heldBack(t);
  await visit(app, server.url);
  await tapEarly(driver, 'acknowledge');
  server.release();
  await takenOver(driver);
  await until('Home', () => hasButton(driver, 'Start routine'), 30_000);
  assert.equal(await hasButton(driver, SAFETY_CONTINUE), false);
  const stored = await driver.executeScript("return JSON.parse(localStorage.getItem('unknot:safety'))");
  assert.equal(typeof stored.acknowledged_at, 'number');
  await assertClean(app);
});

test(`${ENGINE}: a tap on the pre-rendered "Start routine" starts one session once the app runs`, async (t) => {
  const { server, app, driver } = await heldBack(t);
  // A returning visitor: the safety answer is stored (set while the first page waits for
  // its wasm), so the HTML shows Home on the next visit.
  await visit(app, server.url);
  await driver.executeScript("localStorage.setItem('unknot:safety', JSON.stringify({ v: 3, acknowledged_at: 1795000000000 }))");
  await visit(app, server.url);
  await tapEarly(driver, 'start');
  server.release();
  await takenOver(driver);
  await expectText(driver, '#player-title', 'How is your back right now?', 30_000);
  const kept = await driver.executeScript(
    "return Object.keys(localStorage).filter((k) => k.startsWith('unknot:session:') || k === 'unknot:active')",
  );
  assert.deepEqual(kept, ['unknot:active'], 'one session under way, none ended early');
  await assertClean(app);
});
