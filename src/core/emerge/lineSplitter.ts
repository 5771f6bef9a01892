/**
 * Splits a byte stream into lines at `\n`, whatever the chunking: bytes of an unfinished line wait for the
 * next chunk, so a UTF-8 sequence split across chunks decodes as if it came whole. A line longer than
 * `maxLine` bytes keeps its first `maxLine` bytes; the rest is dropped (memory stays bounded on endless
 * lines) while line numbers keep counting.
 */
export const MAX_LINE_BYTES = 64 * 1024;
const REGION_BYTES = 64 * 1024;

/** Not plain ASCII text: a control character (other than TAB and CRs ending the line) or a byte >= 0x80. */
const NOT_PLAIN = /[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\xff]|\r(?!\r*$)/;

/**
 * Receives each line and its 1-based number. `plain` is true when the line is known to be ASCII without
 * control characters except CRs at its end, so the consumer may skip its own scan (false: not known).
 */
export type LineHandler = (line: string, lineNo: number, plain: boolean) => void;

export class LineSplitter {
  private tail: Buffer[] = [];
  private tailLen = 0;
  private lineNo = 0;

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
      this.emit(line.toString('utf8'));
      start = nl + 1;
    }
    const last = buf.lastIndexOf(10);
    // Decode in slices of about 64 KiB: line strings then do not pin one huge decoded string.
    while (start <= last) {
      let e = start + REGION_BYTES >= last ? last : buf.indexOf(10, start + REGION_BYTES);
      if (e < 0 || e > last) e = last;
      this.region(buf, start, e);
      start = e + 1;
    }
    if (start < buf.length) this.keep(buf, start, buf.length);
  }

  /** Flushes an unfinished last line. */
  end(): void {
    if (this.tail.length > 0) {
      const line = Buffer.concat(this.tail, this.tailLen);
      this.tail = [];
      this.tailLen = 0;
      this.emit(line.toString('utf8'));
    }
  }

  /**
   * Complete lines in buf[s, e) (e is the index of the last `\n`, excluded). The region is decoded as latin1:
   * far cheaper than UTF-8, and one character per byte, so string indexes are byte offsets. A line of plain
   * ASCII is then its own text; a line with a byte >= 0x80 or a control character is decoded again from its
   * bytes as UTF-8 (the same text a whole-region UTF-8 decode gives: `\n` never sits inside a sequence).
   */
  private region(buf: Buffer, s: number, e: number): void {
    const text = buf.toString('latin1', s, e);
    let pos = 0;
    for (;;) {
      const nl = text.indexOf('\n', pos);
      const end = nl < 0 ? text.length : nl;
      this.lineNo++;
      if (end === pos) {
        this.onLine('', this.lineNo, true);
      } else if (end - pos > this.maxLine) {
        this.onLine(buf.toString('utf8', s + pos, s + pos + this.maxLine), this.lineNo, false);
      } else {
        const line = pos === 0 && nl < 0 ? text : text.slice(pos, end);
        if (NOT_PLAIN.test(line)) this.onLine(buf.toString('utf8', s + pos, s + end), this.lineNo, false);
        else this.onLine(line, this.lineNo, true);
      }
      if (nl < 0) return;
      pos = nl + 1;
    }
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

  private emit(line: string): void {
    this.lineNo++;
    this.onLine(line, this.lineNo, false);
  }
}
