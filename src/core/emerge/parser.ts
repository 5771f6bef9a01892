/**
 * The incremental emerge output parser: bytes in (chunks split anywhere, one or two streams), typed events
 * out. Bytes → lines (lineSplitter) → pty clean-up (terminal) → log prefixes stripped (logLine) → one of
 * the block readers or the one-line recognisers. It never throws, and memory stays bounded: lines are
 * capped, blocks are capped in lines and characters, and nothing else grows with the input.
 */
import type { EmergeEvent, Stream } from './events';
import type { Block } from './block';
import { ParseContext } from './block';
import { LineSplitter } from './lineSplitter';
import { cleanLine } from './terminal';
import { toLogLine, type LogLine } from './logLine';
import { startFailure } from './failureBlock';
import { startQa } from './qaBlock';
import { startAutounmask } from './autounmaskBlock';
import { startDependencyProblem } from './dependencyBlock';
import { startConflict } from './conflictBlock';
import { startFetch } from './fetchBlock';
import { startFailedSummary } from './failedSummaryBlock';
import { startFetchRestriction } from './fetchRestriction';
import { DiagnosticReader, emergeLogLine, mergeListLine, progressLine } from './lineEvents';
import { equoLine, FetchAttempts, isEquoLine, totalLine } from './summaryLines';

const PACKAGE_CONTEXT_STARTS = ['>>> Messages generated', 'Package:', '* Package:', '* Messages for package ', '* >>> Messages generated'];
const MAX_BLOCK_LINES = 5000;
const MAX_BLOCK_CHARS = 4 * 1024 * 1024;

class StreamState {
  block: Block | null = null;
  blockLines = 0;
  blockChars = 0;
  readonly diag = new DiagnosticReader();
  readonly fetches = new FetchAttempts();
  constructor(readonly name: Stream | undefined, readonly splitter: LineSplitter) {}
}

export class EmergeParser {
  private readonly ctx = new ParseContext();
  private readonly streams = new Map<string, StreamState>();
  private out: EmergeEvent[] = [];

  /**
   * `onEvent` is called for every event as soon as it is known (the same events push/end return).
   * `readEveryLine` turns off the skipping of lines that cannot matter (the same events, slower: for tests).
   */
  constructor(private readonly onEvent?: (event: EmergeEvent) => void, private readonly options: { readEveryLine?: boolean } = {}) {}

  /**
   * Feeds a chunk. Without `stream`, the input is one merged stream; with it, stdout and stderr keep
   * separate line buffers, blocks and line numbers (events then carry `stream`). Returns the events completed.
   */
  push(chunk: Buffer | string | Uint8Array, stream?: Stream): EmergeEvent[] {
    const st = this.state(stream);
    try {
      st.splitter.push(typeof chunk === 'string' || Buffer.isBuffer(chunk) ? chunk : Buffer.from(chunk.buffer, chunk.byteOffset, chunk.byteLength));
    } catch {
      // Unreachable in practice; the parser must never take its caller down.
    }
    return this.drain();
  }

  /** Ends every stream: flushes unfinished lines and open blocks. */
  end(): EmergeEvent[] {
    for (const st of this.streams.values()) {
      try {
        st.splitter.end();
        this.endBlock(st);
      } catch {
        st.block = null;
      }
    }
    return this.drain();
  }

  private state(stream: Stream | undefined): StreamState {
    const key = stream ?? '';
    let st = this.streams.get(key);
    if (!st) {
      const created: StreamState = new StreamState(stream, new LineSplitter((raw, n, plain) => this.onRawLine(created, raw, n, plain)));
      created.splitter.filter = !this.options.readEveryLine;
      st = created;
      this.streams.set(key, st);
    }
    return st;
  }

  private drain(): EmergeEvent[] {
    const out = this.out;
    this.out = [];
    return out;
  }

  private emit(st: StreamState, events: EmergeEvent[]): void {
    for (const e of events) {
      if (st.name) e.stream = st.name;
      this.out.push(e);
      if (this.onEvent) {
        try {
          this.onEvent(e);
        } catch {
          // A consumer's error is not the parser's; keep parsing.
        }
      }
    }
  }

  /** Returns whether the next line must be read whatever it holds (a block, or a reader counting lines, is open). */
  private onRawLine(st: StreamState, raw: string, n: number, plain: boolean): boolean {
    if (plain) {
      // No control character but CRs at the end: what cleanLine would return, without its scan.
      let end = raw.length;
      while (end > 0 && raw.charCodeAt(end - 1) === 0x0d) end--;
      if (end === 0 && !st.block) return false; // a blank line outside a block means nothing (dispatch ignores it)
      this.onLine(st, toLogLine(end === raw.length ? raw : raw.slice(0, end), n));
    } else {
      const segments = cleanLine(raw);
      if (typeof segments === 'string') this.onLine(st, toLogLine(segments, n));
      else for (let i = 0; i < segments.length; i++) this.onLine(st, toLogLine(segments[i], n));
    }
    return st.block !== null || st.diag.counting;
  }

  private onLine(st: StreamState, l: LogLine): void {
    try {
      if (st.block) {
        st.blockLines++;
        st.blockChars += l.text.length;
        if (st.blockLines <= MAX_BLOCK_LINES && st.blockChars <= MAX_BLOCK_CHARS && st.block.feed(l)) return;
        this.endBlock(st);
      }
      this.dispatch(st, l);
    } catch {
      st.block = null;
    }
  }

  private endBlock(st: StreamState): void {
    const b = st.block;
    st.block = null;
    if (b) this.emit(st, b.finish(this.ctx));
  }

  private begin(st: StreamState, r: Block | EmergeEvent[] | null): boolean {
    if (!r) return false;
    if (Array.isArray(r)) this.emit(st, r);
    else {
      st.block = r;
      st.blockLines = 0;
      st.blockChars = 0;
    }
    return true;
  }

  /** Lines that name the package the following output belongs to (build.log and elog headers). */
  private packageContext(l: LogLine): boolean {
    // What the regex needs at the start, tested first (this runs for every `>`, `*` and `P` line).
    if (!PACKAGE_CONTEXT_STARTS.some((s) => l.text.startsWith(s))) return false;
    const m = /^(?:\* )?(?:Package:\s+|Messages for package |>>> Messages generated by process \d+ on .* for package )([A-Za-z0-9+_.-]+\/[^\s:]+)/.exec(l.text);
    if (!m) return false;
    this.ctx.cpv = m[1];
    return true;
  }

  private dispatch(st: StreamState, l: LogLine): void {
    const t = l.text;
    if (t === '') return;
    if (this.begin(st, startFailure(l))) return;
    const c = t.charCodeAt(0);
    if ((c === 0x3e || c === 0x2a || c === 0x50) && this.packageContext(l)) return;
    switch (c) {
      case 0x3e: // >
        if (this.begin(st, progressLine(l, this.ctx)) || this.begin(st, startFetch(l, this.ctx))) return;
        break;
      case 0x5b: // [
        if (this.begin(st, mergeListLine(l))) return;
        break;
      case 0x21: // !
        if (this.begin(st, startDependencyProblem(l)) || this.begin(st, startConflict(l)) || this.begin(st, startFetch(l, this.ctx))
          || this.begin(st, startFetchRestriction(l))) return;
        break;
      case 0x65: // e
        if (this.begin(st, startDependencyProblem(l))) return;
        break;
      case 0x2a: // *
      case 0x2d: // -
        if (l.bullet && (this.begin(st, startQa(l, this.ctx.cpv)) || this.begin(st, startFetch(l, this.ctx)) || this.begin(st, startConflict(l))
          || this.begin(st, startFailedSummary(l)))) return;
        break;
      case 0x51: // Q
        if (this.begin(st, startQa(l, this.ctx.cpv))) return;
        break;
      case 0x28: // (
        if (this.begin(st, startConflict(l)) || this.begin(st, startAutounmask(l))) return;
        break;
      case 0x23: // #
        if (this.begin(st, startAutounmask(l))) return;
        break;
      case 0x3a: // :
      case 0x3d: // =
        if (this.begin(st, emergeLogLine(l, this.ctx))) return;
        break;
      default:
        if (c === 0x54 && (this.begin(st, startAutounmask(l)) || this.begin(st, totalLine(l)))) return;
        if (c >= 0x43 && c <= 0x55 && (this.begin(st, progressLine(l, this.ctx))
          || (c === 0x46 && (this.begin(st, startFetch(l, this.ctx)) || this.begin(st, startFetchRestriction(l)))))) return;
        if (c === 0x43 && this.begin(st, totalLine(l))) return;
        if (c >= 0x2550 && isEquoLine(t) && this.begin(st, equoLine(l, this.ctx))) return;
    }
    if (this.begin(st, st.fetches.read(l, this.ctx))) return;
    this.begin(st, st.diag.read(l, this.ctx));
  }
}

/** Parses a whole log at once. */
export function parseAll(input: string | Buffer): EmergeEvent[] {
  const p = new EmergeParser();
  const events = p.push(input);
  return events.concat(p.end());
}
