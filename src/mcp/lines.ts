/** What a chunk of newline-delimited input held: whole lines, and lines too long to keep. */
export type LineEvent = { kind: 'line'; text: string } | { kind: 'oversized'; bytes: number; head: string; tail: string };

/** How much of an oversized line is kept to find its request id. */
const EDGE_BYTES = 1024;

/**
 * Splits a byte stream into lines and never holds more than `maxLineBytes` of one: a longer line is
 * dropped as it streams in (only its first and last KB are kept) and reported once its newline comes.
 */
export class LineReader {
  private pending: Buffer[] = [];
  private pendingBytes = 0;
  /** Set while skipping the rest of an oversized line. */
  private skipping: { bytes: number; head: Buffer; tail: Buffer } | undefined;

  constructor(readonly maxLineBytes: number) {}

  push(chunk: Buffer): LineEvent[] {
    const events: LineEvent[] = [];
    let start = 0;
    while (start < chunk.length) {
      const newline = chunk.indexOf(0x0a, start);
      const end = newline === -1 ? chunk.length : newline;
      this.take(chunk.subarray(start, end));
      if (newline === -1) break;
      events.push(this.finishLine());
      start = newline + 1;
    }
    return events;
  }

  private take(piece: Buffer): void {
    if (piece.length === 0) return;
    if (this.skipping) {
      this.skipping.bytes += piece.length;
      this.skipping.tail = lastBytes(Buffer.concat([this.skipping.tail, piece]));
      return;
    }
    if (this.pendingBytes + piece.length <= this.maxLineBytes) {
      this.pending.push(piece);
      this.pendingBytes += piece.length;
      return;
    }
    // Only the edges are copied: the line so far is up to the limit and is let go at once.
    const parts = [...this.pending, piece];
    const head = Buffer.concat(parts.slice(0, firstCovering(parts))).subarray(0, EDGE_BYTES);
    const tail = lastBytes(Buffer.concat([...(piece.length < EDGE_BYTES ? this.pending.slice(-1) : []), piece]));
    this.skipping = { bytes: this.pendingBytes + piece.length, head: Buffer.from(head), tail };
    this.pending = [];
    this.pendingBytes = 0;
  }

  private finishLine(): LineEvent {
    if (this.skipping) {
      const { bytes, head, tail } = this.skipping;
      this.skipping = undefined;
      return { kind: 'oversized', bytes, head: head.toString('utf8'), tail: tail.toString('utf8').replace(/\r$/, '') };
    }
    const text = Buffer.concat(this.pending).toString('utf8').replace(/\r$/, '');
    this.pending = [];
    this.pendingBytes = 0;
    return { kind: 'line', text };
  }
}

/** How many leading parts it takes to hold the first EDGE_BYTES. */
function firstCovering(parts: readonly Buffer[]): number {
  let bytes = 0;
  for (let index = 0; index < parts.length; index++) {
    bytes += parts[index]!.length;
    if (bytes >= EDGE_BYTES) return index + 1;
  }
  return parts.length;
}

function lastBytes(buffer: Buffer): Buffer {
  return Buffer.from(buffer.subarray(Math.max(0, buffer.length - EDGE_BYTES)));
}
