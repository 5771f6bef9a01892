/**
 * Splits a byte stream into lines at `\n`, whatever the chunking: bytes of an unfinished line wait for the
 * next chunk, so a UTF-8 sequence split across chunks decodes as if it came whole. A line longer than
 * `maxLine` bytes keeps its first `maxLine` bytes; the rest is dropped (memory stays bounded on endless
 * lines) while line numbers keep counting.
 *
 * Lines are found with native searches (`\n`, and `: ` once per chunk) and only the lines that may matter
 * (lineFilter.ts) are decoded and handed on; the handler says when it needs every line (a block is open).
 */
import { mayMatter as mayMatterImport, SKIP_PAIR as SKIP_PAIR_IMPORT } from './lineFilter';

// Local bindings: a CommonJS build reads imports through getters, once per line in the loop below.
const mayMatter = mayMatterImport;
const SKIP_PAIR = SKIP_PAIR_IMPORT;

export const MAX_LINE_BYTES = 64 * 1024;

/** Anything but TAB and printable ASCII: a line holding one is not plain, unless it is CRs ending the line. */
const NOT_PRINTABLE = /[^\t\x20-\x7e]/;

/** Plain: ASCII without control characters but CRs at its end (one scan without alternatives, then a look). */
function isPlain(text: string): boolean {
  const m = NOT_PRINTABLE.exec(text);
  if (!m) return true;
  for (let i = m.index; i < text.length; i++) if (text.charCodeAt(i) !== 0x0d) return false;
  return true;
}

/** Buffer's own decoders, without toString's argument handling (they exist on every Buffer, untyped). */
type Decoders = { latin1Slice(s: number, e: number): string; utf8Slice(s: number, e: number): string };

/**
 * Receives each line and its 1-based number. `plain` is true when the line is known to be ASCII without
 * control characters except CRs at its end, so the consumer may skip its own scan (false: not known).
 * With `filter` on, it returns true when the next line must be handed on whatever it holds.
 */
export type LineHandler = (line: string, lineNo: number, plain: boolean) => boolean | void;

/** Index of the next `: ` in `buf` from `from`, or `end` when none starts before it (memchr for `:`, then a look). */
function nextColonSpace(buf: Buffer, from: number, end: number): number {
  let o = buf.indexOf(0x3a, from);
  // (Never reading past the buffer: an out-of-bounds read deoptimises the loop.)
  while (o >= 0 && o < end && (o + 1 === buf.length || buf[o + 1] !== 0x20)) o = buf.indexOf(0x3a, o + 1);
  return o < 0 || o > end ? end : o;
}

/** Index of the first `: ` inside `buf[s, e)`, or -1. */
function colonIn(buf: Buffer, s: number, e: number): number {
  const o = nextColonSpace(buf, s, e);
  return o + 1 < e ? o : -1;
}

export class LineSplitter {
  /** The unfinished line's bytes (the first `tailLen`), in a buffer reused from line to line. */
  private tail: Buffer = Buffer.alloc(0);
  private tailLen = 0;
  /** An unfinished line waits for its `\n` (its bytes may all have been dropped past `maxLine`). */
  private pending = false;
  private lineNo = 0;
  /** The handler asked for every line (a block is open). */
  private all = false;
  /** Whether to skip lines that cannot matter to the emerge parser (lineFilter.ts); off, every line is handed on. */
  filter = false;

  constructor(
    private readonly onLine: LineHandler,
    private readonly maxLine = MAX_LINE_BYTES,
  ) {}

  /** Lines completed so far. */
  get lines(): number {
    return this.lineNo;
  }

  push(chunk: Buffer | string): void {
    const buf = typeof chunk === 'string' ? Buffer.from(chunk, 'utf8') : chunk;
    let start = 0;
    if (this.pending) {
      const nl = buf.indexOf(10);
      if (nl < 0) {
        this.keep(buf, 0, buf.length);
        return;
      }
      this.keep(buf, 0, nl);
      this.flushTail();
      start = nl + 1;
    }
    const last = buf.lastIndexOf(10);
    const max = this.maxLine;
    // The next `: ` at or after the current line: one native search per occurrence, not per line.
    let colon = -1;
    const filter = this.filter;
    while (start <= last) {
      if (filter && !this.all) {
        // The common case, kept tight: skip lines until one may matter.
        let n = this.lineNo;
        for (;;) {
          const nl = buf.indexOf(10, start);
          const e = nl - start > max ? start + max : nl;
          if (colon < start) colon = nextColonSpace(buf, start, last);
          // `: ` must end before the (possibly capped) end of the line; most lines fail on their first two bytes
          // (a first byte that is not `\n` has a next byte in the chunk: at worst the line's `\n`).
          const inLine = colon + 1 < e;
          const c = buf[start];
          if (!((!inLine && c !== 0x0a && SKIP_PAIR[(c << 8) | buf[start + 1]] === 1) || !mayMatter(buf, start, e, inLine ? colon : -1))) break;
          n++;
          start = nl + 1;
          if (start > last) break;
        }
        this.lineNo = n;
        if (start > last) break;
      }
      const nl = buf.indexOf(10, start);
      this.line(buf, start, nl - start > max ? start + max : nl);
      start = nl + 1;
    }
    if (start < buf.length) this.keep(buf, start, buf.length);
  }

  /** Flushes an unfinished last line. */
  end(): void {
    if (this.pending) this.flushTail();
  }

  /** Hands on the unfinished line, now complete (its buffer is only read before the next keep). */
  private flushTail(): void {
    const line = this.tail;
    const len = this.tailLen;
    this.pending = false;
    this.tailLen = 0;
    if (this.all || !this.filter || mayMatter(line, 0, len, colonIn(line, 0, len))) this.line(line, 0, len);
    else this.lineNo++;
  }

  /**
   * One complete line `buf[s, e)` (already capped). Plain ASCII lines are decoded as latin1 (far cheaper than
   * UTF-8, and the same text); others as UTF-8 (the same text a whole-chunk decode gives: `\n` never sits
   * inside a sequence).
   */
  private line(buf: Buffer, s: number, e: number): void {
    this.lineNo++;
    if (e === s) {
      this.all = this.onLine('', this.lineNo, true) === true;
      return;
    }
    const d = buf as unknown as Decoders;
    const text = d.latin1Slice(s, e);
    if (!isPlain(text)) this.all = this.onLine(d.utf8Slice(s, e), this.lineNo, false) === true;
    else this.all = this.onLine(text, this.lineNo, true) === true;
  }

  private keep(buf: Buffer, s: number, e: number): void {
    if (e <= s) return;
    this.pending = true;
    const take = Math.min(this.maxLine - this.tailLen, e - s);
    if (take <= 0) return;
    // Copied (the caller may reuse its buffer, and a slice would pin a large chunk) into one buffer that grows up
    // to maxLine and is reused: no allocation per chunk.
    if (this.tailLen + take > this.tail.length) {
      const grown = Buffer.allocUnsafe(Math.min(this.maxLine, Math.max(2 * this.tail.length, this.tailLen + take, 4096)));
      this.tail.copy(grown, 0, 0, this.tailLen);
      this.tail = grown;
    }
    buf.copy(this.tail, this.tailLen, s, s + take);
    this.tailLen += take;
  }
}
