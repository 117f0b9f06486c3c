// The benchmark table: each figure beside its budget, and whether it is met. A missed
// budget is reported, never thrown: benchmarks inform, tests decide.
import { kb } from './bytes.mjs';

/** The budgets of issues 8, 17 and 29 (the daily open). */
export const BUDGETS = {
  untilTappableBrotli: 200 * 1024,
  germanFirstVisitBrotli: 430 * 1024,
  wasmBrotli: 350 * 1024,
  repeatLoadMs: 150,
  dailyOpenMs: 120,
  holdLateMs: 20,
  displayOffBy: 0,
  cpuPerMinuteMs: 200,
  wasmGrowth: 0,
};

const ms = (v) => (v === null || v === undefined ? 'n/a' : `${v.toFixed(v < 10 ? 1 : 0)} ms`);
const verdict = (ok) => (ok === null ? '' : ok ? 'ok' : 'MISSED');

/**
 * The summary rows `[what, measured, budget, verdict]` for whichever parts ran.
 * @param {Record<string, any>} r the results of bench.mjs
 */
export function summaryRows(r) {
  const rows = [];
  if (r.bytes) {
    const fv = r.bytes.firstVisit;
    const ut = r.bytes.untilTappable;
    rows.push(['build, all files (brotli)', `${kb(r.bytes.total.brotli)} KB`, '', '']);
    const wasm = r.bytes.files.filter((f) => f.file.endsWith('.wasm')).reduce((sum, f) => sum + f.brotli, 0);
    rows.push(['wasm (brotli)', `${kb(wasm)} KB`, `<= ${kb(BUDGETS.wasmBrotli)} KB`, verdict(wasm <= BUDGETS.wasmBrotli)]);
    rows.push([
      `downloaded until Start routine can be tapped (brotli, ${ut.requests} requests)`,
      `${kb(ut.brotli)} KB`,
      `<= ${kb(BUDGETS.untilTappableBrotli)} KB`,
      verdict(ut.brotli <= BUDGETS.untilTappableBrotli),
    ]);
    rows.push([`whole first visit, English device (brotli, ${fv.requests} requests)`, `${kb(fv.brotli)} KB`, '', '']);
    const de = r.bytes.germanFirstVisit;
    if (de) {
      rows.push([
        `whole first visit, German device (brotli, ${de.requests} requests)`,
        `${kb(de.brotli)} KB`,
        `<= ${kb(BUDGETS.germanFirstVisitBrotli)} KB`,
        verdict(de.brotli <= BUDGETS.germanFirstVisitBrotli),
      ]);
    }
  }
  if (r.load) {
    const l = r.load;
    const cache = l.workerControls ? 'service worker' : 'HTTP cache only';
    rows.push([`first visit to Start routine (median of ${l.runs})`, ms(l.firstMs), '', '']);
    rows.push([
      `repeat visit (${cache})`,
      ms(l.repeatMs),
      `<= ${BUDGETS.repeatLoadMs} ms`,
      verdict(l.repeatMs <= BUDGETS.repeatLoadMs),
    ]);
    rows.push(['first visit, CPU 4x slower', ms(l.firstThrottledMs), '', '']);
    rows.push(['repeat visit, CPU 4x slower', ms(l.repeatThrottledMs), '', '']);
  }
  if (r.open) {
    const o = r.open;
    rows.push([
      `daily open: offline, worker, warm (median of ${o.runs}; load ${o.load})`,
      ms(o.ms),
      `<= ${BUDGETS.dailyOpenMs} ms`,
      verdict(o.ms <= BUDGETS.dailyOpenMs),
    ]);
    rows.push(['  each open / the warm-up', `${o.samples.map((v) => v.toFixed(0)).join(' ')} / ${ms(o.warmUpMs)}`, '', '']);
    rows.push(['  the page first painted (HTML alone) / the app started', `${ms(o.firstPaintMs)} / ${ms(o.appStartedMs)}`, '', '']);
  }
  if (r.openSixWeeks) {
    const o = r.openSixWeeks;
    rows.push([`  the same with 30 sessions stored (median of ${o.runs}; load ${o.load})`, ms(o.ms), `<= ${BUDGETS.dailyOpenMs} ms`, verdict(o.ms <= BUDGETS.dailyOpenMs)]);
    rows.push(['    first painted / the app started', `${ms(o.firstPaintMs)} / ${ms(o.appStartedMs)}`, '', '']);
  }
  if (r.timer) {
    const t = r.timer;
    rows.push([
      `${t.holdSecs} s hold ends late by`,
      ms(t.endLateMs),
      `<= ${BUDGETS.holdLateMs} ms`,
      verdict(t.endLateMs !== null && t.endLateMs <= BUDGETS.holdLateMs),
    ]);
    rows.push([`each second's change late by (median / max)`, `${ms(t.tickLateMedianMs)} / ${ms(t.tickLateMaxMs)}`, '', '']);
    const off = t.freeze.firstFrameOffBy;
    rows.push([
      `display after ${Math.round(t.freeze.frozenMs / 1000)} s stopped (first frame)`,
      `${off >= 0 ? '+' : ''}${off} s (${t.freeze.shownBefore} -> ${t.freeze.onReturn.frame.shown})`,
      '+0 s',
      verdict(off === BUDGETS.displayOffBy),
    ]);
    rows.push(['hold after the freeze ends late by', ms(t.freeze.endLateMs), '', '']);
  }
  if (r.cpu) {
    rows.push([
      'main thread per minute, hold running',
      ms(r.cpu.hold.task),
      `<= ${BUDGETS.cpuPerMinuteMs} ms`,
      verdict(r.cpu.hold.task <= BUDGETS.cpuPerMinuteMs),
    ]);
    rows.push([
      '  the same in CPU time (trace; load-proof)',
      ms(r.cpu.hold.cpu),
      `<= ${BUDGETS.cpuPerMinuteMs} ms`,
      verdict(r.cpu.hold.cpu <= BUDGETS.cpuPerMinuteMs),
    ]);
    rows.push(['  main-thread tasks per minute', Math.round(r.cpu.hold.tasksPerMinute), '', '']);
    rows.push(['  of which script (the app itself)', ms(r.cpu.hold.script), '', '']);
    rows.push([
      '  with reduced motion (no transitions), wall / CPU',
      `${ms(r.cpu.holdReducedMotion.task)} / ${ms(r.cpu.holdReducedMotion.cpu)}`,
      '',
      '',
    ]);
    rows.push(['  home screen, nothing running', ms(r.cpu.idleHome.task), '', '']);
  }
  if (r.memory) {
    const m = r.memory;
    const first = m.samples[1] ?? m.samples[0];
    rows.push([
      `wasm memory growth, ${m.minutes} min session at ${Math.round(m.speed)}x`,
      `${m.wasmGrowth} B (${kb(first.wasm)} KB)`,
      '0 B',
      verdict(m.wasmGrowth <= BUDGETS.wasmGrowth),
    ]);
    rows.push([
      '  JS heap after GC, minute 1 -> last',
      `${kb(first.jsHeap)} -> ${kb(m.samples[m.samples.length - 1].jsHeap)} KB`,
      '',
      '',
    ]);
  }
  if (r.csv) {
    const c = r.csv;
    rows.push([`Export as CSV, ${c.sessions.toLocaleString('en')} sessions (median of ${c.runs}; min / max)`, `${ms(c.ms)} (${ms(c.min)} / ${ms(c.max)})`, '', '']);
  }
  if (r.reactivity) {
    const x = r.reactivity;
    rows.push([
      'DOM nodes touched per tick (median / max)',
      `${x.nodesPerTickMedian} / ${x.nodesPerTickMax}`,
      'digits + ring',
      verdict(x.onlyDigitsAndRing),
    ]);
  }
  return rows;
}

/** Lighthouse budgets (issue 29, tightening issue 17's): every category 100, the paints. */
export const LIGHTHOUSE_BUDGETS = { score: 100, lcpMs: 1000, cls: 0 };

/**
 * Lighthouse rows `[what, Unknot, peer, Unknot / peer, budget, verdict]`; the peer's
 * columns stay empty without `--peer`.
 */
export function lighthouseRows(r) {
  const u = r.lighthouse;
  const p = r.peer?.lighthouse;
  const ratio = (a, b) => (p && b ? `${(a / b).toFixed(2)}x` : '');
  const rows = [];
  for (const [key, what] of [
    ['fcpMs', 'first contentful paint'],
    ['lcpMs', 'largest contentful paint'],
    ['speedIndexMs', 'speed index'],
    ['tbtMs', 'total blocking time'],
  ]) {
    const budget = key === 'lcpMs' ? LIGHTHOUSE_BUDGETS.lcpMs : null;
    rows.push([
      what,
      ms(u[key]),
      p ? ms(p[key]) : '',
      ratio(u[key], p?.[key]),
      budget === null ? '' : `<= ${budget} ms`,
      budget === null ? '' : verdict(u[key] <= budget),
    ]);
  }
  rows.push([
    'cumulative layout shift',
    u.cls.toFixed(3),
    p ? p.cls.toFixed(3) : '',
    '',
    `${LIGHTHOUSE_BUDGETS.cls}`,
    verdict(u.cls <= LIGHTHOUSE_BUDGETS.cls + 0.0005),
  ]);
  for (const [c, score] of Object.entries(u.scores)) {
    rows.push([
      `${c} score`,
      String(score),
      p ? String(p.scores[c]) : '',
      ratio(score, p?.scores[c]),
      `>= ${LIGHTHOUSE_BUDGETS.score}`,
      verdict(score >= LIGHTHOUSE_BUDGETS.score),
    ]);
  }
  if (r.peer && r.bytes) {
    rows.push(['whole build, brotli', `${kb(r.bytes.total.brotli)} KB`, `${kb(r.peer.total.brotli)} KB`, ratio(r.bytes.total.brotli, r.peer.total.brotli), '', '']);
  }
  return rows;
}

/** Left-aligned columns, two spaces apart. */
export function table(head, rows) {
  const all = [head, ...rows];
  const widths = head.map((_, i) => Math.max(...all.map((row) => String(row[i]).length)));
  const line = (row) => row.map((cell, i) => String(cell).padEnd(widths[i])).join('  ').trimEnd();
  return [line(head), line(widths.map((w) => '-'.repeat(w))), ...rows.map(line)].join('\n');
}

/** The per-file size table. */
export function bytesTable(bytes) {
  const rows = bytes.files.map((f) => [f.file, f.raw, f.gzip, f.brotli]);
  rows.push(['total', bytes.total.raw, bytes.total.gzip, bytes.total.brotli]);
  return table(['file', 'raw B', 'gzip -9 B', 'brotli B'], rows);
}
