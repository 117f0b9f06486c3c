// Screenshots for looking at, not a test: `node tests/e2e/screenshots.mjs` (after a release
// build) writes PNGs of home and of every state of the player (pain check, set-up, More,
// get ready, rolling, hold, the tenderness row, paused, side switch, breathing, the
// summary with Undo, a session that rolled nothing) at 320×568, 390×844, 844×390 and
// 1280×800, light and dark, to $SHOTS or tests/e2e/artifacts/. The clock is frozen, so
// the numbers on screen are the same every run. `--only 390x844` limits the sizes.
import { mkdir } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';

import { reachHome } from './lib/app.mjs';
import { openApp } from './lib/browser.mjs';
import { advance, frozenAt } from './lib/clock.mjs';
import { startServer } from './lib/server.mjs';
import { expectText, expectVisible } from './lib/expect.mjs';
import { SIZES } from './lib/layout.mjs';
import { DEFAULTS, button, cardTitle, holdPanel, passCount } from './lib/player.mjs';

const OUT = process.env.SHOTS ? `${process.env.SHOTS.replace(/\/$/, '')}/` : fileURLToPath(new URL('./artifacts/', import.meta.url));
const only = process.argv.includes('--only') ? process.argv[process.argv.indexOf('--only') + 1] : null;

async function shoot(page, name) {
  const path = `${OUT}${name}.png`;
  // Finite CSS animations jump to their end, endless ones stop: a still, fair picture.
  await page.screenshot({ path, animations: 'disabled' });
  console.log(`wrote ${path}`);
}

async function nextUntil(page, title) {
  for (let i = 0; i < 30 && (await cardTitle(page).innerText()).trim() !== title; i += 1) {
    await button(page, 'Next').click();
    await page.waitForTimeout(30);
  }
  await expectText(cardTitle(page), title);
}

async function screens(server, size, colorScheme) {
  const app = await openApp('/', { server, viewport: SIZES[size], colorScheme, setup: frozenAt() });
  const { page } = app;
  const tag = `${size}-${colorScheme}`;
  try {
    await reachHome(page);
    await shoot(page, `01-home-${tag}`);

    await button(page, 'Start routine').click();
    await button(page, 'Pain 6 of 10').click();
    await shoot(page, `02-pain-before-${tag}`);
    await button(page, 'Next').click();
    await expectText(cardTitle(page), 'Set up: left IT band');
    await shoot(page, `03-setup-${tag}`);
    await button(page, 'More').click();
    await shoot(page, `04-more-${tag}`);
    await button(page, 'Close').click();
    await button(page, 'Next').click();
    await advance(page, 3_000);
    await shoot(page, `05-get-ready-${tag}`);
    await advance(page, DEFAULTS.getReadySecs * 1_000 - 3_000 + 13_000); // into pass 2
    await expectText(passCount(page), 'Pass 2 of 4');
    await shoot(page, `06-rolling-${tag}`);

    await button(page, 'Hot spot').click();
    await expectVisible(holdPanel(page));
    await advance(page, 8_000);
    await shoot(page, `07-hold-${tag}`);
    await button(page, 'Released').click();
    await expectVisible(button(page, 'Tenderness 6 of 10'));
    await shoot(page, `08-tenderness-${tag}`);
    await button(page, 'Tenderness 6 of 10').click();
    await button(page, 'Pause').click();
    await shoot(page, `09-paused-${tag}`);
    await button(page, 'Resume').click();

    await button(page, 'Next').click();
    await expectText(cardTitle(page), 'Switch to the right side');
    await shoot(page, `10-switch-${tag}`);
    await nextUntil(page, 'Breathe it out');
    await advance(page, 5_000);
    await shoot(page, `11-breathe-${tag}`);
    await button(page, 'Next').click();
    await button(page, 'Pain 3 of 10').click();
    await shoot(page, `12-pain-after-${tag}`);
    await button(page, 'Next').click();
    await expectText(cardTitle(page), 'Well done');
    await shoot(page, `13-summary-${tag}`);
    await button(page, 'Done').click();

    await button(page, 'Start routine').click();
    await button(page, 'Next').click();
    await button(page, 'Next').click();
    await advance(page, DEFAULTS.getReadySecs * 1_000 + 25_000);
    await button(page, 'End session').click();
    await expectVisible(button(page, 'Undo'));
    await shoot(page, `14-ended-undo-${tag}`);
    await button(page, 'Done').click();

    await button(page, 'Start routine').click();
    await button(page, 'End session').click();
    await expectText(cardTitle(page), 'Nothing rolled this time');
    await shoot(page, `15-nothing-rolled-${tag}`);
    app.assertClean();
  } finally {
    await app.close();
  }
}

await mkdir(OUT, { recursive: true });
const server = await startServer();
try {
  for (const size of Object.keys(SIZES).filter((s) => !only || s === only)) {
    for (const colorScheme of ['light', 'dark']) await screens(server, size, colorScheme);
  }
} finally {
  await server.close();
}
