// Screenshots for looking at, not a test: `node tests/e2e/pose-shots.mjs [outdir]` after a
// release build. The body diagram's front and back views, the safety screen, the red
// flags at pain 8 and the lower-back answer, at 390×844, light and dark. The drawings of
// every position have their own contact sheet: `node tests/e2e/pose-sheet.mjs`.
import { mkdir } from 'node:fs/promises';

import { reachHome } from './lib/app.mjs';
import { openApp } from './lib/browser.mjs';
import { frozenAt } from './lib/clock.mjs';
import { expectVisible } from './lib/expect.mjs';
import { button } from './lib/player.mjs';
import { startServer } from './lib/server.mjs';

const OUT = process.argv[2] ?? '/work/shots/body';
const PHONE = { width: 390, height: 844 };

const diagram = (page) => page.getByRole('group', { name: 'Body diagram: pick the zones to roll' });
async function shots(server, colorScheme) {
  const app = await openApp('/', { server, viewport: PHONE, colorScheme, reducedMotion: 'reduce', setup: frozenAt() });
  const { page } = app;
  const shoot = async (name) => {
    const path = `${OUT}/${name}-${colorScheme}.png`;
    await page.screenshot({ path, animations: 'disabled' });
    console.log(`wrote ${path}`);
  };
  try {
    await expectVisible(page.getByRole('heading', { name: 'Before you roll' }));
    await shoot('safety');
    await page.mouse.wheel(0, 700);
    await shoot('safety-2');
    await reachHome(page);
    await diagram(page).scrollIntoViewIfNeeded();
    await shoot('diagram');
    await diagram(page).getByRole('button', { name: 'Lower back (do not roll)' }).click();
    await shoot('lower-back');
    await button(page, 'Got it').click();
    await page.goto(page.url().replace(/#.*$/, ''));
    await reachHome(page);
    await button(page, 'Start routine').click();
    await button(page, 'Pain 8 of 10').click();
    await button(page, 'Next').click();
    await expectVisible(page.getByRole('dialog'));
    await shoot('red-flags');
  } finally {
    await app.close();
  }
}

await mkdir(OUT, { recursive: true });
const server = await startServer({ base: '/' });
try {
  for (const scheme of ['light', 'dark']) await shots(server, scheme);
} finally {
  await server.close();
}
