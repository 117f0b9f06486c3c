// 1. Bytes: every file of the build raw, gzip -9 and brotli (quality 11), as a static host
// that pre-compresses would serve them.
import { readFile, readdir } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

/**
 * Every file under `root` (hidden folders such as Trunk's `.stage` skipped), largest first.
 * @returns {Promise<{ file: string, raw: number, gzip: number, brotli: number }[]>}
 */
export async function fileSizes(root) {
  const entries = await readdir(root, { recursive: true, withFileTypes: true });
  const rows = [];
  for (const entry of entries) {
    if (!entry.isFile()) continue;
    const file = relative(root, join(entry.parentPath ?? entry.path, entry.name)).split(sep).join('/');
    if (file.split('/').some((part) => part.startsWith('.'))) continue;
    const bytes = await readFile(join(root, file));
    rows.push({
      file,
      raw: bytes.length,
      gzip: gzipSync(bytes, { level: 9 }).length,
      brotli: brotliCompressSync(bytes, {
        params: {
          [constants.BROTLI_PARAM_QUALITY]: 11,
          [constants.BROTLI_PARAM_SIZE_HINT]: bytes.length,
        },
      }).length,
    });
  }
  return rows.sort((a, b) => b.raw - a.raw);
}

/** Sums raw, gzip and brotli over `rows`. */
export function total(rows) {
  return rows.reduce(
    (sum, r) => ({ raw: sum.raw + r.raw, gzip: sum.gzip + r.gzip, brotli: sum.brotli + r.brotli }),
    { raw: 0, gzip: 0, brotli: 0 },
  );
}

/**
 * What a list of request paths (relative to the build, e.g. `index.html`, `sw.js`) costs
 * on the wire: every request counted, so a file fetched twice costs twice.
 */
export function downloaded(rows, paths) {
  const byFile = new Map(rows.map((r) => [r.file, r]));
  const counted = paths.map((p) => byFile.get(p)).filter(Boolean);
  return { requests: counted.length, ...total(counted) };
}

export const kb = (bytes) => (bytes / 1024).toFixed(1);
