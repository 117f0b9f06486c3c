// Screenshots for looking at, not a test: `node tests/e2e/pose-shots.mjs [outdir]` after a
// release build. Every position's set-up drawing (and the tilts), the body diagram's front
// and back views, the safety screen, the red flags at pain 8 and the lower-back answer,
// at 390×844, light and dark.
import { mkdir } from 'node:fs/promises';

import { reachHome } from './lib/app.mjs';
import { openApp } from './lib/browser.mjs';
import { frozenAt } from './lib/clock.mjs';
import { expectVisible } from './lib/expect.mjs';
import { button } from './lib/player.mjs';
import { startServer } from './lib/server.mjs';

const OUT = process.argv[2] ?? '/work/shots/body';
const PHONE = { width: 390, height: 844 };
const POSITIONS = [
  ['side-plank-left', 'IT band, left'],
  ['side-plank-right', 'IT band, right'],
  ['face-up', 'Upper back'],
  ['seated-glute-left', 'Glutes, left'],
  ['seated-glute-right', 'Glutes, right'],
  ['seated-leg-left', 'Hamstrings, left'],
  ['seated-leg-right', 'Calves, right'],
  ['prone-left', 'Quadriceps, left'],
  ['prone-right', 'Hip flexor, right'],
  ['side-lying-left', 'Lats, left'],
  ['side-lying-right', 'Lats, right'],
];

const diagram = (page) => page.getByRole('group', { name: 'Body diagram: pick the zones to roll' });
/** Taps every picked zone once, by name (a locator by state would move as they change). */
async function unpickAll(page) {
  const picked = diagram(page).locator('[aria-pressed="true"]');
  const names = await picked.evaluateAll((els) => els.map((el) => el.getAttribute('aria-label')));
  for (const name of names) await diagram(page).getByRole('button', { name, exact: true }).click();
}

async function only(page, name) {
  await reachHome(page);
  await unpickAll(page);
  await diagram(page).getByRole('button', { name, exact: true }).click();
}

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
    for (const [key, zone] of POSITIONS) {
      await only(page, zone);
      await button(page, 'Start routine').click();
      await button(page, 'Next').click();
      await expectVisible(page.locator(`[data-position="${key}"]`));
      await page.locator(`[data-position="${key}"]`).scrollIntoViewIfNeeded();
      await shoot(`pose-${key}`);
      await button(page, 'End session').click();
      await page.goto(page.url().replace(/#.*$/, ''));
    }
    await only(page, 'Shoulder blade, left');
    await button(page, 'Start routine').click();
    await button(page, 'Next').click();
    await button(page, 'Next').click();
    await shoot('pose-tilt-left');
    await button(page, 'End session').click();
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
