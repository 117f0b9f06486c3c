// Shared by the benchmarks: the browser, storage seeds, CDP helpers, small statistics.
// Benchmarks measure and report; they never assert, so nothing here throws on a slow run.
import { launchBrowser, PHONE } from '../lib/browser.mjs';

/** The first-run safety screen already answered, so a visit lands on the home screen. */
export const SAFETY = { 'unknot:safety': '{"v":2,"acknowledged_at":1700000000000}' };

/** Stored settings with a hold of `secs` seconds (15–45), everything else default. */
export const holdSettings = (secs) => ({
  'unknot:settings': JSON.stringify({ v: 2, settings: { hold_secs: secs } }),
});

/**
 * An init script (runs before any page script, CSP does not apply) that writes `entries`
 * into localStorage once per context, so later visits keep what the app stored. Its own
 * mark is outside the app's `unknot:` keys, so the page opens as it would for a person
 * holding just `entries` (the pre-rendered Home for a returning one: `ui::prerender`).
 */
export function seedScript(entries) {
  return `(() => {
    try {
      if (localStorage.getItem('unknot-bench:seeded')) return;
      for (const [k, v] of Object.entries(${JSON.stringify(entries)})) localStorage.setItem(k, v);
      localStorage.setItem('unknot-bench:seeded', '1');
    } catch (_) {}
  })();`;
}

/**
 * Keeps the wasm module's linear memory where the benchmark can read its size: Trunk's
 * loader announces the instance in a `TrunkApplicationStarted` event.
 */
export const WASM_MEMORY_SCRIPT = `addEventListener('TrunkApplicationStarted', (e) => {
  window.__benchWasmMemory = e.detail && e.detail.wasm && e.detail.wasm.memory;
});`;

/** Launches headless Chromium (the same flags as the end-to-end tests). */
export const browser = () => launchBrowser();

/**
 * A fresh context (empty cache, no service worker, a phone viewport) with `entries`
 * seeded into localStorage and the wasm memory exposed.
 * @param {import('playwright-core').Browser} b
 */
export async function freshContext(b, entries = SAFETY, options = {}) {
  const context = await b.newContext({
    viewport: PHONE,
    serviceWorkers: 'allow',
    reducedMotion: options.reducedMotion ?? 'no-preference',
    locale: options.locale ?? 'en-US',
  });
  await context.addInitScript(seedScript(entries));
  await context.addInitScript(WASM_MEMORY_SCRIPT);
  return context;
}

/** A page with its own CDP session. */
export async function pageWithCdp(context) {
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  return { page, cdp };
}

/** CDP `Performance.getMetrics` as a name → value object (Performance must be enabled). */
export async function metrics(cdp) {
  const { metrics: list } = await cdp.send('Performance.getMetrics');
  return Object.fromEntries(list.map((m) => [m.name, m.value]));
}

/** Bytes of the wasm linear memory, or null before the app started. */
export const wasmMemoryBytes = (page) =>
  page.evaluate(() => window.__benchWasmMemory?.buffer?.byteLength ?? null);

/** Full garbage collection, then the used JS heap and the wasm memory in bytes. */
export async function memoryAfterGc(page, cdp) {
  await cdp.send('HeapProfiler.collectGarbage');
  const m = await metrics(cdp);
  return { jsHeap: m.JSHeapUsedSize, wasm: await wasmMemoryBytes(page) };
}

export const sleep = (ms) => new Promise((ok) => setTimeout(ok, ms));

/** The median of a list of numbers (the mean of the middle two for an even count). */
export function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

/** The button with exactly this name, found by role like a person would. */
export const button = (page, name) => page.getByRole('button', { name, exact: true });

/**
 * Waits for the button and clicks it from script, as a tap would: Playwright's mouse
 * click would leave a pointer over the page, and Chromium then sends a synthetic
 * mousemove (hit test, hover styles) after every layout, a cost no phone pays.
 */
export async function tap(page, name, timeout = 30_000) {
  const target = button(page, name);
  await target.waitFor({ state: 'visible', timeout });
  await target.evaluate((el) => el.click());
}
