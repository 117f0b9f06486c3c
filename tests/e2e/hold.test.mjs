// A running hold keeps the main thread quiet (issue 17): the breathing pacer and the zone's
// glow move on the compositor alone (only `transform` and `opacity` of HTML elements
// animate, never an SVG element, a filter or a layout property), the pacer is one
// animation for the whole hold (no new one at each turn of the breath), no
// animation-frame loop runs, each second changes only the digits, their label and the
// ring (and the breath's words at a turn), once each, and the digits sit in a box that
// lays out by itself. No timing here: what this costs is measured by `cargo xtask bench`
// (the cpu part), never in a test.
import assert from 'node:assert/strict';
import { test } from 'node:test';

import { openApp } from './lib/browser.mjs';
import { advance, frozenAt } from './lib/clock.mjs';
import { expectText, expectVisible } from './lib/expect.mjs';
import { button, holdPanel, startRolling, timer } from './lib/player.mjs';

/** Counts `requestAnimationFrame` calls from the page (added after the fake clock). */
const COUNT_FRAMES = `(() => {
  const request = window.requestAnimationFrame;
  window.__frameRequests = 0;
  window.requestAnimationFrame = function (callback) {
    window.__frameRequests += 1;
    return request.call(this, callback);
  };
})();`;

/** Into a hold on the first Roll card, with the clock frozen. */
async function holding(options = {}) {
  const app = await openApp('/', {
    ...options,
    setup: async (context, page) => {
      await frozenAt()(context, page);
      await context.addInitScript(COUNT_FRAMES);
    },
  });
  const { page } = app;
  await startRolling(page);
  // Tapped from script, with no pointer left over the page: a hovered button's colour
  // transition is not the hold's doing.
  await page.mouse.move(0, 0);
  await button(page, 'Hot spot').evaluate((el) => /** @type {HTMLElement} */ (el).click());
  await expectVisible(holdPanel(page));
  await expectText(timer(page), '30');
  // Frames asked for until now were the card changes' (focus moves to the new title).
  await page.evaluate(() => {
    window.__frameRequests = 0;
  });
  return app;
}

/** Every running animation and transition: what it animates and on what. */
const animations = (page) =>
  page.evaluate(() =>
    document.getAnimations().map((a) => {
      const target = /** @type {KeyframeEffect} */ (a.effect)?.target;
      const keyframes = /** @type {KeyframeEffect} */ (a.effect)?.getKeyframes() ?? [];
      const skip = new Set(['offset', 'computedOffset', 'easing', 'composite']);
      return {
        name: a.animationName ?? a.transitionProperty,
        target: target?.getAttribute('class') ?? target?.nodeName,
        html: target instanceof HTMLElement,
        state: a.playState,
        properties: [...new Set(keyframes.flatMap((k) => Object.keys(k)).filter((k) => !skip.has(k)))],
      };
    }),
  );

test('a hold animates only transform and opacity of HTML layers, and runs no frame loop', async (t) => {
  const app = await holding();
  t.after(() => app.close());
  const { page } = app;
  // Just past the first turn of the breath (in for 4 s, then out for 6 s), second by
  // second: the pacer's transition to the out-breath is running (in real time).
  for (let s = 0; s < 5; s += 1) await advance(page, 1_000);
  await expectText(timer(page), '25');
  await expectText(page.locator('.cue__words'), 'Breathe out');

  const running = await animations(page);
  const targets = running.map((a) => a.target);
  assert.ok(targets.includes('pacer__circle'), `the pacer breathes: ${JSON.stringify(running)}`);
  assert.ok(targets.includes('body-diagram-glow'), `the zone glows: ${JSON.stringify(running)}`);
  for (const a of running) {
    assert.ok(a.html, `${a.target} animates an SVG element: ${JSON.stringify(a)}`);
    for (const p of a.properties) {
      assert.ok(['transform', 'opacity'].includes(p), `${a.target} animates ${p}, not on the compositor`);
    }
  }
  // The glow's blur is drawn once: the blurred path itself never animates.
  const glow = await page.evaluate(() => {
    const path = document.querySelector('.body-diagram__glow');
    return path && { animations: path.getAnimations().length, layer: path.closest('.body-diagram-glow') !== null };
  });
  assert.deepEqual(glow, { animations: 0, layer: true });

  // On to the next turn and past it: still no frame loop.
  for (let s = 0; s < 7; s += 1) await advance(page, 1_000);
  await expectText(timer(page), '18');
  const frames = await page.evaluate(() => window.__frameRequests);
  assert.equal(frames, 0, 'no requestAnimationFrame while a hold runs');
});

test('each second of a hold changes the digits, their label and the ring, nothing else', async (t) => {
  const app = await holding();
  t.after(() => app.close());
  const { page } = app;
  await page.evaluate(() => {
    window.__changed = [];
    const name = (node) => {
      const el = node.nodeType === Node.TEXT_NODE ? node.parentElement : node;
      return el?.getAttribute('class')?.split(' ')[0] ?? el?.nodeName;
    };
    new MutationObserver((records) => {
      for (const r of records) window.__changed.push(`${name(r.target)}${r.attributeName ? `[${r.attributeName}]` : ''}`);
    }).observe(document.body, { subtree: true, childList: true, characterData: true, attributes: true });
  });
  for (let s = 0; s < 12; s += 1) await advance(page, 1_000);
  await expectText(timer(page), '18');
  const records = await page.evaluate(() => window.__changed);
  const changed = new Set(records);
  const allowed = new Set([
    'big-number__digits', // the seconds (text) and their label
    'big-number__digits[aria-label]',
    'big-number__fill[stroke-dashoffset]',
    'pacer[class]', // at a turn of the breath
    'cue__words',
    'announcer', // the screen reader's line, when a cue speaks
  ]);
  for (const c of changed) assert.ok(allowed.has(c), `a hold's tick changed ${c} (all: ${[...changed].join(', ')})`);
  assert.ok(changed.has('big-number__digits'), 'the digits change');
  // Once a second each, written only when they change: 12 seconds, two turns of the
  // breath (in → out at 4 s, out → in at 10 s). A tick that re-rendered a part of the
  // card, or wrote a value it already had, would show here as more.
  const count = (name) => records.filter((r) => r === name).length;
  assert.deepEqual(
    {
      digits: count('big-number__digits'),
      label: count('big-number__digits[aria-label]'),
      ring: count('big-number__fill[stroke-dashoffset]'),
      pacer: count('pacer[class]'),
      words: count('cue__words'),
    },
    { digits: 12, label: 12, ring: 12, pacer: 2, words: 2 },
    `mutations in 12 s of a hold: ${records.join(', ')}`,
  );

  // The digits' box lays out by itself: fixed size, `contain: strict`, out of the flow of
  // a block (not a flex or grid item), so a new number never lays out the page.
  const box = await page.evaluate(() => {
    const digits = document.querySelector('.big-number__digits');
    const style = getComputedStyle(digits);
    const parent = getComputedStyle(digits.parentElement);
    return { contain: style.contain, position: style.position, parent: parent.display };
  });
  assert.deepEqual(box, { contain: 'strict', position: 'absolute', parent: 'block' });
});

test('with reduced motion a hold animates nothing', async (t) => {
  const app = await holding({ reducedMotion: 'reduce' });
  t.after(() => app.close());
  const { page } = app;
  for (let s = 0; s < 12; s += 1) await advance(page, 1_000);
  await expectText(timer(page), '18');
  assert.deepEqual(
    (await animations(page)).filter((a) => a.state === 'running'),
    [],
    'nothing moves when the person asks for less motion',
  );
  assert.equal(await page.evaluate(() => window.__frameRequests), 0);
});

/** The pacer circle's animations: name, delay, iterations and the object itself. */
const pacer = (page) =>
  page.evaluate(() => {
    const circle = document.querySelector('.pacer__circle');
    const running = circle?.getAnimations() ?? [];
    window.__pacerSeen ??= [];
    return running.map((a) => {
      if (!window.__pacerSeen.includes(a)) window.__pacerSeen.push(a);
      const timing = a.effect.getComputedTiming();
      return {
        name: a.animationName ?? `transition of ${a.transitionProperty}`,
        which: window.__pacerSeen.indexOf(a),
        delay: timing.delay || 0, // -0 (a delay of "-0ms") reads as 0
        iterations: timing.iterations,
        state: a.playState,
      };
    });
  });

test('the pacer is one animation for the whole hold: no new one at a turn, none while paused', async (t) => {
  const app = await holding();
  t.after(() => app.close());
  const { page } = app;
  // 30 s hold: three breaths of 10 s, from the hold's first second.
  const first = [{ name: 'pacer-breath', which: 0, delay: 0, iterations: 3, state: 'running' }];
  assert.deepEqual(await pacer(page), first);
  // Past both turns (in → out at 4 s, out → in at 10 s): the same animation runs on.
  for (let s = 0; s < 12; s += 1) await advance(page, 1_000);
  await expectText(page.locator('.cue__words'), 'Breathe in');
  assert.deepEqual(await pacer(page), first, 'a turn of the breath starts nothing new');
  // +10 s: one more breath, the same animation, not moved.
  await button(page, '+10 s').evaluate((el) => /** @type {HTMLElement} */ (el).click());
  await expectText(timer(page), '28');
  assert.deepEqual(await pacer(page), [{ ...first[0], iterations: 4 }]);
  // Paused: the circle rests. Resumed: it starts again where the breath is (12 s in).
  await button(page, 'Pause').evaluate((el) => /** @type {HTMLElement} */ (el).click());
  await expectText(page.locator('.cue__words'), 'Paused');
  assert.deepEqual(await pacer(page), []);
  await advance(page, 5_000);
  await button(page, 'Resume').evaluate((el) => /** @type {HTMLElement} */ (el).click());
  await expectText(page.locator('.cue__words'), 'Breathe in');
  assert.deepEqual(await pacer(page), [{ name: 'pacer-breath', which: 1, delay: -12_000, iterations: 4, state: 'running' }]);
});

test('with reduced motion the pacer steps with the words: big breathing in, small breathing out', async (t) => {
  const app = await holding({ reducedMotion: 'reduce' });
  t.after(() => app.close());
  const { page } = app;
  const scale = () =>
    page.evaluate(() => new DOMMatrix(getComputedStyle(document.querySelector('.pacer__circle')).transform).a);
  await expectText(page.locator('.cue__words'), 'Breathe in');
  assert.equal(await scale(), 1);
  for (let s = 0; s < 5; s += 1) await advance(page, 1_000);
  await expectText(page.locator('.cue__words'), 'Breathe out');
  assert.equal(Math.round((await scale()) * 100) / 100, 0.6);
});
