// The weekly plan in the engine named by UNKNOT_ENGINE (Firefox ESR or WebKitGTK; the
// playwright-core suite runs the full plan on a controlled clock in Chromium): start a
// plan, roll today's session, see it counted, keep it across a reload, end it and undo.
// Time is real here, so the settings are the shortest the app allows.
import { test } from 'node:test';

import { ENGINE } from '../lib/webdriver.mjs';
import { assertClean, click, expectText, openOnHome, reachHome, visit } from '../lib/wd-app.mjs';

test(`${ENGINE}: start a plan, a session counts, it survives a reload, End plan and Undo`, async (t) => {
  const { app, server, driver } = await openOnHome(t, { short: true });

  await click(driver, 'Start a plan');
  await expectText(driver, 'h1', 'Start a plan');
  await click(driver, 'Start plan');
  await expectText(driver, '.plan-card__week', 'Week 1 of 4');
  await expectText(driver, '.plan-card__count', '0 of 3 this week');

  await click(driver, "Start today's session");
  await expectText(driver, '#player-title', 'How is your back right now?');
  await click(driver, 'Next');
  await expectText(driver, '#player-title', 'Set up: left IT band');
  await click(driver, 'Next');
  await expectText(driver, '#player-title', 'Roll your left IT band', 15_000);
  // A little rolling, so the session counts: the pass's countdown has moved on.
  await expectText(driver, '[role="timer"]', /^[1-4]$/, 15_000);
  await click(driver, 'End session');
  await expectText(driver, '#player-title', 'Well done');
  await click(driver, 'Done');
  await expectText(driver, '.plan-card__count', '1 of 3 this week');

  await visit(app, server.url);
  await reachHome(driver);
  await expectText(driver, '.plan-card__count', '1 of 3 this week');
  await click(driver, 'Plan details');
  await click(driver, 'End plan');
  await expectText(driver, '.plan', /No plan is running\./);
  await click(driver, 'Undo');
  await expectText(driver, '.plan__where', 'Week 1 of 4 · 1 of 3 this week');
  await assertClean(app);
});
