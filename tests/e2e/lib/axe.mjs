// axe-core (the pinned npm package) run inside the page.
//
// Two things stand in the way and are handled here:
// - The app's strict CSP (script-src with hashes) blocks an injected inline <script>, so
//   the source is evaluated through the DevTools protocol (`page.evaluate`), which CSP
//   does not govern. The page keeps its real CSP during the audit.
// - axe waits on setTimeout, which a paused `page.clock` never fires. The source is
//   wrapped so that axe alone sees the browser's own timers, saved by an init script that
//   runs before the fake clock is installed ({@link keepNativeTimers}).
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);

/** WCAG 2.0 and 2.1, levels A and AA. */
export const WCAG_AA = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];

let source;

/**
 * Saves the native timers for axe. Add before `page.clock.install` (init scripts run in
 * the order they were added).
 * @param {import('playwright-core').BrowserContext} context
 */
export async function keepNativeTimers(context) {
  await context.addInitScript(() => {
    window.__nativeTimers = {
      setTimeout: window.setTimeout.bind(window),
      clearTimeout: window.clearTimeout.bind(window),
    };
  });
}

/**
 * Runs axe on the whole document and returns its violations, trimmed to what a failure
 * message needs.
 * @param {import('playwright-core').Page} page
 * @returns {Promise<Array<{ id: string, impact: string, help: string, nodes: Array<{ target: string, html: string, summary: string }> }>>}
 */
export async function audit(page, tags = WCAG_AA) {
  source ??= await readFile(require.resolve('axe-core/axe.min.js'), 'utf8');
  const loaded = await page.evaluate(() => typeof window.axe === 'object');
  if (!loaded) {
    await page.evaluate(
      `(function (setTimeout, clearTimeout) {\n${source}\n})(` +
        `(window.__nativeTimers || window).setTimeout, (window.__nativeTimers || window).clearTimeout)`,
    );
  }
  return page.evaluate(async (values) => {
    // eslint-disable-next-line no-undef
    const result = await axe.run(document, {
      runOnly: { type: 'tag', values },
      resultTypes: ['violations'],
    });
    return result.violations.map((v) => ({
      id: v.id,
      impact: v.impact,
      help: v.help,
      nodes: v.nodes.map((n) => ({
        target: n.target.join(' '),
        html: n.html.slice(0, 200),
        summary: n.failureSummary,
      })),
    }));
  }, tags);
}

/** A readable report of violations, one line per element. */
export function describe(violations) {
  return violations
    .flatMap((v) => v.nodes.map((n) => `  [${v.id}] ${v.help}\n    at ${n.target}: ${n.html}\n    ${n.summary?.replace(/\n/g, ' ')}`))
    .join('\n');
}
