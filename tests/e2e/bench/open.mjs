// The daily open (issue 29): the installed app opened again from the home screen at the
// gym — its worker in control, offline, the cache warm — timed from navigation until
// `Start routine` is usable (load.mjs's READY_SCRIPT), median of 9 after one warm-up
// open that is not counted, with the machine's load average beside it. And what a
// German device's whole first visit downloads (English is built in, German is its one
// language file), counted by the server.
import { readFile } from 'node:fs/promises';
import { loadavg } from 'node:os';

import { SAFETY, freshContext, median, sleep } from './common.mjs';
import { READY_SCRIPT, asBuildPaths, timedVisit, workerActive } from './load.mjs';

/** Keeps when the app started (`TrunkApplicationStarted`, ms since navigation). */
const STARTED_SCRIPT = `addEventListener('TrunkApplicationStarted', () => { window.__benchStarted = performance.now(); });`;

/**
 * @returns {Promise<{ runs: number, ms: number, samples: number[], warmUpMs: number,
 *   offline: boolean, load: string }>}
 */
export async function measureOpen(browser, server, runs = 9, entries = SAFETY) {
  const context = await freshContext(browser, entries);
  await context.addInitScript(READY_SCRIPT);
  await context.addInitScript(STARTED_SCRIPT);
  try {
    const first = await timedVisit(context, server.url);
    await workerActive(first.page);
    await first.page.close();
    // From here on no byte comes from the network: the worker answers everything.
    await context.setOffline(true);
    const asked = server.requests.length;
    const samples = [];
    const paints = [];
    const starts = [];
    let warmUpMs = null;
    const before = loadavg()[0];
    for (let i = 0; i <= runs; i += 1) {
      const open = await timedVisit(context, server.url);
      const worker = await open.page.evaluate(() => navigator.serviceWorker.controller !== null);
      if (!worker || server.requests.length !== asked) {
        throw new Error(`an open was not the worker's alone (worker: ${worker}, requests: ${server.requests.slice(asked)})`);
      }
      // The floor: when the page itself first painted (the HTML from the worker, before
      // any wasm), and when the app had started (Trunk's loader announced it).
      const marks = await open.page.evaluate(() => ({
        paint: performance.getEntriesByName('first-paint')[0]?.startTime ?? null,
        started: window.__benchStarted ?? null,
      }));
      if (i === 0) warmUpMs = open.ms;
      else {
        samples.push(open.ms);
        paints.push(marks.paint);
        starts.push(marks.started);
      }
      await open.page.close();
      await sleep(200);
    }
    const after = loadavg()[0];
    return {
      runs,
      ms: median(samples),
      samples,
      warmUpMs,
      firstPaintMs: median(paints.filter((v) => v !== null)),
      appStartedMs: median(starts.filter((v) => v !== null)),
      offline: true,
      load: `${before.toFixed(2)}–${after.toFixed(2)}`,
    };
  } finally {
    await context.close();
  }
}

/**
 * What a person who has rolled for six weeks holds: the safety answer and the 30
 * sessions of the domain's fixture (`crates/domain/tests/fixtures/history-30.json`), so
 * Home, its knot map and the streak read a real history.
 */
export async function sixWeeks() {
  const url = new URL('../../../crates/domain/tests/fixtures/history-30.json', import.meta.url);
  const records = JSON.parse(await readFile(url, 'utf8'));
  const entries = { 'unknot:safety': JSON.stringify({ v: 2, acknowledged_at: records[0].started_at }) };
  for (const record of records) entries[`unknot:session:${record.id}`] = JSON.stringify({ v: 2, record });
  return entries;
}

/**
 * A first visit on a device whose language is German, the safety screen answered: every
 * request the server received until the worker has precached, as build paths.
 */
export async function germanFirstVisit(browser, server) {
  const context = await freshContext(browser, SAFETY, { locale: 'de-DE' });
  try {
    const mark = server.requests.length;
    const page = await context.newPage();
    await page.goto(server.url);
    await page.waitForFunction(() => document.documentElement.lang === 'de' && !document.getElementById('prerendered'), null, { timeout: 60_000 });
    await workerActive(page);
    await sleep(500);
    return asBuildPaths(server, server.requests.slice(mark));
  } finally {
    await context.close();
  }
}
