// Safety as urgent as the danger, in every language: the three signs of a squeezed nerve
// at the base of the spine sit under the emergency heading, the stop-now signs under
// theirs, the rest under see-a-clinician, on the first-run screen, the Safety screen and
// the re-ask after a pain of 7 or more. Texts come from dist/lang/<code>.json, so the
// test holds for any wording the translators choose.
import assert from 'node:assert/strict';
import { test } from 'node:test';

import { openApp } from './lib/browser.mjs';
import { frozenAt } from './lib/clock.mjs';
import { expectVisible } from './lib/expect.mjs';
import { LANGUAGES, translator } from './lib/i18n.mjs';
import { button, cardTitle } from './lib/player.mjs';

/** Each level's heading and the signs it must hold (English keys, as in `content/safety.rs`). */
const LEVELS = {
  emergency: {
    title: 'Get emergency help now, do not roll',
    signs: [
      'Numbness in the saddle area (groin, buttocks, inner thighs).',
      'New bladder or bowel trouble.',
      'Weakness in one or both legs that keeps getting worse.',
    ],
  },
  stop: {
    title: 'Stop now',
    signs: ['Sharp or stabbing pain.', 'Tingling or numbness.', 'Dizziness: sit up slowly.'],
  },
  clinician: {
    title: 'See a clinician first',
    signs: [
      'A fever.',
      'Severe pain at night.',
      'Cancer, now or in the past.',
      'A fracture or a healing bone.',
      'Take blood thinners: anticoagulants, or antiplatelets such as daily aspirin.',
      'Are pregnant.',
    ],
  },
};

/** Fails unless, inside `scope`, each level has its heading first and exactly its own signs. */
async function assertLevels(scope, tr, where) {
  const levels = scope.locator('[data-urgency]');
  assert.deepEqual(
    await levels.evaluateAll((els) => els.map((el) => el.dataset.urgency)),
    ['emergency', 'stop', 'clinician'],
    `${where}: the levels, most urgent first`,
  );
  for (const [key, { title, signs }] of Object.entries(LEVELS)) {
    const level = scope.locator(`[data-urgency="${key}"]`);
    const heading = level.getByRole('heading').first();
    assert.equal((await heading.innerText()).trim(), tr(title), `${where}: the ${key} heading`);
    const items = await level.locator('li').allInnerTexts();
    for (const sign of signs) {
      assert.ok(items.includes(tr(sign)), `${where}: "${tr(sign)}" sits under ${tr(title)}`);
    }
    // No sign of another level is filed here.
    for (const [other, { signs: others }] of Object.entries(LEVELS)) {
      if (other === key) continue;
      for (const sign of others) {
        assert.ok(!items.includes(tr(sign)), `${where}: "${tr(sign)}" is not under ${tr(title)}`);
      }
    }
  }
  const emergency = scope.locator('[data-urgency="emergency"]');
  assert.equal(await emergency.locator('li').count(), 3, `${where}: only the three nerve signs are emergencies`);
}

for (const { code, locale } of [{ code: 'en', locale: 'en-US' }, ...LANGUAGES]) {
  test(`${code}: emergency, stop-now and see-a-clinician signs under their headings on every safety screen`, async (t) => {
    const tr = translator(code);
    const app = await openApp('/', { locale, setup: frozenAt() });
    t.after(() => app.close());
    const { page } = app;
    const main = page.getByRole('main');

    // First run: the safety screen opens the app.
    await expectVisible(button(page, tr('I understand, continue')));
    await page.locator('#prerendered').waitFor({ state: 'detached' });
    await assertLevels(main, tr, 'first run');
    await button(page, tr('I understand, continue')).click();

    // The Safety screen, reached from the navigation.
    await button(page, tr('Safety')).click();
    await expectVisible(button(page, tr('Back to home')));
    await assertLevels(main, tr, 'Safety screen');
    await button(page, tr('Back to home')).click();

    // A pain of 8 before rolling: every level again, before the first roll.
    await button(page, tr('Start routine')).click();
    await expectVisible(cardTitle(page));
    if ((await cardTitle(page).innerText()) === tr('Before you roll')) {
      await assertLevels(main, tr, 'safety card');
      await button(page, tr('Next')).click();
    }
    await button(page, tr('Pain {v} of 10', { v: 8 })).click();
    await button(page, tr('Next')).click();
    const dialog = page.getByRole('dialog', { name: tr('That is a lot of pain') });
    await expectVisible(dialog);
    await assertLevels(dialog, tr, 'pain ≥ 7 re-ask');
    app.assertClean();
  });
}
