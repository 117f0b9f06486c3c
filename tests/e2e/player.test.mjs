// The player for a person lying on a roller, at four sizes: `Hot spot` and `Released`
// on screen and uncovered, no page scroll in any state, a calm hold (at most 8 controls).
// And honest records: End session → Undo, no record before rolling, skipping is not
// "Complete", and Home's stated length matches the plan.
import assert from 'node:assert/strict';
import { test } from 'node:test';

import { reachHome } from './lib/app.mjs';
import { openApp } from './lib/browser.mjs';
import { advance, frozenAt } from './lib/clock.mjs';
import { eventually, expectGone, expectText, expectVisible } from './lib/expect.mjs';
import { SIZES, assertNoPageScroll, assertTappable, visibleControls } from './lib/layout.mjs';
import { DEFAULTS, button, cardTitle, holdPanel, passCount, startRolling, summaryStatus, timer } from './lib/player.mjs';

const storedSessions = (page) =>
  page.evaluate(() => Object.keys(localStorage).filter((k) => k.startsWith('unknot:session:')));

for (const [name, viewport] of Object.entries(SIZES)) {
  test(`${name}: every state fits, Hot spot and Released are tappable, the hold is calm`, async (t) => {
    const app = await openApp('/', { viewport, setup: frozenAt() });
    t.after(() => app.close());
    const { page } = app;
    const start = await reachHome(page);
    await start.click();

    await expectText(cardTitle(page), 'How is your back right now?');
    await assertNoPageScroll(page, 'pain check');
    await assertTappable(button(page, 'Pain 10 of 10'), 'Pain 10 of 10');
    await assertTappable(button(page, 'Next'), 'Next');
    await button(page, 'Next').click();
    await expectText(cardTitle(page), 'Set up: left IT band');
    await assertNoPageScroll(page, 'set-up');
    await button(page, 'More').click();
    await expectVisible(page.getByRole('dialog', { name: 'How to do this card' }));
    await assertNoPageScroll(page, 'More open');
    await assertTappable(button(page, 'Close'), 'Close');
    await button(page, 'Close').click();
    await button(page, 'Next').click();
    await expectText(cardTitle(page), 'Get ready: left IT band');
    await assertNoPageScroll(page, 'get ready');
    await assertTappable(timer(page), 'the countdown');
    await advance(page, DEFAULTS.getReadySecs * 1_000 + 3_000);

    await expectText(passCount(page), 'Pass 1 of 4');
    await assertNoPageScroll(page, 'rolling');
    await assertTappable(button(page, 'Hot spot'), 'Hot spot');
    await assertTappable(timer(page), 'the pass countdown');
    await button(page, 'Hot spot').click();
    await expectVisible(holdPanel(page));
    await assertNoPageScroll(page, 'hold');
    await assertTappable(button(page, 'Released'), 'Released');
    await assertTappable(button(page, '+10 s'), '+10 s');
    const controls = await visibleControls(page);
    t.diagnostic(`${controls.length} controls during the hold: ${controls.join(' | ')}`);
    assert.ok(controls.length <= 8, `at most 8 controls during a hold, saw ${controls.length}: ${controls.join(' | ')}`);
    assert.equal(await page.getByRole('button', { name: /^Tenderness/ }).count(), 0, 'no tenderness question during the hold');
    await advance(page, 5_000);
    await button(page, 'Released').click();
    await expectVisible(button(page, 'Tenderness 6 of 10'));
    await assertNoPageScroll(page, 'tenderness asked');
    await assertTappable(button(page, 'Hot spot'), 'Hot spot with the tenderness row');
    await assertTappable(button(page, 'Tenderness 10 of 10'), 'Tenderness 10 of 10');
    await button(page, 'Pause').click();
    await assertNoPageScroll(page, 'paused');
    await button(page, 'Resume').click();

    await button(page, 'Next').click();
    await expectText(cardTitle(page), 'Switch to the right side');
    await assertNoPageScroll(page, 'switch side');
    for (let i = 0; i < 20 && (await cardTitle(page).innerText()) !== 'Breathe it out'; i += 1) {
      await button(page, 'Next').click();
      await page.waitForTimeout(20);
    }
    await expectText(cardTitle(page), 'Breathe it out');
    await assertNoPageScroll(page, 'breathing');
    await button(page, 'Next').click();
    await expectText(cardTitle(page), 'How is your back now?');
    await assertNoPageScroll(page, 'pain after');
    await button(page, 'Next').click();
    await expectText(cardTitle(page), 'Well done');
    await assertNoPageScroll(page, 'summary');
    await assertTappable(button(page, 'Done'), 'Done');
    app.assertClean();
  });
}

test('End session → Undo brings the session back where it was, and no record is left', async (t) => {
  const app = await openApp('/', { setup: frozenAt() });
  t.after(() => app.close());
  const { page } = app;
  await startRolling(page);
  await advance(page, 13_000);
  await expectText(passCount(page), 'Pass 2 of 4');
  await expectText(timer(page), '7');

  await button(page, 'End session').click();
  await expectText(cardTitle(page), 'Well done');
  await expectText(summaryStatus(page), 'Partial — 0 of 5 zones');
  await eventually(() => storedSessions(page), (keys) => keys.length === 1, 'the ended session is stored');
  await advance(page, 4_000); // a few seconds on the summary, then Undo
  await button(page, 'Undo').click();

  await expectText(cardTitle(page), 'Roll your left IT band');
  await expectText(passCount(page), 'Pass 2 of 4');
  await expectText(timer(page), '7'); // the seconds on the summary did not count
  await expectVisible(button(page, 'Pause')); // running again, as it was
  await eventually(() => storedSessions(page), (keys) => keys.length === 0, 'the record was taken back');
  await advance(page, 1_000);
  await expectText(timer(page), '6');

  // Undo is offered for a few seconds only.
  await button(page, 'End session').click();
  await expectVisible(button(page, 'Undo'));
  await advance(page, 10_000);
  await expectGone(button(page, 'Undo'));
  app.assertClean();
});

test('a session ended before rolling leaves no record and no "Well done"', async (t) => {
  const app = await openApp('/', { setup: frozenAt() });
  t.after(() => app.close());
  const { page } = app;
  await (await reachHome(page)).click();
  await button(page, 'Pain 4 of 10').click();
  await button(page, 'Next').click();
  await button(page, 'Next').click();
  await expectText(cardTitle(page), 'Get ready: left IT band');
  await advance(page, 3_000);
  await button(page, 'End session').click();
  await expectText(cardTitle(page), 'Nothing rolled this time');
  await expectVisible(page.getByText('was not saved', { exact: false }));
  assert.deepEqual(await storedSessions(page), []);
  await button(page, 'Done').click();
  await button(page, 'Progress').click();
  await expectVisible(page.getByRole('heading', { name: 'No sessions yet' }));
  app.assertClean();
});

test('skipping every card is never "Complete"', async (t) => {
  const app = await openApp('/', { setup: frozenAt() });
  t.after(() => app.close());
  const { page } = app;
  await (await reachHome(page)).click();
  for (let i = 0; i < 30 && (await cardTitle(page).innerText()) !== 'Nothing rolled this time'; i += 1) {
    await button(page, 'Next').click();
    await page.waitForTimeout(20);
  }
  await expectText(cardTitle(page), 'Nothing rolled this time');
  assert.equal(await page.getByText('Complete', { exact: true }).count(), 0);
  assert.deepEqual(await storedSessions(page), []);

  // Rolling one zone in full and skipping the rest says so.
  await button(page, 'Done').click();
  await startRolling(page);
  await advance(page, 4 * DEFAULTS.secsPerPass * 1_000);
  await expectText(cardTitle(page), 'Switch to the right side');
  for (let i = 0; i < 30 && (await cardTitle(page).innerText()) !== 'Well done'; i += 1) {
    await button(page, 'Next').click();
    await page.waitForTimeout(20);
  }
  await expectText(summaryStatus(page), 'Partial — 1 of 5 zones');
  app.assertClean();
});

test("Home's stated length matches the routine as it runs, and follows Get ready seconds", async (t) => {
  const app = await openApp('/', { setup: frozenAt() });
  t.after(() => app.close());
  const { page } = app;
  await reachHome(page);
  const stated = async () => {
    const text = await page.getByText(/^About \d+ min with your settings$/).innerText();
    return Number(text.match(/\d+/)[0]);
  };
  const minutes = await stated();

  // Run it as a person would: time runs the timed cards; a set-up or side switch takes
  // 15 s to get into position; the pain checks are skipped.
  await button(page, 'Start routine').click();
  const started = await page.evaluate(() => Date.now());
  for (let i = 0; i < 200; i += 1) {
    const title = (await cardTitle(page).innerText()).trim();
    if (title === 'Well done') break;
    if (await timer(page).count()) {
      // To the end of what the big number counts (a pass, a breath, the countdown).
      await advance(page, Number(await timer(page).innerText()) * 1_000);
    } else {
      if (/^(Set up|Switch)/.test(title)) await advance(page, 15_000);
      await button(page, 'Next').click();
    }
    await page.waitForTimeout(5);
  }
  await expectText(cardTitle(page), 'Well done');
  await expectText(summaryStatus(page), 'Complete');
  const took = (await page.evaluate(() => Date.now())) - started;
  assert.ok(Math.abs(took - minutes * 60_000) <= 60_000, `stated ${minutes} min, took ${took / 1000} s`);

  // Longer get-ready countdowns make a longer routine, and Home says so.
  await button(page, 'Done').click();
  await button(page, 'Settings').click();
  const slider = page.getByRole('slider', { name: 'Get ready seconds', exact: true });
  await slider.focus();
  await page.keyboard.press('End');
  await eventually(() => slider.inputValue(), (v) => v === '20', 'get ready 20 s');
  await button(page, 'Home').click();
  await eventually(stated, (m) => m === minutes + 1, `Home says ${minutes + 1} min`);
  app.assertClean();
});
