// First paint of a build on a throttled phone, measured in Chromium (not a test: figures
// for the README). Serves `dist` with brotli (as a good static host would), emulates
// Lighthouse's mobile throttling (slow 4G: 150 ms RTT, 1.6 Mbit/s down, 750 kbit/s up,
// with DevTools' latency factor; CPU 4x slower) and opens a first visit several times:
// first paint, first contentful paint, and when the app is running.
//
//   node paint.mjs ../../dist [runs]
import { createServer } from 'node:http';
import { readFile, readdir, stat } from 'node:fs/promises';
import { extname, join, resolve } from 'node:path';
import { brotliCompressSync, constants } from 'node:zlib';

import { CHROMIUM_ARGS, CHROMIUM, PHONE } from './lib/browser.mjs';
import { MIME } from './lib/server.mjs';
import { chromium } from 'playwright-core';

const root = resolve(process.argv[2] ?? '../../dist');
const runs = Number(process.argv[3] ?? 5);

async function files(dir, prefix = '') {
  const out = new Map();
  for (const name of await readdir(dir)) {
    const path = join(dir, name);
    if ((await stat(path)).isDirectory()) {
      for (const [k, v] of await files(path, `${prefix}${name}/`)) out.set(k, v);
    } else {
      const raw = await readFile(path);
      const br = brotliCompressSync(raw, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } });
      out.set(`/${prefix}${name}`, { raw, br, type: MIME[extname(name)] ?? 'application/octet-stream' });
    }
  }
  return out;
}

const served = await files(root);
const server = createServer((req, res) => {
  const path = new URL(req.url, 'http://x').pathname;
  const file = served.get(path === '/' ? '/index.html' : path);
  if (!file) {
    res.writeHead(404);
    return res.end();
  }
  res.writeHead(200, { 'content-type': file.type, 'content-encoding': 'br', 'cache-control': 'no-store' });
  res.end(file.br);
});
await new Promise((ok) => server.listen(0, '127.0.0.1', ok));
const url = `http://127.0.0.1:${server.address().port}/`;

const browser = await chromium.launch({ executablePath: CHROMIUM, headless: true, args: CHROMIUM_ARGS });
const results = [];
for (let i = 0; i < runs; i += 1) {
  const context = await browser.newContext({ viewport: PHONE, serviceWorkers: 'block' });
  await context.addInitScript(() => {
    const look = () => {
      if (document.querySelector('.app') && !document.getElementById('prerendered')) {
        window.__appAt = performance.now();
      } else requestAnimationFrame(look);
    };
    requestAnimationFrame(look);
  });
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Network.enable');
  await cdp.send('Network.emulateNetworkConditions', {
    offline: false,
    latency: 562.5,
    downloadThroughput: (1.6 * 1024 * 1024 * 0.9) / 8,
    uploadThroughput: (750 * 1024 * 0.9) / 8,
  });
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
  await page.goto(url, { waitUntil: 'load' });
  await page.waitForFunction(() => window.__appAt !== undefined, null, { timeout: 120_000 });
  // The app's own paint (the first contentful one, before) gets its entry.
  await page.waitForFunction(() => performance.getEntriesByName('first-contentful-paint').length > 0, null, { timeout: 10_000 }).catch(() => {});
  if (process.env.TRACE) {
    console.error(await page.evaluate(() => performance.getEntriesByType('resource').map((r) => `${Math.round(r.startTime)}-${Math.round(r.responseEnd)} ${r.name.split('/').pop()}`).join('\n')));
  }
  const paint = await page.evaluate(() => {
    const at = (name) => performance.getEntriesByName(name)[0]?.startTime ?? null;
    const css = performance.getEntriesByType('resource').filter((r) => r.name.endsWith('.css'));
    return {
      fp: at('first-paint'),
      fcp: at('first-contentful-paint'),
      app: window.__appAt,
      html: performance.getEntriesByType('navigation')[0].responseEnd,
      css: Math.max(...css.map((r) => r.responseEnd)),
    };
  });
  results.push(paint);
  await context.close();
}
await browser.close();
server.close();

const median = (key) => {
  const sorted = results.map((r) => r[key]).sort((a, b) => a - b);
  return Math.round(sorted[Math.floor(sorted.length / 2)]);
};
const html = served.get('/index.html');
console.log(
  JSON.stringify({
    dist: root,
    runs,
    html_bytes: html.raw.length,
    html_brotli_bytes: html.br.length,
    first_paint_ms: median('fp'),
    first_contentful_paint_ms: median('fcp'),
    app_running_ms: median('app'),
    html_arrived_ms: median('html'),
    last_stylesheet_ms: median('css'),
    each: results.map((r) => Object.fromEntries(Object.entries(r).map(([k, v]) => [k, Math.round(v)]))),
  }),
);
