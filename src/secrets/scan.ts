import { SECRET_DETECTORS } from './catalog/index.js';
import { concatenatedRuns, concatLanguageOf, type LiteralPiece } from './concatenation.js';
import { shannonEntropy } from './entropy.js';
import { isPlaceholder } from './placeholders.js';
import { KeywordPrefilter } from './prefilter.js';
import type { SecretDetector, SecretMatch } from './types.js';

/**
 * The engine: everything is compiled once at module load. Per text, one Aho-Corasick pass decides
 * which detectors can match at all; only their regexes run; candidates are filtered (entropy,
 * allowlist, `verify`, global placeholders) and overlaps resolved by catalog order.
 */

interface CompiledDetector {
  readonly detector: SecretDetector;
  /** Position in the catalog: lower wins an overlap. */
  readonly rank: number;
  /** The detector's regex recompiled with `d` so the `secret` group's offsets are known. */
  readonly regex: RegExp;
}

interface Candidate extends SecretMatch {
  readonly rank: number;
  readonly fallback: boolean;
}

type Span = readonly [start: number, end: number];

const COMPILED: readonly CompiledDetector[] = SECRET_DETECTORS.map((detector, rank) => {
  const flags = detector.regex.flags;
  if (!flags.includes('g')) throw new Error(`secret detector ${detector.id}: regex needs the g flag`);
  return { detector, rank, regex: new RegExp(detector.regex.source, flags.includes('d') ? flags : `${flags}d`) };
});

/** Detectors scoped to credential files by name: they skip the keyword pass. */
const PATH_SCOPED: readonly CompiledDetector[] = COMPILED.filter((c) => c.detector.paths !== undefined);
for (const { detector } of PATH_SCOPED) {
  if (detector.keywords.length > 0) throw new Error(`secret detector ${detector.id}: a detector scoped by paths takes no keywords`);
}

const KEYWORDS: readonly string[] = [...new Set(COMPILED.flatMap((c) => c.detector.keywords))];
const DETECTORS_BY_KEYWORD: readonly (readonly number[])[] = KEYWORDS.map((keyword) =>
  COMPILED.filter((c) => c.detector.keywords.includes(keyword)).map((c) => c.rank),
);
const PREFILTER = new KeywordPrefilter(KEYWORDS);

/** What a scan may report. */
export interface ScanOptions {
  /**
   * Only detectors that recognise a credential by its own structure: no catch-all guesses from a name
   * (`fallback`) and no weak formats read from a file's name or setting (`skipInTestsAndDocs`). For test
   * code, fixtures and docs, where sentinels are the norm. Left out before overlaps are settled, so a
   * skipped detector never takes a span from a structured one.
   */
  readonly structuredOnly?: boolean;
}

/** Ranks of the detectors that only guess: skipped by `structuredOnly` scans. */
const GUESSING = new Uint8Array(COMPILED.map(({ detector }) => (detector.fallback || detector.skipInTestsAndDocs ? 1 : 0)));

/** Ranks of the detectors whose keywords occur in `text` or whose `paths` name the file, in catalog order. */
function activeDetectors(text: string, path: string | undefined, structuredOnly: boolean): number[] {
  const found = PREFILTER.scan(text);
  const active = new Uint8Array(COMPILED.length);
  for (let k = 0; k < found.length; k++) {
    if (found[k] === 1) for (const rank of DETECTORS_BY_KEYWORD[k]!) active[rank] = 1;
  }
  if (path !== undefined) {
    for (const { detector, rank } of PATH_SCOPED) if (detector.paths!.test(path)) active[rank] = 1;
  }
  const ranks: number[] = [];
  for (let rank = 0; rank < active.length; rank++) if (active[rank] && !(structuredOnly && GUESSING[rank])) ranks.push(rank);
  return ranks;
}

function accepted(detector: SecretDetector, secret: string, match: RegExpExecArray, text: string, path: string | undefined): boolean {
  if (detector.minEntropy !== undefined && shannonEntropy(secret) < detector.minEntropy) return false;
  if (detector.allowlist?.some((re) => re.test(secret))) return false;
  // `verify` first: for the generic detector it rejects most candidates (code references) cheaply.
  if (detector.verify && !detector.verify(secret, match, text, path)) return false;
  return detector.ownPlaceholderCheck === true || !isPlaceholder(secret);
}

/** Index of the first span whose start is >= `start` (spans sorted by start). */
function lowerBound(spans: readonly Span[], start: number): number {
  let lo = 0;
  let hi = spans.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (spans[mid]![0] < start) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Non-overlapping spans kept sorted by start, so an overlap test only looks at the two neighbours. */
class DisjointSpans {
  readonly spans: Span[] = [];

  tryAdd(start: number, end: number): boolean {
    const i = lowerBound(this.spans, start);
    const before = this.spans[i - 1];
    const after = this.spans[i];
    if ((before && before[1] > start) || (after && after[0] < end)) return false;
    this.spans.splice(i, 0, [start, end]);
    return true;
  }
}

/** Spans that may overlap each other; answers "does anything overlap [start, end)?". */
function overlapIndex(spans: Span[]): (start: number, end: number) => boolean {
  spans.sort((a, b) => a[0] - b[0]);
  const maxEnd: number[] = [];
  let running = -1;
  for (const span of spans) maxEnd.push((running = Math.max(running, span[1])));
  return (start, end) => {
    const i = lowerBound(spans, end) - 1; // last span starting before `end`
    return i >= 0 && maxEnd[i]! > start;
  };
}

/**
 * Every hardcoded secret in `text`, sorted by start offset, without duplicates or overlaps. When
 * two detectors claim overlapping text the more specific one (earlier in the catalog) wins, and a
 * fallback detector stays silent where a specific one matched and rejected the value. `path` is the
 * file's POSIX path relative to the audited root; without it, detectors scoped to credential files
 * by name do not run.
 */
export function scanSecrets(text: string, path?: string, options: ScanOptions = {}): SecretMatch[] {
  const structuredOnly = options.structuredOnly === true;
  const direct = scanLiteralText(text, path, structuredOnly);
  const joined = joinedSecrets(text, path, structuredOnly);
  if (joined.length === 0) return direct;
  // The joined value is the whole key: a piece of it that a detector matched alone yields to it.
  const covered = overlapIndex(joined.map((match): Span => [match.start, match.end]));
  return [...direct.filter((match) => !covered(match.start, match.end)), ...joined].sort((a, b) => a.start - b.start);
}

/** A joined value shorter than this holds no credential worth scanning for. */
const MIN_JOINED_LENGTH = 16;
/** How much of the line before a run is kept, so name-keyed detectors (`api_key = ...`) still see the name. */
const MAX_JOINED_CONTEXT = 80;

/**
 * Secrets split over concatenated literals (`"sk-proj-" + "…"`). Every run is rebuilt as one line
 * `<context before the run>"<joined value>"`, all runs are scanned in one pass, and a match counts
 * only when it crosses a literal boundary (inside one literal the direct scan already judged it).
 */
function joinedSecrets(text: string, path: string | undefined, structuredOnly: boolean): SecretMatch[] {
  const language = concatLanguageOf(path);
  if (language === undefined || (!text.includes('+') && language !== 'python')) return [];
  const segments: Array<{ readonly valueStart: number; readonly pieces: readonly LiteralPiece[]; readonly offsets: readonly number[] }> = [];
  let synthetic = '';
  for (const pieces of concatenatedRuns(text, language)) {
    let length = 0;
    for (const piece of pieces) length += piece.contentEnd - piece.contentStart;
    if (length < MIN_JOINED_LENGTH) continue;
    const first = pieces[0]!;
    const lineStart = text.lastIndexOf('\n', first.start - 1) + 1;
    const context = text.slice(Math.max(lineStart, first.start - MAX_JOINED_CONTEXT), first.start).replace(/\r/g, ' ');
    const offsets: number[] = [];
    let value = '';
    for (const piece of pieces) {
      offsets.push(value.length);
      value += text.slice(piece.contentStart, piece.contentEnd);
    }
    synthetic += `${context}"`;
    segments.push({ valueStart: synthetic.length, pieces, offsets });
    synthetic += `${value.replace(/[\r\n]/g, ' ')}"\n`;
  }
  if (segments.length === 0) return [];

  const results: SecretMatch[] = [];
  let s = 0;
  for (const match of scanLiteralText(synthetic, path, structuredOnly)) {
    while (s + 1 < segments.length && segments[s + 1]!.valueStart <= match.start) s++;
    const { valueStart, pieces, offsets } = segments[s]!;
    const from = match.start - valueStart;
    const to = match.end - valueStart;
    if (from < 0) continue; // in the context before the run: the direct scan's business
    const first = pieceAt(offsets, from);
    const last = pieceAt(offsets, to - 1);
    if (first === last) continue;
    const lastPiece = pieces[last]!;
    if (to > offsets[last]! + (lastPiece.contentEnd - lastPiece.contentStart)) continue; // ran past the closing quote
    results.push({ ...match, start: pieces[first]!.start, end: lastPiece.end, joinedPieces: last - first + 1 });
  }
  return results;
}

/** Index of the piece holding joined offset `offset` (offsets sorted, first is 0). */
function pieceAt(offsets: readonly number[], offset: number): number {
  let lo = 0;
  let hi = offsets.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >>> 1;
    if (offsets[mid]! <= offset) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

/** The catalog over `text` as it is. */
function scanLiteralText(text: string, path: string | undefined, structuredOnly: boolean): SecretMatch[] {
  if (text.length === 0) return [];
  const candidates: Candidate[] = [];
  const vetoes: Span[] = [];
  for (const rank of activeDetectors(text, path, structuredOnly)) {
    const { detector, regex } = COMPILED[rank]!;
    regex.lastIndex = 0;
    let match: RegExpExecArray | null;
    while ((match = regex.exec(text)) !== null) {
      if (match[0].length === 0) {
        regex.lastIndex++;
        continue;
      }
      if (detector.context && !detector.context(match, text, path)) continue;
      const [start, end] = match.indices?.groups?.['secret'] ?? match.indices?.[0] ?? [match.index, match.index + match[0].length];
      const secret = text.slice(start, end);
      if (accepted(detector, secret, match, text, path)) {
        candidates.push({ detectorId: detector.id, start, end, secret, rank, fallback: detector.fallback === true });
      } else if (!detector.fallback) {
        vetoes.push([start, end]);
      }
    }
  }
  if (candidates.length === 0) return [];

  const vetoed = overlapIndex(vetoes);
  candidates.sort((a, b) => a.rank - b.rank || a.start - b.start);
  const taken = new DisjointSpans();
  const results: SecretMatch[] = [];
  for (const c of candidates) {
    if (c.fallback && vetoed(c.start, c.end)) continue;
    if (!taken.tryAdd(c.start, c.end)) continue;
    results.push({ detectorId: c.detectorId, start: c.start, end: c.end, secret: c.secret });
  }
  return results.sort((a, b) => a.start - b.start);
}
