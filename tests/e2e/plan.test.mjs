// A plan for the weeks, the way a person keeps one, on a controlled clock: start a
// 3-a-week, 4-week plan on a Monday; a session counts; a session that hurt more makes
// the rest of the week gentler and shorter, and says why; a week later comes the
// check-in; the plan survives a reload and Export data → Import data into a fresh
// browser; after the last week, the summary. And no WCAG A/AA violation on any of it.
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { test } from 'node:test';

import { reachHome } from './lib/app.mjs';
import { WCAG_AA, audit, describe, keepNativeTimers } from './lib/axe.mjs';
import { openApp } from './lib/browser.mjs';
import { advance, freezeClock, frozenAt, T0 } from './lib/clock.mjs';
import { expectGone, expectText, expectVisible } from './lib/expect.mjs';
import { button, cardTitle, DEFAULTS } from './lib/player.mjs';

const DAY_MS = 86_400_000;
const card = (page) => page.locator('.plan-card');
const minutes = async (page) => Number((await card(page).locator('.plan-card__length').textContent()).match(/\d+/)[0]);

/** `Start today's session` → rate pain before (or skip) → roll a little → End session → rate pain after → Done. */
async function rollToday(page, before, after) {
  await button(page, "Start today's session").click();
  await expectText(cardTitle(page), 'How is your back right now?');
  if (before !== undefined) await button(page, `Pain ${before} of 10`).click();
  await button(page, 'Next').click();
  await expectText(cardTitle(page), 'Set up: left IT band');
  await button(page, 'Next').click();
  await advance(page, DEFAULTS.getReadySecs * 1_000);
  await expectText(cardTitle(page), 'Roll your left IT band');
  await advance(page, 5_000);
  await button(page, 'End session').click();
  await expectText(cardTitle(page), 'Well done');
  if (after !== undefined) await button(page, `Pain ${after} of 10`).click();
  await button(page, 'Done').click();
  await expectVisible(card(page));
}

/** Moves the frozen clock `days` ahead and reopens the app, as a person does the next time. */
async function daysLater(page, days) {
  await page.clock.pauseAt(T0 + days * DAY_MS);
  await page.reload();
  await reachHome(page);
}

async function exportData(page) {
  await button(page, 'Settings').click();
  const [download] = await Promise.all([page.waitForEvent('download'), button(page, 'Export data').click()]);
  const text = await readFile(await download.path(), 'utf8');
  await button(page, 'Home').click();
  return text;
}

test('a plan counts sessions, eases off after a flare, checks in weekly, survives reload and import, and ends in a summary', async (t) => {
  const app = await openApp('/', { setup: frozenAt() });
  t.after(() => app.close());
  const { page } = app;
  await reachHome(page);

  // Monday: Start a plan with the defaults (3 a week, 4 weeks, the back-pain routine).
  await button(page, 'Start a plan').click();
  await expectVisible(page.getByRole('heading', { name: 'Start a plan', level: 1 }));
  assert.equal(await page.getByRole('combobox', { name: 'Sessions a week' }).inputValue(), '3');
  assert.equal(await page.getByRole('combobox', { name: 'Weeks' }).inputValue(), '4');
  await button(page, 'Start plan').click();
  await expectText(card(page).getByRole('heading', { level: 2 }), 'Week 1 of 4');
  await expectText(card(page).locator('.plan-card__count'), '0 of 3 this week');
  await expectVisible(card(page).getByText('Back pain: IT bands and upper back'));
  const usual = await minutes(page);
  assert.ok(usual >= 5, `about ${usual} min`);
  assert.equal(await button(page, 'Start a plan').count(), 0, 'one plan at a time');

  // A session counts.
  await rollToday(page);
  await expectText(card(page).locator('.plan-card__count'), '1 of 3 this week');

  // A session that hurt more after (3 → 6): the next sessions are gentler, and shorter.
  await rollToday(page, 3, 6);
  await expectText(card(page).locator('.plan-card__count'), '2 of 3 this week');
  await expectText(card(page).locator('.plan-card__why'), /^Gentler this week: your back hurt more after Monday's session\./);
  assert.ok((await minutes(page)) < usual, 'today is shorter than before');

  // It survives a reload.
  await page.reload();
  await reachHome(page);
  await expectText(card(page).locator('.plan-card__count'), '2 of 3 this week');

  // A week later, back from the background (a phone app is not reloaded): week 2.
  await page.clock.pauseAt(T0 + 7 * DAY_MS);
  await page.evaluate(() => document.dispatchEvent(new Event('visibilitychange')));
  await expectText(card(page).getByRole('heading', { level: 2 }), 'Week 2 of 4');
  // And opened again: the check-in first (skippable), then today's session.
  await page.reload();
  await reachHome(page);
  await expectText(card(page).getByRole('heading', { level: 2 }), 'Week 2 of 4');
  await expectText(card(page).locator('.plan-card__count'), '0 of 3 this week');
  await expectVisible(page.getByRole('heading', { name: 'A new week: a quick check-in' }));
  assert.equal(await button(page, "Start today's session").count(), 0, 'the check-in comes first');
  await button(page, 'Same').click();
  await button(page, 'About right').click();
  assert.equal(await button(page, 'Same').getAttribute('aria-pressed'), 'true');
  await button(page, 'Save check-in').click();
  await expectVisible(button(page, "Start today's session"));
  await expectGone(page.getByRole('heading', { name: 'A new week: a quick check-in' }));
  assert.equal(await minutes(page), usual, 'a week after the flare, the usual load again (never more)');

  // The plan's screen shows the weeks and the check-in; it travels in the export.
  await button(page, 'Plan details').click();
  await expectVisible(page.getByRole('heading', { name: 'Your plan', level: 1 }));
  await expectVisible(page.getByText('Week 2 of 4: Same · About right'));
  await button(page, 'Home').click();
  const file = await exportData(page);
  const exported = JSON.parse(file);
  assert.equal(exported.plan.per_week, 3);
  assert.equal(exported.plan.check_ins.length, 1);

  // Export → Import into a fresh browser: the same plan, the same week, no check-in again.
  const fresh = await openApp('/', { setup: frozenAt(T0 + 7 * DAY_MS) });
  t.after(() => fresh.close());
  await reachHome(fresh.page);
  await button(fresh.page, 'Settings').click();
  await fresh.page.getByLabel('Import data').setInputFiles({ name: 'unknot.json', mimeType: 'application/json', buffer: Buffer.from(file) });
  await expectVisible(fresh.page.getByText('Added 2 sessions.', { exact: false }));
  await button(fresh.page, 'Home').click();
  await expectText(card(fresh.page).getByRole('heading', { level: 2 }), 'Week 2 of 4');
  await expectVisible(button(fresh.page, "Start today's session"));

  // After the last week: the summary, in pictures and words.
  await daysLater(page, 28);
  await expectVisible(card(page).getByText('Your plan is done.', { exact: false }));
  await button(page, 'See how it went').click();
  await expectVisible(page.getByText('You rolled 2 of 12 planned sessions.', { exact: false }));
  await expectVisible(page.getByRole('img', { name: /^Week 1: 2 of 3; Week 2: 0 of 3; Week 3: 0 of 3; Week 4: 0 of 3$/ }));
  await expectVisible(page.getByRole('img', { name: 'Week 1: before 3, after 6.' }));
  await expectVisible(button(page, 'Start another block'));

  // End plan, with Undo.
  await button(page, 'End plan').click();
  await expectVisible(page.getByText('No plan is running.'));
  await button(page, 'Undo').click();
  await expectVisible(button(page, 'Start another block'));
  app.assertClean();
  fresh.assertClean();
});

for (const colorScheme of ['light', 'dark']) {
  test(`the plan's screens have no WCAG A/AA violations, ${colorScheme}`, async (t) => {
    const app = await openApp('/', {
      colorScheme,
      setup: async (context, page) => {
        await keepNativeTimers(context);
        await freezeClock(page);
      },
    });
    t.after(() => app.close());
    const { page } = app;
    const found = {};
    const check = async (screen) => {
      const violations = await audit(page, [...WCAG_AA, 'best-practice']);
      let lines = violations.length > 0 ? describe(violations) : '';
      const headings = await page.locator('h1').count();
      if (headings !== 1) lines += `\n  ${headings} h1 elements, want exactly 1`;
      if (lines) found[screen] = lines;
    };
    await reachHome(page);
    await button(page, 'Start a plan').click();
    await expectVisible(button(page, 'Start plan'));
    await check('plan setup');
    await button(page, 'Start plan').click();
    await expectVisible(button(page, "Start today's session"));
    await check('home with a plan');
    await rollToday(page, 3, 6);
    await check('home, a gentler week');
    await daysLater(page, 7);
    await button(page, 'Better').click();
    await check('home, the check-in');
    await button(page, 'Skip').click();
    await button(page, 'Plan details').click();
    await expectVisible(button(page, 'End plan'));
    await check('the plan');
    await button(page, 'Home').click();
    await daysLater(page, 28);
    await button(page, 'See how it went').click();
    await expectVisible(button(page, 'Start another block'));
    await check('the summary');
    assert.deepEqual(found, {}, Object.entries(found).map(([k, v]) => `${k}:${v}`).join('\n'));
    app.assertClean();
  });
}

test("a plan's chosen days go to the calendar as one event series that ends with the plan", async (t) => {
  const app = await openApp('/', { setup: frozenAt() });
  t.after(() => app.close());
  const { page } = app;
  await reachHome(page);
  await button(page, 'Start a plan').click();
  await page.getByRole('combobox', { name: 'Weeks' }).selectOption('4');
  for (const day of ['Mon', 'Wed', 'Fri']) await page.getByRole('checkbox', { name: day, exact: true }).check();
  await expectVisible(page.getByText('3 sessions a week for 4 weeks.'));
  await button(page, 'Start plan').click();
  await button(page, 'Plan details').click();
  await expectVisible(page.getByText('Days: Mon, Wed, Fri', { exact: false }));
  await page.getByLabel('Time of day').fill('18:15');
  const [download] = await Promise.all([page.waitForEvent('download'), button(page, "Add the plan's days to my calendar").click()]);
  assert.equal(download.suggestedFilename(), 'unknot-reminder.ics');
  const lines = (await readFile(await download.path(), 'utf8')).replace(/\r\n /g, '').split('\r\n');
  assert.equal(lines.filter((l) => l === 'BEGIN:VEVENT').length, 1, 'one event series');
  // Monday 2 March 2026 is chosen and today; the plan's last day is Sunday 29 March.
  assert.ok(lines.includes('DTSTART:20260302T181500'), lines.join('\n'));
  assert.ok(lines.includes('RRULE:FREQ=WEEKLY;BYDAY=MO,WE,FR;UNTIL=20260329T235959'), lines.join('\n'));
  await expectVisible(page.getByText("Saved unknot-reminder.ics. Open it to add the plan's days to your calendar."));
  app.assertClean();
});
