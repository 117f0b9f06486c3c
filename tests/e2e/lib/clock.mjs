// Time under the test's control. `page.clock` fakes Date.now and setTimeout (which is all
// the app's ticker uses), and Playwright replays its log after a reload, so a frozen clock
// stays frozen at the same instant across reloads and in every page of the context.

/** A fixed, ordinary morning: Monday 2 March 2026, 08:00:00 UTC. */
export const T0 = Date.UTC(2026, 2, 2, 8, 0, 0);

/**
 * Installs a paused fake clock reading `at`. Call before the first navigation (it is
 * context-wide, so later pages and reloads get it too). Time then moves only through
 * {@link advance}.
 * @param {import('playwright-core').Page} page
 */
export async function freezeClock(page, at = T0) {
  await page.clock.install({ time: at - 1_000 });
  await page.clock.pauseAt(at);
}

/**
 * Moves the frozen clock forward by `ms`, firing every timer that falls due on the way
 * (so the app wakes exactly as it would have).
 * @param {import('playwright-core').Page} page
 */
export async function advance(page, ms) {
  await page.clock.runFor(ms);
}

/**
 * Moves the clock forward in whole seconds, one at a time, so that anything a test
 * checks between steps sees each second (handy when waiting for a card to change).
 * @param {import('playwright-core').Page} page
 */
export async function advanceSeconds(page, seconds) {
  for (let i = 0; i < seconds; i += 1) await page.clock.runFor(1_000);
}

/** `openApp` option: a frozen clock at `at`, installed before the app loads. */
export function frozenAt(at = T0) {
  return async (_context, page) => freezeClock(page, at);
}
