/**
 * Splits a byte stream into lines at `\n`, whatever the chunking: bytes of an unfinished line wait for the
 * next chunk, so a UTF-8 sequence split across chunks decodes as if it came whole. A line longer than
 * `maxLine` bytes keeps its first `maxLine` bytes; the rest is dropped (memory stays bounded on endless
 * lines) while line numbers keep counting.
 *
 * Lines are found with native searches (`\n`, and `: ` once per chunk) and only the lines that may matter
 * (lineFilter.ts) are decoded and handed on; the handler says when it needs every line (a block is open).
 */
import { mayMatter as mayMatterImport, QUICK_SKIP as QUICK_SKIP_IMPORT } from './lineFilter';

// Local bindings: a CommonJS build reads imports through getters, once per line in the loop below.
const mayMatter = mayMatterImport;
const QUICK_SKIP = QUICK_SKIP_IMPORT;

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
  private tail: Buffer[] = [];
  private tailLen = 0;
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
    if (this.tailLen > 0 || this.tail.length > 0) {
      const nl = buf.indexOf(10);
      if (nl < 0) {
        this.keep(buf, 0, buf.length);
        return;
      }
      this.keep(buf, 0, nl);
      const line = this.tail.length === 1 ? this.tail[0] : Buffer.concat(this.tail, this.tailLen);
      this.tail = [];
      this.tailLen = 0;
      if (this.all || !this.filter || mayMatter(line, 0, line.length, colonIn(line, 0, line.length))) this.line(line, 0, line.length);
      else this.lineNo++;
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
          // `: ` must end before the (possibly capped) end of the line; most lines fail on their first byte.
          const inLine = colon + 1 < e;
          if (!((!inLine && QUICK_SKIP[buf[start]] === 1) || !mayMatter(buf, start, e, inLine ? colon : -1))) break;
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
    if (this.tail.length > 0) {
      const line = Buffer.concat(this.tail, this.tailLen);
      this.tail = [];
      this.tailLen = 0;
      if (this.all || !this.filter || mayMatter(line, 0, line.length, colonIn(line, 0, line.length))) this.line(line, 0, line.length);
      else this.lineNo++;
    }
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
    const room = this.maxLine - this.tailLen;
    if (room <= 0 || e <= s) {
      if (this.tail.length === 0 && e > s) this.tail.push(Buffer.alloc(0));
      return;
    }
    const take = Math.min(room, e - s);
    // Copy: the caller may reuse its buffer, and a slice would pin a large chunk.
    this.tail.push(Buffer.from(buf.subarray(s, s + take)));
    this.tailLen += take;
  }
}
