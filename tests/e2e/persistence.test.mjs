// What a person does survives: a reload in the middle of a hold, a tab closed past a
// hold's end, corrupt or too-new saved data, a browser that will not store anything, a
// second tab, and a trip through Export data and Import data.
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { test } from 'node:test';

import { SAFETY_CONTINUE, reachHome } from './lib/app.mjs';
import { openApp } from './lib/browser.mjs';
import { advance, frozenAt } from './lib/clock.mjs';
import { eventually, expectCount, expectGone, expectText, expectVisible } from './lib/expect.mjs';
import { DEFAULTS, PARTIAL_NONE, button, cardTitle, holdPanel, passCount, startRolling, summaryStatus, timer } from './lib/player.mjs';

const SETTINGS_KEY = 'unknot:settings';
const BACKUP_PREFIX = 'unknot:backup:';

/** Everything in localStorage, as a plain object. */
const storageOf = (page) => page.evaluate(() => Object.fromEntries(Object.entries(localStorage)));
/** The app's notices (plain words about saved data). */
const notices = (page) => page.locator('.notices');
/** The list of finished sessions on the Progress screen. */
const sessionList = (page) => page.getByRole('region', { name: 'Sessions' }).getByRole('listitem');

/** The `Hold seconds` slider of the settings screen. */
const holdSlider = (page) => page.getByRole('slider', { name: 'Hold seconds', exact: true });

/** Ends the running session from wherever it is and goes back home. */
async function endSession(page) {
  await button(page, 'End session').click();
  await expectText(cardTitle(page), 'Well done');
  await button(page, 'Done').click();
  await expectVisible(button(page, 'Start routine'));
}

/** Settings → Export data; returns the file's name and text. */
async function exportData(page) {
  await button(page, 'Settings').click();
  const [download] = await Promise.all([page.waitForEvent('download'), button(page, 'Export data').click()]);
  const text = await readFile(await download.path(), 'utf8');
  return { name: download.suggestedFilename(), text };
}

test('a reload in the middle of a hold resumes it with the right time left', async (t) => {
  const app = await openApp('/', { setup: frozenAt() });
  t.after(() => app.close());
  const { page } = app;

  await startRolling(page);
  await button(page, 'Hot spot').click();
  await expectText(timer(page), '30');
  await advance(page, 5_000);
  await expectText(timer(page), '25');

  await page.reload();
  await expectVisible(holdPanel(page));
  await expectText(timer(page), '25');
  await advance(page, 5_000);
  await expectText(timer(page), '20');
  await button(page, 'Released').click();
  await expectText(passCount(page), 'Pass 1 of 4');
  await expectText(timer(page), '10'); // the passes (10 s each) stayed frozen through hold and reload
  app.assertClean();
});

test('a hold whose end passed while the tab was closed is over when it reopens', async (t) => {
  const app = await openApp('/', { setup: frozenAt() });
  t.after(() => app.close());
  let page = app.page;

  await startRolling(page);
  await advance(page, 10_000);
  await expectText(passCount(page), 'Pass 2 of 4');
  await button(page, 'Hot spot').click();
  await expectText(timer(page), '30');
  await advance(page, 5_000);
  await page.close();

  // 40 s with no page open: the hold ends 25 s in, then 15 s of passes run.
  await app.context.clock.runFor(40_000);
  page = await app.context.newPage();
  await page.goto(app.server.url);
  await expectText(cardTitle(page), 'Roll your left IT band');
  await expectText(passCount(page), 'Pass 3 of 4');
  await expectText(timer(page), '5'); // 5 s into pass 3
  assert.equal(await holdPanel(page).count(), 0, 'the hold is over');

  await button(page, 'End session').click();
  await expectText(page.getByRole('main').getByRole('listitem').filter({ hasText: ' — ' }), /^IT band, left — .*held 30 s$/);
  app.assertClean();
});

test('corrupt settings: the app starts, says so, and keeps the text byte-for-byte', async (t) => {
  const app = await openApp('/', { setup: frozenAt() });
  t.after(() => app.close());
  const { page } = app;
  await reachHome(page);

  const raw = '{"v":2,"settings":{"passes_per_side":4,,  "hold_secs": ☃ \u00e9\t\\u00\n';
  await page.evaluate(([key, value]) => localStorage.setItem(key, value), [SETTINGS_KEY, raw]);
  await page.reload();

  await expectVisible(button(page, 'Start routine'));
  await expectText(notices(page).locator('p').first(), /settings could not be read.*defaults.*copy was kept/i);
  const kept = await storageOf(page);
  const backups = Object.entries(kept).filter(([key]) => key.startsWith(BACKUP_PREFIX + SETTINGS_KEY));
  assert.equal(backups.length, 1, `one backup of the settings: ${Object.keys(kept)}`);
  assert.equal(backups[0][1], raw, 'the backup is the raw text, byte for byte');

  // Changing a setting writes fresh settings and leaves the backup alone; the export has it.
  await button(page, 'Settings').click();
  await button(page, 'More: Passes per side').click();
  await eventually(() => storageOf(page), (s) => s[SETTINGS_KEY]?.includes('"passes_per_side":5'), 'settings saved');
  assert.equal((await storageOf(page))[backups[0][0]], raw);
  const { text } = await exportData(page);
  assert.ok(text.includes(JSON.stringify(raw).slice(1, -1)), 'the export carries the unreadable text');
  app.assertClean();
});

test('settings from a newer version are left untouched, never overwritten', async (t) => {
  const app = await openApp('/', { setup: frozenAt() });
  t.after(() => app.close());
  const { page } = app;
  await reachHome(page);

  const raw = '{"v":99,"settings":{"passes_per_side":4,"a_future_field":[1,2,3]}}';
  await page.evaluate(([key, value]) => localStorage.setItem(key, value), [SETTINGS_KEY, raw]);
  await page.reload();
  await expectVisible(button(page, 'Start routine'));
  await expectText(notices(page).locator('p').first(), /newer version/);

  await button(page, 'Settings').click();
  await button(page, 'More: Passes per side').click();
  await expectVisible(notices(page).getByText(/was not saved/));
  assert.equal((await storageOf(page))[SETTINGS_KEY], raw, 'the newer settings are still there');
  app.assertClean();
});

const BROKEN_STORAGE = {
  'every Storage method throws': () => {
    const fail = () => {
      throw new DOMException('The operation is insecure.', 'SecurityError');
    };
    for (const name of ['getItem', 'setItem', 'removeItem', 'clear', 'key']) Storage.prototype[name] = fail;
    Object.defineProperty(Storage.prototype, 'length', { get: fail });
  },
  'window.localStorage itself throws': () => {
    Object.defineProperty(window, 'localStorage', {
      configurable: true,
      get() {
        throw new DOMException('Access is denied for this document.', 'SecurityError');
      },
    });
  },
  'storage is full': () => {
    Storage.prototype.setItem = () => {
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    };
  },
};

for (const [name, breakStorage] of Object.entries(BROKEN_STORAGE)) {
  test(`${name}: a routine still starts and runs, and the app says data will not be kept`, async (t) => {
    const app = await openApp('/', {
      setup: async (context, page) => {
        await context.addInitScript(breakStorage);
        await frozenAt()(context, page);
      },
    });
    t.after(() => app.close());
    const { page } = app;

    await expectVisible(page.getByRole('button', { name: SAFETY_CONTINUE }));
    await expectText(notices(page).locator('p').first(), /(not keeping data|storage for Unknot is full)/);
    await startRolling(page);
    await advance(page, 10_000);
    await expectText(passCount(page), 'Pass 2 of 4');
    await button(page, 'Hot spot').click();
    await expectText(timer(page), '30');
    await advance(page, 30_000);
    await expectGone(holdPanel(page));
    await expectText(timer(page), '10'); // pass 2 waited, whole, through the hold
    await button(page, 'End session').click();
    await expectText(summaryStatus(page), PARTIAL_NONE);
    app.assertClean();
  });
}

test('two tabs: a session finished in one shows in the other without a reload', async (t) => {
  const app = await openApp('/', { setup: frozenAt() });
  t.after(() => app.close());
  const a = app.page;
  await reachHome(a);
  const b = await app.context.newPage();
  await b.goto(app.server.url);
  await reachHome(b);
  await button(b, 'Progress').click();
  await expectVisible(b.getByRole('heading', { name: 'No sessions yet' }));

  await startRolling(a);
  await advance(a, 10_000);
  await endSession(a);
  await expectCount(sessionList(b), 1);

  // And back: b's session joins a's history, and a's first one is not lost.
  await button(b, 'Home').click();
  await advance(b, 60_000);
  await startRolling(b);
  await button(b, 'Hot spot').click();
  await advance(b, 5_000);
  await endSession(b);
  await button(a, 'Progress').click();
  await expectCount(sessionList(a), 2);
  await button(b, 'Progress').click();
  await expectCount(sessionList(b), 2);
  const keys = Object.keys(await storageOf(a)).filter((k) => k.startsWith('unknot:session:'));
  assert.equal(keys.length, 2, `both sessions are stored: ${keys}`);
  app.assertClean();
});

test('Export data, clear, Import data: the history is back and a new export is identical', async (t) => {
  const app = await openApp('/', { setup: frozenAt() });
  t.after(() => app.close());
  const { page } = app;
  await reachHome(page);

  await button(page, 'Settings').click();
  await button(page, 'More: Hold seconds').click();
  await eventually(() => holdSlider(page).inputValue(), (v) => v === '31', 'hold seconds 31');
  await button(page, 'Home').click();
  await startRolling(page);
  await button(page, 'Hot spot').click();
  await advance(page, 12_000);
  await button(page, 'Released').click();
  await button(page, 'Tenderness 6 of 10').click();
  await endSession(page);
  await advance(page, 3_600_000);
  await button(page, 'Start routine').click();
  await button(page, 'Pain 3 of 10').click();
  await button(page, 'Next').click();
  await button(page, 'Next').click();
  await advance(page, DEFAULTS.getReadySecs * 1_000 + 10_000);
  await endSession(page);

  const first = await exportData(page);
  assert.match(first.name, /^unknot-\d{4}-\d{2}-\d{2}\.json$/);
  const parsed = JSON.parse(first.text);
  assert.ok(first.text.includes('\n  '), 'the file is pretty-printed');
  assert.ok(JSON.stringify(parsed).includes('"tenderness":6'), 'hot-spot details are in the file');

  await page.evaluate(() => localStorage.clear());
  await page.reload();
  await expectVisible(page.getByRole('button', { name: SAFETY_CONTINUE }));
  await button(page, 'Progress').click();
  await expectVisible(page.getByRole('heading', { name: 'No sessions yet' }));

  await button(page, 'Settings').click();
  await page.getByLabel('Import data').setInputFiles({
    name: first.name,
    mimeType: 'application/json',
    buffer: Buffer.from(first.text),
  });
  await expectVisible(page.getByText('Added 2 sessions.'));
  await eventually(() => holdSlider(page).inputValue(), (v) => v === '31', 'settings came back');
  await button(page, 'Progress').click();
  await expectCount(sessionList(page), 2);

  const second = await exportData(page);
  assert.equal(second.name, first.name);
  assert.equal(second.text, first.text, 'export → clear → import → export gives the same file');

  // Importing the same file again adds nothing.
  await page.getByLabel('Import data').setInputFiles({
    name: first.name,
    mimeType: 'application/json',
    buffer: Buffer.from(first.text),
  });
  await expectVisible(page.getByText(/Added 0 sessions\. 2 were already here\./));
  app.assertClean();
});
