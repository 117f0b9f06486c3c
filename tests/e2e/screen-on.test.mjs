// A browser with no screen wake lock (Safari before 16.4, WebKitGTK): the player shows
// its "Your screen may turn off" note, and the card stays usable under it at every size:
// the hold, its countdown and `Released` on screen and tappable, before and after a
// reload in the middle of the hold (the note comes back on the new page), with no axe
// violation.
//
// The WebKit journey (engines/journey.test.mjs) found this: with the note up, the card
// had no room left, so the hold seemed gone after a reload.
import assert from 'node:assert/strict';
import { test } from 'node:test';

import { WCAG_AA, audit, describe, keepNativeTimers } from './lib/axe.mjs';
import { openApp } from './lib/browser.mjs';
import { advance, frozenAt } from './lib/clock.mjs';
import { expectText, expectVisible } from './lib/expect.mjs';
import { SIZES, assertNoPageScroll, assertTappable } from './lib/layout.mjs';
import { button, holdPanel, passCount, startRolling, timer } from './lib/player.mjs';

const NOTE = 'Your screen may turn off during the session.';

/** Takes the Screen Wake Lock API away, as on an engine that has none. */
function noWakeLock() {
  delete Navigator.prototype.wakeLock;
}

/** The hold is on screen and usable, with the note above it. */
async function assertHoldUsable(page, when) {
  await expectVisible(page.getByText(NOTE));
  await expectVisible(holdPanel(page));
  await assertNoPageScroll(page, when);
  await assertTappable(timer(page), `the hold countdown (${when})`);
  await assertTappable(button(page, 'Released'), `Released (${when})`);
  await assertTappable(button(page, 'Got it'), `Got it (${when})`);
  // The note's words may scroll on a small screen: still reachable by keyboard (axe).
  const violations = await audit(page, [...WCAG_AA, 'best-practice']);
  assert.equal(violations.length, 0, `axe (${when}): ${describe(violations)}`);
}

for (const [name, viewport] of Object.entries(SIZES)) {
  test(`${name}, no wake lock: the note and the hold share the screen, across a reload`, async (t) => {
    const app = await openApp('/', {
      viewport,
      setup: async (context, page) => {
        await context.addInitScript(noWakeLock);
        await keepNativeTimers(context);
        await frozenAt()(context, page);
      },
    });
    t.after(() => app.close());
    const { page } = app;
    assert.equal(await page.evaluate(() => 'wakeLock' in navigator), false);

    await startRolling(page);
    await expectText(passCount(page), 'Pass 1 of 4');
    await expectVisible(page.getByText(NOTE));
    await assertTappable(button(page, 'Hot spot'), 'Hot spot under the note');
    await button(page, 'Hot spot').click();
    await assertHoldUsable(page, 'hold');
    await advance(page, 3_000);
    const before = Number(await timer(page).innerText());

    await page.reload();
    await assertHoldUsable(page, 'hold after the reload');
    const after = Number(await timer(page).innerText());
    assert.ok(after > 0 && after <= before, `the hold counted on across the reload (${before} → ${after})`);

    // Put away, the card gets its room back.
    await button(page, 'Got it').click();
    await assertTappable(button(page, 'Released'), 'Released without the note');
    app.assertClean();
  });
}
