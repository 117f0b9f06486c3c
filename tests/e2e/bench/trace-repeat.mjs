// Where a repeat visit's time goes (issue 17: a repeat visit to `Start routine` usable
// ≤ 150 ms). Not part of `cargo xtask bench`; run by hand after a release build:
//   node bench/trace-repeat.mjs [--visits 3] [--linger 3] [--first-linger 0] [--out trace.json]
// (`--first-linger s` keeps the first visit open s more seconds once its worker is active.)
// One first visit in a fresh context (the worker installs), then `--visits` repeat visits
// in new tabs, each traced (browser-wide, the worker's thread included) and read back
// through the page's Performance API: navigation and resource timing, the moment the
// app started (`TrunkApplicationStarted`) and the moment `Start routine` became usable
// (the bench's own definition, `load.mjs`). Prints one line per phase and visit.
import { writeFile } from 'node:fs/promises';

import { startServer } from '../lib/server.mjs';
import { browser, freshContext, sleep } from './common.mjs';
import { READY_SCRIPT, workerActive } from './load.mjs';

const CATEGORIES = [
  'devtools.timeline',
  'toplevel',
  'v8',
  'v8.wasm',
  'disabled-by-default-v8.wasm.detailed',
  'blink.user_timing',
  'loading',
  'ServiceWorker',
  'disabled-by-default-devtools.timeline',
].join(',');

function args(argv) {
  const out = { visits: 3, out: null, linger: 3, firstLinger: 0 };
  for (let i = 0; i < argv.length; i += 1) {
    if (argv[i] === '--visits') out.visits = Number(argv[++i]);
    else if (argv[i] === '--out') out.out = argv[++i];
    else if (argv[i] === '--linger') out.linger = Number(argv[++i]);
    else if (argv[i] === '--first-linger') out.firstLinger = Number(argv[++i]);
  }
  return out;
}

/** Marks the app's start in the page's timeline (the bench's ready time is kept too). */
const MARKS_SCRIPT = `addEventListener('TrunkApplicationStarted', () => performance.mark('app-started'));`;

/** The page's own account of the visit: navigation, each file, the two moments. */
const timings = () => {
  const nav = performance.getEntriesByType('navigation')[0];
  const round = (x) => Math.round(x * 10) / 10;
  const files = performance.getEntriesByType('resource').map((r) => ({
    file: r.name.split('/').pop(),
    start: round(r.startTime),
    workerStart: round(r.workerStart),
    fetchStart: round(r.fetchStart),
    responseStart: round(r.responseStart),
    responseEnd: round(r.responseEnd),
  }));
  const mark = (name) => round(performance.getEntriesByName(name)[0]?.startTime ?? NaN);
  const paint = (name) => round(performance.getEntriesByName(name)[0]?.startTime ?? NaN);
  return {
    navigation: {
      workerStart: round(nav.workerStart),
      fetchStart: round(nav.fetchStart),
      responseStart: round(nav.responseStart),
      responseEnd: round(nav.responseEnd),
      domInteractive: round(nav.domInteractive),
      domContentLoaded: round(nav.domContentLoadedEventStart),
    },
    files,
    firstPaint: paint('first-paint'),
    firstContentfulPaint: paint('first-contentful-paint'),
    appStarted: mark('app-started'),
    ready: round(window.__benchReady),
  };
};

/**
 * The renderer's main-thread tasks of the visit (from its `navigationStart` on), each with
 * its wall and CPU time, the wasm functions compiled lazily in it and its larger events;
 * then the wasm compile events and whether V8's code cache was hit or written.
 */
export function summarize(events, until = 1e9) {
  const nav = events.filter((e) => e.name === 'navigationStart' && /^http:\/\/127/.test(e.args?.data?.documentLoaderURL ?? ''));
  if (!nav.length) return ['(no navigationStart of the app in the trace)'];
  const { ts: base, pid } = nav[nav.length - 1];
  const names = new Map();
  for (const e of events.filter((x) => x.name === 'thread_name')) names.set(`${e.pid}:${e.tid}`, e.args.name);
  const mainKey = [...names].find(([k, n]) => n === 'CrRendererMain' && k.startsWith(`${pid}:`))?.[0];
  const rel = (ts) => ((ts - base) / 1000).toFixed(1);
  const onMain = events.filter((e) => `${e.pid}:${e.tid}` === mainKey && e.ph === 'X' && e.ts >= base - 5000);
  const tasks = onMain.filter((e) => e.name === 'ThreadControllerImpl::RunTask' && e.dur > 500);
  const inside = (p, e) => e.ts >= p.ts && e.ts + (e.dur ?? 0) <= p.ts + p.dur;
  const shown = /ParseHTML|EvaluateScript|FunctionCall|UpdateLayoutTree|^Layout$|^Paint$|v8.compileModule|wasm.FinishStreaming|wasm.SyncInstantiate|Commit$|v8.wasm.compileConsume$|MinorGC|MajorGC|CommitNavigation/;
  const lines = [];
  for (const task of tasks) {
    if ((task.ts - base) / 1000 > until) break;
    const kids = onMain.filter((e) => e !== task && inside(task, e));
    const lazy = kids.filter((e) => e.name === 'wasm.CompileLazy');
    const top = kids
      .filter((e) => shown.test(e.name) && e.dur > 300)
      .map((e) => `${e.name}${e.args?.data?.functionName ? `(${e.args.data.functionName})` : ''} ${(e.dur / 1000).toFixed(1)}`);
    const lazyMs = lazy.reduce((s, e) => s + e.dur, 0) / 1000;
    lines.push(
      `${rel(task.ts).padStart(7)} +${(task.dur / 1000).toFixed(1).padStart(6)} ms (cpu ${((task.tdur ?? 0) / 1000).toFixed(1)})` +
        `${lazy.length ? ` lazy-compiled ${lazy.length} fns ${lazyMs.toFixed(1)} ms` : ''}  ${top.slice(0, 12).join(', ')}`,
    );
  }
  const wasm = /^wasm\.(StartStreamingCompilation|FinishStreaming|SyncInstantiate|TopTierCompilation|Deserialize.*)$|^v8\.wasm\.(moduleCacheHit|moduleCacheInvalid.*|cachedModule|compiledModule)$/;
  for (const e of events.filter((x) => wasm.test(x.name))) {
    lines.push(`${rel(e.ts).padStart(7)} ${e.dur ? `+${(e.dur / 1000).toFixed(1)} ms` : ''} ${e.name} ${JSON.stringify(e.args ?? {}).slice(0, 100)}`);
  }
  return lines;
}

async function main() {
  const opts = args(process.argv.slice(2));
  const server = await startServer({});
  const b = await browser();
  try {
    const context = await freshContext(b);
    await context.addInitScript(READY_SCRIPT);
    await context.addInitScript(MARKS_SCRIPT);
    const first = await context.newPage();
    await first.goto(server.url);
    await first.waitForFunction(() => window.__benchReady !== undefined);
    await workerActive(first);
    await sleep(opts.firstLinger * 1000);
    console.log('first visit: usable at', await first.evaluate(() => window.__benchReady));
    await first.close();
    const browserCdp = await b.newBrowserCDPSession();
    for (let visit = 1; visit <= opts.visits; visit += 1) {
      await sleep(500);
      const events = [];
      const onData = (e) => events.push(...e.value);
      browserCdp.on('Tracing.dataCollected', onData);
      const complete = new Promise((ok) => browserCdp.once('Tracing.tracingComplete', ok));
      await browserCdp.send('Tracing.start', { categories: CATEGORIES, transferMode: 'ReportEvents' });
      const page = await context.newPage();
      await page.goto(server.url, { waitUntil: 'commit' });
      await page.waitForFunction(() => window.__benchReady !== undefined, null, { timeout: 60_000 });
      await sleep(300);
      await browserCdp.send('Tracing.end');
      await complete;
      browserCdp.off('Tracing.dataCollected', onData);
      const t = await page.evaluate(timings);
      const origin = await page.evaluate(() => performance.timeOrigin);
      console.log(`\n=== repeat visit ${visit}: usable at ${t.ready} ms, app started ${t.appStarted} ms, FP ${t.firstPaint}, FCP ${t.firstContentfulPaint}`);
      console.log('navigation', JSON.stringify(t.navigation));
      for (const f of t.files) console.log('  ', JSON.stringify(f));
      for (const line of summarize(events, t.ready + 30)) console.log(line);
      if (opts.out) await writeFile(opts.out.replace(/(\.json)?$/, `-${visit}.json`), JSON.stringify({ traceEvents: events, origin }));
      // Time for V8 to write its code cache, as a person would stay on the page.
      await sleep(opts.linger * 1000);
      await page.close();
    }
    await context.close();
  } finally {
    await b.close();
    await server.close();
  }
}

await main();
