// The test server itself: sub-path mounting, SPA fallback, MIME types, no escape from
// the build folder. Runs against a small fake build, so it needs no Trunk output.
import assert from 'node:assert/strict';
import { mkdtemp, mkdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, test } from 'node:test';

import { startServer } from './lib/server.mjs';

let root;
let server;

before(async () => {
  root = await mkdtemp(join(tmpdir(), 'unknot-dist-'));
  await mkdir(join(root, 'icons'));
  await writeFile(join(root, 'index.html'), '<!doctype html><title>app</title>');
  await writeFile(join(root, 'app_bg.wasm'), Buffer.from([0, 97, 115, 109]));
  await writeFile(join(root, 'manifest.webmanifest'), '{}');
  await writeFile(join(root, 'icons', 'icon.svg'), '<svg/>');
  server = await startServer({ root, base: '/unknot/' });
});

after(async () => {
  await server.close();
  await rm(root, { recursive: true, force: true });
});

async function get(path) {
  const response = await fetch(server.origin + path);
  return { status: response.status, type: response.headers.get('content-type'), body: await response.text() };
}

test('serves on 127.0.0.1 under the sub-path', () => {
  assert.match(server.url, /^http:\/\/127\.0\.0\.1:\d+\/unknot\/$/);
});

test('answers with the MIME types a PWA needs', async () => {
  assert.equal((await get('/unknot/app_bg.wasm')).type, 'application/wasm');
  assert.equal((await get('/unknot/manifest.webmanifest')).type, 'application/manifest+json');
  assert.equal((await get('/unknot/icons/icon.svg')).type, 'image/svg+xml');
  assert.match((await get('/unknot/')).type, /^text\/html/);
});

test('falls back to index.html for app routes but not for missing assets', async () => {
  const route = await get('/unknot/settings');
  assert.equal(route.status, 200);
  assert.match(route.body, /<title>app<\/title>/);
  assert.equal((await get('/unknot/missing.js')).status, 404);
});

test('serves nothing outside the sub-path or the build folder', async () => {
  assert.equal((await get('/index.html')).status, 404);
  assert.notEqual((await get('/unknot/..%2f..%2fetc%2fpasswd')).status, 200);
});
