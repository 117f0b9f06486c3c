// Unknot's benchmarks (issue 8), run by `cargo xtask bench` after a release build:
//   node bench/bench.mjs [--only bytes,load,open,timer,cpu,memory,csv,lighthouse] [--runs 5]
//                        [--json out.json] [--peer path/to/another/built/static/app]
// The build in $UNKNOT_DIST (default dist/) is served on 127.0.0.1 and measured in
// headless Chromium. It prints the figures beside their budgets and always exits 0 when
// it could measure: a missed budget is news, not a failure. Not a *.test.mjs file, so
// `node --test` (and with it `cargo xtask test`) never runs it.
import { execFileSync } from 'node:child_process';
import { writeFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { cpus, loadavg, release, type } from 'node:os';

import { CHROMIUM } from '../lib/browser.mjs';
import { DIST, startServer } from '../lib/server.mjs';
import { downloaded, fileSizes, total } from './bytes.mjs';
import { browser } from './common.mjs';
import { measureCpu, measureMemory } from './cost.mjs';
import { measureCsv } from './csv.mjs';
import { measureLighthouse } from './lighthouse.mjs';
import { measureLoad } from './load.mjs';
import { germanFirstVisit, measureOpen, sixWeeks } from './open.mjs';
import { bytesTable, lighthouseRows, summaryRows, table } from './report.mjs';
import { measureTimer } from './timer.mjs';

const PARTS = ['bytes', 'load', 'open', 'timer', 'cpu', 'memory', 'csv', 'lighthouse'];

function options(argv) {
  const out = { only: PARTS, runs: 5, json: null, peer: null };
  for (let i = 0; i < argv.length; i += 1) {
    const value = argv[i + 1];
    if (argv[i] === '--only' && value) out.only = value.split(',');
    else if (argv[i] === '--runs' && value) out.runs = Number(value);
    else if (argv[i] === '--json' && value) out.json = value;
    else if (argv[i] === '--peer' && value) out.peer = resolve(value);
    else continue;
    i += 1;
  }
  const unknown = out.only.filter((p) => !PARTS.includes(p));
  if (unknown.length) throw new Error(`unknown part(s) ${unknown.join(', ')}; parts: ${PARTS.join(', ')}`);
  return out;
}

function machine() {
  let chromium = 'unknown';
  try {
    chromium = execFileSync(CHROMIUM, ['--version'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
  } catch {
    // reported as unknown
  }
  return {
    cores: cpus().length,
    cpu: cpus()[0]?.model ?? 'unknown',
    os: `${type()} ${release()}`,
    chromium,
    node: process.version,
  };
}

async function step(name, body) {
  const started = Date.now();
  process.stdout.write(`[bench] ${name} ... `);
  const result = await body();
  console.log(`done in ${((Date.now() - started) / 1000).toFixed(1)} s`);
  return result;
}

async function main() {
  const opts = options(process.argv.slice(2));
  const wants = (part) => opts.only.includes(part);
  const results = { date: new Date().toISOString(), machine: machine(), dist: DIST };
  results.machine.loadBefore = loadavg().map((l) => l.toFixed(2));
  const files = await fileSizes(DIST);
  const server = await startServer({ root: DIST });
  const b = await browser();
  try {
    if (wants('load') || wants('bytes')) {
      // The load runs also give the first visit's requests, which the bytes part prices.
      const load = await step(`load (${opts.runs} runs x 4 visits)`, () => measureLoad(b, server, opts.runs));
      if (wants('load')) results.load = load;
      if (wants('bytes')) {
        results.bytes = {
          files,
          total: total(files),
          firstVisit: downloaded(files, load.firstPaths),
          firstVisitPaths: load.firstPaths,
          untilTappable: downloaded(files, load.tappablePaths),
          untilTappablePaths: load.tappablePaths,
          repeatVisit: downloaded(files, load.repeatPaths),
        };
        const german = await step('a German device\'s first visit', () => germanFirstVisit(b, server));
        results.bytes.germanFirstVisit = downloaded(files, german);
        results.bytes.germanFirstVisitPaths = german;
      }
    }
    if (wants('open')) {
      results.open = await step('the daily open (offline, worker, 1 + 9 opens)', () => measureOpen(b, server, 9));
      const history = await sixWeeks();
      results.openSixWeeks = await step('the daily open with six weeks of history', () => measureOpen(b, server, 9, history));
    }
    if (wants('timer')) {
      const timer = await step('timer accuracy and reactivity (two real 15 s holds)', () => measureTimer(b, server));
      const { reactivity, ...rest } = timer;
      results.timer = rest;
      results.reactivity = reactivity;
    }
    if (wants('cpu')) results.cpu = await step('main-thread time (3 x 20 s)', () => measureCpu(b, server));
    if (wants('memory')) {
      results.memory = await step('memory (10-minute session at 60x)', () => measureMemory(b, server));
    }
    if (wants('csv')) {
      results.csv = await step(`CSV of 1,000 sessions (${opts.runs} runs)`, () => measureCsv(b, server, opts.runs));
    }
    if (wants('lighthouse')) {
      // Served with brotli, on a server of its own, as a host would (bench/lighthouse.mjs).
      const lhRuns = Math.min(opts.runs, 3);
      const lh = async (root) => {
        const served = await startServer({ root, brotli: true });
        try {
          return await measureLighthouse(served.url, lhRuns);
        } finally {
          await served.close();
        }
      };
      results.lighthouse = await step(`Lighthouse mobile (${lhRuns} runs)`, () => lh(DIST));
      if (opts.peer) {
        const peerFiles = await fileSizes(opts.peer);
        results.peer = { dist: opts.peer, total: total(peerFiles) };
        results.peer.lighthouse = await step(`Lighthouse mobile, the peer (${lhRuns} runs)`, () => lh(opts.peer));
      }
    }
  } finally {
    await b.close();
    await server.close();
  }
  results.machine.loadAfter = loadavg().map((l) => l.toFixed(2));

  const m = results.machine;
  console.log(`\nUnknot benchmarks, ${results.date.slice(0, 10)}: ${m.cores} cores (${m.cpu}), ${m.os}`);
  console.log(`${m.chromium}, headless; load average ${m.loadBefore.join(' ')} before, ${m.loadAfter.join(' ')} after\n`);
  if (results.bytes) console.log(`${bytesTable(results.bytes)}\n`);
  if (results.reactivity) {
    console.log('Changed on each tick of a hold (ticks out of', `${results.reactivity.ticks}):`);
    for (const k of results.reactivity.touched) console.log(`  ${String(k.ticks).padStart(3)}  ${k.what}`);
    console.log('');
  }
  const rows = summaryRows(results);
  if (rows.length) console.log(table(['measure', 'measured', 'budget', ''], rows));
  const lhRows = results.lighthouse ? lighthouseRows(results) : [];
  if (results.lighthouse) {
    const head = ['Lighthouse mobile (simulated), median', 'Unknot', 'peer', 'Unknot / peer', 'budget', ''];
    console.log(`\n${table(head, lhRows)}`);
    if (results.lighthouse.failing.length) console.log(`failing audits: ${results.lighthouse.failing.join(', ')}`);
  }
  const verdicts = [...rows.map((r) => r[3]), ...lhRows.map((r) => r[5])];
  const missed = verdicts.filter((v) => v === 'MISSED').length;
  const judged = verdicts.filter((v) => v !== '').length;
  console.log(`\nbudgets: ${judged - missed} met, ${missed} missed (benchmarks report; they never fail a build)`);
  if (opts.json) {
    await writeFile(opts.json, `${JSON.stringify(results, null, 2)}\n`);
    console.log(`results written to ${opts.json}`);
  }
}

main().catch((error) => {
  console.error(`bench: could not measure: ${error.stack ?? error}`);
  process.exit(1);
});
