import { describe, expect, it } from 'vitest';
import { ALNUM, rand } from '../secrets/catalog/sample-tokens.js';
import { sensitiveSpans } from '../secrets/sensitive-spans.js';

describe('sensitiveSpans', () => {
  it('masks credential-file lines that only the file name identifies (the scanners get the path)', () => {
    const password = rand('excerpt-pgpass', 18, ALNUM);
    const text = `# hostname:port:database:username:password\ndb.prod.internal:5432:agents:app:${password}\n`;
    const spans = sensitiveSpans(text, 'ops/.pgpass');
    expect(spans.map((span) => text.slice(span.start, span.end))).toEqual([password]);
    expect(spans[0]!.replacement).not.toContain(password);
    expect(sensitiveSpans(text, 'ops/notes.txt')).toEqual([]);
  });
});
