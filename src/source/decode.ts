const utf8 = new TextDecoder('utf-8', { fatal: true });
const utf16le = new TextDecoder('utf-16le');
const utf16be = new TextDecoder('utf-16be');
// The WHATWG "windows-1252" decoder never fails, so it is the last resort for legacy 8-bit files.
const windows1252 = new TextDecoder('windows-1252');

/** How many leading bytes are checked for NUL to call a file binary (git uses the same idea). */
const BINARY_SNIFF_BYTES = 8000;

export type Encoding = 'utf-8' | 'utf-16le' | 'utf-16be' | 'windows-1252';

export interface DecodedText {
  text: string;
  encoding: Encoding;
}

/** Decodes a file's bytes, or returns undefined when it looks binary. */
export function decodeText(bytes: Uint8Array): DecodedText | undefined {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return { text: utf16le.decode(bytes.subarray(2)), encoding: 'utf-16le' };
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return { text: utf16be.decode(bytes.subarray(2)), encoding: 'utf-16be' };
  const sniffEnd = Math.min(bytes.length, BINARY_SNIFF_BYTES);
  for (let index = 0; index < sniffEnd; index++) {
    if (bytes[index] === 0) return undefined;
  }
  const start = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? 3 : 0;
  try {
    return { text: utf8.decode(bytes.subarray(start)), encoding: 'utf-8' };
  } catch {
    return { text: windows1252.decode(bytes), encoding: 'windows-1252' };
  }
}
