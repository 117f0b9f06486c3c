// 3. Timer accuracy and 5. reactivity, on real time (no fake clock): a 15 s hot-spot hold
// left alone, then a second hold during which the page stands still for 10 s.
//
// The hold's deadline comes from the session the app stored (`unknot:active`: the hold's
// clock `since` plus `duration_ms`, epoch ms from the click). Every DOM mutation is time-
// stamped in the page, so "late" is the moment the DOM changed minus the moment it should.
import { SAFETY, button, freshContext, holdSettings, median, pageWithCdp, sleep, tap } from './common.mjs';
import { shownSeconds, startRecorder, takeRecords } from './observe.mjs';
import { lifecycleFreezeWorks, standStill } from './standstill.mjs';

const HOLD_SECS = 15;
const FREEZE_MS = 10_000;

/** Home → pain check → set-up → get ready (5 real seconds) → the first Roll card. */
async function reachRolling(page) {
  await tap(page, 'Start routine');
  await page.getByText('How is your back right now?').first().waitFor();
  await tap(page, 'Next');
  await page.getByText('Set up: left IT band').first().waitFor();
  await tap(page, 'Next');
  await button(page, 'Hot spot').waitFor({ state: 'visible', timeout: 30_000 });
}

/** Starts a hold and returns its deadline (epoch ms) from the stored session. */
async function startHold(page) {
  await tap(page, 'Hot spot');
  await page.getByRole('group', { name: 'Hot spot hold' }).waitFor({ state: 'visible' });
  const hold = await page.waitForFunction(() => {
    const raw = localStorage.getItem('unknot:active');
    const clock = raw && JSON.parse(raw)?.session?.hold?.clock;
    const hold = raw && JSON.parse(raw).session.hold;
    return clock?.state === 'running' ? { since: clock.since, duration: hold.duration_ms } : null;
  });
  const { since, duration } = await hold.jsonValue();
  return { since, deadline: since + duration };
}

/** Polls the page's records until the hold panel has gone; returns every record seen. */
async function untilHoldEnds(page, timeout) {
  const records = [];
  const until = Date.now() + timeout;
  while (Date.now() < until) {
    records.push(...(await page.evaluate(takeRecords)));
    if (records.some((r) => r.holdRemoved)) return records;
    await sleep(200);
  }
  return records;
}

/** Mutation records grouped into the batches the observer delivered (same timestamp). */
function batches(records) {
  const out = new Map();
  for (const r of records) {
    if (!out.has(r.t)) out.set(r.t, []);
    out.get(r.t).push(r);
  }
  return [...out.entries()].map(([t, list]) => ({ t, list }));
}

// Nodes are named by their first class (observe.mjs): the player's big number.
const isDigits = (r) => r.what === 'span.big-number__digits text';
/** What a tick may change: the number, its spoken label, the ring. */
const DIGITS_AND_RING = [
  'span.big-number__digits text',
  'span.big-number__digits[aria-label]',
  'circle.big-number__fill[stroke-dashoffset]',
];

/**
 * Each second's change of the shown number during the hold: how late it came and what
 * else changed with it.
 */
function ticks(records, since, deadline) {
  return batches(records)
    .filter((b) => b.t > since + 500 && b.t < deadline + 500 && b.list.some(isDigits))
    .map((b) => {
      const k = Math.round((b.t - since) / 1000);
      return {
        t: b.t,
        lateMs: b.t - (since + k * 1000),
        records: b.list.length,
        nodes: new Set(b.list.map((r) => r.node)).size,
        what: b.list.map((r) => r.what),
      };
    });
}

/** How often each kind of change happened across the ticks, most frequent first. */
function touched(tickList) {
  const counts = new Map();
  for (const tick of tickList) {
    for (const w of new Set(tick.what)) counts.set(w, (counts.get(w) ?? 0) + 1);
  }
  return [...counts.entries()].sort((a, b) => b[1] - a[1]).map(([what, n]) => ({ what, ticks: n }));
}

/** Changes during a hold that came with no change of the digits (should be none). */
function offTick(records, { since, deadline }) {
  const tickTimes = new Set(
    batches(records).filter((b) => b.list.some(isDigits)).map((b) => b.t),
  );
  return records
    .filter((r) => r.t > since + 500 && r.t < deadline - 5 && !tickTimes.has(r.t))
    .map((r) => r.what);
}

export async function measureTimer(browser, server) {
  const context = await freshContext(browser, { ...SAFETY, ...holdSettings(HOLD_SECS) });
  try {
    const { page, cdp } = await pageWithCdp(context);
    await page.goto(server.url);
    await reachRolling(page);
    await page.evaluate(startRecorder);

    // A hold left alone.
    const a = await startHold(page);
    const recordsA = await untilHoldEnds(page, HOLD_SECS * 1000 + 10_000);
    const endA = recordsA.find((r) => r.holdRemoved);
    const tickListA = ticks(recordsA, a.since, a.deadline);

    // A hold during which the page stands still (no timer, no frame) for 10 s.
    const b = await startHold(page);
    const useLifecycle = await lifecycleFreezeWorks(page, cdp);
    await page.evaluate(takeRecords);
    const shownBefore = await page.evaluate(shownSeconds);
    const { method, stoppedAt, resumedAt } = await standStill(page, cdp, FREEZE_MS, useLifecycle);
    // Read at once, and again at the first frame the person would see.
    const onReturn = await page.evaluate(async (deadline) => {
      const read = () => {
        const shown = Number.parseInt(document.querySelector('[role="timer"]')?.textContent ?? '', 10);
        return { shown, truth: Math.ceil(Math.max(0, deadline - Date.now()) / 1000) };
      };
      const first = read();
      await new Promise((ok) => requestAnimationFrame(() => ok()));
      return { first, frame: read() };
    }, b.deadline);
    const recordsB = await untilHoldEnds(page, HOLD_SECS * 1000 + 10_000);
    // The first change of the digits after the page stopped: the overdue wake-up.
    const catchUp = recordsB.find((r) => isDigits(r) && r.t > stoppedAt);
    const endB = recordsB.find((r) => r.holdRemoved);

    const lates = tickListA.map((t) => t.lateMs);
    // The last change is the hold ending (a phase change), not a tick of the countdown.
    const plain = tickListA.filter((t) => t.t < a.deadline - 500);
    return {
      holdSecs: HOLD_SECS,
      endLateMs: endA ? endA.t - a.deadline : null,
      tickLateMedianMs: lates.length ? median(lates) : null,
      tickLateMaxMs: lates.length ? Math.max(...lates) : null,
      ticks: tickListA.length,
      freeze: {
        method,
        frozenMs: resumedAt - stoppedAt,
        firstTurnOffBy: onReturn.first.shown - onReturn.first.truth,
        firstFrameOffBy: onReturn.frame.shown - onReturn.frame.truth,
        shownBefore,
        onReturn,
        // DOM changes while frozen (none: the page really stood still).
        changesWhileFrozen: recordsB.filter((r) => r.t > stoppedAt + 50 && r.t < resumedAt).length,
        catchUpMs: catchUp ? catchUp.t - resumedAt : null,
        endLateMs: endB ? endB.t - b.deadline : null,
      },
      reactivity: {
        ticks: plain.length,
        recordsPerTickMedian: median(plain.map((t) => t.records)),
        recordsPerTickMax: Math.max(...plain.map((t) => t.records)),
        nodesPerTickMedian: median(plain.map((t) => t.nodes)),
        nodesPerTickMax: Math.max(...plain.map((t) => t.nodes)),
        touched: touched(plain),
        // The breathing pacer and its words turn every few seconds of a hold, with a tick.
        onlyDigitsAndRing: touched(plain).every((k) => DIGITS_AND_RING.includes(k.what) || k.what.includes('pacer') || k.what === 'span.cue__words text'),
        // Changes during the hold that came with no tick at all (should be none).
        offTick: offTick(recordsA, a),
      },
    };
  } finally {
    await context.close();
  }
}
