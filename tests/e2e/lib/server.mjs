// A tiny static server for the built app: 127.0.0.1 only, a random free port, the
// build optionally mounted under a sub-path (as on a static host), SPA fallback to
// index.html, and the MIME types a PWA needs (application/wasm for streaming
// compilation, application/manifest+json for the manifest).
import { createServer } from 'node:http';
import { readdir, readFile, stat } from 'node:fs/promises';
import { extname, join, normalize, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { brotliCompressSync, constants } from 'node:zlib';

/** dist/ at the repository root, or $UNKNOT_DIST. */
export const DIST = resolve(
  process.env.UNKNOT_DIST ?? fileURLToPath(new URL('../../../dist', import.meta.url)),
);

export const MIME = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.wasm': 'application/wasm',
  '.json': 'application/json',
  '.webmanifest': 'application/manifest+json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.txt': 'text/plain; charset=utf-8',
  '.woff2': 'font/woff2',
};

/**
 * Serves `root` at `http://127.0.0.1:<port><base>`. With `brotli`, text and wasm go out
 * brotli-compressed (quality 11, all compressed before the server answers) to a client
 * that accepts `br`, as a host that pre-compresses would serve them (the bench's
 * Lighthouse runs: compressing the wasm on its first request held it back for seconds in
 * the first run only, so the runs measured different pages). `requestTimes[i]`
 * is when `requests[i]` arrived (`Date.now()`). Requests whose path matches `hold` are
 * answered only after `release()` (the page shows what its HTML alone paints).
 * @param {{ root?: string, base?: string, brotli?: boolean, hold?: RegExp }} [options] base must start and end with '/'.
 * @returns {Promise<{ url: string, origin: string, base: string, requests: string[], requestTimes: number[], release: () => void, close: () => Promise<void> }>}
 */
export async function startServer({ root = DIST, base = '/', brotli = false, hold = null } = {}) {
  if (!base.startsWith('/') || !base.endsWith('/')) {
    throw new Error(`base must start and end with '/': ${base}`);
  }
  await stat(join(root, 'index.html')).catch(() => {
    throw new Error(`${root}/index.html is missing: run \`trunk build --release\` first`);
  });
  const requests = [];
  const requestTimes = [];
  const compressed = new Map();
  const squeeze = (file, body, req) => {
    if (!brotli || !COMPRESSIBLE.has(extname(file)) || !/\bbr\b/.test(req.headers['accept-encoding'] ?? '')) {
      return null;
    }
    if (!compressed.has(file)) {
      const params = { [constants.BROTLI_PARAM_QUALITY]: 11, [constants.BROTLI_PARAM_SIZE_HINT]: body.length };
      compressed.set(file, brotliCompressSync(body, { params }));
    }
    return compressed.get(file);
  };
  if (brotli) {
    const files = await readdir(root, { recursive: true, withFileTypes: true });
    for (const entry of files) {
      if (!entry.isFile() || !COMPRESSIBLE.has(extname(entry.name))) continue;
      const file = join(entry.parentPath ?? entry.path, entry.name);
      squeeze(file, await readFile(file), { headers: { 'accept-encoding': 'br' } });
    }
  }
  let release = () => {};
  const held = new Promise((ok) => (release = ok));
  const server = createServer(async (req, res) => {
    requests.push(req.url);
    requestTimes.push(Date.now());
    const path = decodeURIComponent(new URL(req.url, 'http://x').pathname);
    if (hold?.test(path)) await held;
    if (!path.startsWith(base) && path !== base.slice(0, -1)) {
      return send(res, 404, 'text/plain; charset=utf-8', `not under ${base}`);
    }
    const relative = path.slice(base.length);
    const file = normalize(join(root, relative));
    if (file !== root && !file.startsWith(root + sep)) {
      return send(res, 403, 'text/plain; charset=utf-8', 'outside the build');
    }
    const found = await fileAt(file);
    if (found) {
      const type = MIME[extname(found)] ?? 'application/octet-stream';
      const body = await readFile(found);
      const br = squeeze(found, body, req);
      return send(res, 200, type, br ?? body, req.method, HASHED.test(found), br !== null);
    }
    // SPA fallback: a route such as /settings is the app; a missing asset is a 404.
    if (extname(relative) === '') {
      const index = join(root, 'index.html');
      const body = await readFile(index);
      const br = squeeze(index, body, req);
      return send(res, 200, MIME['.html'], br ?? body, req.method, false, br !== null);
    }
    return send(res, 404, 'text/plain; charset=utf-8', 'not found');
  });
  await new Promise((ok, fail) => {
    server.once('error', fail);
    server.listen(0, '127.0.0.1', ok);
  });
  const origin = `http://127.0.0.1:${server.address().port}`;
  return {
    origin,
    base,
    url: origin + base,
    requests,
    requestTimes,
    release,
    close: () => {
      release();
      return new Promise((ok) => server.close(() => ok()));
    },
  };
}

async function fileAt(path) {
  const info = await stat(path).catch(() => null);
  if (info?.isFile()) return path;
  if (info?.isDirectory()) {
    const index = join(path, 'index.html');
    if ((await stat(index).catch(() => null))?.isFile()) return index;
  }
  return null;
}

// Trunk's content-hashed outputs never change under their name, so they are served the way
// a good static host would (cached for good); everything else is revalidated every time,
// so a test never sees an older index.html, sw.js or manifest.
const HASHED = /-[0-9a-f]{12,16}(_bg)?\.(js|wasm|css)$/;

/** What the `brotli` option compresses: text and wasm, not the already-packed PNGs. */
const COMPRESSIBLE = new Set(['.html', '.js', '.mjs', '.css', '.wasm', '.json', '.webmanifest', '.svg', '.txt']);

function send(res, status, type, body, method = 'GET', immutable = false, br = false) {
  const cache = immutable ? 'public, max-age=31536000, immutable' : 'no-cache';
  const headers = { 'content-type': type, 'cache-control': cache };
  if (br) {
    headers['content-encoding'] = 'br';
    headers.vary = 'accept-encoding';
  }
  res.writeHead(status, headers);
  res.end(method === 'HEAD' ? undefined : body);
}
