// The journeys that matter most, in the engine named by UNKNOT_ENGINE (Firefox ESR or
// WebKitGTK; Chromium runs the fuller playwright-core suite): a whole routine with a
// hot-spot hold and a reload in the middle of it, the cues' calls, the offline reopen
// through the service worker, and Export data → Import data. Time is real here (no
// fake clock over WebDriver), so the settings are the shortest the app allows and every
// step waits for what a person would see next.
import assert from 'node:assert/strict';
import { test } from 'node:test';

import { controlledBy, cueLog, cueRecorder, exportedFile, importFile, installExportCatcher } from '../lib/wd-journey.mjs';
import { ENGINE, openBrowser } from '../lib/webdriver.mjs';
import {
  Key,
  SHORT,
  assertClean,
  click,
  expectText,
  hasButton,
  pageSays,
  pressKey,
  reachHome,
  seconds,
  title,
  until,
  useShortSettings,
  visit,
} from '../lib/wd-app.mjs';
import { startServer } from '../lib/server.mjs';

const NOT_AVAILABLE = 'Not available on this device';

/** Opens the app on a fresh server, past the safety screen, with short settings. */
async function openShort(t) {
  const server = await startServer();
  const app = await openBrowser();
  t.after(async () => {
    await app.close();
    await server.close();
  });
  await visit(app, server.url);
  await reachHome(app.driver);
  await useShortSettings(app.driver);
  await visit(app, server.url);
  await reachHome(app.driver);
  return { app, server, driver: app.driver };
}

/** From Home to the first Roll card (pain check and set-up skipped, get-ready waited). */
async function startRolling(driver) {
  await click(driver, 'Start routine');
  await expectText(driver, '#player-title', 'How is your back right now?');
  await click(driver, 'Next');
  await expectText(driver, '#player-title', 'Set up: left IT band');
  await click(driver, 'Next');
  await expectText(driver, '#player-title', 'Roll your left IT band', 15_000);
}

test(`${ENGINE}: a whole routine with a hold, a reload mid-hold, the cues' calls`, async (t) => {
  const { app, server, driver } = await openShort(t);
  const has = await driver.executeScript(
    'return { voice: "speechSynthesis" in window, vibration: "vibrate" in navigator, wakeLock: "wakeLock" in navigator, sound: "AudioContext" in window }',
  );
  // The app speaks only with an on-device voice of the shown language, English here (or
  // the default, before voices are listed); otherwise its cues are beeps.
  const speaks = has.voice && (await driver.executeScript(
    'const v = speechSynthesis.getVoices(); return v.length === 0 || v.some((x) => x.localService && /^en\\b/i.test(x.lang))'));
  t.diagnostic(`${ENGINE} offers ${JSON.stringify(has)}, speaks: ${speaks}`);

  // What the device lacks, Settings says so next to the switch.
  await click(driver, 'Settings');
  for (const [label, present] of [['Voice', has.voice], ['Vibration', has.vibration], ['Keep screen awake', has.wakeLock], ['Sound', has.sound]]) {
    const row = await until(`the ${label} switch`, () => driver.executeScript(
      'return [...document.querySelectorAll(".toggle")].find((r) => r.querySelector(".toggle__label")?.textContent === arguments[0])?.textContent', label));
    assert.equal(row.includes(NOT_AVAILABLE), !present, `${label}: ${row}`);
  }
  await click(driver, 'Home');

  await driver.executeScript(cueRecorder);
  await startRolling(driver);
  await expectText(driver, 'main', /Pass 1 of 3/);

  // A hot spot: the hold panel, its countdown, the hold said and buzzed.
  await click(driver, 'Hot spot');
  await until('the hold panel', () => hasButton(driver, 'Released'));
  const left = await until('the hold countdown', async () => {
    const s = await seconds(driver);
    return s > 0 && s <= SHORT.hold_secs && s;
  });
  let log = await until('the hold cues', async () => {
    const l = await cueLog(driver);
    return (!speaks || l.said.includes(`Hot spot hold, ${SHORT.hold_secs} seconds`)) && l;
  });
  if (has.vibration) assert.deepEqual(log.buzz.at(-1), [150, 80, 150]);
  if (has.sound) assert.ok(log.tones.length > 0, `tones were scheduled: ${JSON.stringify(log)}`);
  if (has.wakeLock) {
    log = await until('the wake lock answer', async () => {
      const l = await cueLog(driver);
      return l.locks.some((x) => x !== 'request') && l;
    });
  }
  // No lock to be had (missing or refused): the player says how to keep the screen on.
  const held = log.locks.includes('held');
  t.diagnostic(`wake lock: ${has.wakeLock ? log.locks.join(', ') : 'missing'}`);
  const note = async () => pageSays(driver, 'Your screen may turn off during the session.');
  if (held) assert.equal(await note(), false, 'no screen note while the lock is held');
  else {
    await until('the screen-on note', note);
    await click(driver, 'Got it');
    await until('the note to go', async () => !(await note()));
  }

  // A reload in the middle of the hold: the same hold, with no more time than before.
  // WebKitGTK refuses the lock on the reloaded page (no tap there yet), so the note is
  // back, and the hold must keep its room under it (it once lost it: the note squeezed
  // the card to nothing; screen-on.test.mjs checks that layout at four sizes).
  await visit(app, server.url);
  await until('the hold after the reload', () => hasButton(driver, 'Released'), 30_000);
  t.diagnostic(`screen-on note after the reload: ${await note()}`);
  const after = await until('the countdown after the reload', async () => {
    const s = await seconds(driver);
    return s > 0 && s;
  });
  assert.ok(after <= left, `the hold went on counting down across the reload (${left} → ${after})`);

  // The hold ends by itself and the passes resume.
  await until('the hold to end', async () => !(await hasButton(driver, 'Released')), 60_000);
  await expectText(driver, 'main', /Pass \d of 3/);

  // The rest of the routine: taps where a card wants one, → for the timed ones.
  let guard = 0;
  while ((await title(driver)) !== 'How is your back now?') {
    guard += 1;
    assert.ok(guard < 40, `stuck at ${await title(driver)}`);
    const before = await title(driver);
    if (await hasButton(driver, 'Next')) await click(driver, 'Next');
    else await pressKey(driver, Key.ARROW_RIGHT);
    await until(`a card after ${before}`, async () => (await title(driver)) !== before);
  }
  await click(driver, 'Pain 2 of 10');
  await click(driver, 'Next');
  await expectText(driver, '#player-title', 'Well done');
  await until('the summary', () => pageSays(driver, /Hot spots\s*1/));
  await assertClean(app);
});

test(`${ENGINE}: the second visit opens offline from the service worker`, async (t) => {
  const { app, server, driver } = await openShort(t);
  await until('the service worker to control the page', () => controlledBy(driver), 30_000);
  await server.close();
  await visit(app, server.url);
  await reachHome(driver);
  await startRolling(driver);
  await assertClean(app);
});

test(`${ENGINE}: Export data, clear everything, Import data: the session is back`, async (t) => {
  const { app, server, driver } = await openShort(t);
  // Roll a little first: a session with nothing rolled is not kept.
  await startRolling(driver);
  const shown = () => driver.executeScript('return Number(document.querySelector("[role=timer]")?.textContent)');
  const first = await shown();
  await until('two seconds on the roller', async () => (await shown()) <= first - 2);
  await click(driver, 'End session');
  await expectText(driver, '#player-title', 'Well done');
  await click(driver, 'Done');

  await click(driver, 'Settings');
  await driver.executeScript(installExportCatcher);
  // The button is clicked from the page: WebKitWebDriver's synthesized click does not
  // reach this one button (it does reach every other), while a person's tap does.
  await driver.executeScript(
    '[...document.querySelectorAll("button")].find((b) => b.textContent.trim() === "Export data").click()',
  );
  const file = await until('the exported file', () => exportedFile(driver)).catch(async (e) => {
    throw new Error(`${e.message}: ${JSON.stringify(await driver.executeScript('return [String(window.lastBlob), window.__problems, document.body.innerText]'))}`);
  });
  assert.match(file.name, /^unknot-\d{4}-\d{2}-\d{2}\.json$/);
  assert.equal(JSON.parse(file.text).sessions.length, 1);

  await driver.executeScript('localStorage.clear()');
  await visit(app, server.url);
  await reachHome(driver);
  await click(driver, 'Progress');
  await until('an empty history', () => pageSays(driver, 'No sessions yet'));
  await click(driver, 'Settings');
  await importFile(driver, file);
  await until('the import report', () => pageSays(driver, 'Added 1 session.'));
  await click(driver, 'Progress');
  await until('the session in the history', async () => !(await pageSays(driver, 'No sessions yet')));
  await assertClean(app);
});
