// A page-side recorder of DOM mutations with wall-clock timestamps, for the timer and
// reactivity benchmarks. Installed with `page.evaluate(startRecorder)`; the records are
// read back with `page.evaluate(takeRecords)`.

/**
 * Runs in the page: observes every mutation under <body> and keeps, per record, the
 * time (epoch ms with sub-millisecond precision, the clock `Date.now()` follows), the kind,
 * a short name of the node touched, and whether the hot-spot hold panel was removed.
 */
export function startRecorder() {
  const now = () => performance.timeOrigin + performance.now();
  const name = (node) => {
    const el = node.nodeType === Node.ELEMENT_NODE ? node : node.parentElement;
    if (!el) return '#detached';
    const cls = typeof el.className === 'string' ? el.className : el.className?.baseVal ?? '';
    const first = cls.split(/\s+/).filter(Boolean)[0];
    return el.tagName.toLowerCase() + (first ? `.${first}` : '');
  };
  const isHold = (node) =>
    node.nodeType === Node.ELEMENT_NODE &&
    (node.matches('[aria-label="Hot spot hold"]') || node.querySelector?.('[aria-label="Hot spot hold"]'));
  const log = [];
  // One id per node, so "distinct nodes touched" counts nodes, not names.
  const ids = new WeakMap();
  let next = 0;
  const id = (node) => {
    if (!ids.has(node)) ids.set(node, (next += 1));
    return ids.get(node);
  };
  const handle = (records) => {
    const t = now();
    for (const r of records) {
      let what = r.type === 'attributes' ? `[${r.attributeName}]` : r.type === 'characterData' ? ' text' : ' children';
      if (r.type === 'childList' && r.target.nodeType === Node.ELEMENT_NODE) {
        const onlyText = [...r.addedNodes, ...r.removedNodes].every((n) => n.nodeType === Node.TEXT_NODE);
        if (onlyText) what = ' text';
      }
      log.push({
        t,
        node: id(r.target),
        what: name(r.target) + what,
        holdRemoved: [...r.removedNodes].some(isHold),
        holdAdded: [...r.addedNodes].some(isHold),
      });
    }
  };
  const observer = new MutationObserver(handle);
  observer.observe(document.body, {
    subtree: true,
    childList: true,
    attributes: true,
    characterData: true,
  });
  window.__benchRecorder = { log, flush: () => handle(observer.takeRecords()) };
}

/** Runs in the page: the records so far (and clears them). */
export function takeRecords() {
  const recorder = window.__benchRecorder;
  if (!recorder) return [];
  recorder.flush();
  return recorder.log.splice(0);
}

/** Runs in the page: the shown whole seconds of the countdown, or null. */
export function shownSeconds() {
  const el = document.querySelector('[role="timer"]');
  if (!el) return null;
  const n = Number.parseInt(el.textContent.trim(), 10);
  return Number.isFinite(n) ? n : null;
}
