/**
 * Fetch and digest trouble: `!!! Digest verification failed:` (also the ` * ` form, and a path hard-wrapped
 * over several lines), `!!! Fetched file: X VERIFY FAILED!`, `!!! Couldn't download 'X'. Aborting.`,
 * ` * Fetch failed for 'cpv', Log file:`, and `>>> Failed to emerge cpv, Log file:` with its quoted path.
 */
import type { DigestFailureEvent, EmergeEvent, FetchFailureEvent, PackageDoneEvent } from './events';
import type { Block, ParseContext } from './block';
import { splitPkgSpec, unquote } from './block';
import type { LogLine } from './logLine';

/** Text after a `!!!` or ` * ` marker. */
function content(l: LogLine): string {
  if (l.text.startsWith('!!!')) return l.text.slice(3).trim();
  if (l.bullet === '*') return l.body.trim();
  return l.text;
}

export function startFetch(l: LogLine, ctx: ParseContext): Block | EmergeEvent[] | null {
  const t = l.text;
  // Every form below starts with `!!!`, a ` * ` bullet, `Fetch failed for '` or `Failed to`: most lines
  // are none of these and leave here without the content string or a regex.
  const bang = t.startsWith('!!!');
  if (!bang && l.bullet !== '*' && !t.startsWith("Fetch failed for '") && !t.startsWith('Failed to ') && !t.startsWith('>>> Failed to ')) return null;
  const c = content(l);
  let m: RegExpExecArray | null;
  if (c === 'Digest verification failed:' && (bang || l.bullet === '*')) return new VerifyBlock(l.n, 'digest');
  if (bang) {
    if (c.startsWith('Fetched file: ') && (m = /^Fetched file: (.+?) VERIFY FAILED!?$/.exec(c))) return new VerifyBlock(l.n, 'fetch', m[1]);
    if (c.startsWith('Fetch failed for ') && (m = /^Fetch failed for (\S+?),? can'?t update\.?$/.exec(c))) {
      return [{ type: 'fetch-failure', inputLine: l.n, cpv: splitPkgSpec(m[1]).cpv, reason: 'Fetch failed' }];
    }
    if (c.startsWith('Couldn') && (m = /^Couldn'?t download '(.+)'\. Aborting\.?$/.exec(c))) {
      // `.layout.conf.<mirror>`: Portage probing a mirror's layout before the distfiles; not a file of the package.
      if (m[1].startsWith('.layout.conf.')) return null;
      return [{ type: 'fetch-failure', inputLine: l.n, file: m[1], reason: "Couldn't download", ...(ctx.cpv ? { cpv: ctx.cpv } : {}) }];
    }
  }
  if ((bang || l.bullet === '*') && c.startsWith('A file is not listed') && (m = /^A file is not listed in the Manifest: '(.+)'$/.exec(c))) {
    return [{ type: 'digest-failure', inputLine: l.n, file: m[1], reason: 'A file is not listed in the Manifest' }];
  }
  if (c.startsWith("Fetch failed for '") && (m = /^Fetch failed for '(.+)', Log file:$/.exec(c))) return new LogPathBlock(l.n, 'fetch', m[1]);
  if ((t.startsWith('Failed to ') || t.startsWith('>>> Failed to ')) && (m = /^(?:>>> )?Failed to (?:emerge|install) (\S+?),? Log file:$/.exec(t))) {
    return new LogPathBlock(l.n, 'emerge', m[1]);
  }
  return null;
}

class VerifyBlock implements Block {
  private readonly path: string[] = [];
  private reason?: string;
  private got?: string;
  private expected?: string;

  constructor(
    private readonly n: number,
    private readonly kind: 'digest' | 'fetch',
    private readonly file?: string,
  ) {}

  feed(l: LogLine): boolean {
    if (this.expected !== undefined || l.text === '') return false;
    const c = content(l);
    let m: RegExpExecArray | null;
    if ((m = /^Reason:\s*(.*)$/.exec(c))) this.reason = m[1];
    else if ((m = /^Got:\s*(.*)$/.exec(c))) this.got = m[1];
    else if ((m = /^Expected:\s*(.*)$/.exec(c))) this.expected = m[1];
    else if (this.reason === undefined && this.kind === 'digest' && this.path.join('').length < 4096) {
      // The path, possibly split mid-word by a hard wrap (`!!!` alone, then the pieces without a marker).
      if (c) this.path.push(c);
    } else return false;
    return true;
  }

  finish(ctx: ParseContext): EmergeEvent[] {
    const reason = this.reason ?? '';
    if (this.kind === 'fetch') {
      const ev: FetchFailureEvent = { type: 'fetch-failure', inputLine: this.n, file: this.file, reason };
      if (this.got !== undefined) ev.got = this.got;
      if (this.expected !== undefined) ev.expected = this.expected;
      if (ctx.cpv) ev.cpv = ctx.cpv;
      return [ev];
    }
    const file = this.path.join('');
    if (!ctx.firstTime(`digest|${file}|${reason}|${this.got}|${this.expected}`)) return [];
    const ev: DigestFailureEvent = { type: 'digest-failure', inputLine: this.n, file, reason };
    if (this.got !== undefined) ev.got = this.got;
    if (this.expected !== undefined) ev.expected = this.expected;
    const h = /^Failed on (\S+) verification/.exec(reason);
    if (h) ev.hash = h[1];
    return [ev];
  }
}

/** Waits a couple of lines for the quoted log path that follows `Log file:`. */
class LogPathBlock implements Block {
  private log?: string;
  private seen = 0;

  constructor(
    private readonly n: number,
    private readonly kind: 'fetch' | 'emerge',
    private readonly spec: string,
  ) {}

  feed(l: LogLine): boolean {
    if (this.log !== undefined || ++this.seen > 3) return false;
    if (l.text === '') return true;
    const c = l.text.startsWith('>>>') ? l.text.slice(3).trim() : content(l);
    if (/^'[^']+'$/.test(c)) {
      this.log = unquote(c);
      return true;
    }
    return false;
  }

  finish(ctx: ParseContext): EmergeEvent[] {
    const { cpv, repo } = splitPkgSpec(this.spec);
    if (this.log) ctx.setLog(cpv, this.log);
    if (this.kind === 'fetch') {
      const ev: FetchFailureEvent = { type: 'fetch-failure', inputLine: this.n, cpv, reason: 'Fetch failed' };
      if (this.log) ev.log = this.log;
      return [ev];
    }
    const ev: PackageDoneEvent = { type: 'package-done', inputLine: this.n, cpv, result: 'failed' };
    if (repo) ev.repo = repo;
    if (this.log) ev.log = this.log;
    return [ev];
  }
}
