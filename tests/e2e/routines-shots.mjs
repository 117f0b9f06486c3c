// Screenshots of saved routines for looking at, not a test:
// `node tests/e2e/routines-shots.mjs [out-dir]` (after a release build) writes the builder,
// Home with three saved routines, and a shared routine's screen at 390×844, light and dark.
import { mkdir } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';

import { reachHome } from './lib/app.mjs';
import { openApp, PHONE } from './lib/browser.mjs';
import { frozenAt } from './lib/clock.mjs';
import { startServer } from './lib/server.mjs';
import { expectVisible } from './lib/expect.mjs';
import { button } from './lib/player.mjs';

const OUT = process.argv[2] ?? fileURLToPath(new URL('./artifacts/', import.meta.url));

async function shoot(page, name, fullPage = false) {
  const path = `${OUT.replace(/\/?$/, '/')}${name}.png`;
  await page.screenshot({ path, fullPage, animations: 'disabled' });
  console.log(`wrote ${path}`);
}

async function screens(server, colorScheme) {
  const app = await openApp('/', { server, viewport: PHONE, colorScheme, setup: frozenAt() });
  const { page } = app;
  await reachHome(page);
  for (const preset of ['Desk break', 'Legs after a run', 'Warm-up before lifting']) {
    await button(page, 'New routine').click();
    await button(page, preset).click();
    if (preset === 'Warm-up before lifting') {
      await shoot(page, `builder-${colorScheme}`);
      await page.locator('.builder__steps').scrollIntoViewIfNeeded();
      await shoot(page, `builder-steps-${colorScheme}`);
      await shoot(page, `builder-full-${colorScheme}`, true);
    }
    await button(page, 'Save routine').click();
    await expectVisible(button(page, `Start ${preset}`));
  }
  await page.getByRole('combobox', { name: 'I have' }).selectOption('5');
  await page.locator('.routines').scrollIntoViewIfNeeded();
  await page.evaluate(() => document.querySelector('.routines').scrollIntoView());
  await shoot(page, `home-routines-${colorScheme}`);
  await shoot(page, `home-full-${colorScheme}`, true);
  await button(page, 'Share Desk break').click();
  const url = await page.getByRole('textbox', { name: 'Share link' }).inputValue();
  await page.goto(url);
  await page.reload();
  await expectVisible(button(page, 'Add routine'));
  await shoot(page, `add-shared-${colorScheme}`);
  await app.close();
}

await mkdir(OUT, { recursive: true });
const server = await startServer({ base: '/' });
try {
  for (const scheme of ['light', 'dark']) await screens(server, scheme);
} finally {
  await server.close();
}
