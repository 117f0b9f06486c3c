// The opening screen comes in the HTML (pre-rendered at build time from the app's own
// components): readable with JavaScript off, the right one of the two before the wasm
// has run, and taken over by the app with no layout shift, no console error and no
// frame of the other screen.
import assert from 'node:assert/strict';
import { test } from 'node:test';

import { SAFETY_CONTINUE } from './lib/app.mjs';
import { CHROMIUM_ARGS, CHROMIUM, PHONE, holdWasm, openApp } from './lib/browser.mjs';
import { chromium } from 'playwright-core';
import { startServer } from './lib/server.mjs';

const SAFETY_TITLE = 'Before you roll';
const HOME_TITLE = 'Ready to roll?';

/**
 * Before any page script: sums layout shifts (the CLS a user would get), and records on
 * every frame until shortly after the take-over which headings were visible, so a
 * single painted frame of the wrong screen is caught.
 */
function watchFrames() {
  window.__cls = 0;
  window.__frames = [];
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) if (!entry.hadRecentInput) window.__cls += entry.value;
  }).observe({ type: 'layout-shift', buffered: true });
  let after = 0;
  const sample = () => {
    const pre = document.getElementById('prerendered') !== null;
    const shown = [...document.querySelectorAll('h1')].filter((h) => h.checkVisibility()).map((h) => h.textContent);
    window.__frames.push({ pre, shown, open: document.documentElement.dataset.open ?? null });
    if (!pre && document.querySelector('.app')) after += 1;
    if (after < 30) requestAnimationFrame(sample);
  };
  requestAnimationFrame(sample);
}

/** Where the things a person looks at first are, to compare before and after. */
const layout = (page) =>
  page.evaluate(() => {
    const box = (el) => {
      if (!el) return null;
      const r = el.getBoundingClientRect();
      return [r.x, r.y, r.width, r.height].map((v) => Math.round(v * 10) / 10);
    };
    const visible = (css) => [...document.querySelectorAll(css)].find((e) => e.checkVisibility());
    return {
      nav: box(visible('.nav')),
      title: box(visible('#main h1')),
      primary: box(visible('#main .button--primary')),
      scroll: document.documentElement.scrollHeight,
    };
  });

const takenOver = (page) => page.locator('#prerendered').waitFor({ state: 'detached' });

/** Two frames after the take-over, so the layout-shift entries of it are delivered. */
const settle = (page) => page.evaluate(() => new Promise((ok) => requestAnimationFrame(() => requestAnimationFrame(ok))));

test('with JavaScript off the safety screen is readable and says the app needs JavaScript', async (t) => {
  const server = await startServer();
  const browser = await chromium.launch({ executablePath: CHROMIUM, headless: true, args: CHROMIUM_ARGS });
  t.after(async () => {
    await browser.close();
    await server.close();
  });
  const context = await browser.newContext({ viewport: PHONE, javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto(server.url);
  await page.getByRole('heading', { level: 1, name: SAFETY_TITLE }).waitFor({ state: 'visible' });
  // (Playwright's text search skips <noscript>; a CSS locator does not.)
  const message = page.locator('noscript .noscript');
  assert.ok(await message.isVisible(), 'the noscript message shows');
  assert.match(await message.textContent(), /^Unknot needs JavaScript to run\./);
  assert.ok(await page.getByRole('button', { name: SAFETY_CONTINUE }).isVisible(), 'the whole screen is there');
  assert.ok(!(await page.getByRole('heading', { name: HOME_TITLE }).isVisible()), 'Home stays hidden');
  assert.equal(await page.getByRole('navigation', { name: 'Main' }).count(), 1, 'one visible frame');
});

test('a first visit: the pre-rendered safety screen becomes the app with no shift, then a routine runs', async (t) => {
  let release;
  const app = await openApp('/', {
    setup: async (context, page) => {
      await context.addInitScript(watchFrames);
      release = await holdWasm(page);
    },
  });
  t.after(() => app.close());
  const { page } = app;

  // Before the wasm: the HTML alone paints the safety screen.
  await page.getByRole('heading', { level: 1, name: SAFETY_TITLE }).waitFor({ state: 'visible' });
  assert.equal(await page.evaluate(() => document.documentElement.dataset.open), 'safety');
  const before = await layout(page);
  // Someone already reading further down stays where they are.
  await page.evaluate(() => window.scrollTo(0, 300));
  release();
  await takenOver(page);
  await page.getByRole('heading', { level: 1, name: SAFETY_TITLE }).waitFor({ state: 'visible' });
  await settle(page);
  assert.equal(await page.evaluate(() => window.scrollY), 300, 'the scroll position is kept');
  await page.evaluate(() => window.scrollTo(0, 0));
  assert.deepEqual(await layout(page), before, 'the app lays out exactly as the pre-render did');
  assert.equal(await page.evaluate(() => window.__cls), 0, 'no layout shift');
  const frames = await page.evaluate(() => window.__frames);
  assert.ok(frames.some((f) => f.pre) && frames.some((f) => !f.pre), 'frames before and after the take-over');
  for (const frame of frames) assert.deepEqual(frame.shown, [SAFETY_TITLE], `every frame shows only the safety screen: ${JSON.stringify(frame)}`);
  assert.equal(await page.evaluate(() => document.activeElement === document.body), true, 'focus is where a fresh page has it');

  // It is the app now: the safety answer, Home, and a routine that runs.
  await page.getByRole('button', { name: SAFETY_CONTINUE }).click();
  await page.getByRole('button', { name: 'Start routine', exact: true }).click();
  await page.locator('#player-title').getByText('How is your back right now?').waitFor();
  await page.getByRole('button', { name: 'Next', exact: true }).click();
  await page.locator('#player-title').getByText('Set up: left IT band').waitFor();
  app.assertClean();
});

test('a returning visitor is shown Home from the first frame, never the safety screen', async (t) => {
  let release;
  const app = await openApp('/', {
    colorScheme: 'dark',
    setup: async (context, page) => {
      await context.addInitScript(() => {
        localStorage.setItem('unknot:safety', JSON.stringify({ v: 3, acknowledged_at: 1795000000000 }));
        // A returning visitor has seen the once-only notice about data the browser may
        // delete; it comes after an asynchronous answer and is not pre-rendered.
        localStorage.setItem('unknot-ui:eviction-notice', 'shown');
      });
      await context.addInitScript(watchFrames);
      release = await holdWasm(page);
    },
  });
  t.after(() => app.close());
  const { page } = app;

  await page.getByRole('heading', { level: 1, name: HOME_TITLE }).waitFor({ state: 'visible' });
  assert.equal(await page.evaluate(() => document.documentElement.dataset.open), 'home');
  assert.ok(!(await page.getByRole('heading', { name: SAFETY_TITLE }).isVisible()));
  const before = await layout(page);
  // A keyboard user who tabbed in before the app arrived is met at the screen's title.
  await page.keyboard.press('Tab');
  assert.equal(await page.evaluate(() => document.activeElement.closest('#prerendered') !== null), true);
  release();
  await takenOver(page);
  await page.getByRole('heading', { level: 1, name: HOME_TITLE }).waitFor({ state: 'visible' });
  await settle(page);
  assert.deepEqual(await layout(page), before, 'the app lays out exactly as the pre-render did');
  assert.equal(await page.evaluate(() => window.__cls), 0, 'no layout shift');
  await page.waitForFunction(() => document.activeElement?.textContent === 'Ready to roll?');
  const frames = await page.evaluate(() => window.__frames);
  for (const frame of frames) assert.deepEqual(frame.shown, [HOME_TITLE], `every frame shows only Home: ${JSON.stringify(frame)}`);
  await page.getByRole('button', { name: 'Start routine', exact: true }).click();
  await page.locator('#player-title').getByText('How is your back right now?').waitFor();
  app.assertClean();
});

/** What the HTML shows (wasm held) for a visitor whose browser holds `items`, at `path`. */
async function openingFor(t, { path = '/', items = {}, storageOff = false }) {
  let release;
  const app = await openApp(path, {
    setup: async (context, page) => {
      await context.addInitScript(
        ([items, storageOff]) => {
          if (storageOff) {
            Object.defineProperty(window, 'localStorage', {
              get() {
                throw new DOMException('The user denied access', 'SecurityError');
              },
            });
            return;
          }
          for (const [key, value] of Object.entries(items)) localStorage.setItem(key, value);
        },
        [items, storageOff],
      );
      await context.addInitScript(watchFrames);
      release = await holdWasm(page);
    },
  });
  t.after(() => app.close());
  await app.page.waitForLoadState('domcontentloaded');
  await app.page.evaluate(() => new Promise((ok) => requestAnimationFrame(() => requestAnimationFrame(ok))));
  const open = await app.page.evaluate(() => document.documentElement.dataset.open);
  const shown = await app.page.evaluate(() => [...document.querySelectorAll('h1')].filter((h) => h.checkVisibility()).map((h) => h.textContent));
  release();
  await takenOver(app.page);
  return { open, shown, app };
}

const SAFETY_DONE = JSON.stringify({ v: 3, acknowledged_at: 1795000000000 });

test('anything else opens on a neutral frame, never on the wrong screen', async (t) => {
  const cases = [
    { what: 'a deep address', path: '#/settings', items: { 'unknot:safety': SAFETY_DONE } },
    { what: "a shared routine's link on a first visit", path: '#/routines/add/eyJuYW1lIjoiWCJ9' },
    { what: 'a stored session', items: { 'unknot:safety': SAFETY_DONE, 'unknot:active': '{"v":3}' } },
    { what: 'changed settings', items: { 'unknot:safety': SAFETY_DONE, 'unknot:settings': '{"v":3,"settings":{"theme":"dark"}}' } },
    { what: 'an unreadable safety answer', items: { 'unknot:safety': 'not json' } },
    { what: 'storage turned off', storageOff: true },
  ];
  for (const c of cases) {
    await t.test(c.what, async (t) => {
      const { open, shown, app } = await openingFor(t, c);
      assert.equal(open, 'none', c.what);
      assert.deepEqual(shown, [], 'nothing pre-rendered shows');
      if (c.what === 'changed settings') {
        assert.equal(await app.page.evaluate(() => document.documentElement.dataset.theme), 'dark', 'the theme is applied before the first paint');
      }
      const frames = await app.page.evaluate(() => window.__frames);
      const pre = frames.filter((f) => f.pre);
      assert.ok(pre.length > 0 && pre.every((f) => f.shown.length === 0), `no pre-rendered heading in any frame: ${JSON.stringify(pre)}`);
    });
  }
});

/**
 * Before any page script: every largest-contentful-paint candidate, whether its element
 * was one of the HTML's (inside #prerendered), and the first contentful paint.
 */
function watchPaints() {
  window.__lcp = [];
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) {
      window.__lcp.push({ at: entry.startTime, size: entry.size, fromHtml: entry.element?.closest('#prerendered') != null, what: entry.element?.tagName ?? null });
    }
  }).observe({ type: 'largest-contentful-paint', buffered: true });
}

test("a first visit's largest paint is the HTML's: the wasm is asked for after it, and the app's screen adds no larger one", async (t) => {
  const app = await openApp('/', { setup: (context) => context.addInitScript(watchPaints) });
  t.after(() => app.close());
  const { page } = app;
  await takenOver(page);
  await page.getByRole('heading', { level: 1, name: SAFETY_TITLE }).waitFor({ state: 'visible' });
  await settle(page);
  const { lcp, fcp, wasm } = await page.evaluate(() => ({
    lcp: window.__lcp,
    fcp: performance.getEntriesByName('first-contentful-paint')[0]?.startTime,
    wasm: performance.getEntriesByType('resource').find((r) => r.name.endsWith('_bg.wasm'))?.startTime,
  }));
  assert.ok(fcp > 0 && wasm > 0, `a first paint and a wasm download: ${fcp}, ${wasm}`);
  assert.ok(wasm >= fcp, `the wasm is asked for after the first paint (${wasm} ms, paint at ${fcp} ms)`);
  assert.ok(lcp.length > 0, 'a largest paint');
  for (const entry of lcp) assert.ok(entry.fromHtml, `every largest-paint candidate is the pre-rendered screen's: ${JSON.stringify(lcp)}`);
  app.assertClean();
});
