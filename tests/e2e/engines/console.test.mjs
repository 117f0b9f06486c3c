// The browser's own console on a first visit, outside WebDriver: WebKitGTK's automation
// windows do not print the console, and Firefox prints CSP complaints only to its web
// console, so the browser is started by hand with its console on stdout. A CSP
// directive the engine does not know ("Unrecognized Content-Security-Policy directive"),
// a preload it never used, any console error: each fails the test.
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';

import { precachedFiles } from '../lib/pwa.mjs';
import { startServer } from '../lib/server.mjs';
import { ENGINE, isProblem } from '../lib/webdriver.mjs';
import { until } from '../lib/wd-app.mjs';

const MINIBROWSER = process.env.MINIBROWSER ?? '/usr/lib/x86_64-linux-gnu/webkit2gtk-4.1/MiniBrowser';
const FIREFOX = process.env.FIREFOX ?? '/usr/bin/firefox-esr';

async function launch(url, profile) {
  if (ENGINE === 'webkit') {
    return spawn(MINIBROWSER, ['--enable-write-console-messages-to-stdout=true', url], { stdio: ['ignore', 'pipe', 'pipe'] });
  }
  await writeFile(
    join(profile, 'user.js'),
    ['devtools.console.stdout.content', 'media.cubeb.force_mock_context', 'browser.shell.checkDefaultBrowser']
      .map((name, i) => `user_pref("${name}", ${i < 2});`)
      .join('\n'),
  );
  return spawn(FIREFOX, ['-headless', '-no-remote', '-profile', profile, url], { stdio: ['ignore', 'pipe', 'pipe'] });
}

test(`${ENGINE}: a first visit prints no console error, CSP complaint or unused preload`, async (t) => {
  assert.ok(ENGINE === 'webkit' || ENGINE === 'firefox', 'this check is for the WebDriver engines');
  const server = await startServer();
  const profile = await mkdtemp(join(tmpdir(), 'unknot-console-'));
  const browser = await launch(server.url, profile);
  const output = [];
  for (const stream of [browser.stdout, browser.stderr]) {
    stream.setEncoding('utf8');
    stream.on('data', (chunk) => output.push(...chunk.split('\n')));
  }
  t.after(async () => {
    browser.kill();
    await new Promise((ok) => (browser.exitCode !== null ? ok() : browser.once('exit', ok)));
    await server.close();
    await rm(profile, { recursive: true, force: true });
  });

  // The app ran and its worker installed: every file it precaches reached the browser.
  const files = await precachedFiles();
  await until('the first visit to finish precaching', () =>
    files.every((f) => server.requests.some((r) => new URL(r, server.origin).pathname === `/${f}`)), 30_000);
  // Late complaints (an unused preload is reported 3 s after load) get their chance.
  await new Promise((ok) => setTimeout(ok, 4_000));
  assert.deepEqual(output.filter(isProblem), [], `${ENGINE} console on a first visit`);
});
