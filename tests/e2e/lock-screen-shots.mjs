// Screenshots of issue 26's screens for looking at (not a test): after a release build,
// `LANG_CODE=de node tests/e2e/lock-screen-shots.mjs` writes the player's catch-up line
// after the screen was off and Settings' `Cues over silent mode` at 390×844 and 320×568,
// light and dark, to $SHOTS or tests/e2e/artifacts/lock-screen/ (LANG_CODE=en: English).
import { mkdir } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';

import { openApp } from './lib/browser.mjs';
import { advance, frozenAt } from './lib/clock.mjs';
import { LANGUAGES, translator } from './lib/i18n.mjs';
import { startServer } from './lib/server.mjs';
import { button, DEFAULTS, setVisible } from './lib/player.mjs';

const CODE = process.env.LANG_CODE ?? 'en';
const locale = CODE === 'en' ? 'en-US' : LANGUAGES.find((l) => l.code === CODE).locale;
const OUT = process.env.SHOTS ? `${process.env.SHOTS.replace(/\/$/, '')}/` : fileURLToPath(new URL('./artifacts/lock-screen/', import.meta.url));
const SIZES = { '320x568': { width: 320, height: 568 }, '390x844': { width: 390, height: 844 } };

async function shots(server, size, colorScheme) {
  const tr = CODE === 'en' ? (k) => k : translator(CODE);
  const app = await openApp('/', { server, locale, viewport: SIZES[size], colorScheme, setup: frozenAt() });
  const { page } = app;
  const b = (key) => button(page, tr(key)).or(button(page, key)).first();
  const shoot = async (name, fullPage = false) => {
    const path = `${OUT}${CODE}-${size}-${colorScheme}-${name}.png`;
    await page.screenshot({ path, fullPage, animations: 'disabled' });
    console.log(`wrote ${path}`);
  };
  const settle = () => page.waitForTimeout(150);
  try {
    const safety = b('I understand, continue');
    await safety.waitFor({ state: 'visible' });
    await safety.click();
    await b('Settings').click();
    await settle();
    await page.getByRole('switch', { name: tr('Cues over silent mode') }).scrollIntoViewIfNeeded();
    await shoot('settings-cues');
    await b('Home').click();
    await b('Start routine').click();
    await settle();
    await b('Next').click();
    await b('Next').click();
    await advance(page, DEFAULTS.getReadySecs * 1_000 + 2_000);
    await b('Hot spot').click();
    await settle();
    await setVisible(page, false);
    await page.clock.fastForward(45_000);
    await setVisible(page, true);
    await settle();
    await shoot('catch-up');
  } finally {
    await app.close();
  }
}

await mkdir(OUT, { recursive: true });
const server = await startServer();
try {
  for (const size of Object.keys(SIZES)) for (const scheme of ['light', 'dark']) await shots(server, size, scheme);
} finally {
  await server.close();
}
