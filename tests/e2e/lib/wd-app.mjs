// Driving Unknot through WebDriver the way a person does: by the words on buttons,
// waiting for what the person would see next (Leptos updates the DOM a tick after a
// click, so every step waits for its effect; nothing waits a fixed time).
import assert from 'node:assert/strict';

import { By, Key } from 'selenium-webdriver';

import { SAFETY_CONTINUE } from './app.mjs';
import { startServer } from './server.mjs';
import { openBrowser, pageGuard } from './webdriver.mjs';

/** Short settings within the app's limits, so a whole routine runs in real time. */
// Short doses the app accepts (get ready: 5 s at least, so no notice adjusts them), with
// the longest hold, so a slow engine's reload mid-hold still lands inside it.
export const SHORT = { passes_per_side: 3, hold_secs: 45, secs_per_pass: 6, get_ready_secs: 5, breaths: 3 };

const quote = (text) => (text.includes("'") ? `concat('${text.split("'").join(`', "'", '`)}')` : `'${text}'`);
/** A button by its visible words or its accessible label. */
export const buttonBy = (name) =>
  By.xpath(`//button[normalize-space(.)=${quote(name)} or @aria-label=${quote(name)}]`);

/**
 * Polls `check` until it returns something truthy; fails with `what` after `timeout` ms.
 * Only for waiting on the app, never to measure time.
 */
export async function until(what, check, timeout = 20_000) {
  const deadline = Date.now() + timeout;
  let last;
  for (;;) {
    try {
      last = await check();
      if (last) return last;
    } catch (error) {
      last = error;
    }
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what} (last: ${last})`);
    await new Promise((ok) => setTimeout(ok, 100));
  }
}

/** The displayed elements matching `locator`. */
async function shown(driver, locator) {
  const found = [];
  for (const element of await driver.findElements(locator)) {
    if (await element.isDisplayed().catch(() => false)) found.push(element);
  }
  return found;
}

/** Whether a button with that name is showing. */
export async function hasButton(driver, name) {
  return (await shown(driver, buttonBy(name))).length > 0;
}

/** Waits for an enabled button with that name and clicks it. */
export async function click(driver, name) {
  const element = await until(`the ${name} button`, async () => {
    for (const b of await shown(driver, buttonBy(name))) if (await b.isEnabled()) return b;
    return null;
  });
  // Centred first: a fixed bar at the bottom of the screen must not take the tap.
  await driver.executeScript('arguments[0].scrollIntoView({ block: "center" })', element);
  await element.click();
}

/** The text of the first displayed element matching a CSS selector, or ''. */
export async function textOf(driver, css) {
  const [element] = await shown(driver, By.css(css));
  return element ? (await element.getText()).trim() : '';
}

/** Waits until the element at `css` reads `want` (a string or a RegExp). */
export async function expectText(driver, css, want, timeout) {
  const ok = (t) => (want instanceof RegExp ? want.test(t) : t === want);
  return until(`${css} to read ${want}`, async () => ok(await textOf(driver, css)) && (await textOf(driver, css)), timeout);
}

/** Whether the page shows `text` anywhere. */
export async function pageSays(driver, text) {
  const body = await driver.findElement(By.css('body')).getText();
  return text instanceof RegExp ? text.test(body) : body.includes(text);
}

/** Presses a key with nothing focused, as the session shortcuts expect. */
export async function pressKey(driver, key) {
  await driver.executeScript('document.activeElement && document.activeElement.blur()');
  await driver.actions().sendKeys(key).perform();
}
export { Key };

/**
 * Opens `url` (navigation, never WebDriver's refresh: Firefox's refresh bypasses the
 * service worker) and installs the page guard; keeps the page's problems of the page
 * being left in `app.pageProblems`.
 */
export async function visit(app, url) {
  await collectPageProblems(app);
  await app.driver.get(url);
  await app.driver.executeScript(pageGuard);
}

/** Moves `window.__problems` of the current page into `app.pageProblems`. */
export async function collectPageProblems(app) {
  app.pageProblems ??= [];
  const found = await app.driver.executeScript('return window.__problems || []').catch(() => []);
  app.pageProblems.push(...found);
  await app.driver.executeScript('if (window.__problems) window.__problems.length = 0').catch(() => {});
}

/** Fails if any page or the browser reported an error or a CSP complaint. */
export async function assertClean(app) {
  await collectPageProblems(app);
  assert.deepEqual([...app.pageProblems, ...(await app.problems())], [], `no errors or CSP warnings in ${app.engine}`);
}

/** Waits for the app, passes the safety screen if it shows, and waits for Home. */
export async function reachHome(driver) {
  await until('the app to render', async () => (await hasButton(driver, 'Start routine')) || hasButton(driver, SAFETY_CONTINUE), 30_000);
  // The pre-rendered screen (index.html) shows the same buttons before the app runs.
  await until('the app to take over', async () => (await driver.findElements(By.id('prerendered'))).length === 0, 30_000);
  if (await hasButton(driver, SAFETY_CONTINUE)) await click(driver, SAFETY_CONTINUE);
  await until('Home', () => hasButton(driver, 'Start routine'));
}

/** Saves short timings (and every cue on) the way the app stores settings. */
export async function useShortSettings(driver) {
  const settings = {
    ...SHORT,
    zones: ['it-band-left', 'it-band-right', 'upper-back'],
    cues: { sound: true, voice: true, vibration: true, flash: false, keep_awake: true },
    theme: 'system',
  };
  await driver.executeScript(
    'localStorage.setItem("unknot:settings", arguments[0])',
    JSON.stringify({ v: 2, settings }),
  );
}

/** The card's title. */
export const title = (driver) => textOf(driver, '#player-title');
/** The countdown's whole seconds, or NaN. */
export const seconds = async (driver) => Number.parseInt(await textOf(driver, '[role="timer"]'), 10);

/**
 * A served build and a browser on Home, both closed after test `t`; with
 * `{ short: true }` the short settings are stored first and the page opened again.
 */
export async function openOnHome(t, { short = false } = {}) {
  const server = await startServer();
  const app = await openBrowser();
  t.after(async () => {
    await app.close();
    await server.close();
  });
  await visit(app, server.url);
  await reachHome(app.driver);
  if (short) {
    await useShortSettings(app.driver);
    await visit(app, server.url);
    await reachHome(app.driver);
  }
  return { app, server, driver: app.driver };
}
