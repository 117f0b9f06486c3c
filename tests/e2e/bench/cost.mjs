// 4. Cost of running: main-thread time per minute while a hold runs (CDP
// `Performance.getMetrics`, TaskDuration is every task on the page's main thread: script,
// style, layout, paint, in wall-clock time, so it grows when other processes take the
// CPU; and, from a trace of the same window, the main thread's CPU time in those tasks,
// which does not), and memory over a 10-minute session run at 60× speed under a
// fake clock (`page.clock`), sampled after a full garbage collection once a minute.
import { SAFETY, button, freshContext, holdSettings, memoryAfterGc, metrics, pageWithCdp, sleep, tap } from './common.mjs';

const WINDOW_MS = 20_000;

/**
 * Runs `body` while tracing, and returns the CPU time (thread time, `tdur`) of every task
 * run on a renderer's main thread meanwhile (`ThreadControllerImpl::RunTask`, the
 * scheduler's top-level task), in ms, with how many tasks there were.
 */
async function mainThreadCpu(cdp, body) {
  const events = [];
  const collect = (e) => events.push(...e.value);
  cdp.on('Tracing.dataCollected', collect);
  const complete = new Promise((ok) => cdp.once('Tracing.tracingComplete', ok));
  await cdp.send('Tracing.start', { categories: 'toplevel', transferMode: 'ReportEvents' });
  try {
    await body();
  } finally {
    await cdp.send('Tracing.end');
    await complete;
    cdp.off('Tracing.dataCollected', collect);
  }
  const main = new Set(
    events.filter((e) => e.name === 'thread_name' && e.args?.name === 'CrRendererMain').map((e) => `${e.pid}:${e.tid}`),
  );
  const tasks = events.filter(
    (e) => e.ph === 'X' && e.name === 'ThreadControllerImpl::RunTask' && main.has(`${e.pid}:${e.tid}`),
  );
  return { ms: tasks.reduce((sum, e) => sum + (e.tdur ?? 0), 0) / 1000, tasks: tasks.length };
}

/**
 * Main-thread milliseconds per minute over a 20 s window, with `during` set up first.
 * @param {(page: import('playwright-core').Page) => Promise<void>} during
 */
async function cpuPerMinute(browser, server, during, options = {}) {
  const context = await freshContext(browser, { ...SAFETY, ...holdSettings(45) }, options);
  try {
    const { page, cdp } = await pageWithCdp(context);
    await page.goto(server.url);
    await button(page, 'Start routine').waitFor({ state: 'visible' });
    await during(page);
    await cdp.send('Performance.enable');
    await sleep(2_000); // let the first frames after the change settle
    let before;
    let after;
    const cpu = await mainThreadCpu(cdp, async () => {
      before = await metrics(cdp);
      await sleep(WINDOW_MS);
      after = await metrics(cdp);
    });
    const perMinute = (key) => ((after[key] - before[key]) * 1000 * 60_000) / WINDOW_MS;
    return {
      task: perMinute('TaskDuration'),
      cpu: (cpu.ms * 60_000) / WINDOW_MS,
      tasksPerMinute: (cpu.tasks * 60_000) / WINDOW_MS,
      script: perMinute('ScriptDuration'),
      style: perMinute('RecalcStyleDuration'),
      layout: perMinute('LayoutDuration'),
    };
  } finally {
    await context.close();
  }
}

/** Into a running 45 s hold. */
export async function holding(page) {
  await tap(page, 'Start routine');
  await page.getByText('How is your back right now?').first().waitFor();
  await tap(page, 'Next');
  await page.getByText('Set up: left IT band').first().waitFor();
  await tap(page, 'Next');
  await tap(page, 'Hot spot');
  await page.getByRole('group', { name: 'Hot spot hold' }).waitFor({ state: 'visible' });
}

export async function measureCpu(browser, server) {
  return {
    windowMs: WINDOW_MS,
    hold: await cpuPerMinute(browser, server, holding),
    // The same with `prefers-reduced-motion: reduce`, which turns off the ring's and the
    // pacer's CSS transitions: the difference is what the animations cost.
    holdReducedMotion: await cpuPerMinute(browser, server, holding, { reducedMotion: 'reduce' }),
    // Nothing running: the home screen, for the page's own floor.
    idleHome: await cpuPerMinute(browser, server, async () => {}),
  };
}

/** A long session: 5 passes of 20 s per side and 45 s holds, about 10 minutes in all. */
const LONG_SESSION = {
  'unknot:settings': JSON.stringify({
    v: 2,
    settings: { passes_per_side: 5, secs_per_pass: 20, hold_secs: 45 },
  }),
};

/**
 * Runs in the page once per simulated second: taps `Next` on the cards that wait for it
 * (those without a countdown) and holds one hot spot on pass 3 of every rolling card, as
 * a person might.
 */
function person() {
  const find = (name) =>
    [...document.querySelectorAll('button')].find(
      (b) => (b.getAttribute('aria-label') ?? b.textContent.trim()) === name && !b.disabled,
    );
  const title = document.querySelector('#player-title')?.textContent.trim() ?? '';
  const next = find('Next');
  if (next && !document.querySelector('[role="timer"]')) {
    next.click();
    return title;
  }
  const hot = find('Hot spot');
  const main = document.querySelector('main')?.textContent ?? '';
  if (hot && window.__benchHeld !== title && /Pass 3 of/.test(main)) {
    window.__benchHeld = title;
    hot.click();
  }
  return title;
}

/**
 * Ten simulated minutes of a session at 60× real speed; memory after GC every simulated
 * minute.
 */
export async function measureMemory(browser, server, minutes = 10, speed = 60) {
  const context = await freshContext(browser, { ...SAFETY, ...LONG_SESSION });
  try {
    const { page, cdp } = await pageWithCdp(context);
    await page.clock.install({ time: Date.UTC(2026, 2, 2, 8, 0, 0) });
    await page.clock.pauseAt(Date.UTC(2026, 2, 2, 8, 0, 1));
    await cdp.send('Performance.enable');
    await page.goto(server.url);
    await tap(page, 'Start routine');
    const samples = [{ minute: 0, title: 'start', ...(await memoryAfterGc(page, cdp)) }];
    const started = Date.now();
    const titles = new Set();
    let title = '';
    for (let second = 1; second <= minutes * 60; second += 1) {
      await page.clock.runFor(1_000);
      title = await page.evaluate(person);
      titles.add(title);
      if (second % 60 === 0) {
        samples.push({ minute: second / 60, title, ...(await memoryAfterGc(page, cdp)) });
      }
      const due = started + (second * 1000) / speed;
      if (Date.now() < due) await sleep(due - Date.now());
    }
    const realMs = Date.now() - started;
    const from = samples[1];
    const to = samples[samples.length - 1];
    return {
      minutes,
      speed: (minutes * 60_000) / realMs,
      cards: titles.size,
      samples,
      wasmGrowth: to.wasm - from.wasm,
      jsHeapGrowth: to.jsHeap - from.jsHeap,
    };
  } finally {
    await context.close();
  }
}
