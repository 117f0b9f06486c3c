// Data that stays (issue 26), in Chromium. Where the browser may delete the data (not
// installed, `navigator.storage.persisted()` false, faked here) Home says so once, with
// `Export data`; where storage is persistent it never does. Settings › Your data says
// when the data was last exported, and reminds after 10 sessions without an export.
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { test } from 'node:test';

import { reachHome } from './lib/app.mjs';
import { WCAG_AA, audit, describe, keepNativeTimers } from './lib/axe.mjs';
import { PHONE, launchBrowser, openApp } from './lib/browser.mjs';
import { T0, freezeClock, frozenAt } from './lib/clock.mjs';
import { expectGone, expectText, expectVisible } from './lib/expect.mjs';
import { button } from './lib/player.mjs';
import { startServer } from './lib/server.mjs';

const DAY_MS = 86_400_000;
const NOTICE = 'Your data could be deleted';
const NOTICE_KEY = 'unknot-ui:eviction-notice';
const NEVER_REMINDER = 'You have not exported your data yet. Export a copy to keep your sessions safe.';

/** Makes `navigator.storage.persisted()` (and `persist()`) answer `value`. */
const persistedIs = (value) => async (context) => {
  await context.addInitScript((v) => {
    if (!navigator.storage) return;
    navigator.storage.persisted = async () => v;
    navigator.storage.persist = async () => v;
  }, value);
};

/** Runs each setup step in turn (init scripts keep their order). */
const steps =
  (...all) =>
  async (context, page) => {
    for (const step of all) await step(context, page);
  };

/** `n` finished sessions, one a day, the last a day before T0, seeded on the first load. */
async function seedSessions(context, n) {
  const template = JSON.parse(await readFile(new URL('../../crates/domain/tests/fixtures/v3-record.json', import.meta.url), 'utf8'));
  const records = Array.from({ length: n }, (_, i) => {
    const started = T0 - (n - i) * DAY_MS;
    const id = `${started}-k${String(i).padStart(3, '0')}`;
    const value = { ...template, record: { ...template.record, id, started_at: started, ended_at: started + 780_000, hot_spots: [] } };
    return [`unknot:session:${id}`, JSON.stringify(value)];
  });
  await context.addInitScript((entries) => {
    if (localStorage.getItem('unknot:safety') !== null) return;
    localStorage.setItem('unknot:safety', JSON.stringify({ v: 2, acknowledged_at: 1_700_000_000_000 }));
    for (const [key, value] of entries) localStorage.setItem(key, value);
  }, records);
}

const notice = (page) => page.getByRole('region', { name: NOTICE });
const dataGroup = (page) => page.locator('.data');

/** Lets the app hear the browser's answer before a check that the notice is absent. */
async function settle(page) {
  await page.evaluate(() => navigator.storage?.persisted());
  await page.waitForTimeout(300);
}

/** Clicks `target` and returns the download it starts: its name and parsed JSON. */
async function download(page, target) {
  const [file] = await Promise.all([page.waitForEvent('download'), target.click()]);
  return { name: file.suggestedFilename(), data: JSON.parse(await readFile(await file.path(), 'utf8')) };
}

test('where storage may be deleted, Home says so once and its Export data saves a file', async (t) => {
  const app = await openApp('/', { setup: steps(persistedIs(false), frozenAt()) });
  t.after(() => app.close());
  const { page } = app;
  await reachHome(page);
  await expectVisible(notice(page));
  await expectText(notice(page).locator('p').nth(1), "To keep it, install the app from your browser's menu.");

  // Settings before any export; the notice is still there on coming back in this visit.
  await button(page, 'Settings').click();
  await expectText(dataGroup(page).locator('.data__last'), 'Not exported yet');
  await button(page, 'Home').click();
  await expectVisible(notice(page));

  const { name, data } = await download(page, notice(page).getByRole('button', { name: 'Export data', exact: true }));
  assert.match(name, /^unknot-\d{4}-\d{2}-\d{2}\.json$/);
  assert.equal(data.app, 'unknot', 'the same export as Settings');
  await expectText(notice(page).getByRole('status'), `Saved 0 sessions to ${name}.`);

  await notice(page).getByRole('button', { name: 'Got it', exact: true }).click();
  await expectGone(notice(page));
  await page.reload();
  await reachHome(page);
  await settle(page);
  assert.equal(await notice(page).count(), 0, 'said once: not again after a reload');

  await button(page, 'Settings').click();
  await expectText(dataGroup(page).locator('.data__last'), 'Last exported Mon 2 March');
  app.assertClean();
});

test('the notice counts as said once it has shown, even without Got it', async (t) => {
  const app = await openApp('/', { setup: steps(persistedIs(false), frozenAt()) });
  t.after(() => app.close());
  const { page } = app;
  await reachHome(page);
  await expectVisible(notice(page));
  assert.equal(await page.evaluate((key) => localStorage.getItem(key), NOTICE_KEY), 'shown');
  await page.reload();
  await reachHome(page);
  await settle(page);
  assert.equal(await notice(page).count(), 0);
  app.assertClean();
});

test('where storage is persistent, the notice never shows', async (t) => {
  const app = await openApp('/', { setup: steps(persistedIs(true), frozenAt()) });
  t.after(() => app.close());
  const { page } = app;
  await reachHome(page);
  await settle(page);
  assert.equal(await notice(page).count(), 0);
  assert.equal(await page.evaluate((key) => localStorage.getItem(key), NOTICE_KEY), null, 'nothing remembered');
  app.assertClean();
});

test('on an iPhone the notice says how to add Unknot to the Home Screen', async (t) => {
  const server = await startServer();
  const browser = await launchBrowser();
  t.after(async () => {
    await browser.close();
    await server.close();
  });
  const context = await browser.newContext({
    viewport: PHONE,
    hasTouch: true,
    isMobile: true,
    userAgent:
      'Mozilla/5.0 (iPhone; CPU iPhone OS 17_5 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.5 Mobile/15E148 Safari/604.1',
  });
  await persistedIs(false)(context);
  const page = await context.newPage();
  await page.goto(server.url);
  await reachHome(page);
  await expectText(notice(page).locator('p').nth(1), 'To keep it, add Unknot to your Home Screen: Share, then Add to Home Screen.');
});

test('ten sessions and never an export: Settings reminds, and Export data puts it away', async (t) => {
  const app = await openApp('/', {
    setup: async (context, page) => {
      await persistedIs(true)(context);
      await seedSessions(context, 10);
      await freezeClock(page);
    },
  });
  t.after(() => app.close());
  const { page } = app;
  await reachHome(page);
  await button(page, 'Settings').click();
  const data = dataGroup(page);
  await expectText(data.locator('.data__reminder'), NEVER_REMINDER);
  assert.equal(await data.getByText('Not exported yet').count(), 0, 'the reminder says it, once');

  const { name } = await download(page, button(page, 'Export data'));
  await expectText(data.getByText(/^Saved \d+ sessions/), `Saved 10 sessions to ${name}.`);
  await expectGone(data.locator('.data__reminder'));
  await expectText(data.locator('.data__last'), 'Last exported Mon 2 March');
  app.assertClean();
});

test('ten sessions since the last export: Settings counts them', async (t) => {
  const app = await openApp('/', {
    setup: async (context, page) => {
      await persistedIs(true)(context);
      await context.addInitScript((at) => {
        if (localStorage.getItem('unknot-ui:last-export') === null) localStorage.setItem('unknot-ui:last-export', String(at));
      }, T0 - 40 * DAY_MS);
      await seedSessions(context, 10);
      await freezeClock(page);
    },
  });
  t.after(() => app.close());
  const { page } = app;
  await reachHome(page);
  await button(page, 'Settings').click();
  await expectText(dataGroup(page).locator('.data__reminder'), '10 sessions since your last export. Export a copy to keep them safe.');
  await expectText(dataGroup(page).locator('.data__last'), /^Last exported \w+ \d+ January$/);
  app.assertClean();
});

for (const colorScheme of ['light', 'dark']) {
  test(`Home with the notice has no WCAG A/AA violations, ${colorScheme}`, async (t) => {
    const app = await openApp('/', {
      colorScheme,
      setup: async (context, page) => {
        await keepNativeTimers(context);
        await persistedIs(false)(context);
        await freezeClock(page);
      },
    });
    t.after(() => app.close());
    const { page } = app;
    await reachHome(page);
    await expectVisible(notice(page));
    const violations = await audit(page, [...WCAG_AA, 'best-practice']);
    assert.equal(violations.length, 0, `axe found:\n${describe(violations)}`);
    app.assertClean();
  });
}
