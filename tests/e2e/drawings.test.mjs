// The drawings that teach each position: on every card with a drawing the body (not only
// the roller) travels over a roller that stays put, at the person's pass pace; nothing
// moves with reduced motion or with `Animate drawings` off; the figure fills its frame;
// and during rolling the small drawing is in step with the pass clock.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';

import { openApp } from './lib/browser.mjs';
import { advance, frozenAt } from './lib/clock.mjs';
import { eventually, expectText, expectVisible } from './lib/expect.mjs';
import { button, cardTitle, passCount } from './lib/player.mjs';
import { startServer } from './lib/server.mjs';

const SECS_PER_PASS = 8;
const PASS_MS = SECS_PER_PASS * 1_000;
// In the routine's order (crates/domain/src/routine/plan.rs, ROLL_ORDER), as stored.
const EVERY_ZONE = [
  'it-band-left', 'it-band-right', 'glutes-left', 'glutes-right', 'hamstrings-left', 'calves-left',
  'hamstrings-right', 'calves-right', 'quad-left', 'hip-flexor-left', 'quad-right', 'hip-flexor-right',
  'lats-left', 'lats-right', 'upper-back', 'shoulder-blade-left', 'shoulder-blade-right',
];
const SAFETY_DONE = JSON.stringify({ v: 3, acknowledged_at: 1795000000000 });

/** Every zone, a pass pace of its own, the safety screen already read. */
function seeded(settings = {}) {
  const stored = JSON.stringify({
    v: 3,
    settings: { zones: EVERY_ZONE, secs_per_pass: SECS_PER_PASS, passes_per_side: 3, ...settings },
  });
  return async (context, page) => {
    await context.addInitScript(
      ([safety, s]) => {
        if (!localStorage.getItem('unknot:settings')) {
          localStorage.setItem('unknot:safety', safety);
          localStorage.setItem('unknot:settings', s);
        }
      },
      [SAFETY_DONE, stored],
    );
    await frozenAt()(context, page);
  };
}

/**
 * The drawing on the card at `ms` into its movement: every animation of the figure is
 * paused there (controlled time, not waiting), then the body, the roller and the frame
 * are measured on screen.
 */
function measureAt(page, ms) {
  return page.evaluate((at) => {
    const figure = document.querySelector('.stage__visual > figure.pose');
    const animations = figure.getAnimations({ subtree: true });
    for (const a of animations) {
      a.pause();
      a.currentTime = at;
    }
    const box = (el) => {
      const r = el.getBoundingClientRect();
      return { x: r.x, y: r.y, width: r.width, height: r.height };
    };
    const roller = figure.querySelector('.pose__roller-body');
    return {
      pose: figure.dataset.pose,
      animations: animations.length,
      durations: [...new Set(animations.map((a) => a.effect.getTiming().duration))],
      body: box(figure.querySelector('.pose__body')),
      // The shorts: the middle of the body, which travels the whole pass.
      hips: box(figure.querySelector('.pose__limb--cloth')),
      roller: roller ? box(roller) : null,
      frame: box(figure),
      arrow: figure.querySelectorAll('.pose__arrow').length,
      label: figure.querySelector('svg').getAttribute('aria-label'),
    };
  }, ms);
}

/** Walks the whole routine with `Next`, calling `look` on every card with a drawing. */
async function everyDrawing(page, look) {
  await button(page, 'Start routine').click();
  await expectText(cardTitle(page), 'How is your back right now?');
  const seen = [];
  let title = (await cardTitle(page).textContent()) ?? '';
  for (let i = 0; i < 80; i += 1) {
    const was = title;
    await button(page, 'Next').click();
    // Leptos renders the next card asynchronously: wait for its title.
    title = await eventually(async () => (await cardTitle(page).textContent()) ?? '', (t) => t !== was, 'the next card');
    if (title === 'How is your back now?') break;
    if (await page.locator('.stage__visual > figure.pose').count()) {
      seen.push(title);
      await look(title);
    }
  }
  return seen;
}

describe('drawings that move', () => {
  let server;
  before(async () => {
    server = await startServer();
  });
  after(() => server.close());

  for (const viewport of [{ width: 390, height: 844 }, { width: 320, height: 568 }]) {
    test(`every drawing moves its body over a still roller at the pass pace, and fills its frame (${viewport.width}×${viewport.height})`, async () => {
      const app = await openApp('', { server, viewport, setup: seeded() });
      const { page } = app;
      try {
        const kinds = new Set();
        const seen = await everyDrawing(page, async (title) => {
          const start = await measureAt(page, 0);
          kinds.add(start.pose);
          assert.ok(start.label.length > 20, `${title}: the drawing says what it shows`);
          assert.ok(
            start.body.height >= start.frame.height / 2,
            `${title}: the figure is ${start.body.height.toFixed(0)} of a ${start.frame.height.toFixed(0)} px frame`,
          );
          assert.ok(start.frame.height >= 56, `${title}: a frame big enough to see (${start.frame.height.toFixed(0)} px)`);
          if (start.pose === 'breathing') {
            assert.equal(start.roller, null, 'no roller for the breathing finish');
            assert.equal(start.animations, 0);
            return;
          }
          assert.ok(start.animations > 0, `${title}: the drawing moves`);
          assert.deepEqual(start.durations, [PASS_MS], `${title}: at the pass pace`);
          assert.ok(start.arrow >= 1, `${title}: the arrow along the muscle`);
          const half = await measureAt(page, PASS_MS / 2);
          assert.ok(
            Math.hypot(half.hips.x - start.hips.x, half.hips.y - start.hips.y) > 3,
            `${title}: the body moved (${start.hips.x.toFixed(1)} → ${half.hips.x.toFixed(1)})`,
          );
          assert.ok(Math.abs(half.roller.x - start.roller.x) < 0.5, `${title}: the roller stays on the floor`);
          assert.ok(Math.abs(half.roller.y - start.roller.y) < 0.5);
        });
        assert.ok(seen.length >= 18, `drawings on ${seen.length} cards: ${seen.join(' | ')}`);
        assert.deepEqual(
          [...kinds].sort(),
          ['breathing', 'calves', 'glutes', 'hamstrings', 'hip-flexors', 'it-band', 'lats', 'quads', 'upper-back'],
        );
        assert.deepEqual(app.problems, []);
      } finally {
        await app.close();
      }
    });
  }

  /** From Home to the first set-up card, whose drawing must stand still with its arrow. */
  const expectStillSetUp = async (page) => {
    await button(page, 'Start routine').click();
    await button(page, 'Next').click();
    await expectText(cardTitle(page), 'Set up: left IT band');
    const still = await measureAt(page, 0);
    assert.equal(still.animations, 0);
    assert.equal(still.arrow, 1);
  };

  test('with reduced motion the drawing stands still, with its arrow', async () => {
    const app = await openApp('', { server, reducedMotion: 'reduce', setup: seeded() });
    const { page } = app;
    try {
      await expectStillSetUp(page);
    } finally {
      await app.close();
    }
  });

  test('`Animate drawings` off stands every drawing still', async () => {
    const app = await openApp('#/settings', { server, setup: seeded() });
    const { page } = app;
    try {
      const toggle = page.getByRole('switch', { name: 'Animate drawings' });
      await expectVisible(toggle);
      assert.equal(await toggle.isChecked(), true, 'on by default');
      await toggle.click();
      await eventually(
        () => page.evaluate(() => JSON.parse(localStorage.getItem('unknot:settings')).settings.animate_drawings),
        (v) => v === false,
        'the setting is kept',
      );
      await page.goto(server.url);
      await expectStillSetUp(page);
    } finally {
      await app.close();
    }
  });

  test('during rolling the small drawing follows the pass clock', async () => {
    const app = await openApp('', { server, setup: seeded() });
    const { page } = app;
    // Where the roller is along the highlighted muscle: 0 where a pass starts, 1 where
    // it ends (the highlight runs exactly that far), read with the animations paused.
    const along = () =>
      page.evaluate(() => {
        const inset = document.querySelector('.pose-inset figure');
        if (!inset) return null;
        for (const a of inset.getAnimations({ subtree: true })) a.pause();
        const band = inset.querySelector('.pose__target');
        const m = band.getScreenCTM();
        const end = (x, y) => new DOMPoint(x, y).matrixTransform(m);
        const a = end(band.x1.baseVal.value, band.y1.baseVal.value);
        const b = end(band.x2.baseVal.value, band.y2.baseVal.value);
        const r = inset.querySelector('.pose__roller-body').getBoundingClientRect();
        const c = { x: r.x + r.width / 2, y: r.y + r.height / 2 };
        const d = { x: b.x - a.x, y: b.y - a.y };
        return ((c.x - a.x) * d.x + (c.y - a.y) * d.y) / (d.x * d.x + d.y * d.y);
      });
    try {
      await button(page, 'Start routine').click();
      await button(page, 'Next').click();
      await button(page, 'Next').click();
      await expectText(cardTitle(page), 'Get ready: left IT band');
      await advance(page, 10_000);
      await expectText(cardTitle(page), 'Roll your left IT band');
      await expectText(passCount(page), 'Pass 1 of 3');
      const first = await along();
      assert.ok(Math.abs(first) < 0.1, `pass 1 starts at the start of the muscle (${first})`);
      await advance(page, PASS_MS);
      await expectText(passCount(page), 'Pass 2 of 3');
      await eventually(along, (v) => v !== null && Math.abs(v - 1) < 0.1, 'pass 1 ended (and pass 2 starts) at the far end');
      await advance(page, PASS_MS);
      await expectText(passCount(page), 'Pass 3 of 3');
      await eventually(along, (v) => v !== null && Math.abs(v) < 0.1, 'pass 2 came back to the start');
      // It adds nothing to tap and hides nothing: no control inside, out of the way of taps.
      assert.equal(await page.locator('.pose-inset button').count(), 0);
      assert.equal(await page.locator('.pose-inset').evaluate((el) => getComputedStyle(el).pointerEvents), 'none');
      assert.deepEqual(app.problems, []);
    } finally {
      await app.close();
    }
  });
});
