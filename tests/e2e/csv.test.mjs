// `Export as CSV` (issue 27): two sessions rolled with hot spots and pain ratings, one of
// them with a saved routine named like a spreadsheet formula, come back out of the file
// (byte-order mark, RFC 4180, the name neutralised into text); a German browser gets
// German headers; where the browser can share files, the share sheet gets the file and a
// cancelled share says nothing.
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { test } from 'node:test';

import { reachHome } from './lib/app.mjs';
import { openApp } from './lib/browser.mjs';
import { advance, frozenAt } from './lib/clock.mjs';
import { eventually, expectText, expectVisible } from './lib/expect.mjs';
import { translator } from './lib/i18n.mjs';
import { button, cardTitle, DEFAULTS } from './lib/player.mjs';

const HOSTILE = '=HYPERLINK("x"),"a"';
const ROUTINE_ID = 'r-1795510800000-0a1b2c3d';
const ROUTINE = {
  v: 3,
  routine: {
    id: ROUTINE_ID,
    name: HOSTILE,
    steps: [{ zone: 'upper-back', dose: { passes: 3, secs_per_pass: 10, hold_secs: 20 } }],
  },
};
const SESSION_KEYS = ['Date', 'Time', 'Routine name', 'Zones', 'Minutes rolled', 'Passes', 'Holds', 'Pain before', 'Pain after', 'Highest tenderness', 'Ended early'];
const SPOT_KEYS = ['Date', 'Time', 'Session', 'Zone', 'Where on the muscle', 'Seconds held', 'Tenderness'];
const FILE_NAME = /^unknot-sessions-\d{4}-\d{2}-\d{2}\.csv$/;

/** The safety screen answered and the hostile routine saved, before the app starts. */
function seed(context, extra = {}) {
  return context.addInitScript(
    ([entries]) => {
      if (localStorage.getItem('unknot:safety') !== null) return;
      for (const [k, v] of Object.entries(entries)) localStorage.setItem(k, v);
    },
    [{ 'unknot:safety': '{"v":2,"acknowledged_at":1700000000000}', [`unknot:routine:${ROUTINE_ID}`]: JSON.stringify(ROUTINE), ...extra }],
  );
}

/**
 * RFC 4180: rows of fields; quoted fields may hold commas, CRLF and doubled quotes.
 * A blank line is a row with one empty field.
 */
function parseCsv(text) {
  const rows = [];
  let row = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i += 1) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') (field += '"'), (i += 1);
      else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') row.push(field), (field = '');
    else if (c === '\r' && text[i + 1] === '\n') {
      row.push(field);
      rows.push(row);
      (row = []), (field = ''), (i += 1);
    } else field += c;
  }
  assert.equal(field, '', 'the last row ends with CRLF');
  return rows;
}

/** The two tables of the file: everything before the blank line, everything after. */
function tables(text) {
  const rows = parseCsv(text);
  const blank = rows.findIndex((r) => r.length === 1 && r[0] === '');
  assert.ok(blank > 0, 'one blank line between the tables');
  return { sessions: rows.slice(0, blank), spots: rows.slice(blank + 1) };
}

/**
 * From Home: `start` → pain `before` → roll a few seconds → Hot spot → Released →
 * tenderness → End session → pain `after` → Done.
 */
async function rollWithHotSpot(page, start, { before, tenderness, after }) {
  await button(page, start).click();
  await expectText(cardTitle(page), 'How is your back right now?');
  await button(page, `Pain ${before} of 10`).click();
  await button(page, 'Next').click();
  await expectText(cardTitle(page), /^Set up: /);
  await button(page, 'Next').click();
  await advance(page, DEFAULTS.getReadySecs * 1_000);
  await expectText(cardTitle(page), /^Roll /);
  await advance(page, 3_000);
  await button(page, 'Hot spot').click();
  await advance(page, 12_000);
  await button(page, 'Released').click();
  await button(page, `Tenderness ${tenderness} of 10`).click();
  await button(page, 'End session').click();
  await expectText(cardTitle(page), 'Well done');
  await button(page, `Pain ${after} of 10`).click();
  await button(page, 'Done').click();
  await expectVisible(button(page, 'Start routine'));
}

/** Settings → Export as CSV; the download's name, bytes and text. */
async function exportCsv(page, name = 'Export as CSV') {
  const [download] = await Promise.all([page.waitForEvent('download'), button(page, name).click()]);
  const bytes = await readFile(await download.path());
  return { name: download.suggestedFilename(), bytes, text: bytes.toString('utf8') };
}

test('Export as CSV: two sessions with hot spots come back with their pain numbers, a formula-like name as text', async (t) => {
  const app = await openApp('/', { setup: async (context, page) => (await seed(context), frozenAt()(context, page)) });
  t.after(() => app.close());
  const { page } = app;
  await reachHome(page);
  await rollWithHotSpot(page, `Start ${HOSTILE}`, { before: 6, tenderness: 6, after: 3 });
  await advance(page, 60_000);
  await rollWithHotSpot(page, 'Start routine', { before: 5, tenderness: 4, after: 2 });

  await button(page, 'Settings').click();
  const file = await exportCsv(page);
  assert.match(file.name, FILE_NAME);
  assert.deepEqual([...file.bytes.subarray(0, 3)], [0xef, 0xbb, 0xbf], 'a UTF-8 byte-order mark');
  const { sessions, spots } = tables(file.text.slice(1));
  assert.deepEqual(sessions[0], SESSION_KEYS);
  assert.equal(sessions.length, 3, 'a header and two sessions');
  const col = (name) => SESSION_KEYS.indexOf(name);
  const [first, second] = sessions.slice(1);
  assert.equal(first[col('Routine name')], `'${HOSTILE}`, 'the name is text, neutralised, one cell');
  assert.equal(first[col('Zones')], 'upper back');
  assert.deepEqual([first[col('Pain before')], first[col('Pain after')]], ['6', '3']);
  assert.equal(second[col('Routine name')], 'Back pain: IT bands and upper back');
  assert.deepEqual([second[col('Pain before')], second[col('Pain after')]], ['5', '2']);
  for (const row of [first, second]) {
    assert.match(row[col('Date')], /^\d{4}-\d{2}-\d{2}$/);
    assert.match(row[col('Time')], /^\d{2}:\d{2}$/);
    assert.equal(row[col('Holds')], '1');
    assert.equal(row[col('Ended early')], 'yes');
    assert.match(row[col('Minutes rolled')], /^\d+\.\d$/);
  }
  assert.deepEqual([first[col('Highest tenderness')], second[col('Highest tenderness')]], ['6', '4']);
  assert.deepEqual(spots[0], SPOT_KEYS);
  assert.deepEqual(
    spots.slice(1).map((r) => [r[2], r[3], r[5], r[6]]),
    [
      ['1', 'upper back', '12', '6'],
      ['2', 'left IT band', '12', '4'],
    ],
  );
  await expectText(page.locator('.data__report--csv'), `Saved 2 sessions to ${file.name}.`);
  app.assertClean();
});

test('a German browser gets German headers and words', async (t) => {
  const tr = translator('de');
  const record = {
    v: 3,
    record: {
      id: '1795159800000-k3f9',
      started_at: 1795159800000,
      ended_at: 1795160580000,
      routine: 'custom',
      zones: ['calves-left'],
      completed: true,
      hot_spots: [{ zone: 'calves-left', position: 0.5, found_at: 1795159890000, held_ms: 30000, tenderness: 5 }],
      pain_before: 4,
      pain_after: 2,
    },
  };
  const app = await openApp('/', {
    locale: 'de-DE',
    setup: (context) => seed(context, { 'unknot:session:1795159800000-k3f9': JSON.stringify(record) }),
  });
  t.after(() => app.close());
  const { page } = app;
  await button(page, tr('Start routine')).waitFor({ state: 'visible' });
  await button(page, tr('Settings')).click();
  const file = await exportCsv(page, tr('Export as CSV'));
  const { sessions, spots } = tables(file.text.slice(1));
  assert.deepEqual(sessions[0], SESSION_KEYS.map((k) => tr(k)));
  assert.deepEqual(spots[0], SPOT_KEYS.map((k) => tr(k)));
  const row = sessions[1];
  assert.equal(row[SESSION_KEYS.indexOf('Routine name')], tr('Picked zones'));
  assert.equal(row[SESSION_KEYS.indexOf('Zones')], tr('left calf'));
  assert.equal(row[SESSION_KEYS.indexOf('Ended early')], tr('no'));
  assert.deepEqual(spots[1].slice(2), ['1', tr('left calf'), tr('halfway down'), '30', '5']);
  app.assertClean();
});

/** A share sheet stand-in: canShare says yes; share answers as `window.shareAnswer` says. */
function fakeShare() {
  window.shared = [];
  window.shareAnswer = 'ok';
  Object.defineProperty(navigator, 'canShare', { value: (data) => Array.isArray(data?.files), configurable: true });
  Object.defineProperty(navigator, 'share', {
    configurable: true,
    value: async (data) => {
      const [file] = data.files;
      const bytes = [...new Uint8Array(await file.arrayBuffer()).subarray(0, 3)];
      window.shared.push({ name: file.name, type: file.type, title: data.title, bytes, text: await file.text() });
      if (window.shareAnswer === 'ok') return;
      throw new DOMException('no', window.shareAnswer);
    },
  });
}

test('where files can be shared, Export as CSV shares; a cancelled share says nothing; a failed one downloads', async (t) => {
  const app = await openApp('/', { setup: async (context) => (await seed(context), context.addInitScript(fakeShare)) });
  t.after(() => app.close());
  const { page } = app;
  let downloads = 0;
  page.on('download', () => (downloads += 1));
  await reachHome(page);
  await button(page, 'Settings').click();
  const status = page.getByRole('status').filter({ hasText: /^Shared / });

  await button(page, 'Export as CSV').click();
  await expectText(status, /^Shared 0 sessions as unknot-sessions-\d{4}-\d{2}-\d{2}\.csv\.$/);
  const [shared] = await page.evaluate(() => window.shared);
  assert.match(shared.name, FILE_NAME);
  assert.equal(shared.type, 'text/csv;charset=utf-8');
  assert.equal(shared.title, 'Unknot sessions');
  assert.deepEqual(shared.bytes, [0xef, 0xbb, 0xbf], 'the byte-order mark');
  assert.ok(shared.text.startsWith('Date,Time,'), 'the same file a download gets');

  await page.evaluate(() => (window.shareAnswer = 'AbortError'));
  await button(page, 'Export as CSV').click();
  await eventually(() => page.evaluate(() => window.shared.length), (n) => n === 2, 'the share sheet opened again');
  await new Promise((ok) => setTimeout(ok, 300));
  assert.equal(await page.locator('.data__report--csv').innerText(), '', 'a cancelled share says nothing');

  await page.evaluate(() => (window.shareAnswer = 'NotAllowedError'));
  const file = await exportCsv(page);
  assert.match(file.name, FILE_NAME);
  assert.equal(downloads, 1, 'only the failed share downloaded');
  app.assertClean();
});
