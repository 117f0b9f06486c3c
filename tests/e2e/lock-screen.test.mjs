// At the gym with the phone locked, in Chromium: the lock screen's Media Session names
// the step and the pass and its buttons drive the player; coming back after the screen
// was off gives one catch-up line and no burst of late cues; `Cues over silent mode`
// switches the audio session to a player's. The browser's own interfaces are observed by
// an init script (not subject to the page's CSP): `navigator.mediaSession` is real and
// its handlers are recorded so the test can press the system's buttons; Safari's
// `navigator.audioSession` is stood in for; Web Audio is real, its tones recorded.
import assert from 'node:assert/strict';
import { test } from 'node:test';

import { openApp } from './lib/browser.mjs';
import { advance, freezeClock } from './lib/clock.mjs';
import { eventually, expectGone, expectText, expectVisible } from './lib/expect.mjs';
import { announcer, button, cardTitle, passCount, setVisible, startRolling } from './lib/player.mjs';

function recorder() {
  const log = { tones: [], said: [], actions: [], audioSession: [] };
  window.mediaLog = log;
  const handlers = {};
  window.mediaButtons = handlers;
  const session = navigator.mediaSession;
  const setActionHandler = session.setActionHandler.bind(session);
  session.setActionHandler = (action, handler) => {
    handlers[action] = handler;
    log.actions.push([action, !!handler]);
    return setActionHandler(action, handler);
  };
  const audioSession = { _type: 'auto' };
  Object.defineProperty(audioSession, 'type', {
    get() { return this._type; },
    set(v) { this._type = v; log.audioSession.push(v); },
  });
  Object.defineProperty(navigator, 'audioSession', { value: audioSession });
  const start = OscillatorNode.prototype.start;
  OscillatorNode.prototype.start = function (when = 0) {
    const tone = { hz: Math.round(this.frequency.value * 100) / 100, in: when - this.context.currentTime, at: Date.now(), cancelled: false };
    this.tone = tone;
    log.tones.push(tone);
    return start.call(this, when);
  };
  const stop = OscillatorNode.prototype.stop;
  OscillatorNode.prototype.stop = function (when = 0) {
    if (this.tone && when === 0) this.tone.cancelled = true;
    return stop.call(this, when);
  };
  speechSynthesis.speak = (utterance) => log.said.push(utterance.text);
  speechSynthesis.cancel = () => {};
  log.media = [];
  const play = HTMLMediaElement.prototype.play;
  HTMLMediaElement.prototype.play = function () {
    log.media.push({ call: 'play', blob: this.src.startsWith('blob:'), loop: this.loop });
    return play.call(this);
  };
  const pause = HTMLMediaElement.prototype.pause;
  HTMLMediaElement.prototype.pause = function () {
    log.media.push({ call: 'pause' });
    return pause.call(this);
  };
}

const log = (page) => page.evaluate(() => structuredClone(window.mediaLog));
const nowPlaying = (page) =>
  page.evaluate(() => {
    const m = navigator.mediaSession.metadata;
    return m && { title: m.title, artist: m.artist, album: m.album, state: navigator.mediaSession.playbackState };
  });
/** Presses a system media button, as the lock screen would. */
const press = (page, action) => page.evaluate((a) => window.mediaButtons[a]({ action: a }), action);
async function open(t) {
  const app = await openApp('/', {
    setup: async (context, page) => {
      await context.addInitScript(recorder);
      await freezeClock(page);
    },
  });
  t.after(() => app.close());
  return app;
}

test('the lock screen names the step and the pass, and its buttons pause, resume, skip and go back', async (t) => {
  const app = await open(t);
  const { page } = app;
  await startRolling(page);
  let shown = await eventually(() => nowPlaying(page), (m) => m?.artist === 'Pass 1 of 4', 'the pass on the lock screen');
  assert.deepEqual(shown, { title: 'Roll your left IT band', artist: 'Pass 1 of 4', album: 'Unknot', state: 'playing' });
  const armed = new Set((await log(page)).actions.filter(([, set]) => set).map(([a]) => a));
  for (const action of ['play', 'pause', 'nexttrack', 'previoustrack']) assert.ok(armed.has(action), `${action} is handled`);

  // The pass turns: the line under the step follows it.
  await advance(page, 10_000);
  await eventually(() => nowPlaying(page), (m) => m?.artist === 'Pass 2 of 4', 'pass 2 on the lock screen');

  // Pause and Resume from the lock screen: the player and the lock screen agree.
  await press(page, 'pause');
  await expectVisible(button(page, 'Resume'));
  await eventually(() => nowPlaying(page), (m) => m?.state === 'paused' && m.artist === 'Paused', 'paused on the lock screen');
  await press(page, 'play');
  await expectVisible(button(page, 'Pause'));
  await eventually(() => nowPlaying(page), (m) => m?.state === 'playing', 'playing again');

  // Next skips to the next step and renames the lock screen; Back returns.
  const rolling = await cardTitle(page).textContent();
  await press(page, 'nexttrack');
  await expectText(cardTitle(page), 'Switch to the right side');
  await eventually(() => nowPlaying(page), (m) => m?.title === 'Switch to the right side', 'the new step on the lock screen');
  await press(page, 'previoustrack');
  await expectText(cardTitle(page), rolling);
  await eventually(() => nowPlaying(page), (m) => m?.title === rolling, 'back on the lock screen');

  // The end takes the session off the lock screen.
  await button(page, 'End session').click();
  await eventually(() => nowPlaying(page), (m) => m === null, 'nothing on the lock screen after the end');
  assert.deepEqual((await log(page)).media, [], 'by default no media plays: the music stays on');
  app.assertClean();
});

test('after a hold ran out with the screen off, one line says so and no late cues play', async (t) => {
  const app = await open(t);
  const { page } = app;
  await startRolling(page);
  await button(page, 'Hot spot').click();
  await eventually(() => log(page), (l) => l.said.includes('Hot spot hold, 30 seconds'), 'the hold is said');
  const before = (await log(page)).tones.length;

  // The phone locks: the page hides and its timers stand still (a jump, as a closed lid).
  await setVisible(page, false);
  await page.clock.fastForward(45_000);
  await setVisible(page, true);

  const line = page.locator('.catch-up');
  await expectVisible(line);
  await expectText(line.locator('p'), /^While the screen was off: the hold ended\. Now: Pass \d of 4\.$/);
  await expectText(announcer(page), /^While the screen was off: the hold ended\./);
  const seen = await eventually(() => log(page), (l) => l.said.some((s) => s.startsWith('While the screen was off')), 'the line is said');
  assert.equal(seen.said.filter((s) => s.startsWith('While the screen was off')).length, 1, 'said once');
  assert.ok(!seen.said.slice(-1)[0].startsWith('Hold done'), `no second line after it: ${seen.said}`);
  // What the hold had scheduled on the audio clock is dropped, and nothing plays at once.
  const queued = seen.tones.slice(0, before).filter((t) => t.in > 1);
  assert.ok(queued.length > 0 && queued.every((t) => t.cancelled), `the hold's countdown was cancelled: ${JSON.stringify(queued)}`);
  const burst = seen.tones.slice(before).filter((t) => !t.cancelled && t.in < 0.5);
  assert.deepEqual(burst, [], 'no cue plays late on coming back');
  // The next turn of the session replaces the line.
  await advance(page, 10_000);
  await expectGone(line);
  assert.match(await passCount(page).textContent(), /^Pass \d of 4$/);
  app.assertClean();
});

test('Cues over silent mode takes a player\'s audio session; off, cues duck the music', async (t) => {
  const app = await open(t);
  const { page } = app;
  await button(page, 'I understand, continue').click();
  await eventually(() => log(page), (l) => l.audioSession.at(-1) === 'transient', 'the default mixes with music');
  await button(page, 'Settings').click();
  const toggle = page.getByRole('switch', { name: 'Cues over silent mode' });
  assert.equal(await toggle.isChecked(), false, 'off by default');
  assert.match(await toggle.getAttribute('aria-describedby').then((id) => page.locator(`#${id}`).textContent()), /music pauses/);
  await toggle.check();
  await eventually(() => log(page), (l) => l.audioSession.at(-1) === 'playback', 'playback over silent mode');
  await page.reload();
  await eventually(() => log(page), (l) => l.audioSession.at(-1) === 'playback', 'kept after a reload');

  // With it on, a quiet looping track plays while the session runs (the lock screen's
  // controls need playing media on iOS and Android), and stops with a pause.
  await button(page, 'Home').click();
  await startRolling(page);
  await eventually(() => log(page), (l) => l.media.some((m) => m.call === 'play' && m.blob && m.loop), 'the quiet track plays');
  await button(page, 'Pause').click();
  await eventually(() => log(page), (l) => l.media.at(-1)?.call === 'pause', 'and pauses with the session');
  app.assertClean();
});
