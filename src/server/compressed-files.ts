import { stat, readFile } from 'node:fs/promises';
import path from 'node:path';
import { promisify } from 'node:util';
import { brotliCompress, constants as zlib, gzip } from 'node:zlib';

/**
 * The dashboard's text files, compressed once and kept in memory: the Vite build is a few hundred KB
 * and never changes while the server runs, so each file is read and compressed on its first request
 * (brotli at its best quality, gzip at level 9) and every later request is a Map lookup. A file whose
 * size or modification time changed (a rebuild under a running server) is compressed again.
 */

export type ContentEncoding = 'br' | 'gzip';

/** Worth compressing: text formats. Images, fonts (woff2 is already brotli) and wasm stay as they are. */
const COMPRESSIBLE = new Set(['.html', '.js', '.mjs', '.css', '.json', '.map', '.svg', '.txt', '.webmanifest']);
/** Below this, the headers cost more than compression saves. */
const MIN_BYTES = 1024;

const brotli = promisify(brotliCompress);
const gzipAsync = promisify(gzip);

export function isCompressible(file: string): boolean {
  return COMPRESSIBLE.has(path.extname(file).toLowerCase());
}

/**
 * The encoding to answer with, from the request's Accept-Encoding: brotli when accepted, else gzip,
 * else none. `q=0` refuses an encoding; `*` stands for any encoding not named.
 */
export function chooseEncoding(acceptEncoding: string | undefined): ContentEncoding | undefined {
  if (!acceptEncoding) return undefined;
  const weights = new Map<string, number>();
  for (const part of acceptEncoding.split(',')) {
    const [name, ...params] = part.trim().toLowerCase().split(';');
    if (!name) continue;
    const q = params.map((param) => /^\s*q=([\d.]+)\s*$/.exec(param)?.[1]).find((value) => value !== undefined);
    weights.set(name.trim(), q === undefined ? 1 : Number(q));
  }
  const accepts = (encoding: ContentEncoding) => (weights.get(encoding) ?? weights.get('*') ?? 0) > 0;
  if (accepts('br')) return 'br';
  if (accepts('gzip')) return 'gzip';
  return undefined;
}

interface Entry {
  size: number;
  mtimeMs: number;
  identity: Buffer;
  /** Undefined when compression would not pay (small file, or the output is no smaller). */
  br?: Buffer;
  gzip?: Buffer;
}

export interface FileBody {
  body: Buffer;
  encoding?: ContentEncoding;
}

/** The in-memory cache of one server's static files. */
export class CompressedFiles {
  private readonly entries = new Map<string, Promise<Entry>>();

  /** The file's bytes in the best encoding the client accepts. */
  async get(file: string, accept: ContentEncoding | undefined): Promise<FileBody> {
    const entry = await this.entry(file);
    const compressed = accept === 'br' ? (entry.br ?? entry.gzip) : accept === 'gzip' ? entry.gzip : undefined;
    if (!compressed) return { body: entry.identity };
    return { body: compressed, encoding: compressed === entry.br ? 'br' : 'gzip' };
  }

  private async entry(file: string): Promise<Entry> {
    const info = await stat(file);
    const cached = this.entries.get(file);
    if (cached) {
      const entry = await cached.catch(() => undefined);
      if (entry && entry.size === info.size && entry.mtimeMs === info.mtimeMs) return entry;
    }
    // One compression per file even when many requests arrive together: they share the promise.
    const pending = load(file, info.size, info.mtimeMs);
    this.entries.set(file, pending);
    pending.catch(() => this.entries.delete(file));
    return pending;
  }
}

async function load(file: string, size: number, mtimeMs: number): Promise<Entry> {
  const identity = await readFile(file);
  const entry: Entry = { size, mtimeMs, identity };
  if (!isCompressible(file) || identity.length < MIN_BYTES) return entry;
  const [br, gz] = await Promise.all([
    brotli(identity, { params: { [zlib.BROTLI_PARAM_QUALITY]: zlib.BROTLI_MAX_QUALITY, [zlib.BROTLI_PARAM_SIZE_HINT]: identity.length, [zlib.BROTLI_PARAM_MODE]: zlib.BROTLI_MODE_TEXT } }),
    gzipAsync(identity, { level: 9 }),
  ]);
  if (br.length < identity.length) entry.br = br;
  if (gz.length < identity.length) entry.gzip = gz;
  return entry;
}
