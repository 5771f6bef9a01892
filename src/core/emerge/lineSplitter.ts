/**
 * Splits a byte stream into lines at `\n`, whatever the chunking: bytes of an unfinished line wait for the
 * next chunk, so a UTF-8 sequence split across chunks decodes as if it came whole. A line longer than
 * `maxLine` bytes keeps its first `maxLine` bytes; the rest is dropped (memory stays bounded on endless
 * lines) while line numbers keep counting.
 */
export const MAX_LINE_BYTES = 64 * 1024;
const REGION_BYTES = 64 * 1024;

export class LineSplitter {
  private tail: Buffer[] = [];
  private tailLen = 0;
  private lineNo = 0;

  constructor(
    private readonly onLine: (line: string, lineNo: number) => void,
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

  /** Complete lines in buf[s, e) (e is the index of the last `\n`, excluded). */
  private region(buf: Buffer, s: number, e: number): void {
    const text = buf.toString('utf8', s, e);
    const safeChars = Math.floor(this.maxLine / 3); // a line this short in UTF-16 units cannot exceed maxLine bytes
    let pos = 0;
    let done = 0;
    for (;;) {
      const nl = text.indexOf('\n', pos);
      const end = nl < 0 ? text.length : nl;
      if (end - pos > safeChars) {
        this.regionByBytes(buf, s, e, done);
        return;
      }
      this.emit(pos === 0 && nl < 0 ? text : text.slice(pos, end));
      done++;
      if (nl < 0) return;
      pos = nl + 1;
    }
  }

  /** Slow path for regions holding a long line: cut lines at byte level, from the `skip`-th line on. */
  private regionByBytes(buf: Buffer, s: number, e: number, skip: number): void {
    let pos = s;
    for (let k = 0; k < skip; k++) pos = buf.indexOf(10, pos) + 1;
    while (pos <= e) {
      let nl = buf.indexOf(10, pos);
      if (nl < 0 || nl > e) nl = e;
      const end = Math.min(nl, pos + this.maxLine);
      this.emit(buf.toString('utf8', pos, end));
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
    this.onLine(line, this.lineNo);
  }
}
