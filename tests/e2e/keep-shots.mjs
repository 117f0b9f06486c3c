// Screenshots of data that stays (issue 26) for looking at (not a test): after a release
// build, `node tests/e2e/keep-shots.mjs` writes Home with the eviction notice and
// Settings › Your data (with the reminder, then after an export) at 390×844 and 320×568,
// light and dark, to $SHOTS or tests/e2e/artifacts/keep/ (LANG_CODE=de for German).
import { mkdir, readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';

import { openApp } from './lib/browser.mjs';
import { frozenAt, T0 } from './lib/clock.mjs';
import { LANGUAGES, translator } from './lib/i18n.mjs';
import { button } from './lib/player.mjs';
import { startServer } from './lib/server.mjs';

const CODE = process.env.LANG_CODE ?? 'en';
const locale = CODE === 'en' ? 'en-US' : LANGUAGES.find((l) => l.code === CODE).locale;
const OUT = process.env.SHOTS ? `${process.env.SHOTS.replace(/\/$/, '')}/` : fileURLToPath(new URL('./artifacts/keep/', import.meta.url));
const SIZES = { '320x568': { width: 320, height: 568 }, '390x844': { width: 390, height: 844 } };
const DAY_MS = 86_400_000;

const template = JSON.parse(await readFile(new URL('../../crates/domain/tests/fixtures/v3-record.json', import.meta.url), 'utf8'));
/** Ten sessions, one a day before T0: enough for the reminder. */
const RECORDS = Array.from({ length: 10 }, (_, i) => {
  const started = T0 - (10 - i) * DAY_MS;
  const id = `${started}-k${String(i).padStart(3, '0')}`;
  return [`unknot:session:${id}`, JSON.stringify({ ...template, record: { ...template.record, id, started_at: started, ended_at: started + 780_000 } })];
});

async function shots(server, size, colorScheme) {
  const tr = CODE === 'en' ? (k) => k : translator(CODE);
  const app = await openApp('/', {
    server,
    locale,
    viewport: SIZES[size],
    colorScheme,
    setup: async (context, page) => {
      await context.addInitScript((entries) => {
        navigator.storage.persisted = async () => false;
        navigator.storage.persist = async () => false;
        if (localStorage.getItem('unknot:safety') !== null) return;
        localStorage.setItem('unknot:safety', JSON.stringify({ v: 2, acknowledged_at: 1_700_000_000_000 }));
        for (const [key, value] of entries) localStorage.setItem(key, value);
      }, RECORDS);
      await frozenAt()(context, page);
    },
  });
  const { page } = app;
  const b = (key) => button(page, tr(key)).or(button(page, key)).first();
  const shoot = async (name, target = page) => {
    const path = `${OUT}${CODE}-${size}-${colorScheme}-${name}.png`;
    await target.screenshot({ path, animations: 'disabled', ...(target === page ? { fullPage: true } : {}) });
    console.log(`wrote ${path}`);
  };
  const settle = () => page.waitForTimeout(150);
  try {
    const notice = page.locator('.keep');
    await notice.waitFor({ state: 'visible' });
    await settle();
    await shoot('1-home');
    await notice.scrollIntoViewIfNeeded();
    const inView = `${OUT}${CODE}-${size}-${colorScheme}-2-home-notice.png`;
    await page.screenshot({ path: inView, animations: 'disabled' });
    console.log(`wrote ${inView}`);
    await b('Settings').click();
    const data = page.locator('.data');
    await data.waitFor({ state: 'visible' });
    await data.scrollIntoViewIfNeeded();
    await settle();
    await shoot('3-settings-data-reminder', data);
    await Promise.all([page.waitForEvent('download'), data.getByRole('button', { name: tr('Export data') }).click()]);
    await settle();
    await shoot('4-settings-data-exported', data);
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
