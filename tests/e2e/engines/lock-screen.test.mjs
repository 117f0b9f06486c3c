// The lock screen and the screen going off, in the engine named by UNKNOT_ENGINE
// (Firefox ESR or WebKitGTK; Chromium's suite runs the same on a controlled clock):
// where the engine has a Media Session, it names the step and the pass and its buttons
// pause and resume the player; after the page was out of sight while passes went by,
// one line says what happened. Time is real here, so the settings are the shortest.
import assert from 'node:assert/strict';
import { test } from 'node:test';

import { ENGINE } from '../lib/webdriver.mjs';
import { assertClean, click, expectText, hasButton, openOnHome, until } from '../lib/wd-app.mjs';

/** Records the handlers the app gives the Media Session, so the test can press them. */
function recordHandlers() {
  const session = navigator.mediaSession;
  if (!session) return false;
  window.mediaButtons = {};
  const set = session.setActionHandler.bind(session);
  session.setActionHandler = (action, handler) => {
    window.mediaButtons[action] = handler;
    return set(action, handler);
  };
  return true;
}

const nowPlaying = (driver) =>
  driver.executeScript(
    'const m = navigator.mediaSession.metadata; return m && { title: m.title, artist: m.artist, state: navigator.mediaSession.playbackState }',
  );

/** The page out of sight (as a locked phone) or back in sight. */
const setVisible = (driver, visible) =>
  driver.executeScript(
    `const v = arguments[0];
     Object.defineProperty(document, 'visibilityState', { configurable: true, get: () => (v ? 'visible' : 'hidden') });
     Object.defineProperty(document, 'hidden', { configurable: true, get: () => !v });
     document.dispatchEvent(new Event('visibilitychange'));`,
    visible,
  );

test(`${ENGINE}: the lock screen follows the session, and a line says what passed while the screen was off`, async (t) => {
  const { app, driver } = await openOnHome(t, { short: true });
  const hasMediaSession = await driver.executeScript(`return (${recordHandlers})()`);

  await click(driver, 'Start routine');
  await click(driver, 'Next');
  await expectText(driver, '#player-title', 'Set up: left IT band');
  await click(driver, 'Next');
  await expectText(driver, '#player-title', 'Roll your left IT band', 15_000);

  if (hasMediaSession) {
    const shown = await until('the step on the lock screen', async () => {
      const m = await nowPlaying(driver);
      return m?.title === 'Roll your left IT band' && /^Pass [1-3] of 3$/.test(m.artist) && m;
    });
    assert.equal(shown.state, 'playing');
    await driver.executeScript('window.mediaButtons.pause({ action: "pause" })');
    await until('Resume after the lock screen paused', () => hasButton(driver, 'Resume'));
    await until('paused on the lock screen', async () => (await nowPlaying(driver))?.state === 'paused');
    await driver.executeScript('window.mediaButtons.play({ action: "play" })');
    await until('Pause after the lock screen resumed', () => hasButton(driver, 'Pause'));
  }

  // Out of sight for more than a pass (6 s each): back in sight, one line says so.
  await setVisible(driver, false);
  await until('a pass to go by', async () => {
    const m = await driver.executeScript('return document.querySelector("main")?.textContent ?? ""');
    return /Pass [23] of 3/.test(m);
  });
  await setVisible(driver, true);
  await expectText(driver, '.catch-up p', /^While the screen was off: (1 pass went by|2 passes went by|rolling the left IT band ended)\. Now: /);
  await click(driver, 'End session');
  await expectText(driver, '#player-title', 'Well done');
  if (hasMediaSession) await until('the lock screen cleared', async () => (await nowPlaying(driver)) === null);
  console.log(`${ENGINE}: Media Session ${hasMediaSession ? 'present and checked' : 'absent: its part skipped'}`);
  await assertClean(app);
});
