// A trace of a running hold, for finding what the main thread does (issue 17). Not part
// of `cargo xtask bench`; run by hand after a release build:
//   node bench/trace-hold.mjs [--reduced] [--seconds 10] [--out trace.json]
// Prints, for the renderer's main thread: tasks a second, where they were posted from,
// and the top trace events by self time (CPU time where the trace has it).
import { writeFile } from 'node:fs/promises';

import { startServer } from '../lib/server.mjs';
import { SAFETY, browser, button, freshContext, holdSettings, pageWithCdp, sleep } from './common.mjs';
import { holding } from './cost.mjs';

const CATEGORIES = [
  'devtools.timeline',
  'toplevel',
  'blink',
  'v8.execute',
  'cc',
  'disabled-by-default-devtools.timeline',
  'disabled-by-default-devtools.timeline.frame',
].join(',');

function args(argv) {
  const out = { reduced: false, seconds: 10, out: null, home: false };
  for (let i = 0; i < argv.length; i += 1) {
    if (argv[i] === '--reduced') out.reduced = true;
    else if (argv[i] === '--home') out.home = true;
    else if (argv[i] === '--seconds') out.seconds = Number(argv[++i]);
    else if (argv[i] === '--out') out.out = argv[++i];
  }
  return out;
}

/** Self time of each complete event: its duration minus its direct children's. */
function selfTimes(events) {
  const sorted = [...events].sort((a, b) => a.ts - b.ts || b.dur - a.dur);
  const stack = [];
  for (const e of sorted) {
    e.self = e.dur;
    e.selfCpu = e.tdur ?? 0;
    while (stack.length && stack[stack.length - 1].ts + stack[stack.length - 1].dur <= e.ts) stack.pop();
    const parent = stack[stack.length - 1];
    if (parent) {
      parent.self -= e.dur;
      parent.selfCpu -= e.tdur ?? 0;
    }
    stack.push(e);
  }
}

async function main() {
  const opts = args(process.argv.slice(2));
  const server = await startServer({});
  const b = await browser();
  try {
    const context = await freshContext(b, { ...SAFETY, ...holdSettings(45) }, {
      reducedMotion: opts.reduced ? 'reduce' : 'no-preference',
    });
    const { page, cdp } = await pageWithCdp(context);
    await page.goto(server.url);
    await button(page, 'Start routine').waitFor({ state: 'visible' });
    if (!opts.home) await holding(page);
    await sleep(2_000);
    const events = [];
    cdp.on('Tracing.dataCollected', (e) => events.push(...e.value));
    const complete = new Promise((ok) => cdp.once('Tracing.tracingComplete', ok));
    await cdp.send('Tracing.start', { categories: CATEGORIES, transferMode: 'ReportEvents' });
    await sleep(opts.seconds * 1000);
    await cdp.send('Tracing.end');
    await complete;
    if (opts.out) await writeFile(opts.out, JSON.stringify({ traceEvents: events }));
    const names = new Map();
    for (const e of events.filter((x) => x.name === 'thread_name')) names.set(`${e.pid}:${e.tid}`, e.args.name);
    const main = new Set([...names].filter(([, n]) => n === 'CrRendererMain').map(([k]) => k));
    const onMain = events.filter((e) => e.ph === 'X' && main.has(`${e.pid}:${e.tid}`));
    const tasks = onMain.filter((e) => e.name === 'ThreadControllerImpl::RunTask');
    const cpu = tasks.reduce((s, e) => s + (e.tdur ?? 0), 0) / 1000;
    console.log(
      `${opts.home ? 'home' : 'hold'}${opts.reduced ? ', reduced motion' : ''}: ${tasks.length} main-thread tasks in ${opts.seconds} s ` +
        `(${(tasks.length / opts.seconds).toFixed(1)}/s), CPU ${cpu.toFixed(1)} ms = ${((cpu * 60) / opts.seconds).toFixed(0)} ms a minute`,
    );
    const bySource = new Map();
    for (const t of tasks) {
      const from = t.args?.src_func ?? t.args?.task?.posted_from?.function_name ?? JSON.stringify(t.args ?? {}).slice(0, 80);
      const file = t.args?.src_file ?? t.args?.task?.posted_from?.file_name ?? '';
      const key = `${from} ${file}`;
      const row = bySource.get(key) ?? { n: 0, cpu: 0, each: [] };
      row.n += 1;
      row.cpu += (t.tdur ?? 0) / 1000;
      row.each.push((t.tdur ?? 0) / 1000);
      bySource.set(key, row);
    }
    // On this shared VM a burst of other work inflates a few tasks' CPU time: count × the
    // median task of each kind is the steadier estimate of what the page itself costs.
    const median = (v) => [...v].sort((a, b) => a - b)[Math.floor(v.length / 2)] ?? 0;
    let steady = 0;
    console.log('\ntasks by where they were posted from (count/s, CPU ms, median CPU ms a task):');
    for (const [k, r] of [...bySource].sort((a, b) => b[1].cpu - a[1].cpu)) {
      steady += r.n * median(r.each);
      if (r.cpu < 0.05) continue;
      console.log(`  ${(r.n / opts.seconds).toFixed(1).padStart(6)}/s ${r.cpu.toFixed(1).padStart(8)} ms ${median(r.each).toFixed(3).padStart(7)}  ${k}`);
    }
    console.log(`count × median, a minute: ${((steady * 60) / opts.seconds).toFixed(0)} ms`);
    const perThread = new Map();
    for (const e of onMain) {
      const key = `${e.pid}:${e.tid}`;
      if (!perThread.has(key)) perThread.set(key, []);
      perThread.get(key).push(e);
    }
    for (const list of perThread.values()) selfTimes(list);
    const byName = new Map();
    for (const e of onMain) {
      const row = byName.get(e.name) ?? { n: 0, self: 0, selfCpu: 0 };
      row.n += 1;
      row.self += e.self / 1000;
      row.selfCpu += e.selfCpu / 1000;
      byName.set(e.name, row);
    }
    console.log('\nmain-thread events by self CPU time (count/s, self CPU ms, self wall ms):');
    for (const [k, r] of [...byName].sort((a, b) => b[1].selfCpu - a[1].selfCpu).slice(0, 25)) {
      console.log(
        `  ${(r.n / opts.seconds).toFixed(1).padStart(6)}/s ${r.selfCpu.toFixed(1).padStart(8)} ${r.self.toFixed(1).padStart(8)}  ${k}`,
      );
    }
    const animations = await page.evaluate(() =>
      document.getAnimations().map((a) => ({
        target: a.effect?.target?.className?.baseVal ?? a.effect?.target?.className,
        name: a.animationName ?? a.transitionProperty,
        state: a.playState,
        props: a.effect?.getKeyframes().flatMap((k) => Object.keys(k)).filter((k) => !['offset', 'easing', 'composite', 'computedOffset'].includes(k)),
      })),
    );
    console.log('\ndocument.getAnimations():', JSON.stringify(animations));
    await context.close();
  } finally {
    await b.close();
    await server.close();
  }
}

await main();
