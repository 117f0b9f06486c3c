// Languages in the built app: a browser set to German, Spanish, French or Brazilian
// Portuguese opens in that language (html lang, the controls, a whole routine with a
// hold, the summary) with no English shown first; Settings' `Language` switches back to
// English (SPEC §3's names), keeps the focus and survives a reload; the worker keeps only
// the device's language and one chosen online, which then works offline (another chosen
// offline says it needs a connection once); a language that cannot be had leaves
// the app as it was, with a plain notice. Names come from dist/lang/<code>.json, so the
// tests hold for any wording the translators choose.
import assert from 'node:assert/strict';
import { rm } from 'node:fs/promises';
import { test } from 'node:test';

import { openApp } from './lib/browser.mjs';
import { advance, frozenAt } from './lib/clock.mjs';
import { eventually, expectText, expectVisible } from './lib/expect.mjs';
import { LANGUAGES, englishLeft, translator } from './lib/i18n.mjs';
import { button, cardTitle, timer } from './lib/player.mjs';
import { controlled, copyOfBuild, makeNextBuild } from './lib/pwa.mjs';
import { startServer } from './lib/server.mjs';

/** SPEC §3's names that Settings shows. */
const SETTINGS_NAMES = [
  'Passes per side',
  'Hold seconds',
  'Seconds per pass',
  'Get ready seconds',
];
const SWITCH_NAMES = ['Sound', 'Voice', 'Vibration', 'Keep screen awake'];

const htmlLang = (page) => page.evaluate(() => document.documentElement.lang);

/** Records, at the moment the screens first appear, their text and `<html lang>`. */
function firstPaintRecorder() {
  const seen = (window.firstPaint = { text: null, lang: null });
  new MutationObserver((_, observer) => {
    // The pre-rendered (English) screens stay hidden on a page marked `data-open="none"`
    // (a device asking for another language), by CSS that blocks the first paint, so
    // only the app's own main counts then (prerender.test.mjs checks every frame).
    const hidden = document.documentElement.dataset.open === 'none';
    const main = [...document.querySelectorAll('#main')].find((m) => !(hidden && m.closest('#prerendered')));
    if (main && main.innerText.trim() && seen.text === null) {
      seen.text = main.innerText;
      seen.lang = document.documentElement.lang;
      observer.disconnect();
    }
  }).observe(document, { childList: true, subtree: true, characterData: true });
}

/** Past the safety screen (in `tr`'s language) to Home's `Start routine`. */
async function reachHomeIn(page, tr) {
  const start = button(page, tr('Start routine'));
  const safety = button(page, tr('I understand, continue'));
  await start.or(safety).first().waitFor({ state: 'visible' });
  if (await safety.isVisible()) await safety.click();
  await start.waitFor({ state: 'visible' });
  return start;
}

/** The `Language` select in Settings. */
const languageSelect = (page, tr) => page.getByRole('combobox', { name: tr('Language'), exact: true });

for (const { code, locale, name } of LANGUAGES) {
  test(`a ${locale} browser opens in ${name}: controls, a whole routine with a hold, the summary`, async (t) => {
    const tr = translator(code);
    const app = await openApp('/', {
      locale,
      setup: async (context, page) => {
        await context.addInitScript(firstPaintRecorder);
        await frozenAt()(context, page);
      },
    });
    t.after(() => app.close());
    const { page } = app;
    const start = await reachHomeIn(page, tr);
    assert.equal(await htmlLang(page), code);
    // The first screen drawn was already in the language: no English flashed.
    const first = await page.evaluate(() => window.firstPaint);
    assert.equal(first.lang, code, 'html lang was set before the first screen');
    assert.deepEqual(englishLeft(first.text, code), [], `first screen: ${first.text}`);

    await start.click();
    let held = false;
    for (let i = 0; i < 200; i += 1) {
      if (await page.getByRole('main').getByText(tr('Complete'), { exact: true }).count()) break;
      const hot = button(page, tr('Hot spot'));
      if (!held && (await hot.count())) {
        await hot.click();
        await expectVisible(button(page, tr('Released')));
        await expectVisible(timer(page));
        await advance(page, 5_000);
        await button(page, tr('Released')).click();
        await expectVisible(hot);
        held = true;
        continue;
      }
      if (await timer(page).count()) {
        await advance(page, Number(await timer(page).innerText()) * 1_000);
      } else {
        await advance(page, 15_000);
        await button(page, tr('Next')).click();
      }
      await page.waitForTimeout(5);
    }
    assert.ok(held, 'a hot spot was held');
    await expectText(cardTitle(page), tr('Well done'));
    await expectVisible(page.getByRole('main').getByText(tr('Complete'), { exact: true }));
    const summary = await page.getByRole('main').innerText();
    assert.deepEqual(englishLeft(summary, code), [], `summary: ${summary}`);
    assert.equal(await htmlLang(page), code);
    app.assertClean();
  });
}

test('English is built in: the page asks for no language file', async (t) => {
  const asked = [];
  const app = await openApp('/', {
    setup: async (_context, page) => {
      // The page's own requests (the service worker's precache is not the page's).
      page.on('request', (request) => asked.push(new URL(request.url()).pathname));
    },
  });
  t.after(() => app.close());
  const { page } = app;
  await reachHomeIn(page, (k) => k);
  await button(page, 'Settings').click();
  await expectVisible(languageSelect(page, (k) => k));
  assert.equal(await htmlLang(page), 'en');
  assert.deepEqual(asked.filter((p) => p.includes('/lang/')), []);
  app.assertClean();
});

test('under a sub-path of the host, the language file is found beside the page', async (t) => {
  const asked = [];
  const app = await openApp('/', {
    base: '/unknot/',
    locale: 'de-DE',
    setup: async (_context, page) => page.on('request', (r) => asked.push(new URL(r.url()).pathname)),
  });
  t.after(() => app.close());
  const { page } = app;
  // The app's heading (the hidden pre-rendered screens hold two more until the take-over).
  await page.locator('#main h1:visible').first().waitFor();
  assert.equal(await htmlLang(page), 'de');
  assert.ok(asked.includes('/unknot/lang/de.json'), JSON.stringify(asked));
  app.assertClean();
});

test("switching a German browser to English gives SPEC §3's names, keeps focus and survives a reload", async (t) => {
  const de = translator('de');
  const app = await openApp('/', { locale: 'de-DE' });
  t.after(() => app.close());
  const { page } = app;
  await reachHomeIn(page, de);
  await button(page, de('Settings')).click();
  const select = languageSelect(page, de);
  assert.equal(await select.inputValue(), 'de');
  const options = await select.locator('option').allInnerTexts();
  assert.deepEqual(options, ['English', 'Deutsch', 'Español', 'Français', 'Português']);

  await select.focus();
  await select.selectOption('en');
  const english = languageSelect(page, (k) => k);
  await expectVisible(english);
  assert.equal(await htmlLang(page), 'en');
  await eventually(
    () => page.evaluate(() => document.activeElement?.id),
    (id) => id === 'setting-language',
    'focus stays on the Language select after the switch',
  );
  for (const label of SETTINGS_NAMES) await expectVisible(page.getByRole('slider', { name: label, exact: true }));
  for (const label of SWITCH_NAMES) await expectVisible(page.getByRole('switch', { name: label, exact: true }));
  await expectVisible(button(page, 'Export data'));

  await page.reload();
  await expectVisible(languageSelect(page, (k) => k));
  assert.equal(await languageSelect(page, (k) => k).inputValue(), 'en');
  assert.equal(await htmlLang(page), 'en');
  await button(page, 'Home').click();
  await expectVisible(button(page, 'Start routine'));
  app.assertClean();
});

/** The language files in the worker's cache of this build, as codes. */
const cachedLanguages = (page) =>
  page.evaluate(async () => {
    const names = (await caches.keys()).filter((n) => n.startsWith('unknot-') && n !== 'unknot-handoff');
    const codes = [];
    for (const name of names) {
      for (const request of await (await caches.open(name)).keys()) {
        const found = new URL(request.url).pathname.match(/\/lang\/([a-z]+)\.json$/);
        if (found) codes.push(found[1]);
      }
    }
    return codes.sort();
  });

test('an English device caches no language; one chosen online works offline, after a reload and an update', async (t) => {
  const de = translator('de');
  const root = await copyOfBuild();
  const server = await startServer({ root });
  const app = await openApp('/', { server });
  t.after(async () => {
    await app.close();
    await server.close();
    await rm(root, { recursive: true, force: true });
  });
  const { page, context } = app;
  await reachHomeIn(page, (k) => k);
  await controlled(page);
  assert.deepEqual(await cachedLanguages(page), [], 'English is built in: no language file is precached');
  assert.deepEqual(server.requests.filter((r) => r.includes('/lang/')), [], 'none is downloaded');

  // Chosen online: fetched once through the worker, which keeps it.
  await button(page, 'Settings').click();
  await languageSelect(page, (k) => k).selectOption('de');
  await expectVisible(languageSelect(page, de));
  await eventually(() => cachedLanguages(page), (codes) => codes.join() === 'de', 'German is kept in the cache');

  // A new version keeps the language chosen once.
  const nextName = await makeNextBuild(root);
  await page.evaluate(async () => (await navigator.serviceWorker.ready).update());
  await eventually(
    () => page.evaluate(async (next) => (await (await caches.open(next)).keys()).map((r) => r.url), nextName),
    (urls) => urls.some((u) => u.endsWith('/lang/de.json')),
    "the next version's cache holds German",
    { timeout: 20_000 },
  );

  // Offline from here on: German still opens, after a reload too.
  await context.setOffline(true);
  await page.reload();
  await expectVisible(languageSelect(page, de));
  assert.equal(await htmlLang(page), 'de');

  app.assertClean();

  // Another language chosen offline needs a connection once, and German stays.
  await languageSelect(page, de).selectOption('es');
  await expectVisible(page.getByText(de('{language} could not be downloaded: connect to the internet once and choose it again. Unknot stays in the language it was in; nothing you saved was changed.').replace('{language}', 'Español')));
  assert.equal(await languageSelect(page, de).inputValue(), 'de', 'the select shows the language shown');
  assert.equal(await htmlLang(page), 'de');
});

test('a German device precaches German only, and opens in it offline', async (t) => {
  const de = translator('de');
  const app = await openApp('/', { locale: 'de-DE' });
  t.after(() => app.close());
  const { page, context } = app;
  await reachHomeIn(page, de);
  await controlled(page);
  await eventually(() => cachedLanguages(page), (codes) => codes.join() === 'de', 'only German is precached');
  await context.setOffline(true);
  await page.reload();
  await expectVisible(button(page, de('Start routine')));
  assert.equal(await htmlLang(page), 'de');
  app.assertClean();
});

for (const [what, answer, notice] of [
  ['cannot be downloaded', (route) => route.abort('internetdisconnected'), /^Deutsch could not be downloaded/],
  ['is damaged', (route) => route.fulfill({ status: 200, contentType: 'application/json', body: '{"lang":"de","messages":' }), /^The Deutsch texts are damaged/],
]) {
  test(`a language whose file ${what} leaves the app in English and says so`, async (t) => {
    const app = await openApp('/', {
      setup: async (context) => {
        await context.route('**/lang/de.json', answer);
      },
    });
    t.after(() => app.close());
    const { page } = app;
    await reachHomeIn(page, (k) => k);
    await button(page, 'Settings').click();
    const hold = page.getByRole('slider', { name: 'Hold seconds', exact: true });
    for (let i = 0; i < 10; i += 1) await button(page, 'More: Hold seconds').click();
    await eventually(() => hold.inputValue(), (v) => v === '40', 'Hold seconds is 40');
    await languageSelect(page, (k) => k).selectOption('de');
    await expectVisible(page.getByText(notice));
    const select = languageSelect(page, (k) => k);
    assert.equal(await select.inputValue(), 'en', 'the select shows the language shown');
    assert.equal(await htmlLang(page), 'en');
    assert.equal(await hold.inputValue(), '40', 'nothing set was lost');
    const stored = await page.evaluate(() => JSON.parse(localStorage.getItem('unknot:settings')).settings);
    assert.equal(stored.hold_secs, 40);
    assert.equal(stored.language, 'en');
  });
}

test('every screen in every language: no English word left', async (t) => {
  for (const { code, locale } of LANGUAGES) {
    const tr = translator(code);
    const app = await openApp('/', { locale, setup: frozenAt() });
    t.after(() => app.close());
    const { page } = app;
    const left = {};
    const look = async (where) => {
      const text = await page.evaluate(() => {
        const labels = [...document.querySelectorAll('[aria-label], [title], [alt]')].map((e) =>
          ['aria-label', 'title', 'alt'].map((a) => e.getAttribute(a) ?? '').join(' '),
        );
        return `${document.body.innerText} ${labels.join(' ')} ${document.title}`;
      });
      const found = englishLeft(text, code);
      if (found.length) left[where] = found;
    };
    // The safety screen in the language: the app has mounted and named the page.
    await button(page, tr('I understand, continue')).waitFor({ state: 'visible' });
    await look('safety');
    await reachHomeIn(page, tr);
    await look('home');
    for (const [nav, where] of [
      ['Settings', 'settings'],
      ['Progress', 'progress'],
      ['Safety', 'safety (again)'],
      ['Home', 'home (again)'],
    ]) {
      const link = button(page, tr(nav)).or(page.getByRole('link', { name: tr(nav), exact: true }));
      if (await link.count()) {
        await link.first().click();
        await page.waitForTimeout(50);
        await look(where);
      }
    }
    await button(page, tr('New routine')).click();
    await look('routine builder');
    await page.goBack();
    await button(page, tr('Start routine')).click();
    for (let i = 0; i < 60; i += 1) {
      await look(`player: ${await cardTitle(page).innerText().catch(() => '?')}`);
      if (await page.getByRole('main').getByText(tr('Complete'), { exact: true }).count()) break;
      if (await timer(page).count()) await advance(page, Number(await timer(page).innerText()) * 1_000);
      else await button(page, tr('Next')).click();
      await page.waitForTimeout(5);
    }
    await button(page, tr('Done')).click();
    await button(page, tr('Progress')).click();
    await look('progress with a session');
    assert.deepEqual(left, {}, `${code}: English words left on screen`);
    await app.close();
  }
});

/**
 * Stands in for the device's voices (`[lang, on device?]`) and records what is said and
 * which tones Web Audio is asked to play, in `window.cueLog`.
 */
function voicesAndRecorder(voices) {
  const list = voices.map(([lang, local]) => {
    const v = Object.create(SpeechSynthesisVoice.prototype);
    for (const [k, value] of Object.entries({ lang, localService: local, name: `Test ${lang}`, voiceURI: lang, default: false }))
      Object.defineProperty(v, k, { value });
    return v;
  });
  const log = (window.cueLog = { said: [], tones: 0 });
  Object.defineProperty(speechSynthesis, 'getVoices', { value: () => list, configurable: true });
  // The browser takes only its own voice objects; these stand-ins are kept as given.
  Object.defineProperty(SpeechSynthesisUtterance.prototype, 'voice', {
    configurable: true,
    get() {
      return this.standInVoice ?? null;
    },
    set(v) {
      this.standInVoice = v;
    },
  });
  speechSynthesis.speak = (u) => log.said.push([u.text, u.lang, u.voice?.lang ?? null]);
  const start = OscillatorNode.prototype.start;
  OscillatorNode.prototype.start = function (when = 0) {
    log.tones += 1;
    return start.call(this, when);
  };
}

for (const [what, voices, speaks] of [
  ['with a voice of the language, cues are spoken in it', [['de-DE', true], ['en-GB', true]], true],
  ['with no voice of the language, cues fall back to beeps and Settings says so', [['de-DE', true], ['en-GB', false]], false],
]) {
  test(`English, ${what}`, async (t) => {
    const app = await openApp('/', {
      setup: async (context, page) => {
        await context.addInitScript(voicesAndRecorder, voices);
        await frozenAt()(context, page);
      },
    });
    t.after(() => app.close());
    const { page } = app;
    await reachHomeIn(page, (k) => k);
    await button(page, 'Settings').click();
    const note = page.getByText('No English voice on this device', { exact: true });
    // Sound off, voice on: only the fallback can make a tone.
    await page.getByRole('switch', { name: 'Sound', exact: true }).uncheck();
    if (speaks) assert.equal(await note.count(), 0);
    else await expectVisible(note);
    await button(page, 'Home').click();
    await button(page, 'Start routine').click();
    await button(page, 'Next').click();
    await button(page, 'Next').click();
    await advance(page, 12_000);
    await advance(page, 11_000);
    await button(page, 'Hot spot').click();
    const log = await eventually(
      () => page.evaluate(() => window.cueLog),
      (l) => (speaks ? l.said.length > 1 : l.tones > 0),
      speaks ? 'the pass and the hold are said' : 'the cues beep',
    );
    if (speaks) {
      assert.ok(log.said.length > 0, 'spoken');
      assert.ok(log.said.every(([, lang, voice]) => lang === 'en' && voice === 'en-GB'), JSON.stringify(log.said));
      assert.equal(log.tones, 0, 'sound is off and the voice speaks: no tones');
    } else {
      assert.deepEqual(log.said, [], 'never a German voice reading English');
      assert.ok(log.tones > 0, 'the cues are beeps instead');
    }
    app.assertClean();
  });
}

/** A file chosen in Settings' `Import data` (the input's label is the translated name). */
async function importFile(page, tr, name, text) {
  await page.getByLabel(tr('Import data'), { exact: true }).setInputFiles({
    name,
    mimeType: 'application/json',
    buffer: Buffer.from(text),
  });
}

/** One finished session as an export file holds it (format 2). */
const session = (id, painBefore) => ({
  id,
  started_at: 1_700_000_000_000,
  ended_at: 1_700_000_300_000,
  routine: 'full',
  zones: [],
  completed: true,
  passes: [],
  hot_spots: [],
  pain_before: painBefore,
  pain_after: null,
  note: '',
  active_ms: 300_000,
});

test('Import data in every language: a bad file is refused, a good one reported, reasons and all', async (t) => {
  for (const { code, locale } of LANGUAGES) {
    const tr = translator(code);
    const app = await openApp('/', { locale, setup: frozenAt() });
    t.after(() => app.close());
    const { page } = app;
    await reachHomeIn(page, tr);
    await button(page, tr('Settings')).click();
    const report = page.locator('.data__report').nth(1);

    await importFile(page, tr, 'notes.json', '{"app":"unknot","v":2,');
    const refused = `${tr('This file is not an Unknot export: it is damaged, cut short, or another kind of file.')} ${tr('Nothing was changed.')}`;
    await expectText(report, refused);

    const file = { app: 'unknot', v: 2, exported_at: 1, sessions: [session('a', 3), session('b', 11)] };
    await importFile(page, tr, 'unknot.json', JSON.stringify(file));
    const details = tr('{item}: {reason}', {
      item: tr('session {n} (id {id})', { n: 2, id: 'b' }),
      reason: tr('it has a pain rating above 10'),
    });
    const added = `${tr.plural('Added {n} session.|Added {n} sessions.', 1)} ${tr.plural(
      '{n} could not be imported ({details}).|{n} could not be imported ({details}).',
      1,
      { details },
    )}`;
    await expectText(report, added);
    assert.deepEqual(englishLeft(`${refused} ${await report.innerText()}`, code), [], `${code}: the import's words`);
    app.assertClean();
    await app.close();
  }
});

/** Out-of-range settings and an unreadable safety answer, in storage before the app starts. */
function seedTroubledStorage() {
  if (localStorage.getItem('seeded')) return;
  localStorage.setItem('seeded', '1');
  localStorage.setItem('unknot:settings', '{"v":2,"settings":{"hold_secs":90}}');
  localStorage.setItem('unknot:safety', '{oops');
}

test('notices made at start-up, before the German file arrived, are shown in German, and follow a switch', async (t) => {
  const de = translator('de');
  const app = await openApp('/', {
    locale: 'de-DE',
    setup: async (context, page) => {
      await context.addInitScript(seedTroubledStorage);
      await frozenAt()(context, page);
    },
  });
  t.after(() => app.close());
  const { page } = app;
  const notices = page.locator('.notices');
  const adjusted = (tr) =>
    tr('Some saved settings were outside the safe range and were adjusted: {changes}.', {
      changes: tr('{setting} {from} → {to} ({reason})', {
        setting: tr('hold time (seconds)'),
        from: 90,
        to: 45,
        reason: tr('a hot spot is held {min}–{max} seconds', { min: 15, max: 45 }),
      }),
    });
  const safety = 'Your answer to the safety note could not be read, so it is shown again. A copy was kept.';
  await expectVisible(notices.getByText(adjusted(de), { exact: true }));
  await expectVisible(notices.getByText(de(safety), { exact: true }));
  assert.equal(await htmlLang(page), 'de');
  assert.deepEqual(englishLeft(await notices.innerText(), 'de'), [], 'no English in the notices');

  // The same notices, shown again after a switch, are in the new language.
  await reachHomeIn(page, de);
  await button(page, de('Settings')).click();
  await languageSelect(page, de).selectOption('en');
  await expectVisible(languageSelect(page, (k) => k));
  await expectVisible(notices.getByText(adjusted(translator('en')), { exact: true }));
  await expectVisible(notices.getByText(safety, { exact: true }));
  app.assertClean();
});
