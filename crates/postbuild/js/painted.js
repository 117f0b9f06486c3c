// Pasted into Trunk's inline loader module by crates/postbuild/src/loader.rs, before
// hand-over.js (which calls `painted`). These leading `//` lines are notes for readers:
// the build strips them, and ships the rest as it is (the CSP hashes that exact text).
//
// Resolves once the pre-rendered screen has painted, at once when there is nothing to
// wait for (a worker serves the page, no pre-rendered screen shows, no paint timing, a
// hidden tab). A tab hidden meanwhile, or 3 s without a paint, stops the wait: the wasm
// must never be held back for good. Not a frame callback or a timer alone: tests fake
// both (`page.clock`), and a paint entry comes either way.

const painted = () => new Promise((go) => {
  const open = document.documentElement.dataset.open;
  if (navigator.serviceWorker?.controller || (open !== 'safety' && open !== 'home') || document.visibilityState !== 'visible' || !self.PerformanceObserver?.supportedEntryTypes?.includes('paint')) return go();
  const seen = new PerformanceObserver((list) => {
    if (list.getEntriesByName('first-contentful-paint').length) {
      seen.disconnect();
      go();
    }
  });
  seen.observe({ type: 'paint', buffered: true });
  document.addEventListener('visibilitychange', go, { once: true });
  setTimeout(go, 3000);
});
