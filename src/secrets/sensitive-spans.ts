import { redactPii } from '../pii/redact.js';
import { scanPii } from '../pii/scan.js';
import type { SensitiveSpan } from '../findings/model.js';
import { errorMessage } from '../util/errors.js';
import { keyBlocks } from './key-blocks.js';
import { redactSecret, replaceSpans } from './redact.js';
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

/**
 * A short free text (an error line, a path or URL a client sent) with every secret, personal datum
 * and key block in it redacted, scanned from the text alone. Diffs and excerpts do not use it: they
 * mask the spans of the whole file, since a diff can cut a key block in half and half a key matches
 * no detector.
 */
export function redactText(text: string): string {
  // No file name: detectors scoped to credential files stay out, as they should for free text.
  return replaceSpans(text, sensitiveSpans(text, 'text'));
}

/** An error as a response or tool result shows it: its first line, redacted. */
export function redactedErrorLine(error: unknown): string {
  return redactText(errorMessage(error).split('\n')[0]!);
}
