// Pasted into Trunk's inline loader module by crates/postbuild/src/loader.rs, after
// painted.js, between the loader's import line and its `init(…)` call, which becomes
// `init({ module_or_path: early('<wasm URL>') })`. These leading `//` lines are notes for
// readers: the build strips them and ships the rest as it is.
//
// handOver: paints the pre-rendered screen first, then downloads the wasm; on a visit no
// worker controls yet (the first), a copy goes into the 'unknot-handoff' cache, which the
// worker's install takes instead of downloading it again (public/sw.js).
// early: a repeat visit's module, compiling since <head> was parsed (early.js); else the
// download above.

const handOver = (url) => painted().then(() => fetch(url)).then((response) => {
  if (response.ok && self.caches && !navigator.serviceWorker?.controller) {
    const copy = response.clone();
    caches.open('unknot-handoff').then((c) => c.put(url, copy)).catch(() => {});
  }
  return response;
});
const early = (url) => (self.__unknotWasm || Promise.reject()).catch(() => handOver(url));
