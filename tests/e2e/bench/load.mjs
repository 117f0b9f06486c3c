// 2. Load: from navigation start until `Start routine` is on screen and enabled, on a first
// visit (empty cache, no service worker) and a repeat visit (a new tab once the worker
// of the first visit is active), unthrottled and with the CPU slowed 4×. Also what the
// first visit downloads, counted by the server (the page's requests and the worker's
// precache alike), and which of those arrived before `Start routine` could be tapped.
import { freshContext, median, pageWithCdp, sleep } from './common.mjs';

/**
 * Records `performance.now()` (ms since navigation start) when the `Start routine` button
 * is connected, laid out, visible and enabled AND the app runs (Trunk's loader announces
 * `TrunkApplicationStarted` once the wasm's main has run) and has taken over the
 * pre-rendered screen (`#prerendered` is gone: the app mounts in a task of its own, after
 * main): a button painted from pre-rendered HTML cannot be tapped before that. Checked on every DOM mutation
 * (a MutationObserver set up before any page script runs) and when the app starts.
 */
export const READY_SCRIPT = `(() => {
  let started = false;
  const ready = () => {
    if (!started || document.getElementById('prerendered')) return false;
    for (const b of document.querySelectorAll('button')) {
      if (b.textContent.trim() !== 'Start routine' || b.disabled) continue;
      const box = b.getBoundingClientRect();
      if (box.width > 0 && box.height > 0 && getComputedStyle(b).visibility !== 'hidden') return true;
    }
    return false;
  };
  const check = () => {
    if (window.__benchReady === undefined && ready()) {
      window.__benchReady = performance.now();
      observer.disconnect();
    }
  };
  const observer = new MutationObserver(check);
  observer.observe(document, { childList: true, subtree: true, attributes: true });
  addEventListener('TrunkApplicationStarted', () => {
    started = true;
    check();
  });
})();`;

/** Opens `url` in a new tab of `context` and waits until `Start routine` is usable. */
export async function timedVisit(context, url, rate = 1) {
  const { page, cdp } = await pageWithCdp(context);
  if (rate > 1) await cdp.send('Emulation.setCPUThrottlingRate', { rate });
  await page.goto(url, { waitUntil: 'commit' });
  await page.waitForFunction(() => window.__benchReady !== undefined, null, { timeout: 60_000 });
  const ms = await page.evaluate(() => window.__benchReady);
  return { page, cdp, ms };
}

/** Waits until the service worker registered by the page is active (its precache done). */
export async function workerActive(page, timeout = 60_000) {
  const deadline = Date.now() + timeout;
  for (;;) {
    const state = await page.evaluate(
      async () => (await navigator.serviceWorker.getRegistration())?.active?.state ?? null,
    );
    if (state === 'activated') return;
    if (Date.now() > deadline) throw new Error(`service worker not active (state ${state})`);
    await sleep(100);
  }
}

/** Request URLs of the server as paths inside the build (`/` is `index.html`). */
export function asBuildPaths(server, urls) {
  return urls.map((u) => {
    const path = decodeURIComponent(new URL(u, server.origin).pathname).slice(server.base.length);
    return path === '' || path.endsWith('/') ? `${path}index.html` : path;
  });
}

/**
 * One first visit and one repeat visit in a fresh context.
 * @returns {Promise<{ first: number, repeat: number, workerControls: boolean,
 *   firstPaths: string[], tappablePaths: string[], repeatPaths: string[] }>}
 */
async function visitPair(browser, server, rate) {
  const context = await freshContext(browser);
  await context.addInitScript(READY_SCRIPT);
  try {
    const before = server.requests.length;
    const first = await timedVisit(context, server.url, rate);
    // Requests that reached the server by the time `Start routine` could be tapped.
    const readyAt = await first.page.evaluate(() => performance.timeOrigin + window.__benchReady);
    const untilReady = server.requestTimes.slice(before).filter((t) => t <= readyAt).length;
    let workerControls = true;
    try {
      await workerActive(first.page);
    } catch {
      workerControls = false; // measured with the HTTP cache alone, and said so
    }
    const firstPaths = asBuildPaths(server, server.requests.slice(before));
    const tappablePaths = firstPaths.slice(0, untilReady);
    await first.page.close();
    const mark = server.requests.length;
    const repeat = await timedVisit(context, server.url, rate);
    if (workerControls) {
      workerControls = await repeat.page.evaluate(() => navigator.serviceWorker.controller !== null);
    }
    const repeatPaths = asBuildPaths(server, server.requests.slice(mark));
    return { first: first.ms, repeat: repeat.ms, workerControls, firstPaths, tappablePaths, repeatPaths };
  } finally {
    await context.close();
  }
}

/**
 * Median load times over `runs` pairs of visits, unthrottled and 4× throttled
 * (interleaved, so a busy moment of the machine hits both alike).
 */
export async function measureLoad(browser, server, runs = 5) {
  const samples = { 1: [], 4: [] };
  let workerControls = true;
  let firstPaths = [];
  let tappablePaths = [];
  let repeatPaths = [];
  for (let i = 0; i < runs; i += 1) {
    for (const rate of [1, 4]) {
      const pair = await visitPair(browser, server, rate);
      samples[rate].push(pair);
      workerControls &&= pair.workerControls;
      if (rate === 1 && i === 0) ({ firstPaths, tappablePaths, repeatPaths } = pair);
    }
  }
  const med = (rate, key) => median(samples[rate].map((s) => s[key]));
  return {
    runs,
    firstMs: med(1, 'first'),
    repeatMs: med(1, 'repeat'),
    firstThrottledMs: med(4, 'first'),
    repeatThrottledMs: med(4, 'repeat'),
    all: Object.fromEntries(
      Object.entries(samples).map(([rate, s]) => [rate, s.map(({ first, repeat }) => ({ first, repeat }))]),
    ),
    workerControls,
    firstPaths,
    tappablePaths,
    repeatPaths,
  };
}
