// CSV: `Export as CSV` of 1,000 sessions (each with two hot spots), timed in the page from
// the tap until its status line says the file was saved: writing the CSV in the chosen
// language, the Blob and the download together, as the person waits for it. Headless
// Chromium on Linux has no share sheet, so this is the download path. Median of `runs`.
import { SAFETY, freshContext, median } from './common.mjs';

export const CSV_SESSIONS = 1_000;

/** `n` stored sessions a day apart, in the storage format (v3). */
export function sessions(n) {
  const entries = {};
  const first = Date.UTC(2024, 0, 1, 7, 30);
  for (let i = 0; i < n; i += 1) {
    const start = first + i * 86_400_000;
    const id = `${start}-b${String(i).padStart(4, '0')}`;
    const record = {
      id,
      started_at: start,
      ended_at: start + 600_000,
      routine: 'full',
      zones: ['it-band-left', 'it-band-right', 'upper-back', 'shoulder-blade-left', 'shoulder-blade-right'],
      completed: i % 7 !== 0,
      passes: [
        { zone: 'it-band-left', passes: 4 },
        { zone: 'it-band-right', passes: 4 },
        { zone: 'upper-back', passes: 5 },
      ],
      hot_spots: [
        { zone: 'it-band-left', position: 0.35, found_at: start + 90_000, held_ms: 30_000, tenderness: 6 },
        { zone: 'upper-back', position: 0.8, found_at: start + 300_000, held_ms: 25_000 },
      ],
      pain_before: 5 + (i % 3),
      pain_after: 2 + (i % 3),
      active_ms: 540_000,
      rolled_ms: 480_000,
    };
    entries[`unknot:session:${id}`] = JSON.stringify({ v: 3, record });
  }
  return entries;
}

/** Taps `Export as CSV` and resolves with the ms until the status line says `Saved`. */
const TIMED_EXPORT = () =>
  new Promise((done) => {
    const target = [...document.querySelectorAll('button')].find((b) => b.textContent.trim() === 'Export as CSV');
    const status = document.querySelector('.data__report--csv');
    let started = 0;
    const observer = new MutationObserver(() => {
      if (status.textContent.startsWith('Saved')) {
        observer.disconnect();
        done(performance.now() - started);
      }
    });
    observer.observe(status, { childList: true, subtree: true, characterData: true });
    started = performance.now();
    target.click();
  });

/** @param {import('playwright-core').Browser} b */
export async function measureCsv(b, server, runs) {
  const context = await freshContext(b, { ...SAFETY, ...sessions(CSV_SESSIONS) });
  try {
    const page = await context.newPage();
    await page.goto(server.url);
    await page.getByRole('button', { name: 'Settings', exact: true }).click();
    await page.getByRole('button', { name: 'Export as CSV', exact: true }).waitFor({ state: 'visible', timeout: 30_000 });
    const times = [];
    for (let i = 0; i < runs + 1; i += 1) {
      const ms = await page.evaluate(TIMED_EXPORT);
      if (i > 0) times.push(ms); // the first run warms up
    }
    const line = await page.locator('.data__report--csv').innerText();
    return { sessions: CSV_SESSIONS, runs, ms: median(times), min: Math.min(...times), max: Math.max(...times), line };
  } finally {
    await context.close();
  }
}
