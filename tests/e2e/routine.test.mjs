// A whole routine the way a person runs it, with time moved by the test (`page.clock`):
// safety screen, pain check, set-up, get ready, paced passes, a hot spot held and
// released, pause, keys, the side switch, the upper back with its tilts, the breathing
// finish, the summary. And a session ended early.
import assert from 'node:assert/strict';
import { test } from 'node:test';

import { SAFETY_CONTINUE } from './lib/app.mjs';
import { openApp } from './lib/browser.mjs';
import { advance, frozenAt } from './lib/clock.mjs';
import { eventually, expectGone, expectText, expectVisible } from './lib/expect.mjs';
import {
  BREATHE_MS,
  announcer,
  DEFAULTS,
  ROLL_MS,
  button,
  cardTitle,
  holdPanel,
  passCount,
  pressKey,
  startRolling,
  summaryFact as fact,
  summaryStatus,
  timer,
} from './lib/player.mjs';

const PASS_MS = DEFAULTS.secsPerPass * 1_000;
const READY_MS = DEFAULTS.getReadySecs * 1_000;
const of = (n) => `Pass ${n} of ${DEFAULTS.passes}`;

test('a full routine: passes, a hot spot held and released, keys, sides, tilts, finish, summary', async (t) => {
  const app = await openApp('/', { setup: frozenAt() });
  t.after(() => app.close());
  const { page } = app;

  // First run: the safety screen comes first and wants an explicit yes.
  await expectVisible(page.getByRole('heading', { name: 'Before you roll', level: 1 }));
  assert.equal(await button(page, 'Start routine').count(), 0, 'no routine before the safety screen');
  await button(page, SAFETY_CONTINUE).click();
  // Home opens at its top, not scrolled to where the safety screen's button was.
  await expectVisible(button(page, 'Start routine'));
  await eventually(() => page.evaluate(() => window.scrollY), (y) => y === 0, 'home is scrolled to its top');

  await button(page, 'Start routine').click();
  await expectText(cardTitle(page), 'How is your back right now?');
  await button(page, 'Next').click(); // the pain check is optional
  await expectText(cardTitle(page), 'Set up: left IT band');
  // The article's numbers are one tap away, not on the card.
  await button(page, 'More').click();
  await expectVisible(page.getByText('3–5 a side', { exact: false }).first());
  await button(page, 'Close').click();
  await button(page, 'Next').click();

  // Get ready: whole seconds, counting down as the clock moves.
  await expectText(cardTitle(page), 'Get ready: left IT band');
  await expectText(timer(page), String(DEFAULTS.getReadySecs));
  await advance(page, 1_000);
  await expectText(timer(page), String(DEFAULTS.getReadySecs - 1));
  await advance(page, READY_MS - 1_000);

  // Rolling: paced passes. The big number is the pass's seconds, as the words say.
  await expectText(cardTitle(page), 'Roll your left IT band');
  await expectText(passCount(page), of(1));
  await expectText(timer(page), '10');
  await expectVisible(page.getByText('Roll to the top of the knee', { exact: true }));
  await advance(page, PASS_MS - 1_000);
  await expectText(passCount(page), of(1));
  await expectText(timer(page), '1');
  await advance(page, 1_000);
  await expectText(passCount(page), of(2));
  await expectText(timer(page), '10');
  await expectVisible(page.getByText('Roll back to just below the hip bone', { exact: true }));
  // Screen readers hear the phase change once, politely, not every second.
  await expectText(announcer(page), 'Pass 2 of 4.');
  assert.equal(await announcer(page).getAttribute('aria-live'), 'polite');

  // Hot spot: a 30 s hold; 10 s later 20 left; +10 s; Released goes back to pass 2.
  await button(page, 'Hot spot').click();
  await expectVisible(holdPanel(page));
  await expectText(timer(page), '30');
  await expectText(announcer(page), 'Hot spot hold, 30 seconds.');
  await expectGone(passCount(page));
  await advance(page, 10_000);
  await expectText(timer(page), '20');
  await expectText(announcer(page), 'Hot spot hold, 30 seconds.'); // no per-second chatter
  await button(page, '+10 s').click();
  await expectText(timer(page), '30');
  await advance(page, 5_000);
  await expectText(timer(page), '25');
  await button(page, 'Released').click();
  await expectGone(holdPanel(page));
  await expectText(passCount(page), of(2));
  await expectText(timer(page), '10'); // the passes were frozen during the hold
  // Tenderness is asked now, after the hold, in one optional row that leaves by itself.
  await expectVisible(button(page, 'Tenderness 6 of 10'));

  // Space pauses: the clock runs on, the timer does not. Space again resumes.
  await pressKey(page, ' ');
  await expectVisible(button(page, 'Resume'));
  await advance(page, 10_000);
  await expectText(timer(page), '10');
  await expectText(passCount(page), of(2));
  assert.ok(await button(page, 'Hot spot').isDisabled(), 'no hot spot while paused');
  await pressKey(page, ' ');
  await expectVisible(button(page, 'Pause'));
  await advance(page, 1_000);
  await expectText(timer(page), '9');
  await advance(page, 8_000);
  await expectGone(button(page, 'Tenderness 6 of 10')); // unanswered, it went away

  // H starts a hold; this one runs its full 30 s and ends by itself.
  await pressKey(page, 'h');
  await expectVisible(holdPanel(page));
  await expectText(timer(page), '30');
  await advance(page, 29_000);
  await expectText(timer(page), '1');
  await advance(page, 1_000);
  await expectGone(holdPanel(page));
  await expectText(passCount(page), of(2));
  await expectText(timer(page), '1');
  await button(page, 'Tenderness 8 of 10').click();
  await expectGone(button(page, 'Tenderness 8 of 10'));

  // → skips ahead to the side switch; ← goes back to the (restarted) left side.
  await pressKey(page, 'ArrowRight');
  await expectText(cardTitle(page), 'Switch to the right side');
  await expectText(announcer(page), 'Switch to the right side.');
  await pressKey(page, 'ArrowLeft');
  await expectText(cardTitle(page), 'Roll your left IT band');
  await expectText(passCount(page), of(1));
  await expectText(timer(page), '10');
  await pressKey(page, 'ArrowRight');
  await expectText(cardTitle(page), 'Switch to the right side');
  await button(page, 'Next').click();

  // The right side runs by time alone: get ready, then four passes.
  await expectText(cardTitle(page), 'Get ready: right IT band');
  await advance(page, READY_MS);
  await expectText(cardTitle(page), 'Roll your right IT band');
  await expectText(passCount(page), of(1));
  await advance(page, PASS_MS * 3);
  await expectText(passCount(page), of(4));
  await advance(page, PASS_MS);

  // Upper back: set up face up, the centre, then tilt left and tilt right.
  await expectText(cardTitle(page), 'Set up: upper back');
  await button(page, 'Next').click();
  await expectText(cardTitle(page), 'Get ready: upper back');
  await advance(page, READY_MS);
  await expectText(cardTitle(page), 'Roll your upper back');
  await advance(page, ROLL_MS + READY_MS);
  await expectText(cardTitle(page), 'Tilt left');
  await expectText(passCount(page), of(1));
  await advance(page, ROLL_MS + READY_MS);
  await expectText(cardTitle(page), 'Tilt right');
  await expectText(passCount(page), of(1));
  await advance(page, ROLL_MS);

  // The breathing finish completes by time.
  await expectText(cardTitle(page), 'Breathe it out');
  await expectText(timer(page), '4'); // the breath in: 4 s, as the words say
  await expectVisible(page.getByText('Breathe in', { exact: true }));
  await advance(page, BREATHE_MS - 1_000);
  await expectText(cardTitle(page), 'Breathe it out');
  await expectText(timer(page), '1');
  await advance(page, 1_000);

  // Pain after, then the summary.
  await expectText(cardTitle(page), 'How is your back now?');
  await button(page, 'Pain 2 of 10').click();
  await button(page, 'Next').click();
  await expectText(cardTitle(page), 'Well done');
  // The left IT band was left with → before its passes ran out: honest, not "Complete".
  await expectText(summaryStatus(page), 'Partial — 4 of 5 zones');
  await expectText(fact(page, 'Hot spots'), '2');
  await expectText(fact(page, 'Pain'), /\b2 after\b/);
  await expectGone(button(page, 'End session'));
  assert.equal(await timer(page).count(), 0, 'nothing counts down on the summary');
  app.assertClean();
});

test('End session part-way keeps a partial session and says how much was done', async (t) => {
  const app = await openApp('/', { setup: frozenAt() });
  t.after(() => app.close());
  const { page } = app;

  await startRolling(page);
  await advance(page, PASS_MS + 2_000);
  await expectText(passCount(page), of(2));
  await button(page, 'Hot spot').click();
  await expectText(timer(page), '30');
  await advance(page, 12_000);
  await button(page, 'End session').click();

  await expectText(cardTitle(page), 'Well done');
  await expectText(summaryStatus(page), 'Partial — 0 of 5 zones');
  await expectText(fact(page, 'Hot spots'), '1');
  await expectText(page.getByRole('main').getByRole('listitem').filter({ hasText: ' — ' }), /^IT band, left — .*held 12 s$/);
  await expectGone(button(page, 'End session'));

  // It is in the history.
  await button(page, 'Done').click();
  await button(page, 'Progress').click();
  await expectVisible(page.getByText('Partial — 0 of 5 zones').first());
  app.assertClean();
});
