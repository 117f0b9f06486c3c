// Steps through the app the way a person does, shared by the end-to-end tests.

/** The first-run safety screen's confirmation (not part of the interface contract). */
export const SAFETY_CONTINUE = 'I understand, continue';

/**
 * Waits for the app to render, passes the first-run safety screen if it shows, and
 * returns the `Start routine` button of the home screen.
 * @param {import('playwright-core').Page} page
 */
export async function reachHome(page) {
  const start = page.getByRole('button', { name: 'Start routine', exact: true });
  const safety = page.getByRole('button', { name: SAFETY_CONTINUE, exact: true });
  await start.or(safety).first().waitFor({ state: 'visible' });
  // The pre-rendered screen (index.html) shows the same buttons before the app runs.
  await page.locator('#prerendered').waitFor({ state: 'detached' });
  if (await safety.isVisible()) await safety.click();
  await start.waitFor({ state: 'visible' });
  return start;
}
