/**
 * Private key blocks for masking, found more loosely than the secret scanner finds them: a diff
 * line is masked when it overlaps one, so a block the scanner would not report (no END line yet, a
 * body too short to judge) is still never shown. Every line of a block is part of its span.
 */
export interface KeyBlock {
  start: number;
  end: number;
}

/** `-----BEGIN RSA PRIVATE KEY-----`, OpenSSH, PKCS#8, encrypted, EC, DSA, PGP (`PRIVATE KEY BLOCK`). */
const PEM_BEGIN = /-----BEGIN ((?:[A-Z0-9]+ )*PRIVATE KEY(?: BLOCK)?)-----/g;
/** `PuTTY-User-Key-File-3: ssh-ed25519` opens a .ppk key; `Private-MAC:` is its last line. */
const PUTTY_BEGIN = /PuTTY-User-Key-File-\d+:/g;
/** How far an END line or a PuTTY MAC line is looked for: bigger than any real key. */
const MAX_BLOCK_CHARS = 64_000;
/** A line that can only be key material: base64 (or a PEM header), maybe quoted or escaped in code. */
const KEY_BODY_LINE =
  /^[\s"'`+]*(?:[A-Za-z0-9+/=]{16,}|(?:Proc-Type|DEK-Info|Version|Comment|Hash|Encryption|Public-Lines|Private-Lines|Private-MAC|Key-Derivation|Argon2-[A-Za-z]+): .*)[\s"'`,;)\\n+]*$/;

/** End offset of the line `offset` is on (at its `\n`, or the text's end). */
function endOfLine(text: string, offset: number): number {
  const newline = text.indexOf('\n', offset);
  return newline === -1 ? text.length : newline;
}

/** From `from`, the end of the run of lines that look like key material. */
function endOfBody(text: string, from: number): number {
  let end = from;
  let cursor = from;
  while (cursor < text.length && cursor - from < MAX_BLOCK_CHARS) {
    const lineStart = cursor + 1;
    const lineEnd = endOfLine(text, lineStart);
    if (!KEY_BODY_LINE.test(text.slice(lineStart, lineEnd))) break;
    end = lineEnd;
    cursor = lineEnd;
  }
  return end;
}

function pemBlocks(text: string): KeyBlock[] {
  const blocks: KeyBlock[] = [];
  for (const match of text.matchAll(PEM_BEGIN)) {
    const start = match.index;
    const endMarker = `-----END ${match[1]}-----`;
    const endAt = text.indexOf(endMarker, start);
    if (endAt !== -1 && endAt - start <= MAX_BLOCK_CHARS) blocks.push({ start, end: endAt + endMarker.length });
    else blocks.push({ start, end: endOfBody(text, endOfLine(text, start)) });
  }
  return blocks;
}

function puttyBlocks(text: string): KeyBlock[] {
  const blocks: KeyBlock[] = [];
  for (const match of text.matchAll(PUTTY_BEGIN)) {
    const start = match.index;
    const mac = text.indexOf('Private-MAC:', start);
    if (mac !== -1 && mac - start <= MAX_BLOCK_CHARS) blocks.push({ start, end: endOfLine(text, mac) });
    else blocks.push({ start, end: endOfBody(text, endOfLine(text, start)) });
  }
  return blocks;
}

export function keyBlocks(text: string): KeyBlock[] {
  return [...pemBlocks(text), ...puttyBlocks(text)].sort((a, b) => a.start - b.start);
}
