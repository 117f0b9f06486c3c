// The drawings' contact sheet, for looking at pose by pose against each pose's checklist
// (crates/domain/src/geometry/poses/table.rs). Not a test. After a release build:
//
//   node tests/e2e/pose-sheet.mjs [out.png]      (default docs/poses.png)
//
// Walks a routine with every zone, as a person would, and on every card with a drawing
// (set-up, get-ready, the side switch, the breathing finish) photographs the drawing at
// the start of a pass and at its end (its animations paused there), in light and dark,
// then lays them out on one page.
import { writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';

import { openApp } from './lib/browser.mjs';
import { frozenAt } from './lib/clock.mjs';
import { eventually } from './lib/expect.mjs';
import { button, cardTitle } from './lib/player.mjs';
import { startServer } from './lib/server.mjs';

const OUT = process.argv[2] ?? fileURLToPath(new URL('../../docs/poses.png', import.meta.url));
const PASS_MS = 8_000;
// In the routine's order, as the app stores it.
const ZONES = [
  'it-band-left', 'it-band-right', 'glutes-left', 'glutes-right', 'hamstrings-left', 'calves-left',
  'hamstrings-right', 'calves-right', 'quad-left', 'hip-flexor-left', 'quad-right', 'hip-flexor-right',
  'lats-left', 'lats-right', 'upper-back', 'shoulder-blade-left', 'shoulder-blade-right',
];

async function photos(server, colorScheme) {
  const settings = JSON.stringify({ v: 3, settings: { zones: ZONES, secs_per_pass: PASS_MS / 1_000 } });
  const app = await openApp('', {
    server,
    colorScheme,
    setup: async (context, page) => {
      await context.addInitScript(([s]) => {
        localStorage.setItem('unknot:safety', JSON.stringify({ v: 3, acknowledged_at: 1795000000000 }));
        localStorage.setItem('unknot:settings', s);
      }, [settings]);
      await frozenAt()(context, page);
    },
  });
  const { page } = app;
  const shots = [];
  try {
    await button(page, 'Start routine').click();
    let title = await cardTitle(page).textContent();
    while (title !== 'How is your back now?') {
      const figure = page.locator('.stage__visual > figure.pose');
      if (await figure.count()) {
        const at = async (ms) => {
          await figure.evaluate((el, t) => {
            for (const a of el.getAnimations({ subtree: true })) {
              a.pause();
              a.currentTime = t;
            }
          }, ms);
          return (await figure.screenshot()).toString('base64');
        };
        shots.push({ title, start: await at(0), end: await at(PASS_MS) });
      }
      const was = title;
      await button(page, 'Next').click();
      title = await eventually(() => cardTitle(page).textContent(), (t) => t !== was, 'the next card');
    }
  } finally {
    await app.close();
  }
  return shots;
}

const server = await startServer();
try {
  const light = await photos(server, 'light');
  const dark = await photos(server, 'dark');
  const img = (b64) => `<img src="data:image/png;base64,${b64}">`;
  const rows = light
    .map(
      (l, i) => `<tr><th>${l.title}</th><td>${img(l.start)}</td><td>${img(l.end)}</td>` +
        `<td class="dark">${img(dark[i].start)}</td><td class="dark">${img(dark[i].end)}</td></tr>`,
    )
    .join('\n');
  const html = `<!doctype html><meta charset="utf-8"><style>
    body { font: 14px system-ui, sans-serif; margin: 12px; background: #fff; }
    table { border-collapse: collapse; } th, td { padding: 4px 6px; vertical-align: middle; }
    th { text-align: left; width: 11rem; font-weight: 600; } td.dark { background: #111; }
    img { display: block; width: 240px; height: auto; } thead th { text-align: center; }
  </style><table><thead><tr><th>Card</th><th>light, pass start</th><th>light, pass end</th>
  <th>dark, pass start</th><th>dark, pass end</th></tr></thead><tbody>${rows}</tbody></table>`;
  const app = await openApp('', { server, viewport: { width: 1260, height: 800 } });
  try {
    // A blank page of its own: the app's CSP has no say over the sheet.
    const sheet = await app.context.newPage();
    await sheet.setContent(html);
    await writeFile(OUT, await sheet.screenshot({ fullPage: true }));
    console.log(`wrote ${OUT} (${light.length} drawings, light and dark)`);
  } finally {
    await app.close();
  }
} finally {
  await server.close();
}
