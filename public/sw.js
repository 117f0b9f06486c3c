// Unknot's service worker: the whole app offline, from the second visit on.
//
// The post-build hook (`cargo xtask postbuild`, xtask/src/postbuild/sw.rs) fills in the
// two placeholders below in the built copy: the cache name carries the build's content
// hash, and the precache list is every file of the build. Every URL is relative to this
// script, so the app works at any path of any static host.
//
// - install: fetch every file of the build into a new cache (bypassing the HTTP cache).
//   It does NOT skip waiting: a new version waits until the person taps "Update" (the
//   page then posts 'skip-waiting'), so nothing reloads in the middle of a session.
// - activate: delete the caches of older builds, then take control of open pages.
// - fetch: cache first; a navigation gets the cached app shell (index.html).
'use strict';

const CACHE = 'unknot-__UNKNOT_BUILD_HASH__';
const PRECACHE = ['__UNKNOT_PRECACHE__'];
const SHELL = new URL('./index.html', self.location.href).href;
// Trunk names build outputs by content hash, so a copy the page has just downloaded into
// the HTTP cache is exactly right: take it instead of downloading everything twice on the
// first visit. Everything else (index.html, the manifest, icons) is fetched fresh.
const HASHED = /-[0-9a-f]{12,16}(_bg)?\.(js|wasm|css)$/;

self.addEventListener('install', (event) => {
  event.waitUntil(
    caches
      .open(CACHE)
      .then((cache) => cache.addAll(
          PRECACHE.map((url) => new Request(url, { cache: HASHED.test(url) ? 'default' : 'reload' })),
        )),
  );
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

self.addEventListener('fetch', (event) => {
  const request = event.request;
  if (request.method !== 'GET' || new URL(request.url).origin !== self.location.origin) return;
  event.respondWith(
    caches.open(CACHE).then(async (cache) => {
      if (request.mode === 'navigate') {
        const shell = await cache.match(SHELL);
        if (shell) return shell;
      }
      return (await cache.match(request, { ignoreSearch: true })) ?? fetch(request);
    }),
  );
});
