import type { Category, Region, SensitiveSpan } from '../findings/model.js';
import { redactSecret, replaceSpans } from '../secrets/redact.js';
import { redactText, sensitiveSpans } from '../secrets/sensitive-spans.js';
import type { RegularFileOptions } from '../util/read-regular-file.js';

/**
 * External scanners' messages and the excerpts the committee shows are masked the way the cockpit's own
 * are: every secret, personal datum and key block the cockpit finds in the file, and for a secret result
 * the very text the scanner pointed at, even when no cockpit detector knows its format.
 */

const MAX_MESSAGE = 500;
const MAX_SNIPPET = 300;

export interface FileText {
  text: string;
  /** The cockpit's sensitive spans of the file, and the regions external scanners called secrets. */
  spans: SensitiveSpan[];
  /** Masks a single-line region everywhere this file is shown from now on (an external scanner's secret). */
  maskRegion(region: Region): void;
  lineText(line: number): string | undefined;
  /** The text a single-line region covers; undefined for a multi-line or out-of-range region. */
  regionText(region: Region): string | undefined;
}

type Reader = (file: string, options: RegularFileOptions) => Promise<string>;

export async function loadFileText(absolute: string, relative: string, root: string, maxBytes: number, read: Reader): Promise<FileText | undefined> {
  let text: string;
  try {
    text = await read(absolute, { shown: relative, root, maxBytes });
  } catch {
    return undefined;
  }
  const lines = text.split(/\r?\n/);
  const lineText = (line: number) => lines[line - 1];
  const regionText = (region: Region) => {
    if (region.startLine !== region.endLine) return undefined;
    const line = lineText(region.startLine);
    if (line === undefined || region.endColumn <= region.startColumn) return undefined;
    return line.slice(region.startColumn - 1, region.endColumn - 1);
  };
  const spans = sensitiveSpans(text, relative);
  return {
    text,
    spans,
    lineText,
    regionText,
    maskRegion: (region) => {
      const pointed = regionText(region);
      if (pointed === undefined || pointed.trim().length < 6) return;
      const start = lineOffset(text, region.startLine) + region.startColumn - 1;
      spans.push({ start, end: start + pointed.length, replacement: redactSecret(pointed) });
      spans.sort((a, b) => a.start - b.start || b.end - a.end);
    },
  };
}

/** Offset of a 1-based line's first character. */
function lineOffset(text: string, line: number): number {
  let offset = 0;
  for (let index = 1; index < line && offset !== -1; index++) offset = text.indexOf('\n', offset) + 1;
  return offset;
}

function replaceAll(text: string, value: string, replacement: string): string {
  return value.length === 0 ? text : text.split(value).join(replacement);
}

/** A scanner's free text (message, title) with what the file holds masked, then the usual free-text redaction. */
export function redactExternalText(message: string, file: FileText | undefined, region: Region, category: Category): string {
  let result = message;
  if (file) {
    if (category === 'secret') {
      const pointed = file.regionText(region);
      if (pointed !== undefined && pointed.trim().length >= 6) result = replaceAll(result, pointed, redactSecret(pointed));
    }
    for (const span of file.spans) {
      const value = file.text.slice(span.start, span.end);
      if (value.length >= 4) result = replaceAll(result, value, span.replacement);
    }
  }
  const redacted = redactText(result.replace(/\s+/g, ' ').trim());
  return redacted.length > MAX_MESSAGE ? `${redacted.slice(0, MAX_MESSAGE - 1)}…` : redacted;
}

/** Overlapping spans become one, masked as a whole, so no tail of a secret is left between two masks. */
function mergeOverlapping(line: string, spans: readonly SensitiveSpan[]): SensitiveSpan[] {
  const merged: SensitiveSpan[] = [];
  for (const span of [...spans].sort((a, b) => a.start - b.start || b.end - a.end)) {
    const last = merged.at(-1);
    if (last && span.start < last.end) {
      const end = Math.max(last.end, span.end);
      merged[merged.length - 1] = end === last.end ? last : { start: last.start, end, replacement: redactSecret(line.slice(last.start, end)) };
    } else merged.push(span);
  }
  return merged;
}

/** The result's first line, masked; for a secret result the pointed-at text too. */
export function lineSnippet(file: FileText, region: Region, category: Category): string | undefined {
  const line = file.lineText(region.startLine);
  if (line === undefined) return undefined;
  const lineStart = lineOffset(file.text, region.startLine);
  const lineEnd = lineStart + line.length;
  const spans: SensitiveSpan[] = file.spans
    .filter((span) => span.start < lineEnd && span.end > lineStart)
    .map((span) => ({ start: Math.max(0, span.start - lineStart), end: Math.min(line.length, span.end - lineStart), replacement: span.replacement }));
  const pointed = category === 'secret' ? file.regionText(region) : undefined;
  if (pointed !== undefined && pointed.length > 0) spans.push({ start: region.startColumn - 1, end: region.endColumn - 1, replacement: redactSecret(pointed) });
  const masked = replaceSpans(line, mergeOverlapping(line, spans)).trim();
  return masked.length > MAX_SNIPPET ? `${masked.slice(0, MAX_SNIPPET - 1)}…` : masked;
}

/** Lines around a finding (two before, two after), masked like a snippet, for a model reviewer. */
export function excerptAround(file: FileText, region: Region, category: Category, context = 2): string {
  const lines: string[] = [];
  const first = Math.max(1, region.startLine - context);
  const last = region.endLine + context;
  for (let number = first; number <= last; number++) {
    const line = file.lineText(number);
    if (line === undefined) break;
    const masked = lineSnippet(file, { startLine: number, startColumn: 1, endLine: number, endColumn: 1 }, category === 'secret' && number === region.startLine ? 'security' : category);
    lines.push(`${number}: ${masked ?? ''}`);
  }
  // The pointed-at text of a secret finding is masked whatever its format.
  if (category === 'secret') {
    const index = region.startLine - first;
    if (lines[index] !== undefined) lines[index] = `${region.startLine}: ${lineSnippet(file, region, 'secret') ?? ''}`;
  }
  return lines.join('\n');
}
