// A repeat visit (issue 17): once the worker serves the page, the wasm comes from its
// Cache Storage as `application/wasm` (what streaming compilation and V8's wasm code
// cache need), is asked for once, from the <head>, while the HTML is still being parsed
// (`crates/postbuild/js/early.js`), and the app runs from it — offline too. When that
// early start fails, the loader asks for the wasm itself and the app still runs.
import assert from 'node:assert/strict';
import { test } from 'node:test';

import { reachHome } from './lib/app.mjs';
import { openApp } from './lib/browser.mjs';
import { buildFiles, controlled } from './lib/pwa.mjs';
import { startServer } from './lib/server.mjs';

/** The build's wasm file, relative to the server's base. */
async function wasmFile() {
  const wasm = (await buildFiles()).filter((f) => f.endsWith('_bg.wasm'));
  assert.equal(wasm.length, 1, `one wasm in the build: ${wasm}`);
  return wasm[0];
}

/** A first visit that leaves the worker installed, active and in control. */
async function firstVisit(t, options = {}) {
  const server = await startServer();
  const app = await openApp('/', { server, ...options });
  // The app leaves a server it was given running: close both, or the file never ends.
  t.after(async () => {
    await app.close();
    await server.close();
  });
  await reachHome(app.page);
  await controlled(app.page);
  return app;
}

/** What a repeat visit's page saw of its wasm: requests, where from, the early module. */
const wasmSeen = (url) =>
  (async () => {
    const entries = performance.getEntriesByName(url);
    const early = self.__unknotWasm ? await self.__unknotWasm.then((m) => m instanceof WebAssembly.Module, () => 'rejected') : null;
    return {
      requests: entries.length,
      fromWorker: entries.every((e) => e.workerStart > 0),
      early,
      prerenderedGone: !document.getElementById('prerendered'),
    };
  })();

test('a repeat visit compiles the wasm from the worker cache, asked for once from the <head>', async (t) => {
  const app = await firstVisit(t);
  const file = await wasmFile();
  const url = app.server.url + file;
  // The worker's answer: from its cache, typed for streaming compilation.
  const answer = await app.page.evaluate(async (u) => {
    const cached = await caches.match(u);
    const served = await fetch(u);
    return {
      cachedType: cached?.headers.get('content-type') ?? null,
      servedType: served.headers.get('content-type'),
      servedOk: served.ok,
    };
  }, url);
  assert.deepEqual(answer, { cachedType: 'application/wasm', servedType: 'application/wasm', servedOk: true });

  const before = app.server.requests.length;
  const repeat = await app.context.newPage();
  await repeat.goto(app.server.url);
  await reachHome(repeat);
  const seen = await repeat.evaluate(wasmSeen, url);
  assert.deepEqual(seen, { requests: 1, fromWorker: true, early: true, prerenderedGone: true });
  const reachedServer = app.server.requests.slice(before).filter((r) => r.endsWith('.wasm'));
  assert.deepEqual(reachedServer, [], 'the repeat visit never asks the server for the wasm');
  app.assertClean();
});

test('offline, a repeat visit in a new tab still runs the app from the worker cache', async (t) => {
  const app = await firstVisit(t);
  const url = app.server.url + (await wasmFile());
  await app.context.setOffline(true);
  await app.server.close();
  const repeat = await app.context.newPage();
  await repeat.goto(app.server.url);
  const start = await reachHome(repeat);
  assert.ok(await start.isEnabled(), 'Start routine can be pressed');
  const seen = await repeat.evaluate(wasmSeen, url);
  assert.deepEqual(seen, { requests: 1, fromWorker: true, early: true, prerenderedGone: true });
  app.assertClean();
});

test('when the early start fails, the loader asks for the wasm itself and the app runs', async (t) => {
  // The early start's compile fails (as in a browser that refuses it); the loader's own
  // fetch and instantiation must take over without an error on the console.
  const failEarly = async (context) => {
    await context.addInitScript(() => {
      const real = WebAssembly.compileStreaming;
      let first = true;
      WebAssembly.compileStreaming = (source) => {
        if (!first) return real.call(WebAssembly, source);
        first = false;
        return Promise.resolve(source).then(() => Promise.reject(new TypeError('refused for the test')));
      };
    });
  };
  const app = await firstVisit(t, { setup: failEarly });
  const url = app.server.url + (await wasmFile());
  const repeat = await app.context.newPage();
  await repeat.goto(app.server.url);
  const start = await reachHome(repeat);
  assert.ok(await start.isEnabled(), 'Start routine can be pressed');
  const seen = await repeat.evaluate(wasmSeen, url);
  // Asked for twice (the failed early start, then the loader), both from the worker.
  assert.deepEqual(seen, { requests: 2, fromWorker: true, early: 'rejected', prerenderedGone: true });
  app.assertClean();
});
