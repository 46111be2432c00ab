import { describe, expect, it } from 'vitest';
import { decodeText } from './decode.js';
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
