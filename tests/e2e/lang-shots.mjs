// Screenshots of every screen in one language, for looking at (not a test): after a
// release build, `LANG_CODE=de node tests/e2e/lang-shots.mjs` writes PNGs at 320×568 (the
// narrowest phone, with the longest language: German) and 390×844, light and dark, to
// $SHOTS or tests/e2e/artifacts/lang/. Settings, Progress and the safety screen are shot
// whole (full page); the player card by card through a routine with a hold.
import { mkdir } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';

import { openApp } from './lib/browser.mjs';
import { advance, frozenAt } from './lib/clock.mjs';
import { LANGUAGES, translator } from './lib/i18n.mjs';
import { startServer } from './lib/server.mjs';
import { button, cardTitle, timer } from './lib/player.mjs';

const CODE = process.env.LANG_CODE ?? 'de';
const { locale } = LANGUAGES.find((l) => l.code === CODE);
const OUT = process.env.SHOTS ? `${process.env.SHOTS.replace(/\/$/, '')}/` : fileURLToPath(new URL('./artifacts/lang/', import.meta.url));
const SIZES = { '320x568': { width: 320, height: 568 }, '390x844': { width: 390, height: 844 } };

async function shots(server, size, colorScheme) {
  const tr = translator(CODE);
  const app = await openApp('/', { server, locale, viewport: SIZES[size], colorScheme, setup: frozenAt() });
  const { page } = app;
  // Shots are for looking, also before every string is translated: English as a fallback.
  const b = (key) => button(page, tr(key)).or(button(page, key)).first();
  let n = 0;
  const shoot = async (name, fullPage = false) => {
    n += 1;
    const path = `${OUT}${CODE}-${size}-${colorScheme}-${String(n).padStart(2, '0')}-${name}.png`;
    await page.screenshot({ path, fullPage, animations: 'disabled' });
    console.log(`wrote ${path}`);
  };
  try {
    const safety = b('I understand, continue');
    await safety.waitFor({ state: 'visible' });
    await shoot('safety', true);
    await safety.click();
    await b('Start routine').waitFor({ state: 'visible' });
    await shoot('home', true);
    await b('Settings').click();
    await page.waitForTimeout(100);
    await shoot('settings', true);
    await b('Home').click();
    await page.waitForTimeout(100);
    await b('New routine').click();
    await page.waitForTimeout(100);
    await shoot('routine-builder', true);
    await page.goBack();
    await b('Start routine').click();
    let held = false;
    for (let i = 0; i < 80; i += 1) {
      const title = (await cardTitle(page).innerText().catch(() => '')).trim();
      await shoot(`player-${title.replace(/[^\p{L}\d]+/gu, '-').slice(0, 40)}`);
      if (await page.getByRole('main').getByText(tr('Complete'), { exact: true }).or(page.getByRole('main').getByText('Complete', { exact: true })).count()) break;
      const hot = b('Hot spot');
      if (!held && (await hot.count())) {
        await advance(page, 3_000);
        await hot.click();
        await advance(page, 2_000);
        await shoot('player-hold');
        await b('Released').click();
        await shoot('player-released');
        held = true;
        continue;
      }
      if (await timer(page).count()) await advance(page, Number(await timer(page).innerText()) * 1_000);
      else await b('Next').click();
      await page.waitForTimeout(10);
    }
    await b('Done').click();
    await b('Progress').click();
    await page.waitForTimeout(100);
    await shoot('progress', true);
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
