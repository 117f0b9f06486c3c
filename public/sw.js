// Unknot's service worker: the whole app offline, from the second visit on.
//
// The post-build hook (crates/postbuild/src/sw.rs, run by Trunk.toml's hook) fills in the
// two placeholders below in the built copy: the cache name carries the build's content
// hash, and the precache list is every file of the build. Every URL is relative to this
// script, so the app works at any path of any static host.
//
// - install: fetch every file of the build into a new cache, but of the language files
//   only the device's (English is built into the wasm) and those an older version had
//   cached (a language chosen once stays offline across updates). index.html, the
//   manifest, the icons and the language files bypass the HTTP cache; content-hashed
//   files may come from it; the wasm the page has just downloaded comes from the page
//   itself (the hand-off cache below).
//   It does NOT skip waiting: a new version waits until the person taps "Update" (the
//   page then posts 'skip-waiting'), so nothing reloads in the middle of a session.
// - activate: delete the caches of older builds, then take control of open pages.
// - fetch: cache first; a navigation gets the cached app shell (index.html). A language
//   file not yet cached (another language chosen in Settings) is fetched and kept, so it
//   works offline from then on; offline before that, the fetch fails and the app says it
//   needs a connection once (src/ui/i18n/language.rs). The wasm is
//   answered from Cache Storage as `application/wasm`, so the page compiles it streaming
//   and V8 keeps its compiled code beside that entry (the wasm code cache).
'use strict';

const CACHE = 'unknot-__UNKNOT_BUILD_HASH__';
const PRECACHE = ['__UNKNOT_PRECACHE__'];
const SHELL = new URL('./index.html', self.location.href).href;
// Trunk names build outputs by content hash, so a copy the page has just downloaded into
// the HTTP cache is exactly right: take it instead of downloading everything twice on the
// first visit. Everything else (index.html, the manifest, icons) is fetched fresh.
const HASHED = /-[0-9a-f]{12,16}(_bg)?\.(js|wasm|css)$/;

// The page's loader (crates/postbuild/js/hand-over.js) puts a copy of the wasm it
// downloaded into this cache, and the app a copy of the language file it read
// (src/platform/lang.rs): on the first visit the worker takes those copies, so even an
// engine whose worker shares no HTTP cache with the page (WebKit) downloads each once.
const HANDOFF = 'unknot-handoff';
const WASM = /_bg\.wasm$/;

/** The page's copy of `url`, waiting up to 3 s for it to land; null if none comes. */
async function fromPage(url) {
  const href = new URL(url, self.location.href).href;
  for (let i = 0; i < 30; i += 1) {
    const copy = await caches.open(HANDOFF).then((c) => c.match(href));
    if (copy) return copy;
    await new Promise((ok) => setTimeout(ok, 100));
  }
  return null;
}

// A language file of the build: `lang/<code>.json` (the app's English needs none).
const LANG = /\/lang\/([a-z]+)\.json$/;
const langOf = (url) => new URL(url, self.location.href).pathname.match(LANG)?.[1] ?? null;

/** The device's language as the app picks it (`Lang::negotiate`): the first of
 * `navigator.languages` Unknot speaks, by its primary subtag; null for English. */
function deviceLanguage(offered) {
  const tags = self.navigator.languages?.length ? self.navigator.languages : [self.navigator.language ?? ''];
  for (const tag of tags) {
    const code = String(tag).split(/[-_]/)[0].toLowerCase();
    if (code === 'en') return null;
    if (offered.has(code)) return code;
  }
  return null;
}

/** The languages an older version of the app had cached: the person chose them once. */
async function languagesKept() {
  const kept = new Set();
  for (const name of await caches.keys()) {
    if (!name.startsWith('unknot-') || name === CACHE || name === HANDOFF) continue;
    for (const request of await (await caches.open(name)).keys()) {
      const code = langOf(request.url);
      if (code) kept.add(code);
    }
  }
  return kept;
}

/** The precache list without the language files nobody here reads. */
async function wanted() {
  const offered = new Set(PRECACHE.map(langOf).filter(Boolean));
  const keep = await languagesKept();
  const device = deviceLanguage(offered);
  if (device) keep.add(device);
  return PRECACHE.filter((url) => {
    const code = langOf(url);
    return code === null || keep.has(code);
  });
}

async function precache() {
  const cache = await caches.open(CACHE);
  await Promise.all(
    (await wanted()).map(async (url) => {
      const copy = WASM.test(url) || LANG.test(url) ? await fromPage(url) : null;
      if (copy) return cache.put(url, copy);
      return cache.add(new Request(url, { cache: HASHED.test(url) ? 'default' : 'reload' }));
    }),
  );
  await caches.delete(HANDOFF);
}

self.addEventListener('install', (event) => {
  event.waitUntil(precache());
});

self.addEventListener('activate', (event) => {
  event.waitUntil(
    caches
      .keys()
      .then((names) =>
        Promise.all(
          names
            .filter((name) => name.startsWith('unknot-') && name !== CACHE)
            .map((name) => caches.delete(name)),
        ),
      )
      .then(() => self.clients.claim()),
  );
});

self.addEventListener('message', (event) => {
  if (event.data === 'skip-waiting') self.skipWaiting();
});

// The build's cache, opened once per worker start rather than on every request.
let opened = null;
const ownCache = () => (opened ??= caches.open(CACHE));

self.addEventListener('fetch', (event) => {
  const request = event.request;
  const url = new URL(request.url);
  if (request.method !== 'GET' || url.origin !== self.location.origin) return;
  event.respondWith(
    ownCache().then(async (cache) => {
      if (request.mode === 'navigate') {
        const shell = await cache.match(SHELL);
        if (shell) return shell;
      }
      // By exact URL first (an indexed look-up); a query string is ignored only when
      // there is one, so the common case never scans the whole cache.
      const hit =
        (await cache.match(url.href)) ??
        (url.search ? await cache.match(request, { ignoreSearch: true }) : undefined);
      if (hit) return hit;
      if (!LANG.test(url.pathname)) return fetch(request);
      const response = await fetch(request);
      if (response.ok) await cache.put(url.href, response.clone());
      return response;
    }),
  );
});
