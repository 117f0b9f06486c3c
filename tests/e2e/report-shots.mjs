// Screenshots of the report for a physio for looking at (not a test): after a release
// build, `LANG_CODE=de node tests/e2e/report-shots.mjs` writes the report on screen at
// 390×844 and 320×568, light and dark, and the printed page (print media at A4's width,
// 794 px, what Chromium lays out when it prints) to $SHOTS or tests/e2e/artifacts/report/.
import { mkdir, readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';

import { openApp } from './lib/browser.mjs';
import { freezeClock } from './lib/clock.mjs';
import { LANGUAGES } from './lib/i18n.mjs';
import { startServer } from './lib/server.mjs';

const CODE = process.env.LANG_CODE ?? 'en';
const locale = CODE === 'en' ? 'en-US' : LANGUAGES.find((l) => l.code === CODE).locale;
const OUT = process.env.SHOTS ? `${process.env.SHOTS.replace(/\/$/, '')}/` : fileURLToPath(new URL('./artifacts/report/', import.meta.url));
const SIZES = { '320x568': { width: 320, height: 568 }, '390x844': { width: 390, height: 844 } };
const FIXTURE_TODAY = 1_742_122_800_000;
const history = JSON.parse(await readFile(new URL('../../crates/domain/tests/fixtures/history-30.json', import.meta.url), 'utf8'));

async function open(server, viewport, colorScheme) {
  return openApp('#/report', {
    server,
    locale,
    viewport,
    colorScheme,
    setup: async (context, page) => {
      await context.addInitScript((records) => {
        if (localStorage.getItem('unknot:safety') !== null) return;
        localStorage.setItem('unknot:safety', JSON.stringify({ v: 2, acknowledged_at: records[0].started_at }));
        for (const record of records) localStorage.setItem(`unknot:session:${record.id}`, JSON.stringify({ v: 2, record }));
      }, history);
      await freezeClock(page, FIXTURE_TODAY);
    },
  });
}

await mkdir(OUT, { recursive: true });
const server = await startServer();
try {
  for (const [size, viewport] of Object.entries(SIZES)) {
    for (const scheme of ['light', 'dark']) {
      const app = await open(server, viewport, scheme);
      await app.page.reload();
      await app.page.locator('.report').waitFor();
      const path = `${OUT}${CODE}-${size}-${scheme}-report.png`;
      await app.page.screenshot({ path, fullPage: true });
      console.log(`wrote ${path}`);
      await app.close();
    }
  }
  const app = await open(server, { width: 794, height: 1123 }, 'dark');
  await app.page.reload();
  await app.page.locator('.report').waitFor();
  await app.page.emulateMedia({ media: 'print' });
  const path = `${OUT}${CODE}-print-a4.png`;
  await app.page.screenshot({ path, fullPage: true });
  await app.page.pdf({ path: `${OUT}${CODE}-print-a4.pdf`, format: 'A4', printBackground: true });
  console.log(`wrote ${path}`);
  await app.close();
} finally {
  await server.close();
}
