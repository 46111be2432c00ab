import { createHash } from 'node:crypto';
import { gzipSync } from 'node:zlib';

/** npm pins every entry's mtime to this date (1985-10-26T08:15:00Z) so that tarballs are reproducible. */
const NPM_FIXED_MTIME = 499_162_500;
const BLOCK = 512;

export interface TarEntry {
  path: string;
  content: Buffer;
}

/** One ustar header block for a regular file (the subset of the format every tar reader accepts). */
function ustarHeader(path: string, size: number): Buffer {
  if (Buffer.byteLength(path) > 100) throw new Error(`tar path longer than 100 bytes: ${path}`);
  const header = Buffer.alloc(BLOCK);
  const octal = (value: number, width: number): string => value.toString(8).padStart(width - 1, '0') + '\0';
  header.write(path, 0, 100, 'utf8');
  header.write(octal(0o644, 8), 100, 'ascii');
  header.write(octal(0, 8), 108, 'ascii'); // uid
  header.write(octal(0, 8), 116, 'ascii'); // gid
  header.write(octal(size, 12), 124, 'ascii');
  header.write(octal(NPM_FIXED_MTIME, 12), 136, 'ascii');
  header.write(' '.repeat(8), 148, 'ascii'); // the checksum counts its own field as spaces
  header.write('0', 156, 'ascii'); // regular file
  header.write('ustar\0', 257, 'ascii');
  header.write('00', 263, 'ascii');
  let checksum = 0;
  for (const byte of header) checksum += byte;
  header.write(checksum.toString(8).padStart(6, '0') + '\0 ', 148, 'ascii');
  return header;
}

/** A gzipped tar of the given files, the way `npm pack` lays one out. */
function makeTgz(entries: readonly TarEntry[]): Buffer {
  const blocks: Buffer[] = [];
  for (const entry of entries) {
    blocks.push(ustarHeader(entry.path, entry.content.length), entry.content);
    const padding = (BLOCK - (entry.content.length % BLOCK)) % BLOCK;
    if (padding > 0) blocks.push(Buffer.alloc(padding));
  }
  blocks.push(Buffer.alloc(BLOCK * 2)); // end-of-archive marker
  return gzipSync(Buffer.concat(blocks));
}

/** Reads the file entries of an uncompressed ustar archive; enough to check what makeTgz wrote. */
export function readTar(tar: Buffer): TarEntry[] {
  const entries: TarEntry[] = [];
  let offset = 0;
  while (offset + BLOCK <= tar.length) {
    const header = tar.subarray(offset, offset + BLOCK);
    if (header.every((byte) => byte === 0)) break;
    const path = header.subarray(0, 100).toString('utf8').replace(/\0.*$/s, '');
    const size = Number.parseInt(header.subarray(124, 136).toString('ascii').replace(/\0.*$/s, '').trim(), 8);
    entries.push({ path, content: tar.subarray(offset + BLOCK, offset + BLOCK + size) });
    offset += BLOCK + Math.ceil(size / BLOCK) * BLOCK;
  }
  return entries;
}

export interface NpmTarball {
  /** `<name>-<version>.tgz`, the attachment key npm sends (scope included, as libnpmpublish does). */
  filename: string;
  data: Buffer;
  shasum: string;
  integrity: string;
}

/** The tarball of a package that contains only its package.json, plus the digests npm puts into `dist`. */
export function packageTarball(manifest: { name: string; version: string } & Record<string, unknown>): NpmTarball {
  const content = Buffer.from(JSON.stringify(manifest, null, 2) + '\n');
  const data = makeTgz([{ path: 'package/package.json', content }]);
  return {
    filename: `${manifest.name}-${manifest.version}.tgz`,
    data,
    shasum: createHash('sha1').update(data).digest('hex'),
    integrity: `sha512-${createHash('sha512').update(data).digest('base64')}`,
  };
}
