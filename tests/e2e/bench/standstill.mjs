// Stopping a page for a while, as a phone does to a tab it freezes.
//
// `Page.setWebLifecycleState` is the way to freeze a page, but in headless Chromium 156 a
// visible page does not freeze: the call succeeds, no `freeze` event fires and timers run
// on. So the benchmark first probes whether the freeze takes (1.5 s, watching a 100 ms
// heartbeat), and if it does not, stops the page with the debugger instead
// (`Debugger.pause` halts at the next script to run, the app's next wake-up; nothing on
// the page's main thread runs until `Debugger.resume`). For the countdown both are the
// same: no timer fires while stopped, and the overdue ones fire on return.
import { sleep } from './common.mjs';

/** True when a lifecycle freeze really stops the page's timers. */
export async function lifecycleFreezeWorks(page, cdp) {
  await page.evaluate(() => {
    window.__benchBeats = [];
    window.__benchBeat = setInterval(() => window.__benchBeats.push(Date.now()), 100);
  });
  const from = Date.now();
  await cdp.send('Page.setWebLifecycleState', { state: 'frozen' });
  await sleep(1_500);
  const to = Date.now();
  await cdp.send('Page.setWebLifecycleState', { state: 'active' });
  const beats = await page.evaluate(() => {
    clearInterval(window.__benchBeat);
    return window.__benchBeats;
  });
  return beats.filter((t) => t > from + 200 && t < to - 200).length === 0;
}

/**
 * Stops the page for `ms` milliseconds.
 * @returns {Promise<{ method: string, stoppedAt: number, resumedAt: number }>}
 */
export async function standStill(page, cdp, ms, useLifecycle) {
  if (useLifecycle) {
    const stoppedAt = Date.now();
    await cdp.send('Page.setWebLifecycleState', { state: 'frozen' });
    await sleep(ms);
    const resumedAt = Date.now();
    await cdp.send('Page.setWebLifecycleState', { state: 'active' });
    return { method: 'Page.setWebLifecycleState frozen', stoppedAt, resumedAt };
  }
  await cdp.send('Debugger.enable');
  const paused = new Promise((ok) => cdp.once('Debugger.paused', () => ok(Date.now())));
  await cdp.send('Debugger.pause');
  const stoppedAt = await Promise.race([paused, sleep(5_000).then(() => null)]);
  if (stoppedAt === null) throw new Error('the page ran no script for 5 s, so it could not be paused');
  await sleep(ms);
  const resumedAt = Date.now();
  await cdp.send('Debugger.resume');
  await cdp.send('Debugger.disable');
  return { method: 'Debugger.pause (the lifecycle freeze does not take)', stoppedAt, resumedAt };
}
