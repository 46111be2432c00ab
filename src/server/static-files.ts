import { existsSync } from 'node:fs';
import { stat } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Context } from 'hono';
import { resolveInside } from '../util/path-containment.js';
import { chooseEncoding, CompressedFiles, isCompressible } from './compressed-files.js';

/**
 * The dashboard's files (the Vite build in dist/web). Request paths are decoded and checked segment
 * by segment before any file system call, and the resolved file must still lie inside the folder
 * after symlinks are followed. Unknown paths without an extension are the dashboard's own routes and
 * get index.html.
 */

/**
 * dist/web in the built package: this file is dist/server/static-files.js, or part of a chunk directly in
 * dist/ when bin/ops.js runs the bundle (scripts/bundle.mjs --runtime).
 */
export const DEFAULT_WEB_DIR = [new URL('./web/', import.meta.url), new URL('../web/', import.meta.url)].map((url) => fileURLToPath(url)).find((dir) => existsSync(dir)) ?? fileURLToPath(new URL('../web/', import.meta.url));

const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.webp': 'image/webp',
  '.avif': 'image/avif',
  '.ico': 'image/x-icon',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.ttf': 'font/ttf',
  '.txt': 'text/plain; charset=utf-8',
  '.webmanifest': 'application/manifest+json',
  '.wasm': 'application/wasm',
};

const NOT_BUILT_PAGE = `<!doctype html>
<html lang="en">
<head><meta charset="utf-8"><title>AgentOps Cockpit</title></head>
<body>
<h1>AgentOps Cockpit</h1>
<p>The dashboard is not built. Build it with <code>npm run build</code> (it writes <code>dist/web</code>), then restart <code>ops serve</code>.</p>
<p>The API works without it: <a href="/api/health">/api/health</a>, <a href="/api/fleet">/api/fleet</a>, <a href="/api/openapi.json">/api/openapi.json</a>.</p>
</body>
</html>
`;

function contentTypeOf(file: string): string {
  return CONTENT_TYPES[path.extname(file).toLowerCase()] ?? 'application/octet-stream';
}

/**
 * The path's segments, decoded, or undefined when the path is malformed or tries to leave the
 * folder: `..` and `.` segments (also percent-encoded), encoded slashes or backslashes, NUL bytes,
 * and dot-files (never part of a build).
 */
function safeSegments(pathname: string): string[] | undefined {
  const segments: string[] = [];
  for (const raw of pathname.split('/')) {
    if (raw === '') continue;
    let segment: string;
    try {
      segment = decodeURIComponent(raw);
    } catch {
      return undefined;
    }
    if (segment.startsWith('.') || /[/\\\0:]/.test(segment)) return undefined;
    segments.push(segment);
  }
  return segments;
}

async function fileIn(root: string, segments: readonly string[]): Promise<string | undefined> {
  const found = await resolveInside(root, path.join(...segments));
  if (!found.inside) return undefined;
  try {
    return (await stat(found.real)).isFile() ? found.real : undefined;
  } catch {
    return undefined;
  }
}

/** The file in the best encoding the client accepts (brotli, gzip), compressed once per server (compressed-files.ts). */
async function fileResponse(c: Context, files: CompressedFiles, file: string, immutable: boolean): Promise<Response> {
  const { body, encoding } = await files.get(file, chooseEncoding(c.req.header('Accept-Encoding')));
  c.header('Content-Type', contentTypeOf(file));
  c.header('Cache-Control', immutable ? 'public, max-age=31536000, immutable' : 'no-cache');
  // Caches must key the response on the request's Accept-Encoding: the same URL has several bodies.
  if (isCompressible(file)) c.header('Vary', 'Accept-Encoding');
  if (encoding) c.header('Content-Encoding', encoding);
  // A view, not a copy: zlib's Buffers are typed over ArrayBufferLike, which Hono's body does not take.
  return c.body(new Uint8Array(body.buffer as ArrayBuffer, body.byteOffset, body.byteLength), 200);
}

/** The GET handler for everything outside /api. */
export function staticFiles(webDir: string): (c: Context) => Promise<Response> {
  const root = path.resolve(webDir);
  const files = new CompressedFiles();
  return async (c) => {
    const segments = safeSegments(new URL(c.req.url).pathname);
    if (!segments) return c.text('Bad request path\n', 400);
    const index = await fileIn(root, ['index.html']);
    if (!index) {
      c.header('Cache-Control', 'no-cache');
      return segments.length === 0 ? c.html(NOT_BUILT_PAGE, 200) : c.text('Not found: the dashboard is not built (npm run build)\n', 404);
    }
    if (segments.length > 0) {
      const file = await fileIn(root, segments);
      // Vite names assets by content hash: they never change under the same name.
      if (file) return fileResponse(c, files, file, segments[0] === 'assets');
      if (path.extname(segments.at(-1)!) !== '') return c.text('Not found\n', 404);
    }
    return fileResponse(c, files, index, false);
  };
}
