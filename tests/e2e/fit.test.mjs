// Words that fit, in every language: at 320×568, 390×844 and 844×390, on every screen,
// the navigation shows all four places inside the viewport, and no button, link or
// heading has text wider than its box (scrollWidth ≤ clientWidth) or runs off screen.
import assert from 'node:assert/strict';
import { test } from 'node:test';

import { openApp } from './lib/browser.mjs';
import { frozenAt } from './lib/clock.mjs';
import { expectVisible } from './lib/expect.mjs';
import { LANGUAGES, translator } from './lib/i18n.mjs';
import { SIZES } from './lib/layout.mjs';
import { button, cardTitle } from './lib/player.mjs';

const FIT_SIZES = ['320x568', '390x844', '844x390'].map((name) => ({ name, ...SIZES[name] }));

/** Text boxes wider than they are shown, or outside the viewport, among visible controls and headings. */
function clipped(page) {
  return page.evaluate(() => {
    const shown = (el) => {
      const r = el.getBoundingClientRect();
      if (r.width === 0 || r.height === 0 || el.closest('.visually-hidden, [hidden], #prerendered')) return false;
      const style = getComputedStyle(el);
      return style.visibility !== 'hidden' && style.display !== 'none';
    };
    const found = [];
    for (const el of document.querySelectorAll('button, a[href], h1, h2, h3, h4, summary, label, .nav__link')) {
      if (!shown(el)) continue;
      const r = el.getBoundingClientRect();
      const text = el.innerText.trim().slice(0, 60);
      if (el.scrollWidth > el.clientWidth + 1) found.push(`"${text}" overflows its box (${el.scrollWidth} > ${el.clientWidth})`);
      if (r.left < -1 || r.right > window.innerWidth + 1) found.push(`"${text}" runs off screen (${Math.round(r.left)}–${Math.round(r.right)} of ${window.innerWidth})`);
    }
    return found;
  });
}

/** Every place of the top navigation, inside the viewport horizontally. */
async function assertNavFits(page, tr, where) {
  for (const place of ['Home', 'Progress', 'Settings', 'Safety']) {
    const link = page.locator('.nav__link', { hasText: tr(place) });
    const box = await link.evaluate((el) => {
      const r = el.getBoundingClientRect();
      return { left: r.left, right: r.right, width: r.width, inner: window.innerWidth, full: el.scrollWidth <= el.clientWidth + 1 };
    });
    assert.ok(box.width > 0 && box.left >= -1 && box.right <= box.inner + 1 && box.full, `${where}: ${tr(place)} shows whole: ${JSON.stringify(box)}`);
  }
}

/** Checks the current screen at every size. */
async function checkScreen(page, tr, where, { nav = true } = {}) {
  for (const size of FIT_SIZES) {
    await page.setViewportSize({ width: size.width, height: size.height });
    // Reading a box forces layout at the new size: no frame to wait for (the clock is frozen).
    const at = `${where} at ${size.name}`;
    if (nav) await assertNavFits(page, tr, at);
    assert.deepEqual(await clipped(page), [], at);
  }
}

for (const { code, locale } of [{ code: 'en', locale: 'en-US' }, ...LANGUAGES]) {
  test(`${code}: every screen fits its words at 320×568, 390×844 and 844×390`, async (t) => {
    const tr = translator(code);
    const app = await openApp('/', { locale, setup: frozenAt() });
    t.after(() => app.close());
    const { page } = app;
    const go = async (place, ready) => {
      await page.setViewportSize(SIZES['390x844']);
      await page.locator('.nav__link', { hasText: tr(place) }).click();
      await expectVisible(ready);
    };

    await expectVisible(button(page, tr('I understand, continue')));
    await page.locator('#prerendered').waitFor({ state: 'detached' });
    await checkScreen(page, tr, 'first-run safety');
    await button(page, tr('I understand, continue')).click();
    await expectVisible(button(page, tr('Start routine')));
    await checkScreen(page, tr, 'Home');

    await go('Progress', page.getByRole('heading', { name: tr('No sessions yet') }));
    await checkScreen(page, tr, 'Progress');
    await go('Settings', page.getByRole('combobox', { name: tr('Language'), exact: true }));
    await checkScreen(page, tr, 'Settings');
    await go('Safety', button(page, tr('Back to home')));
    await checkScreen(page, tr, 'Safety');

    await go('Home', button(page, tr('New routine')));
    await button(page, tr('New routine')).click();
    await expectVisible(button(page, tr('Save routine')));
    await checkScreen(page, tr, 'routine builder');
    await button(page, tr('Cancel')).click();

    // The player has no top navigation: its own controls must fit.
    await page.setViewportSize(SIZES['390x844']);
    await button(page, tr('Start routine')).click();
    await expectVisible(cardTitle(page));
    if ((await cardTitle(page).innerText()) === tr('Before you roll')) {
      await checkScreen(page, tr, 'safety card', { nav: false });
      await button(page, tr('Next')).click();
    }
    await expectVisible(button(page, tr('Pain {v} of 10', { v: 8 })));
    await checkScreen(page, tr, 'pain check', { nav: false });
    await button(page, tr('Pain {v} of 10', { v: 8 })).click();
    await button(page, tr('Next')).click();
    await expectVisible(page.getByRole('dialog', { name: tr('That is a lot of pain') }));
    await checkScreen(page, tr, 'pain ≥ 7 re-ask', { nav: false });
    await button(page, tr('I understand, continue')).click();
    await expectVisible(cardTitle(page));
    await checkScreen(page, tr, 'set-up card', { nav: false });
    app.assertClean();
  });
}
