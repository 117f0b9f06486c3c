// The gym-proof cues, observed at the browser's own interfaces: which tones Web Audio is
// asked to play and when (scheduled ahead on the audio clock, cancelled when the plan
// changes), what speechSynthesis is told, how navigator.vibrate buzzes, the screen wake
// lock held while a session runs and released on pause and at the end, and the flash.
//
// An init script (not subject to the page's CSP) records those calls; speech, vibration
// and the wake lock are stood in for, Web Audio is real.
import assert from 'node:assert/strict';
import { test } from 'node:test';

import { openApp } from './lib/browser.mjs';
import { advance, freezeClock } from './lib/clock.mjs';
import { eventually, expectText, expectVisible } from './lib/expect.mjs';
import { button, passCount, pressKey, startRolling } from './lib/player.mjs';

function recorder() {
  const log = { tones: [], said: [], hushed: 0, buzz: [], locks: [] };
  window.cueLog = log;
  const nodes = new WeakMap();
  const start = OscillatorNode.prototype.start;
  OscillatorNode.prototype.start = function (when = 0) {
    const tone = { hz: Math.round(this.frequency.value * 100) / 100, in: when - this.context.currentTime, cancelled: false };
    nodes.set(this, tone);
    log.tones.push(tone);
    return start.call(this, when);
  };
  const stop = OscillatorNode.prototype.stop;
  OscillatorNode.prototype.stop = function (when = 0) {
    const tone = nodes.get(this);
    if (tone && when === 0) tone.cancelled = true;
    return stop.call(this, when);
  };
  speechSynthesis.speak = (utterance) => log.said.push(utterance.text);
  speechSynthesis.cancel = () => {
    log.hushed += 1;
  };
  navigator.vibrate = (pattern) => {
    log.buzz.push([pattern].flat());
    return true;
  };
  Object.defineProperty(navigator, 'wakeLock', {
    value: {
      request: async (type) => {
        const sentinel = { type, released: false, release: async () => { sentinel.released = true; log.locks.push('release'); } };
        log.locks.push('request');
        window.lastLock = sentinel;
        return sentinel;
      },
    },
  });
}

const log = (page) => page.evaluate(() => structuredClone(window.cueLog));
/** Tones asked for since `from` (an index into the log), not cancelled. */
const live = (tones, from = 0) => tones.slice(from).filter((t) => !t.cancelled);
const near = (tones, hz, seconds) => tones.some((t) => t.hz === hz && Math.abs(t.in - seconds) < 0.15);

test('beeps scheduled ahead, speech, buzzes, flash and the wake lock follow the session', async (t) => {
  const app = await openApp('/', {
    setup: async (context, page) => {
      await context.addInitScript(recorder);
      await freezeClock(page);
    },
  });
  t.after(() => app.close());
  const { page } = app;

  // Turn the flash on (it is off by default) before starting.
  const safety = button(page, 'I understand, continue');
  await safety.click();
  await button(page, 'Settings').click();
  await page.getByRole('switch', { name: 'Screen flash' }).check();
  await button(page, 'Home').click();

  await startRolling(page);
  let seen = await log(page);
  const roll = live(seen.tones);
  // On the Roll card: the pass turns and the end, on the audio clock, 10 s apart.
  for (const s of [10, 20, 30]) assert.ok(near(roll, 440, s), `pass turn at +${s}s: ${JSON.stringify(roll)}`);
  assert.ok(near(roll, 1318.5, 40), 'phase end at +40s');
  assert.deepEqual(seen.locks, ['request'], 'the screen stays on while the session runs');

  // A pass turns: a short buzz, a flash, the new pass said (the beep was already due).
  await advance(page, 10_000);
  await expectText(passCount(page), 'Pass 2 of 4');
  seen = await eventually(() => log(page), (l) => l.said.includes('Pass 2 of 4'), 'pass 2 is said');
  assert.deepEqual(seen.buzz.at(-1), [80]);
  await expectVisible(page.locator('.cue-flash.cue-flash--on'));

  // A hot spot: the hold-start notes now, the old plan cancelled, 3-2-1 and the end ahead.
  const before = seen.tones.length;
  await button(page, 'Hot spot').click();
  seen = await eventually(() => log(page), (l) => l.said.includes('Hot spot hold, 30 seconds'), 'the hold is said');
  const hold = live(seen.tones, before);
  assert.ok(near(hold, 523.25, 0) && near(hold, 783.99, 0.16), `hold start now: ${JSON.stringify(hold)}`);
  for (const [hz, s] of [[880, 27], [880, 28], [1046.5, 29], [1318.5, 30]]) {
    assert.ok(near(hold, hz, s), `${hz} Hz at +${s}s: ${JSON.stringify(hold)}`);
  }
  const oldPlan = seen.tones.slice(0, before).filter((t) => t.in > 15);
  assert.ok(oldPlan.length > 0 && oldPlan.every((t) => t.cancelled), 'the rest of the pass plan was cancelled');
  // ...but not the turn that was already due (the page's clock is ahead of the audio's
  // here): a replan at a deadline must never swallow that deadline's beep.
  assert.ok(seen.tones.slice(0, before).some((t) => t.hz === 440 && near([t], 440, 10) && !t.cancelled));
  assert.deepEqual(seen.buzz.at(-1), [150, 80, 150]);

  // Pause: quiet, the countdown cancelled, the screen may sleep. Resume: all back.
  const hushed = seen.hushed;
  await pressKey(page, ' ');
  await expectVisible(button(page, 'Resume'));
  seen = await eventually(() => log(page), (l) => l.locks.at(-1) === 'release', 'the wake lock is released');
  assert.ok(seen.hushed > hushed, 'speech stops on pause');
  assert.ok(live(seen.tones, before).every((t) => t.in < 1), 'no beep is left scheduled while paused');
  await pressKey(page, ' ');
  seen = await eventually(() => log(page), (l) => l.locks.at(-1) === 'request', 'the wake lock is taken again');

  // The browser drops the lock when the page hides; on coming back it is taken again.
  const requests = seen.locks.length;
  await page.evaluate(() => {
    window.lastLock.released = true;
    document.dispatchEvent(new Event('visibilitychange', { bubbles: true }));
  });
  await eventually(() => log(page), (l) => l.locks.length > requests, 'the lock is re-acquired');

  // The end: the done arpeggio, the words, the lock let go.
  const atEnd = (await log(page)).tones.length;
  await button(page, 'End session').click();
  seen = await eventually(() => log(page), (l) => l.said.includes('Session ended'), 'the end is said');
  const done = live(seen.tones, atEnd);
  for (const hz of [523.25, 659.25, 783.99, 1046.5]) assert.ok(done.some((t) => t.hz === hz), `done note ${hz}`);
  assert.equal(seen.locks.at(-1), 'release');
  assert.deepEqual(seen.buzz.at(-1), [200, 100, 200, 100, 500]);
  app.assertClean();
});
