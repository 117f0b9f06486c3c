// Screenshots of the weekly plan for looking at (not a test): after a release build,
// `LANG_CODE=de node tests/e2e/plan-shots.mjs` writes Home with a plan, the check-in, a
// gentler week, the plan's screen and the summary at 390×844 and 320×568, light and dark,
// to $SHOTS or tests/e2e/artifacts/plan/ (LANG_CODE=en for English).
import { mkdir } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';

import { openApp } from './lib/browser.mjs';
import { advance, frozenAt, T0 } from './lib/clock.mjs';
import { LANGUAGES, translator } from './lib/i18n.mjs';
import { startServer } from './lib/server.mjs';
import { button, DEFAULTS } from './lib/player.mjs';

const CODE = process.env.LANG_CODE ?? 'en';
const locale = CODE === 'en' ? 'en-US' : LANGUAGES.find((l) => l.code === CODE).locale;
const OUT = process.env.SHOTS ? `${process.env.SHOTS.replace(/\/$/, '')}/` : fileURLToPath(new URL('./artifacts/plan/', import.meta.url));
const SIZES = { '320x568': { width: 320, height: 568 }, '390x844': { width: 390, height: 844 } };
const DAY_MS = 86_400_000;

async function shots(server, size, colorScheme) {
  const tr = CODE === 'en' ? (k) => k : translator(CODE);
  const app = await openApp('/', { server, locale, viewport: SIZES[size], colorScheme, setup: frozenAt() });
  const { page } = app;
  const b = (key) => button(page, tr(key)).or(button(page, key)).first();
  const shoot = async (name) => {
    const path = `${OUT}${CODE}-${size}-${colorScheme}-${name}.png`;
    await page.screenshot({ path, fullPage: true, animations: 'disabled' });
    console.log(`wrote ${path}`);
  };
  const settle = () => page.waitForTimeout(150);
  const roll = async (before, after) => {
    await b("Start today's session").click();
    await settle();
    if (before !== undefined) await page.locator('.pain-scale button').nth(before).click();
    await b('Next').click();
    await settle();
    await b('Next').click();
    await advance(page, DEFAULTS.getReadySecs * 1_000 + 5_000);
    await b('End session').click();
    await settle();
    if (after !== undefined) await page.locator('.pain-scale button').nth(after).click();
    await b('Done').click();
    await settle();
  };
  try {
    const safety = b('I understand, continue');
    await safety.waitFor({ state: 'visible' });
    await safety.click();
    await b('Start a plan').click();
    await settle();
    await shoot('1-setup');
    await b('Start plan').click();
    await settle();
    await shoot('2-home-week-1');
    await roll(3, 6);
    await shoot('3-home-gentler');
    await page.clock.pauseAt(T0 + 7 * DAY_MS);
    await page.reload();
    await b('Same').waitFor({ state: 'visible' });
    await b('Same').click();
    await shoot('4-check-in');
    await b('About right').click();
    await b('Save check-in').click();
    await settle();
    await b('Plan details').click();
    await settle();
    await shoot('5-plan-screen');
    await page.clock.pauseAt(T0 + 28 * DAY_MS);
    await page.reload();
    // Still on the plan's screen: it now shows the summary.
    await b('Start another block').waitFor({ state: 'visible' });
    await settle();
    await shoot('6-summary');
  } finally {
    await app.close();
  }
}

await mkdir(OUT, { recursive: true });
const server = await startServer({ base: '/' });
try {
  for (const size of Object.keys(SIZES)) for (const scheme of ['light', 'dark']) await shots(server, size, scheme);
} finally {
  await server.close();
}
