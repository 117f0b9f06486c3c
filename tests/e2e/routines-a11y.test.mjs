// Accessibility of the routine screens (axe, WCAG 2.1 A/AA), light and dark: Home with
// saved routines, an open reminder form and a share link; the builder with its steps and
// errors; a shared routine's screen and a bad link's message.
import assert from 'node:assert/strict';
import { test } from 'node:test';

import { reachHome } from './lib/app.mjs';
import { audit, describe, keepNativeTimers } from './lib/axe.mjs';
import { openApp } from './lib/browser.mjs';
import { freezeClock } from './lib/clock.mjs';
import { expectVisible } from './lib/expect.mjs';
import { button } from './lib/player.mjs';

for (const colorScheme of ['light', 'dark']) {
  test(`routine screens have no WCAG A/AA violations, ${colorScheme}`, async (t) => {
    const app = await openApp('/', {
      colorScheme,
      setup: async (context, page) => {
        await keepNativeTimers(context);
        await freezeClock(page);
      },
    });
    t.after(() => app.close());
    const { page } = app;
    const found = {};
    const check = async (screen) => {
      const violations = await audit(page);
      if (violations.length > 0) found[screen] = describe(violations);
    };
    await reachHome(page);
    await button(page, 'New routine').click();
    await button(page, 'Save routine').click();
    await expectVisible(page.getByRole('alert'));
    await check('builder with errors');
    await button(page, 'Desk break').click();
    await check('builder with a preset');
    await button(page, 'Save routine').click();
    await expectVisible(button(page, 'Start Desk break'));
    await page.getByRole('combobox', { name: 'I have' }).selectOption('5');
    await page.getByText('Remind me to roll').click();
    await button(page, 'Share Desk break').click();
    const url = await page.getByRole('textbox', { name: 'Share link' }).inputValue();
    await check('home with routines, reminder and share link');
    await page.goto(url);
    await page.reload();
    await expectVisible(button(page, 'Add routine'));
    await check('shared routine');
    await page.goto(url.replace(/add\/.*/, 'add/2.QQ'));
    await page.reload();
    await expectVisible(button(page, 'Go to Home'));
    await check('bad link');
    assert.deepEqual(found, {});
    app.assertClean();
  });
}
