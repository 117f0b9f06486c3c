// 5. Lighthouse: the mobile preset (simulated slow 4G, CPU 4× slower, a 412×823 phone),
// performance, accessibility, best practices and SEO, against the build served with
// brotli and immutable caching as the README tells hosts. A fresh profile each run, so a
// first visit of a first-time visitor. The CLI is npm's `lighthouse` at the version
// `cargo xtask bench` pins and installs into .tools/lighthouse ($LIGHTHOUSE); it drives
// Debian's Chromium ($CHROME_PATH, read by chrome-launcher) headless.
import { execFile } from 'node:child_process';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';

import { CHROMIUM } from '../lib/browser.mjs';
import { median } from './common.mjs';

const run = promisify(execFile);

export const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'];
const METRICS = {
  fcpMs: 'first-contentful-paint',
  lcpMs: 'largest-contentful-paint',
  tbtMs: 'total-blocking-time',
  cls: 'cumulative-layout-shift',
  speedIndexMs: 'speed-index',
};

/** One Lighthouse run of `url`: the four scores (0–100) and the metrics. */
async function once(url) {
  const cli = process.env.LIGHTHOUSE;
  if (!cli) throw new Error('LIGHTHOUSE is not set: run the bench through `cargo xtask bench`');
  const dir = await mkdtemp(join(tmpdir(), 'unknot-lh-'));
  try {
    const out = join(dir, 'report.json');
    await run(
      cli,
      [
        url,
        '--output=json',
        `--output-path=${out}`,
        `--only-categories=${CATEGORIES.join(',')}`,
        '--form-factor=mobile',
        '--throttling-method=simulate',
        '--chrome-flags=--headless=new --no-sandbox --disable-gpu',
        '--quiet',
      ],
      { env: { ...process.env, CHROME_PATH: process.env.CHROME_PATH ?? CHROMIUM }, maxBuffer: 64 << 20 },
    );
    const report = JSON.parse(await readFile(out, 'utf8'));
    const scores = Object.fromEntries(
      CATEGORIES.map((c) => [c, Math.round((report.categories[c]?.score ?? 0) * 100)]),
    );
    const metrics = Object.fromEntries(
      Object.entries(METRICS).map(([k, audit]) => [k, report.audits[audit]?.numericValue ?? null]),
    );
    const failing = Object.values(report.audits)
      .filter((a) => a.score !== null && a.score < 1 && a.scoreDisplayMode === 'binary')
      .map((a) => a.id);
    return { version: report.lighthouseVersion, scores, ...metrics, failing };
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

/** The median of every score and metric over `runs` Lighthouse runs of `url`. */
export async function measureLighthouse(url, runs = 3) {
  const all = [];
  for (let i = 0; i < runs; i += 1) all.push(await once(url));
  const med = (pick) => median(all.map(pick));
  return {
    runs,
    version: all[0].version,
    scores: Object.fromEntries(CATEGORIES.map((c) => [c, med((r) => r.scores[c])])),
    ...Object.fromEntries(Object.keys(METRICS).map((k) => [k, med((r) => r[k])])),
    failing: [...new Set(all.flatMap((r) => r.failing))],
    all,
  };
}
