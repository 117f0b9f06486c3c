// Scratch (not committed): the data screen in German at 320 px with an import error,
// an import report with reasons, and start-up notices.
import { openApp } from './lib/browser.mjs';
import { frozenAt } from './lib/clock.mjs';
import { translator } from './lib/i18n.mjs';
import { button } from './lib/player.mjs';

const tr = translator('de');
const OUT = '/work/shots/msgs/';
function seed() {
  if (localStorage.getItem('seeded')) return;
  localStorage.setItem('seeded', '1');
  localStorage.setItem('unknot:settings', '{"v":2,"settings":{"hold_secs":90,"passes_per_side":1}}');
  localStorage.setItem('unknot:safety', '{oops');
}
const session = (id, p) => ({ id, started_at: 1_700_000_000_000, ended_at: 1_700_000_300_000, routine: 'full', zones: [], completed: true, passes: [], hot_spots: [], pain_before: p, pain_after: null, note: '', active_ms: 300_000 });
for (const colorScheme of ['light', 'dark']) {
  const app = await openApp('/', { locale: 'de-DE', viewport: { width: 320, height: 568 }, colorScheme, setup: async (c, p) => { await c.addInitScript(seed); await frozenAt()(c, p); } });
  const { page } = app;
  await button(page, tr('I understand, continue')).waitFor({ state: 'visible' });
  await page.waitForTimeout(200);
  await page.screenshot({ path: `${OUT}de-320-${colorScheme}-1-startup-notices.png`, fullPage: false });
  await button(page, tr('I understand, continue')).click();
  await button(page, tr('Settings')).click();
  const input = page.getByLabel(tr('Import data'), { exact: true });
  await input.setInputFiles({ name: 'x.json', mimeType: 'application/json', buffer: Buffer.from(' '.repeat(5 * 1024 * 1024 + 10)) });
  await page.locator('.data__report').nth(1).getByText(/MB/).waitFor();
  await page.locator('.data').scrollIntoViewIfNeeded();
  await page.locator('.data').screenshot({ path: `${OUT}de-320-${colorScheme}-2-data-error.png` });
  await input.setInputFiles({ name: 'y.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify({ app: 'unknot', v: 2, sessions: [session('a', 3), session('b', 11), { id: 'c' }] })) });
  await page.waitForTimeout(300);
  await page.locator('.data').screenshot({ path: `${OUT}de-320-${colorScheme}-3-data-report.png` });
  await page.screenshot({ path: `${OUT}de-320-${colorScheme}-4-settings-full.png`, fullPage: true });
  console.log(await page.locator('.data').innerText());
  console.log(await page.locator('.notices').innerText());
  await app.close();
}
