// Assertions that wait: Leptos updates the DOM a moment after an event, so a check polls
// until it holds or a deadline passes. The polling runs in Node on real time, which the
// page's fake clock does not touch.
import assert from 'node:assert/strict';

/** How long a check waits for the DOM to catch up (not for app time: that is faked). */
export const TIMEOUT = 10_000;

const pause = (ms) => new Promise((ok) => setTimeout(ok, ms));

/**
 * Polls `read` until `check(value)` is true; fails with the last value otherwise.
 * @template T
 * @param {() => Promise<T>} read
 * @param {(value: T) => boolean} check
 * @param {string} what describes the expectation for the failure message
 */
export async function eventually(read, check, what, { timeout = TIMEOUT } = {}) {
  const deadline = Date.now() + timeout;
  let last;
  for (;;) {
    try {
      last = await read();
      if (check(last)) return last;
    } catch (error) {
      last = `<${String(error.message).split('\n')[0]}>`;
    }
    if (Date.now() > deadline) {
      assert.fail(`${what}; last seen: ${JSON.stringify(last)}`);
    }
    await pause(20);
  }
}

function matches(text, expected) {
  return expected instanceof RegExp ? expected.test(text) : text === expected;
}

/**
 * Waits until the single element behind `locator` has the text `expected` (exact after
 * trimming, or matching a RegExp).
 * @param {import('playwright-core').Locator} locator
 * @param {string | RegExp} expected
 */
export function expectText(locator, expected, options) {
  return eventually(
    async () => (await locator.innerText({ timeout: 500 })).trim(),
    (text) => matches(text, expected),
    `${locator} should read ${expected}`,
    options,
  );
}

/** Waits until `locator` is visible. */
export async function expectVisible(locator, { timeout = TIMEOUT } = {}) {
  await locator.waitFor({ state: 'visible', timeout });
}

/** Waits until nothing matches `locator` (or it is hidden). */
export async function expectGone(locator, { timeout = TIMEOUT } = {}) {
  await locator.first().waitFor({ state: 'hidden', timeout });
}

/** Waits until `locator` matches exactly `n` elements. */
export function expectCount(locator, n, options) {
  return eventually(() => locator.count(), (count) => count === n, `${locator} should match ${n}`, options);
}
