// axe-core finds no WCAG 2.0/2.1 A or AA violation, and no best-practice one (one h1 per
// screen, landmarks, ...), on the screens a person meets: safety,
// home (and its lower-back explanation), settings, progress (empty and with history), the
// pain check, the set-up card, the get-ready countdown, a rolling card (running and paused),
// a hold, the question Back asks during a session, Home with a session waiting, the side
// switch, the summary and a past session, in light and in dark.
import assert from 'node:assert/strict';
import { test } from 'node:test';

import { SAFETY_CONTINUE } from './lib/app.mjs';
import { WCAG_AA, audit, describe, keepNativeTimers } from './lib/axe.mjs';
import { openApp } from './lib/browser.mjs';
import { advance, freezeClock } from './lib/clock.mjs';
import { expectText, expectVisible } from './lib/expect.mjs';
import { DEFAULTS, PARTIAL_NONE, button, cardTitle, holdPanel, passCount, summaryStatus } from './lib/player.mjs';

for (const colorScheme of ['light', 'dark']) {
  test(`no WCAG A/AA violations on any screen, ${colorScheme}`, async (t) => {
    const app = await openApp('/', {
      colorScheme,
      setup: async (context, page) => {
        await keepNativeTimers(context);
        await freezeClock(page);
      },
    });
    t.after(() => app.close());
    const { page } = app;
    /** @type {Record<string, string>} */
    const found = {};
    const check = async (screen) => {
      const violations = await audit(page, [...WCAG_AA, 'best-practice']);
      let lines = violations.length > 0 ? describe(violations) : '';
      // axe asks for at least one h1; the house rule is exactly one per screen.
      const headings = await page.locator('h1').count();
      if (headings !== 1) lines += `\n  ${headings} h1 elements, want exactly 1`;
      if (lines) found[screen] = lines;
    };

    await expectVisible(button(page, SAFETY_CONTINUE));
    await check('safety (first run)');
    await button(page, SAFETY_CONTINUE).click();
    await expectVisible(button(page, 'Start routine'));
    await check('home');
    await button(page, 'Lower back (do not roll)').click();
    await expectVisible(page.getByRole('dialog'));
    await check('home, lower-back explanation');
    // The dialog's own: Home's notice about data the browser may delete has a Got it too.
    await page.getByRole('dialog').getByRole('button', { name: 'Got it', exact: true }).click();
    await button(page, 'Settings').click();
    await expectVisible(page.getByRole('slider', { name: 'Hold seconds', exact: true }));
    await check('settings');
    await button(page, 'Progress').click();
    await expectVisible(page.getByRole('heading', { name: 'No sessions yet' }));
    await check('progress (empty)');

    await button(page, 'Home').click();
    await button(page, 'Start routine').click();
    await expectText(cardTitle(page), 'How is your back right now?');
    await button(page, 'Pain 5 of 10').click();
    await check('pain check');
    await button(page, 'Next').click();
    await expectText(cardTitle(page), 'Set up: left IT band');
    await check('set-up card');
    await button(page, 'Next').click();
    await expectText(cardTitle(page), 'Get ready: left IT band');
    await check('get-ready countdown');
    await advance(page, DEFAULTS.getReadySecs * 1_000 + 3_000);
    await expectText(passCount(page), 'Pass 1 of 4');
    await check('rolling card');
    await button(page, 'Pause').click();
    await expectVisible(button(page, 'Resume'));
    await check('rolling card, paused');
    await button(page, 'Resume').click();
    await button(page, 'Hot spot').click();
    await expectVisible(holdPanel(page));
    await check('hold');
    await page.goBack();
    await expectVisible(page.getByRole('heading', { name: 'Paused — resume or end?' }));
    await check('paused by Back');
    await button(page, 'Resume').click();
    await advance(page, 20_000);
    await button(page, 'Released').click();
    await expectVisible(button(page, 'Tenderness 8 of 10'));
    await check('rolling card, tenderness asked');
    await button(page, 'Tenderness 8 of 10').click();
    await button(page, 'Next').click();
    await expectText(cardTitle(page), 'Switch to the right side');
    await check('switch-side card');
    await page.goBack();
    await expectVisible(page.getByRole('heading', { name: 'Paused — resume or end?' }));
    await page.goBack();
    await expectVisible(button(page, 'Resume session'));
    await check('home, session waiting');
    await button(page, 'Resume session').click();
    await button(page, 'End session').click();
    await expectText(summaryStatus(page), PARTIAL_NONE);
    await check('summary');
    await button(page, 'Done').click();
    await button(page, 'Progress').click();
    await expectVisible(page.getByRole('heading', { name: 'Knot map' }));
    await check('progress');
    await page.locator('.history__item').first().click();
    await expectVisible(button(page, '← All sessions'));
    await check('past session');

    const report = Object.entries(found)
      .map(([screen, lines]) => `${screen}:\n${lines}`)
      .join('\n');
    assert.equal(report, '', `axe found violations (${colorScheme}):\n${report}`);
    app.assertClean();
  });
}
