import { describe, expect, it } from 'vitest';
import { decodeText, encodeText, hasUtf8Bom, isNulPrefixedText } from './decode.js';
import { LineIndex } from './line-index.js';

describe('decodeText', () => {
  it('reads UTF-8 with and without a BOM', () => {
    expect(decodeText(Buffer.from('café', 'utf8'))).toEqual({ text: 'café', encoding: 'utf-8' });
    expect(decodeText(Buffer.from([0xef, 0xbb, 0xbf, 0x61]))).toEqual({ text: 'a', encoding: 'utf-8' });
  });

  it('reads UTF-16 by its byte-order mark', () => {
    const le = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('hi', 'utf16le')]);
    expect(decodeText(le)).toEqual({ text: 'hi', encoding: 'utf-16le' });
    const be = Buffer.from([0xfe, 0xff, 0x00, 0x68, 0x00, 0x69]);
    expect(decodeText(be)).toEqual({ text: 'hi', encoding: 'utf-16be' });
  });

  it('falls back to windows-1252 for invalid UTF-8', () => {
    expect(decodeText(Buffer.from([0x63, 0x61, 0x66, 0xe9]))).toEqual({ text: 'café', encoding: 'windows-1252' });
  });

  it('calls a file with NUL bytes binary', () => {
    expect(decodeText(Buffer.from([0x50, 0x4b, 0x03, 0x04, 0x00, 0x00]))).toBeUndefined();
  });
});

describe('LineIndex', () => {
  it('maps offsets to 1-based lines and columns, CRLF included', () => {
    const text = 'ab\r\ncd\n\nef';
    const index = new LineIndex(text);
    expect(index.lineCount).toBe(4);
    expect(index.position(0)).toEqual({ line: 1, column: 1 });
    expect(index.position(text.indexOf('d'))).toEqual({ line: 2, column: 2 });
    expect(index.position(text.indexOf('f'))).toEqual({ line: 4, column: 2 });
    expect(index.lineText(1)).toBe('ab');
    expect(index.lineText(3)).toBe('');
    expect(index.lineText(4)).toBe('ef');
  });
});

describe('encodeText', () => {
  const samples: Array<[string, Buffer]> = [
    ['UTF-8', Buffer.from('café\r\n', 'utf8')],
    ['UTF-8 with a BOM', Buffer.from([0xef, 0xbb, 0xbf, 0x63, 0x61, 0x66, 0xc3, 0xa9])],
    ['UTF-16 LE', Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('naïve\n', 'utf16le')])],
    ['UTF-16 BE', Buffer.from([0xfe, 0xff, 0x00, 0x68, 0x00, 0xe9])],
    // Every byte, the five WHATWG leaves unassigned (0x81, 0x8d, 0x8f, 0x90, 0x9d) included.
    ['windows-1252', Buffer.from([0x63, 0xe9, 0x80, 0x81, 0x8d, 0x8f, 0x90, 0x93, 0x94, 0x97, 0x9d, 0xff])],
  ];
  for (const [name, bytes] of samples) {
    it(`writes back ${name} byte for byte`, () => {
      const decoded = decodeText(bytes)!;
      expect(encodeText(decoded.text, decoded.encoding, { bom: hasUtf8Bom(bytes) })?.toString('hex')).toBe(bytes.toString('hex'));
    });
  }

  it('writes back all 256 windows-1252 bytes, and says when a character does not fit', () => {
    const every = Buffer.from(Array.from({ length: 255 }, (_, index) => index + 1));
    expect(encodeText(new TextDecoder('windows-1252').decode(every), 'windows-1252')?.equals(every)).toBe(true);
    expect(encodeText('✓', 'windows-1252')).toBeUndefined();
  });
});

describe('isNulPrefixedText', () => {
  it('spots text hidden behind leading NUL bytes', () => {
    const hidden = Buffer.concat([Buffer.from([0, 0]), Buffer.from('API_KEY = "value"\n')]);
    expect(decodeText(hidden)).toBeUndefined();
    expect(isNulPrefixedText(hidden)).toBe(true);
  });

  it('leaves real binaries, all-NUL files and ordinary text alone', () => {
    expect(isNulPrefixedText(Buffer.from([0, 0, 0, 1, 0x41, 0, 0x42]))).toBe(false);
    expect(isNulPrefixedText(Buffer.from([0, 0, 0]))).toBe(false);
    expect(isNulPrefixedText(Buffer.from([0, 0xff, 0xfe, 0x80]))).toBe(false);
    expect(isNulPrefixedText(Buffer.from('plain text\n'))).toBe(false);
    expect(isNulPrefixedText(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0x0d]))).toBe(false);
  });
});
