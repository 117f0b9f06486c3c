// Screenshots for looking at, not a test: `node tests/e2e/screenshots.mjs` (after a release
// build) writes PNGs of the home screen, a rolling card, a hold and the summary, at phone
// (390×844) and desktop (1280×800) sizes, light and dark, to tests/e2e/artifacts/.
// The clock is frozen, so the numbers on screen are the same every run.
import { mkdir } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';

import { reachHome } from './lib/app.mjs';
import { openApp } from './lib/browser.mjs';
import { advance, frozenAt } from './lib/clock.mjs';
import { startServer } from './lib/server.mjs';
import { expectText, expectVisible } from './lib/expect.mjs';
import { button, cardTitle, holdPanel, passCount, timer } from './lib/player.mjs';

const OUT = fileURLToPath(new URL('./artifacts/', import.meta.url));
const SIZES = { phone: { width: 390, height: 844 }, desktop: { width: 1280, height: 800 } };

/** From any card, on to the summary: Next on cards that wait, time on cards that run. */
async function runToSummary(page) {
  for (let step = 0; step < 100; step += 1) {
    const title = (await cardTitle(page).innerText()).trim();
    if (title === 'Well done') return;
    if (title === 'How is your back now?') await button(page, 'Pain 2 of 10').click();
    if ((await timer(page).count()) > 0) await advance(page, 10_000);
    else await button(page, 'Next').click();
    await page.waitForTimeout(30);
  }
  throw new Error('the summary never came');
}

async function shoot(page, name, fullPage = false) {
  const path = `${OUT}${name}.png`;
  // Finite CSS animations jump to their end, endless ones stop: a still, fair picture.
  await page.screenshot({ path, fullPage, animations: 'disabled' });
  console.log(`wrote ${path}`);
}

async function screens(server, size, colorScheme) {
  const app = await openApp('/', { server, viewport: SIZES[size], colorScheme, setup: frozenAt() });
  const { page } = app;
  const tag = `${size}-${colorScheme}`;
  try {
    await reachHome(page);
    await shoot(page, `home-${tag}`);
    if (size === 'phone') await shoot(page, `home-${tag}-full`, true);

    await button(page, 'Start routine').click();
    await button(page, 'Pain 6 of 10').click();
    await button(page, 'Next').click();
    await expectText(cardTitle(page), 'Set up: left IT band');
    await button(page, 'Next').click();
    await advance(page, 5_000 + 13_000); // get ready, then into pass 2
    await expectText(passCount(page), 'Pass 2 of 4');
    await shoot(page, `rolling-${tag}`);

    await button(page, 'Hot spot').click();
    await expectVisible(holdPanel(page));
    await button(page, 'Tenderness 7 of 10').click();
    await advance(page, 8_000);
    await expectText(timer(page), '22');
    await shoot(page, `hold-${tag}`);
    await button(page, 'Released').click();

    await runToSummary(page);
    await expectVisible(page.getByRole('main').getByText('Complete', { exact: true }));
    await shoot(page, `summary-${tag}`);
    if (size === 'phone') await shoot(page, `summary-${tag}-full`, true);
    app.assertClean();
  } finally {
    await app.close();
  }
}

await mkdir(OUT, { recursive: true });
const server = await startServer();
try {
  for (const size of Object.keys(SIZES)) {
    for (const colorScheme of ['light', 'dark']) await screens(server, size, colorScheme);
  }
} finally {
  await server.close();
}
