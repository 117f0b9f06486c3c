// Screenshots of the pre-rendered opening screens (the wasm held back, so this is what
// the HTML alone paints) and of the app after it took over, at 390×844, light and dark.
//   node prerender-shots.mjs /work/shots/prerender
import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';

import { openApp } from './lib/browser.mjs';

const out = process.argv[2] ?? '/work/shots/prerender';
await mkdir(out, { recursive: true });
const SAFETY_DONE = JSON.stringify({ v: 3, acknowledged_at: 1795000000000 });

for (const colorScheme of ['light', 'dark']) {
  for (const visitor of ['first', 'returning']) {
    let release;
    const app = await openApp('/', {
      colorScheme,
      setup: async (context, page) => {
        if (visitor === 'returning') {
          await context.addInitScript((v) => localStorage.setItem('unknot:safety', v), SAFETY_DONE);
        }
        let open;
        const gate = new Promise((ok) => (open = ok));
        release = open;
        await page.route(/_bg\.wasm$/, async (route) => {
          await gate;
          await route.continue();
        });
      },
    });
    const { page } = app;
    await page.locator('#prerendered').waitFor({ state: 'attached' });
    await page.locator('h1').filter({ visible: true }).first().waitFor();
    await page.screenshot({ path: join(out, `${visitor}-${colorScheme}-prerendered.png`) });
    release();
    await page.locator('#prerendered').waitFor({ state: 'detached' });
    await page.evaluate(() => new Promise((ok) => requestAnimationFrame(() => requestAnimationFrame(ok))));
    await page.screenshot({ path: join(out, `${visitor}-${colorScheme}-app.png`) });
    await app.close();
  }
}
console.log(`screenshots in ${out}`);
