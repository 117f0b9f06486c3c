// The drawings that move, in the engine named by UNKNOT_ENGINE (Firefox ESR or
// WebKitGTK; Chromium's suite runs every drawing in drawings.test.mjs): on the set-up
// card the body travels over a roller that stays on the floor, at the pass pace; with
// `Animate drawings` off it stands still with its arrow.
import assert from 'node:assert/strict';
import { test } from 'node:test';

import { ENGINE } from '../lib/webdriver.mjs';
import { assertClean, click, openOnHome, title, until, useShortSettings, visit, reachHome } from '../lib/wd-app.mjs';

// The drawing with its animations paused `ms` into the movement, measured on screen.
const MEASURE = `
  const figure = document.querySelector('.stage__visual > figure.pose');
  if (!figure) return null;
  const animations = figure.getAnimations({ subtree: true });
  for (const a of animations) { a.pause(); a.currentTime = arguments[0]; }
  const body = figure.querySelector('.pose__body').getBoundingClientRect();
  const hips = figure.querySelector('.pose__limb--cloth').getBoundingClientRect();
  const roller = figure.querySelector('.pose__roller-body').getBoundingClientRect();
  return {
    animations: animations.length,
    duration: animations.length ? animations[0].effect.getTiming().duration : 0,
    hips: [hips.x, hips.y],
    roller: [roller.x, roller.y],
    frame: figure.getBoundingClientRect().height,
    height: body.height,
  };`;

async function setUpCard(driver) {
  await click(driver, 'Start routine');
  await until('the pain check', async () => (await title(driver)) === 'How is your back right now?');
  await click(driver, 'Next');
  await until('the set-up card', async () => (await title(driver)) === 'Set up: left IT band');
}

test(`${ENGINE}: the set-up drawing moves the body over a still roller at the pass pace`, async (t) => {
  const { app, driver } = await openOnHome(t, { short: true });
  await setUpCard(driver);
  const start = await until('the drawing', () => driver.executeScript(MEASURE, 0));
  assert.ok(start.animations > 0, 'it moves');
  assert.equal(start.duration, 6_000, 'one pass of the short settings (6 s)');
  const half = await driver.executeScript(MEASURE, 3_000);
  assert.ok(Math.hypot(half.hips[0] - start.hips[0], half.hips[1] - start.hips[1]) > 3, `the body moved: ${start.hips} → ${half.hips}`);
  assert.ok(Math.abs(half.roller[0] - start.roller[0]) < 0.5, 'the roller stays');
  assert.ok(start.height >= start.frame / 2, `the figure fills its frame (${start.height} of ${start.frame})`);
  await assertClean(app);
});

test(`${ENGINE}: with Animate drawings off the drawing stands still`, async (t) => {
  const { app, server, driver } = await openOnHome(t);
  await useShortSettings(driver);
  await driver.executeScript(`
    const s = JSON.parse(localStorage.getItem('unknot:settings'));
    s.settings.animate_drawings = false;
    localStorage.setItem('unknot:settings', JSON.stringify(s));`);
  await visit(app, server.url);
  await reachHome(driver);
  await setUpCard(driver);
  const still = await until('the drawing', () => driver.executeScript(MEASURE, 0));
  assert.equal(still.animations, 0);
  assert.equal(await driver.executeScript("return document.querySelectorAll('.pose__arrow').length"), 1);
  await assertClean(app);
});
