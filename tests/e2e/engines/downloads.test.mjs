// One download per file: a first visit, served the way the README tells hosts to serve
// the build (content-hashed files `immutable`, the rest `no-cache`), requests each
// content-hashed wasm/JS/CSS file from the server exactly once, the service worker's
// precache included. Counted on the server, so the count is the same in every engine.
//
// WebKit here (WebKitWebDriver's MiniBrowser) runs with no HTTP disk cache, so its
// worker cannot reuse what the page loaded: the page hands the wasm over itself (the
// loader's copy, see crates/postbuild/js/hand-over.js), the small JS and CSS files are
// fetched a second time by the precache. That is asserted as exactly that: twice.
import assert from 'node:assert/strict';
import { test } from 'node:test';

import { buildFiles, precachedFiles } from '../lib/pwa.mjs';
import { startServer } from '../lib/server.mjs';
import { ENGINE, openBrowser } from '../lib/webdriver.mjs';
import { assertClean, reachHome, until, visit } from '../lib/wd-app.mjs';
import { controlledBy } from '../lib/wd-journey.mjs';

const HASHED = /-[0-9a-f]{12,16}(_bg)?\.(js|wasm|css)$/;

test(`${ENGINE}: a first visit downloads each wasm, JS and CSS file once, precache included`, async (t) => {
  const server = await startServer();
  const app = await openBrowser();
  t.after(async () => {
    await app.close();
    await server.close();
  });
  const files = await buildFiles();
  const hashed = files.filter((f) => HASHED.test(f));
  assert.ok(hashed.some((f) => f.endsWith('.wasm')) && hashed.some((f) => f.endsWith('.js')), `hashed files: ${hashed}`);

  await visit(app, server.url);
  await reachHome(app.driver);
  await until('the service worker to control the page', () => controlledBy(app.driver), 30_000);
  // Installed means precached: every file of the build is in the cache, but the
  // language files (English is built in).
  const precached = (await precachedFiles()).length;
  await until('the precache to hold every file', () =>
    app.driver.executeScript(
      `return caches.keys().then((names) => Promise.all(names.map((n) => caches.open(n).then((c) => c.keys()))))
         .then((lists) => lists.flat().length >= arguments[0])`,
      precached,
    ),
  );

  const paths = server.requests.map((url) => decodeURIComponent(new URL(url, server.origin).pathname));
  const counts = Object.fromEntries(hashed.map((f) => [f, paths.filter((p) => p === `/${f}`).length]));
  t.diagnostic(`${ENGINE}: ${server.requests.length} requests in all; hashed files: ${JSON.stringify(counts)}`);
  for (const [file, n] of Object.entries(counts)) {
    const want = file.endsWith('.wasm') || ENGINE !== 'webkit' ? 1 : 2;
    assert.equal(n, want, `${file} was downloaded ${n} times in ${ENGINE}`);
  }
  await assertClean(app);
});
