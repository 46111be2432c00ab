/**
 * Deterministic random-looking strings for detector samples. Samples are built at load time instead
 * of being written out, so the repository never contains a literal that looks like a live credential
 * (other scanners and push protection would flag it), and every run sees the same strings.
 */

export const ALNUM = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';
export const LOWER_ALNUM = 'abcdefghijklmnopqrstuvwxyz0123456789';
export const UPPER_ALNUM = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789';
export const BASE32 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567';
export const HEX = '0123456789abcdef';
export const DIGITS = '0123456789';
export const LETTERS = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz';
export const B64 = `${ALNUM}+/`;
export const B64URL = `${ALNUM}-_`;
/** The alphabet of crypt(3) salts and hashes (bcrypt, md5-crypt, sha-crypt). */
export const CRYPT64 = `./${DIGITS}${LETTERS}`;

/** FNV-1a, to turn a seed label into a PRNG state. */
function hash(label: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < label.length; i++) {
    h ^= label.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

/** `length` characters from `alphabet`, fixed by `seed` (mulberry32). */
export function rand(seed: string, length: number, alphabet: string = ALNUM): string {
  let state = hash(seed);
  let out = '';
  for (let i = 0; i < length; i++) {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    const r = ((t ^ (t >>> 14)) >>> 0) / 4294967296;
    out += alphabet[Math.floor(r * alphabet.length)];
  }
  return out;
}

/** Base64url without padding, for building JWT samples. */
export function b64url(text: string): string {
  return Buffer.from(text, 'utf8').toString('base64').replace(/=+$/, '').replace(/\+/g, '-').replace(/\//g, '_');
}

/** A PEM block with a random body wrapped at 64 columns. */
export function pem(seed: string, label: string, bodyLength: number, newline = '\n'): string {
  const body = rand(seed, bodyLength, B64);
  const lines: string[] = [];
  for (let i = 0; i < body.length; i += 64) lines.push(body.slice(i, i + 64));
  return [`-----BEGIN ${label}-----`, ...lines, `-----END ${label}-----`].join(newline);
}

/** Base64 wrapped at `width` columns. */
function wrapped(seed: string, length: number, width: number): string[] {
  const body = rand(seed, length, B64);
  const lines: string[] = [];
  for (let i = 0; i < body.length; i += width) lines.push(body.slice(i, i + width));
  return lines;
}

/** A PuTTY .ppk key file (format 2 or 3, unencrypted) with random public and private blobs. */
export function ppk(seed: string, version: 2 | 3, algorithm = 'ssh-rsa', newline = '\n'): string {
  const publicLines = wrapped(`${seed}-pub`, 372, 64);
  const privateLines = wrapped(`${seed}-priv`, 888, 64);
  return [
    `PuTTY-User-Key-File-${version}: ${algorithm}`,
    'Encryption: none',
    `Comment: rsa-key-${rand(`${seed}-date`, 8, DIGITS)}`,
    `Public-Lines: ${publicLines.length}`,
    ...publicLines,
    `Private-Lines: ${privateLines.length}`,
    ...privateLines,
    `Private-MAC: ${rand(`${seed}-mac`, version === 2 ? 40 : 64, HEX)}`,
  ].join(newline);
}
