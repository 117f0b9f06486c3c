// The start delay a language file adds: a repeat visit (service worker warm, the file in
// its cache) from navigation start until the screens are mounted, in English (no file)
// and in German (lang/de.json from the worker's cache, parsed, then mounted), medians of
// `RUNS` reloads each. Run by hand after a release build:
//   UNKNOT_DIST=$PWD/../../dist node bench/lang-start.mjs
import { chromium } from 'playwright-core';

import { CHROMIUM, CHROMIUM_ARGS, PHONE } from '../lib/browser.mjs';
import { startServer } from '../lib/server.mjs';

const RUNS = Number(process.env.RUNS ?? 15);

/** `performance.now()` when `#main` first has text, and the language it showed. */
const MOUNTED = `(() => {
  const observer = new MutationObserver(() => {
    const main = document.querySelector('#main');
    if (window.__mounted === undefined && main && main.innerText.trim()) {
      window.__mounted = { ms: performance.now(), lang: document.documentElement.lang };
      observer.disconnect();
    }
  });
  observer.observe(document, { childList: true, subtree: true, characterData: true });
})();`;

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

async function measure(server, locale) {
  const browser = await chromium.launch({ executablePath: CHROMIUM, headless: true, args: CHROMIUM_ARGS });
  const context = await browser.newContext({ viewport: PHONE, locale, serviceWorkers: 'allow' });
  await context.addInitScript(MOUNTED);
  const page = await context.newPage();
  await page.goto(server.url);
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null, null, { timeout: 30_000 });
  await page.evaluate(() => navigator.serviceWorker.ready);
  const times = [];
  const files = [];
  let lang = '';
  for (let i = 0; i < RUNS; i += 1) {
    await page.reload();
    await page.waitForFunction(() => window.__mounted !== undefined, null, { timeout: 30_000 });
    const seen = await page.evaluate(() => window.__mounted);
    times.push(seen.ms);
    const file = await page.evaluate(() => {
      const entry = performance.getEntriesByType('resource').find((e) => /lang\/\w+\.json$/.test(e.name));
      return entry ? { fetch: entry.responseEnd - entry.startTime, toMount: window.__mounted.ms - entry.responseEnd } : null;
    });
    if (file) files.push(file);
    lang = seen.lang;
  }
  await browser.close();
  const file = files.length
    ? { fetch: median(files.map((f) => f.fetch)), toMount: median(files.map((f) => f.toMount)) }
    : null;
  return { locale, lang, file, median: median(times), min: Math.min(...times), max: Math.max(...times) };
}

const server = await startServer();
const en = await measure(server, 'en-US');
const de = await measure(server, 'de-DE');
await server.close();
for (const r of [en, de]) {
  console.log(`${r.locale} (html lang ${r.lang}): mounted after ${r.median.toFixed(1)} ms median (${r.min.toFixed(1)}–${r.max.toFixed(1)}) over ${RUNS} warm reloads`);
}
console.log(`start delay of the language file: ${(de.median - en.median).toFixed(1)} ms (median)`);
if (de.file) {
  console.log(`lang/de.json from the worker's cache: ${de.file.fetch.toFixed(1)} ms to fetch (median); parse and mount after it: ${de.file.toMount.toFixed(1)} ms`);
}
