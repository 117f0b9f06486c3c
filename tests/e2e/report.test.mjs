// The report for a physio, in Chromium: from Progress to `#/report`, its figures for the
// period chosen (the fixture's six weeks of history, seen on its last day), `Print or
// save as PDF` opening the print dialog, and the printed page: one A4 and one US Letter
// page with the trend and the knot map, no navigation and no buttons, in English and in
// German. Accessibility (axe) in light and dark.
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { test } from 'node:test';

import { reachHome } from './lib/app.mjs';
import { WCAG_AA, audit, describe, keepNativeTimers } from './lib/axe.mjs';
import { openApp } from './lib/browser.mjs';
import { freezeClock } from './lib/clock.mjs';
import { expectText, expectVisible } from './lib/expect.mjs';
import { translator } from './lib/i18n.mjs';
import { button } from './lib/player.mjs';

/** Sunday 16 March 2025, 12:00 in UTC+1: the fixture's "today" (progress/test_support.rs). */
const FIXTURE_TODAY = 1_742_122_800_000;
const history = JSON.parse(
  await readFile(new URL('../../crates/domain/tests/fixtures/history-30.json', import.meta.url), 'utf8'),
);

async function open(t, { locale = 'en-US', colorScheme = 'light' } = {}) {
  const app = await openApp('/', {
    locale,
    colorScheme,
    setup: async (context, page) => {
      await keepNativeTimers(context);
      await context.addInitScript((records) => {
        window.printed = 0;
        window.print = () => {
          window.printed += 1;
        };
        if (localStorage.getItem('unknot:safety') !== null) return;
        localStorage.setItem('unknot:safety', JSON.stringify({ v: 2, acknowledged_at: records[0].started_at }));
        for (const record of records) localStorage.setItem(`unknot:session:${record.id}`, JSON.stringify({ v: 2, record }));
      }, history);
      await freezeClock(page, FIXTURE_TODAY);
    },
  });
  t.after(() => app.close());
  if (locale === 'en-US') await reachHome(app.page);
  return app;
}

/** The number of pages in a PDF (its page objects). */
const pages = (pdf) => (pdf.toString('latin1').match(/\/Type\s*\/Page(?!s)/g) ?? []).length;

/** Prints the report as Chromium would and checks the page as printed. */
async function checkPrinted(page, what) {
  await page.emulateMedia({ media: 'print' });
  const shown = await page.evaluate(() => {
    const visible = (el) => el.getClientRects().length > 0 && getComputedStyle(el).visibility !== 'hidden';
    return {
      buttons: [...document.querySelectorAll('button, [role="button"]')].filter(visible).length,
      nav: [...document.querySelectorAll('nav, .nav')].filter(visible).length,
      chart: visible(document.querySelector('.report .pain-chart__svg')),
      knots: visible(document.querySelector('.report .knot-map__figure svg')),
    };
  });
  assert.deepEqual(shown, { buttons: 0, nav: 0, chart: true, knots: true }, `${what}: printed without buttons and navigation, with the charts`);
  for (const format of ['A4', 'Letter']) {
    const pdf = await page.pdf({ format, printBackground: true });
    assert.equal(pages(pdf), 1, `${what}: one ${format} page`);
  }
  await page.emulateMedia({ media: 'screen' });
}

test('the report shows the period, prints on one page, and follows the period chosen', async (t) => {
  const app = await open(t);
  const { page } = app;
  await button(page, 'Progress').click();
  await button(page, 'Report for your physio').click();
  await expectText(page.locator('h1'), 'Report for your physio');
  assert.match(page.url(), /#\/report$/);
  const fact = (term) => page.locator('.report__facts div').filter({ hasText: term }).locator('dd');

  // Four weeks by default: Mon 17 Feb – Sun 16 Mar 2025, 21 sessions, 2 ended early.
  assert.equal(await page.getByRole('button', { name: '4 weeks', exact: true }).getAttribute('aria-pressed'), 'true');
  await expectText(page.locator('.report__period'), /17.*Feb.*to.*16.*Mar/);
  await expectText(fact('Sessions'), '21');
  await expectText(fact('Ended early'), '2');
  await expectVisible(page.getByRole('img', { name: 'Pain before and after each session, 0 to 10' }));
  await expectVisible(page.getByRole('img', { name: 'Knot map: where hot spots recur' }));
  const rows = page.locator('.report__table tbody tr');
  assert.ok((await rows.count()) >= 3, 'a row per zone rolled');
  await expectVisible(rows.filter({ hasText: 'IT band, right' }));
  await expectText(page.locator('.report__part').filter({ hasText: 'Flares' }).locator('.report__none'), /^None in this period/);

  await page.getByRole('button', { name: 'Print or save as PDF' }).click();
  assert.equal(await page.evaluate(() => window.printed), 1, 'the print dialog opened once');
  await checkPrinted(page, 'English, 4 weeks');

  // The whole history: all 30 sessions, and the first week's high-pain starts as flares.
  await page.getByRole('button', { name: 'All', exact: true }).click();
  await expectText(fact('Sessions'), '30');
  await expectText(fact('Ended early'), '3');
  assert.equal(await page.locator('.report__flares li').count(), 7);
  await expectText(page.locator('.report__flares li').first(), /: pain 7 before, 3 after$/);
  await page.getByRole('button', { name: '2 weeks', exact: true }).click();
  await expectText(fact('Sessions'), '9');

  // Accessibility, light and dark.
  for (const scheme of ['light', 'dark']) {
    await page.emulateMedia({ colorScheme: scheme });
    // The colours change with a transition: audit the page as it settles, not midway.
    await page.evaluate(() => Promise.all(document.getAnimations().map((a) => a.finished)));
    const violations = await audit(page, [...WCAG_AA, 'best-practice']);
    assert.equal(violations.length, 0, `${scheme}: ${describe(violations)}`);
  }
  app.assertClean();
});

test('in German the report speaks German and still prints on one page', async (t) => {
  const tr = translator('de');
  const app = await open(t, { locale: 'de-DE' });
  const { page } = app;
  await page.goto(page.url().replace(/#.*$/, '') + '#/report');
  await page.reload();
  await expectText(page.locator('h1'), tr('Report for your physio'));
  await expectVisible(page.getByRole('button', { name: tr('Print or save as PDF') }));
  await expectText(page.locator('.report__period'), /17\. Februar bis .*16\. März/);
  await checkPrinted(page, 'German, 4 weeks');
  app.assertClean();
});
