import { redactPii } from '../pii/redact.js';
import { scanPii } from '../pii/scan.js';
import type { SensitiveSpan } from '../rules/types.js';
import { keyBlocks } from './key-blocks.js';
import { redactSecret } from './redact.js';
import { scanSecrets } from './scan.js';

/**
 * Every secret, personal datum and private key block in a file's text, with what to show instead: the
 * spans heal diffs and dashboard excerpts mask wherever they fall. `file` is the path detectors see
 * (file-name scoped detectors such as `.pgpass` need it).
 */
export function sensitiveSpans(text: string, file: string): SensitiveSpan[] {
  return [
    ...scanSecrets(text, file).map((match) => ({ start: match.start, end: match.end, replacement: redactSecret(match.secret) })),
    ...scanPii(text, file).map((match) => ({ start: match.start, end: match.end, replacement: redactPii(match.kind, match.value) })),
    ...keyBlocks(text).map((block) => ({ ...block, replacement: redactSecret(text.slice(block.start, block.end)) })),
  ].sort((a, b) => a.start - b.start || b.end - a.end);
}
