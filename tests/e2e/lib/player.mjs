// Driving the session player the way a person does: by role and accessible name, with the
// clock moved by the test.
import { reachHome } from './app.mjs';
import { advance } from './clock.mjs';
import { expectText, expectVisible } from './expect.mjs';

/** Default settings (domain/settings.rs): what the timings below assume. */
export const DEFAULTS = { passes: 4, secsPerPass: 10, holdSecs: 30, getReadySecs: 10, breaths: 5 };
/** One Roll card: passes × seconds per pass. */
export const ROLL_MS = DEFAULTS.passes * DEFAULTS.secsPerPass * 1_000;
/** The breathing finish: breaths × 10 s. */
export const BREATHE_MS = DEFAULTS.breaths * 10_000;

/** @param {import('playwright-core').Page} page */
export const button = (page, name) => page.getByRole('button', { name, exact: true });
/** The running countdown (`role="timer"`, whole seconds). */
export const timer = (page) => page.getByRole('timer');
/** The current card's title. */
export const cardTitle = (page) => page.locator('#player-title');
/** `Pass N of M` on the card (the live region outside `main` repeats it for screen readers). */
export const passCount = (page) => page.getByRole('main').getByText(/^Pass \d+ of \d+$/);
/** The polite live region that announces phase changes. */
export const announcer = (page) => page.locator('.announcer[role="status"]');
/** The summary's verdict: `Complete`, `Partial — N of M zones` or `Ended early`. */
export const summaryStatus = (page) =>
  page.getByRole('main').getByText(/^(Complete|Ended early|Partial — \d+ of \d+ zones)$/);
/** The verdict of a session cut short on its first zone. */
export const PARTIAL_NONE = 'Partial — 0 of 5 zones';
/** A fact of the summary, by its term (`Hot spots`, `Pain`, `Time`…): the value's element. */
export const summaryFact = (page, term) =>
  page.getByRole('main').locator('dt', { hasText: new RegExp(`^${term}$`) }).locator('xpath=following-sibling::dd[1]');
/** The hot-spot hold panel. */
export const holdPanel = (page) => page.getByRole('group', { name: 'Hot spot hold' });

/**
 * Presses a session shortcut with nothing focused (a focused button takes Space for
 * itself, as it should).
 * @param {import('playwright-core').Page} page
 */
export async function pressKey(page, key) {
  await page.evaluate(() => /** @type {HTMLElement | null} */ (document.activeElement)?.blur());
  await page.keyboard.press(key);
}

/**
 * From wherever the app opened: past the safety screen, `Start routine`, skip the pain
 * check and the set-up card, run the get-ready countdown: the first Roll card, pass 1.
 * @param {import('playwright-core').Page} page
 */
export async function startRolling(page) {
  const start = await reachHome(page);
  await start.click();
  await expectText(cardTitle(page), 'How is your back right now?');
  await button(page, 'Next').click();
  await expectText(cardTitle(page), 'Set up: left IT band');
  await button(page, 'Next').click();
  await expectText(cardTitle(page), 'Get ready: left IT band');
  await expectText(timer(page), String(DEFAULTS.getReadySecs));
  await advance(page, DEFAULTS.getReadySecs * 1_000);
  await expectText(cardTitle(page), 'Roll your left IT band');
  await expectText(passCount(page), `Pass 1 of ${DEFAULTS.passes}`);
  await expectVisible(button(page, 'Hot spot'));
}

/** The page going out of sight and back, as locking and unlocking the phone does. */
export const setVisible = (page, visible) =>
  page.evaluate((v) => {
    Object.defineProperty(document, 'visibilityState', { configurable: true, get: () => (v ? 'visible' : 'hidden') });
    Object.defineProperty(document, 'hidden', { configurable: true, get: () => !v });
    document.dispatchEvent(new Event('visibilitychange'));
  }, visible);
