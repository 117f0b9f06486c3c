import { launchBrowser, PHONE } from './lib/browser.mjs';
import { reachHome } from './lib/app.mjs';
import { startServer } from './lib/server.mjs';
const UA = 'Mozilla/5.0 (iPhone; CPU iPhone OS 17_5 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.5 Mobile/15E148 Safari/604.1';
const server = await startServer();
const browser = await launchBrowser();
for (const scheme of ['light', 'dark']) {
  const ctx = await browser.newContext({ viewport: PHONE, userAgent: UA, colorScheme: scheme, hasTouch: true, isMobile: true });
  await ctx.addInitScript(() => { delete Navigator.prototype.wakeLock; });
  const page = await ctx.newPage();
  await page.goto(server.url);
  await reachHome(page);
  const howTo = page.getByRole('region', { name: 'Add Unknot to your Home Screen' });
  await howTo.scrollIntoViewIfNeeded();
  await page.screenshot({ path: `/work/shots/engines/install-howto-${scheme}.png`, animations: 'disabled' });
  await page.getByRole('button', { name: 'Start routine' }).click();
  await page.getByText('Your screen may turn off').waitFor();
  await page.screenshot({ path: `/work/shots/engines/screen-on-note-${scheme}.png`, animations: 'disabled' });
  await ctx.close();
}
await browser.close(); await server.close();
