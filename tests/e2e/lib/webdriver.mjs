// Firefox ESR and WebKitGTK (and, for the download count, Chromium) driven through W3C
// WebDriver with selenium-webdriver. Each test starts its own driver server on a free
// port and reads its output: the browsers print the page's console there, so a
// console error or a CSP complaint fails the test in every engine.
//
// The engine comes from UNKNOT_ENGINE (chromium | firefox | webkit); browser and driver
// paths from FIREFOX, GECKODRIVER, WEBKIT_DRIVER, CHROMIUM, CHROMEDRIVER (the xtask sets
// them). WebKit's MiniBrowser needs a display: run these tests inside `xvfb-run -a`.
import { spawn } from 'node:child_process';
import { createServer } from 'node:net';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { Builder } from 'selenium-webdriver';

import { CHROMIUM, CHROMIUM_ARGS } from './browser.mjs';

/** The engine under test. */
export const ENGINE = process.env.UNKNOT_ENGINE ?? 'firefox';
const FIREFOX = process.env.FIREFOX ?? '/usr/bin/firefox-esr';
const GECKODRIVER = process.env.GECKODRIVER ?? `${process.env.HOME}/.cargo/bin/geckodriver`;
const WEBKIT_DRIVER = process.env.WEBKIT_DRIVER ?? '/usr/bin/WebKitWebDriver';
const CHROMEDRIVER = process.env.CHROMEDRIVER ?? '/usr/bin/chromedriver';
/** WebKitGTK's own small browser, which WebKitWebDriver automates. */
const MINIBROWSER = process.env.MINIBROWSER ?? '/usr/lib/x86_64-linux-gnu/webkit2gtk-4.1/MiniBrowser';

/** Firefox preferences: sound without a sound card, the page console on stdout, quiet. */
const FIREFOX_PREFS = {
  'media.cubeb.force_mock_context': true,
  'media.autoplay.default': 0,
  // Answers "keep data on this device?" (navigator.storage.persist) as a person would.
  'dom.storageManager.prompt.testing': true,
  'dom.storageManager.prompt.testing.allow': true,
  'devtools.console.stdout.content': true,
  'browser.shell.checkDefaultBrowser': false,
  'app.update.disabledForTesting': true,
  'datareporting.policy.dataSubmissionEnabled': false,
  'toolkit.telemetry.enabled': false,
  'network.captive-portal-service.enabled': false,
  'network.connectivity-service.enabled': false,
  'browser.safebrowsing.malware.enabled': false,
  'browser.safebrowsing.phishing.enabled': false,
  'extensions.update.enabled': false,
  'browser.search.update': false,
  'messaging-system.rsexperimentloader.enabled': false,
  'app.normandy.enabled': false,
  'app.shield.optoutstudies.enabled': false,
  'browser.newtabpage.enabled': false,
  'browser.startup.homepage': 'about:blank',
};

function freePort() {
  return new Promise((ok, fail) => {
    const server = createServer();
    server.once('error', fail);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => ok(port));
    });
  });
}

async function waitForDriver(url, child, output) {
  for (let i = 0; i < 300; i += 1) {
    if (child.exitCode !== null) throw new Error(`the driver exited: ${output.join('\n')}`);
    const ready = await fetch(`${url}/status`).then((r) => r.ok, () => false);
    if (ready) return;
    await new Promise((ok) => setTimeout(ok, 100));
  }
  throw new Error(`the driver did not start at ${url}: ${output.join('\n')}`);
}

function driverCommand(engine, port) {
  switch (engine) {
    case 'firefox':
      return [GECKODRIVER, ['--port', String(port), '--host', '127.0.0.1']];
    case 'webkit':
      return [WEBKIT_DRIVER, [`--port=${port}`]];
    case 'chromium':
      return [CHROMEDRIVER, [`--port=${port}`]];
    default:
      throw new Error(`UNKNOT_ENGINE must be chromium, firefox or webkit, not ${engine}`);
  }
}

function capabilities(engine, profile, prefs = {}, javascript = true) {
  switch (engine) {
    case 'firefox':
      return {
        browserName: 'firefox',
        'moz:firefoxOptions': { binary: FIREFOX, args: ['-headless', '-profile', profile], prefs: { ...FIREFOX_PREFS, ...prefs, ...(javascript ? {} : { 'javascript.enabled': false }) } },
      };
    case 'webkit':
      return {
        browserName: 'MiniBrowser',
        'webkitgtk:browserOptions': {
          binary: MINIBROWSER,
          args: ['--automation', '--enable-write-console-messages-to-stdout=true', ...(javascript ? [] : ['--enable-javascript=false'])],
        },
      };
    default:
      return {
        browserName: 'chrome',
        'goog:chromeOptions': {
          binary: CHROMIUM,
          args: ['--headless=new', `--user-data-dir=${profile}`, '--window-size=390,844', ...CHROMIUM_ARGS],
        },
        'goog:loggingPrefs': { browser: 'ALL' },
      };
  }
}

/**
 * What in a driver's output is a problem: a console error, an uncaught error or any
 * complaint about the Content-Security-Policy, in each engine's own words.
 */
export function isProblem(line) {
  return (
    /Content[- ]Security[- ]Policy/i.test(line) ||
    // Firefox: the page's console.error/warn (quoted; the browser's own lines are not) and
    // uncaught errors of pages on the test server.
    /^console\.(error|warn): "/.test(line) ||
    /^JavaScript (error|warning): http:\/\/127\.0\.0\.1/.test(line) ||
    // WebKit (MiniBrowser's console on stdout).
    /CONSOLE \w+ (ERROR|WARN)/.test(line) ||
    /preloaded using link preload but not used/i.test(line)
  );
}

/**
 * Installed into the page after each navigation: records uncaught errors, rejected
 * promises, CSP violations and console.error calls in `window.__problems`, so every
 * engine reports them the same way (WebDriver has no console in Firefox or WebKit).
 */
export function pageGuard() {
  if (window.__problems) return;
  const problems = (window.__problems = []);
  window.addEventListener('error', (e) => problems.push(`page error: ${e.message}`));
  window.addEventListener('unhandledrejection', (e) => problems.push(`unhandled rejection: ${e.reason}`));
  document.addEventListener('securitypolicyviolation', (e) =>
    problems.push(`CSP violation: ${e.violatedDirective} ${e.blockedURI}`),
  );
  const error = console.error;
  console.error = (...args) => {
    problems.push(`console error: ${args.join(' ')}`);
    error.apply(console, args);
  };
}

/**
 * Starts the engine's driver and a browser session with a fresh profile (`javascript:
 * false`: pages run no script, as with JavaScript turned off in the browser).
 * @returns {Promise<{ driver: import('selenium-webdriver').WebDriver, engine: string,
 *   output: string[], problems: () => Promise<string[]>, close: () => Promise<void> }>}
 */
export async function openBrowser(engine = ENGINE, options = {}) {
  // A browser that never comes up (WebKitGTK's MiniBrowser, now and then) would hang the
  // whole step: the session gets a deadline, and one more try with a fresh driver.
  try {
    return await startSession(engine, options);
  } catch (error) {
    if (!(error instanceof SessionTimeout)) throw error;
    return startSession(engine, options);
  }
}

/** How long a browser session may take to start. */
const SESSION_START_MS = 60_000;

class SessionTimeout extends Error {}

/** `promise`, or a {@link SessionTimeout} after `ms`. */
async function within(promise, ms, what) {
  let timer;
  const late = new Promise((_, reject) => {
    timer = setTimeout(() => reject(new SessionTimeout(`${what} did not start within ${ms / 1000} s`)), ms);
  });
  try {
    return await Promise.race([promise, late]);
  } finally {
    clearTimeout(timer);
  }
}

async function startSession(engine, { firefoxPrefs = {}, javascript = true } = {}) {
  const port = await freePort();
  const [program, args] = driverCommand(engine, port);
  const output = [];
  const child = spawn(program, args, { stdio: ['ignore', 'pipe', 'pipe'] });
  for (const stream of [child.stdout, child.stderr]) {
    let rest = '';
    stream.setEncoding('utf8');
    stream.on('data', (chunk) => {
      const lines = (rest + chunk).split('\n');
      rest = lines.pop();
      output.push(...lines);
    });
  }
  const url = `http://127.0.0.1:${port}`;
  const profile = await mkdtemp(join(tmpdir(), `unknot-${engine}-`));
  let driver;
  try {
    await waitForDriver(url, child, output);
    driver = await within(
      new Builder().usingServer(url).withCapabilities(capabilities(engine, profile, firefoxPrefs, javascript)).build(),
      SESSION_START_MS,
      `the ${engine} session`,
    );
    if (engine !== 'chromium') await driver.manage().window().setRect({ width: 390, height: 844 }).catch(() => {});
  } catch (error) {
    child.kill();
    await rm(profile, { recursive: true, force: true });
    throw error;
  }
  return {
    driver,
    engine,
    output,
    async problems() {
      const found = output.filter(isProblem);
      if (engine === 'chromium') {
        const logs = await driver.manage().logs().get('browser');
        for (const entry of logs) if (entry.level.name === 'SEVERE' || /Content-Security-Policy/.test(entry.message)) found.push(entry.message);
      }
      return found;
    },
    async close() {
      await driver.quit().catch(() => {});
      child.kill();
      await new Promise((ok) => (child.exitCode !== null ? ok() : child.once('exit', ok)));
      await rm(profile, { recursive: true, force: true });
    },
  };
}
