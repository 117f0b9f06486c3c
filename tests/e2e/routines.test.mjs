// Saved routines the way a person uses them: build one with two zones, keep it across a
// reload, start it, edit it, delete it and undo; share it by link and add it in a fresh
// browser; a bad link changes nothing; Export data → Import data keeps routines exactly.
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { test } from 'node:test';

import { reachHome } from './lib/app.mjs';
import { openApp } from './lib/browser.mjs';
import { advance, frozenAt } from './lib/clock.mjs';
import { eventually, expectGone, expectText, expectVisible } from './lib/expect.mjs';
import { button, cardTitle } from './lib/player.mjs';

const routineKeys = (page) =>
  page.evaluate(() =>
    Object.keys(localStorage)
      .filter((k) => k.startsWith('unknot:routine:'))
      .sort()
      .map((k) => [k, localStorage.getItem(k)]),
  );

/** New routine → name → zones ticked in this order → Save routine. */
async function buildRoutine(page, name, zones) {
  await button(page, 'New routine').click();
  await expectVisible(page.getByRole('heading', { name: 'New routine', level: 1 }));
  await page.getByRole('textbox', { name: 'Routine name' }).fill(name);
  for (const zone of zones) await page.getByRole('checkbox', { name: zone, exact: true }).check();
  await button(page, 'Save routine').click();
  await expectVisible(button(page, `Start ${name}`));
}

/** From the first card of a session to the first zone's get-ready card. */
async function toFirstZone(page) {
  await expectVisible(cardTitle(page));
  if ((await cardTitle(page).textContent()) === 'Before you roll') await button(page, 'Next').click();
  await expectText(cardTitle(page), 'How is your back right now?');
  await button(page, 'Next').click();
  await expectVisible(page.getByText(/^Set up: /).first());
  await button(page, 'Next').click();
}

async function endSession(page) {
  await button(page, 'End session').click();
  await expectText(cardTitle(page), 'Well done');
  await button(page, 'Done').click();
}

test('build a routine with two zones, reload, start, edit, delete and undo', async (t) => {
  const app = await openApp('/', { setup: frozenAt() });
  t.after(() => app.close());
  const { page } = app;
  await reachHome(page);
  // Today's zones are the built-in routine's: Home's Start routine is the one way to start it.
  const builtIn = page.locator('.routine', { hasText: 'Back pain: IT bands and upper back' });
  await expectVisible(builtIn.getByText('Start routine runs this one.'));
  assert.equal(await button(page, 'Start Back pain: IT bands and upper back').count(), 0, 'no second button that does the same');
  assert.equal(await button(page, 'Delete Back pain: IT bands and upper back').count(), 0, "the built-in routine stays");

  // Validation in plain words, nothing saved.
  await button(page, 'New routine').click();
  await button(page, 'Save routine').click();
  await expectVisible(page.getByRole('alert').getByText('Give the routine a name.'));
  await expectVisible(page.getByRole('alert').getByText('Add at least one zone.'));
  await button(page, 'Lower back (do not roll)').click();
  await expectVisible(page.getByText('The lower back stays off the roller', { exact: false }));
  await button(page, 'Cancel').click();
  assert.deepEqual(await routineKeys(page), []);

  await buildRoutine(page, 'Evening', ['Upper back', 'IT band, right']);
  await expectVisible(page.getByText(/· upper back, right IT band$/));
  const stored = await routineKeys(page);
  assert.equal(stored.length, 1);
  assert.match(stored[0][1], /^\{"v":3,"routine":\{/);

  await page.reload();
  await reachHome(page);
  await button(page, 'Start Evening').click();
  await toFirstZone(page);
  await expectText(cardTitle(page), 'Get ready: upper back');
  // Roll a little first: a session with nothing rolled is not kept.
  await advance(page, 15_000);
  await expectVisible(page.getByText(/^Pass 1 of /).first());
  await endSession(page);
  // History names the routine the session followed.
  await button(page, 'Progress').click();
  await expectVisible(page.getByText('Evening:', { exact: false }).first());
  await button(page, 'Home').click();

  // Edit: a new name, the IT band moved first, a slower pace on it.
  await button(page, 'Edit Evening').click();
  await expectVisible(page.getByRole('heading', { name: 'Edit routine', level: 1 }));
  await page.getByRole('textbox', { name: 'Routine name' }).fill('Evening roll');
  await button(page, 'Move up IT band, right').click();
  // Both sides in one tap, then back to one side.
  await button(page, 'Add IT band, left').click();
  await expectVisible(button(page, 'Remove IT band, left'));
  await button(page, 'Remove IT band, left').click();
  await button(page, 'Save routine').click();
  await expectVisible(button(page, 'Start Evening roll'));
  await expectGone(button(page, 'Start Evening'));
  await expectVisible(page.getByText(/· right IT band, upper back$/));
  assert.equal((await routineKeys(page)).length, 1, 'edited in place, under the same key');

  // Delete, then undo; delete again and let the undo run out.
  await button(page, 'Delete Evening roll').click();
  await expectGone(button(page, 'Start Evening roll'));
  assert.deepEqual(await routineKeys(page), []);
  await button(page, 'Undo').click();
  await expectVisible(button(page, 'Start Evening roll'));
  assert.equal((await routineKeys(page)).length, 1);
  await button(page, 'Delete Evening roll').click();
  await advance(page, 9_000);
  await expectGone(button(page, 'Undo'));
  await page.reload();
  await reachHome(page);
  assert.equal(await button(page, 'Start Evening roll').count(), 0);
  app.assertClean();
});

test('share by link: a fresh browser offers Add routine and then starts it', async (t) => {
  const app = await openApp('/', { setup: frozenAt() });
  t.after(() => app.close());
  const { page } = app;
  await reachHome(page);
  await buildRoutine(page, 'Legs <b>& back</b>', ['IT band, left', 'Upper back']);
  await button(page, 'Share Legs <b>& back</b>').click();
  const linkBox = page.getByRole('textbox', { name: 'Share link' });
  await expectVisible(linkBox);
  const url = await linkBox.inputValue();
  const fragment = url.slice(url.indexOf('#'));
  assert.match(fragment, /^#\/routines\/add\/1\.[A-Za-z0-9_.-]+$/);
  assert.ok(url.length < 300, `a short link: ${url.length}`);

  const other = await openApp(fragment, { setup: frozenAt() });
  t.after(() => other.close());
  const p2 = other.page;
  await expectVisible(button(p2, 'Add routine'));
  // Markup in a name is shown as the characters it is, never as an element.
  await expectVisible(p2.getByRole('heading', { name: 'Legs <b>& back</b>' }));
  assert.equal(await p2.locator('.add b').count(), 0);
  await button(p2, 'Add routine').click();
  assert.ok(!p2.url().includes('#/routines/add/'), 'a reload will not add it twice');
  await button(p2, 'Start Legs <b>& back</b>').click();
  await toFirstZone(p2);
  await expectText(cardTitle(p2), 'Get ready: left IT band');
  assert.equal((await routineKeys(p2)).length, 1);
  other.assertClean();
  app.assertClean();
});

test('a bad link says so in plain words and changes nothing', async (t) => {
  const app = await openApp('/', { setup: frozenAt() });
  t.after(() => app.close());
  const { page } = app;
  await reachHome(page);
  await buildRoutine(page, 'Mine', ['Upper back']);
  const before = await routineKeys(page);
  for (const [payload, message] of [
    ['1.QQ.lower-back_3_10_20', 'never does'],
    ['9.QQ.upper-back_3_10_20', 'newer version'],
    ['1.%3Cscript%3E.upper-back_3_10_20', 'damaged'],
    ['x'.repeat(5000), 'too long'],
  ]) {
    await page.goto(`${app.server.url}#/routines/add/${payload}`);
    await page.reload();
    await expectVisible(page.getByRole('heading', { name: "This link can't be used" }));
    await expectVisible(page.getByRole('alert').getByText(message, { exact: false }));
    assert.equal(await button(page, 'Add routine').count(), 0);
    await button(page, 'Go to Home').click();
    await expectVisible(button(page, 'Start Mine'));
    assert.deepEqual(await routineKeys(page), before, `nothing changed for ${payload.slice(0, 30)}`);
  }
  app.assertClean();
});

test('Export data → clear → Import data brings routines back exactly', async (t) => {
  const app = await openApp('/', { setup: frozenAt() });
  t.after(() => app.close());
  const { page } = app;
  await reachHome(page);
  await buildRoutine(page, 'Desk', ['Upper back', 'Shoulder blade, left']);
  await buildRoutine(page, 'Run', ['Quadriceps, left', 'Quadriceps, right']);
  const before = await routineKeys(page);

  const exportData = async () => {
    await button(page, 'Settings').click();
    const [download] = await Promise.all([page.waitForEvent('download'), button(page, 'Export data').click()]);
    return readFile(await download.path(), 'utf8');
  };
  const first = await exportData();
  assert.equal(JSON.parse(first).routines.length, 2);

  await page.evaluate(() => localStorage.clear());
  await page.reload();
  await reachHome(page);
  assert.equal(await button(page, 'Start Desk').count(), 0);
  await button(page, 'Settings').click();
  await page.getByLabel('Import data').setInputFiles({
    name: 'unknot.json',
    mimeType: 'application/json',
    buffer: Buffer.from(first),
  });
  await expectVisible(page.getByText('2 routines in the file', { exact: false }));
  await eventually(() => routineKeys(page), (keys) => JSON.stringify(keys) === JSON.stringify(before), 'the same keys and values');
  assert.equal(await exportData(), first, 'export → import → export gives the same file');
  await button(page, 'Home').click();
  await expectVisible(button(page, 'Start Desk'));
  await expectVisible(button(page, 'Start Run'));
  app.assertClean();
});

test('Add from a link: a link pasted in another browser adds the routine once; a bad one says what the link says', async (t) => {
  const app = await openApp('/', { setup: frozenAt() });
  t.after(() => app.close());
  const { page } = app;
  await reachHome(page);
  await buildRoutine(page, 'Gym, "quick"', ['IT band, left', 'Upper back']);
  await button(page, 'Share Gym, "quick"').click();
  await expectVisible(button(page, 'Copy link'));
  const url = await page.getByRole('textbox', { name: 'Share link' }).inputValue();

  // The installed app, elsewhere: paste the whole link (with the copy's line break).
  const other = await openApp('/', { setup: frozenAt() });
  t.after(() => other.close());
  const p2 = other.page;
  await reachHome(p2);
  const field = p2.getByRole('textbox', { name: 'Add from a link' });
  await button(p2, 'Show routine').click();
  await expectVisible(p2.getByRole('alert').getByText('Paste a shared routine link first.'));
  await field.fill(`${url}\n`);
  await button(p2, 'Show routine').click();
  await expectVisible(p2.getByRole('heading', { name: 'Gym, "quick"' }));
  await button(p2, 'Add routine').click();
  await expectVisible(button(p2, 'Start Gym, "quick"'));
  assert.equal((await routineKeys(p2)).length, 1);
  // The same link again, pasted as the text after #/routines/add/, from the builder: a second copy, named apart.
  await button(p2, 'New routine').click();
  await p2.getByRole('textbox', { name: 'Add from a link' }).fill(url.slice(url.indexOf('#/routines/add/') + '#/routines/add/'.length));
  await button(p2, 'Show routine').click();
  await button(p2, 'Add routine').click();
  await expectVisible(button(p2, 'Start Gym, "quick" (2)'));
  assert.equal((await routineKeys(p2)).length, 2);

  // Broken or hostile: the link's own messages, nothing added.
  const before = await routineKeys(p2);
  for (const [payload, message] of [
    ['1.QQ.lower-back_3_10_20', 'never does'],
    ['9.QQ.upper-back_3_10_20', 'newer version'],
    ['<img src=x onerror=alert(1)>', 'damaged'],
  ]) {
    await p2.getByRole('textbox', { name: 'Add from a link' }).fill(`http://127.0.0.1/#/routines/add/${payload}`);
    await button(p2, 'Show routine').click();
    await expectVisible(p2.getByRole('heading', { name: "This link can't be used" }));
    await expectVisible(p2.getByRole('alert').getByText(message, { exact: false }));
    assert.equal(await p2.locator('.add img').count(), 0);
    await button(p2, 'Go to Home').click();
    assert.deepEqual(await routineKeys(p2), before);
  }
  other.assertClean();
  app.assertClean();
});
