/**
 * ` * ERROR: cat/pkg-1.0::repo failed (compile phase):` and what follows: the die message, `Call stack:`,
 * `The specific snippet of code:`, and the log/environment/working-directory lines. Also reads the forms
 * found in pastes and logs: `- ` bullets, `>>> ` in place of ` * `, no bullet at all (elog summary),
 * and a header glued to the end of another tool's progress line.
 */
import type { BuildFailureEvent, CallFrame, EmergeEvent } from './events';
import type { Block, ParseContext } from './block';
import { capPush, splitPkgSpec } from './block';
import type { LogLine } from './logLine';

const HEADER = /(^|\s|>>> |\* |- )ERROR: ([A-Za-z0-9+_.-]+\/[^\s:]+)(?:::(\S+))? failed(?: \(([\w-]+) phase\))?:\s*$/;
const FRAME = /^(\S+), line\s+(\d+):\s+Called (\S+)(?:\s+(.*))?$/;

/** Portage before 2.1.6: `!!! ERROR: cat/pkg-1.0 failed.` (no phase; the stack tells it). */
const OLD_HEADER = /^!!! ERROR: ([A-Za-z0-9+_.-]+\/[^\s:]+?)(?:::(\S+))? failed\.?$/;

/** Recognises the header anywhere in a line (it may be glued to another tool's output). */
export function startFailure(l: LogLine): Block | null {
  if (!l.text.includes('ERROR: ')) return null;
  const old = OLD_HEADER.exec(l.text);
  if (old) return new FailureBlock(l.n, '!', old[1], old[2], 'unknown');
  const m = HEADER.exec(l.text);
  if (!m) return null;
  const before = l.text.slice(0, m.index + m[1].length);
  let style: Style = '';
  if (m[1] === '* ' || before.endsWith('* ')) style = '*';
  else if (m[1] === '- ' && m.index === 0) style = '-';
  else if (m[1] === '>>> ') style = '>';
  const { cpv, repo } = splitPkgSpec(m[2]);
  return new FailureBlock(l.n, style, cpv, repo ?? m[3], m[4] ?? 'unknown');
}

type Style = '' | '*' | '-' | '>' | '!';
type Section = 'reason' | 'gap' | 'stack' | 'snippet' | 'tail' | 'done';

class FailureBlock implements Block {
  private section: Section = 'reason';
  private readonly reason: string[] = [];
  private readonly snippet: string[] = [];
  private readonly frames: CallFrame[] = [];
  private blanks = 0;
  private log?: string;
  private environment?: string;
  private workingDirectory?: string;
  private s?: string;

  constructor(
    private readonly n: number,
    private readonly style: Style,
    private readonly cpv: string,
    private readonly repo: string | undefined,
    private readonly phase: string,
  ) {}

  feed(l: LogLine): boolean {
    if (this.section === 'done') return false;
    let body: string;
    if (this.style === '*' || this.style === '-') {
      if (l.bullet !== this.style) return false;
      body = l.body.trim();
    } else {
      body = l.text.startsWith('>>>') || l.text.startsWith('!!!') ? l.text.slice(3).trim() : l.text;
      if (body.startsWith('* ') || body === '*') body = body.slice(2).trim();
    }
    if (body === '') {
      // Bullet-less forms have no ` * ` separators: two blank lines in a row end the block.
      if (this.style !== '*' && this.style !== '-' && ++this.blanks >= 2) return false;
      if (this.section === 'reason' && this.reason.length > 0) this.section = 'gap';
      else if (this.section === 'snippet' && this.snippet.length > 0) this.section = 'tail';
      return true;
    }
    this.blanks = 0;
    if (body === 'Call stack:') {
      this.section = 'stack';
      return true;
    }
    const f = body.includes(', line') ? FRAME.exec(body) : null;
    if (f && (this.section === 'stack' || this.section === 'gap' || this.section === 'reason')) {
      this.section = 'stack';
      capPush(this.frames, { file: f[1], line: Number(f[2]), call: f[3], ...(f[4] ? { args: f[4] } : {}) });
      return true;
    }
    if (body === 'The specific snippet of code:') {
      this.section = 'snippet';
      return true;
    }
    // The closing lines below start with I, t, T, A, W or S: other lines skip their regexes.
    const c = body.charCodeAt(0);
    if (c === 0x49 || c === 0x74 || c === 0x54 || c === 0x41 || c === 0x57 || c === 0x53) {
      if (this.closing(body)) return true;
    }
    return this.content(body);
  }

  /** The support/log/environment/directory lines that close the block. */
  private closing(body: string): boolean {
    let m: RegExpExecArray | null;
    if (/^If you need support, post the output of/.test(body) || /^the complete build log and the output of/.test(body)) {
      this.section = 'tail';
      return true;
    }
    if (/^If you need support, post the topmost build error/.test(body)) {
      this.section = 'tail';
      return true;
    }
    if ((m = /^(?:The|A) complete build log is located at '(.+)'\.?$/.exec(body))) {
      this.log = m[1];
      this.section = 'tail';
      return true;
    }
    if ((m = /^The ebuild environment file is located at '(.+)'\.?$/.exec(body))) {
      this.environment = m[1];
      this.section = 'tail';
      return true;
    }
    if ((m = /^Working directory: '(.*)'$/.exec(body))) {
      this.workingDirectory = m[1];
      this.section = 'tail';
      return true;
    }
    if ((m = /^S: '(.*)'$/.exec(body))) {
      this.s = m[1];
      this.section = 'done';
      return true;
    }
    return false;
  }

  /** A reason, snippet or (old Portage) late reason line. */
  private content(body: string): boolean {
    if (this.section === 'reason') {
      // Markdown leaves a stray `**` at the end of pasted lines.
      capPush(this.reason, body.endsWith('**') && !body.startsWith('**') ? body.slice(0, -2).trimEnd() : body);
      return true;
    }
    if (this.section === 'snippet') {
      capPush(this.snippet, body);
      return true;
    }
    if (this.style === '!' && this.reason.length === 0 && this.section === 'stack') {
      // Old Portage printed the die message after the stack.
      this.reason.push(body);
      return true;
    }
    return false;
  }

  finish(ctx: ParseContext): EmergeEvent[] {
    const reason = this.reason.join('\n');
    // Old Portage named no phase: the first frame calling a phase function tells it.
    let phase = this.phase;
    if (phase === 'unknown') {
      for (const f of this.frames) {
        const p = /^(?:src|pkg|dyn)_(\w+)$/.exec(f.call);
        if (p) {
          phase = p[1];
          break;
        }
      }
    }
    if (!ctx.firstTime(`failure|${this.cpv}|${phase}|${reason}`)) return [];
    const ev: BuildFailureEvent = {
      type: 'build-failure',
      inputLine: this.n,
      cpv: this.cpv,
      ...(this.repo ? { repo: this.repo } : {}),
      phase,
      reason,
      frames: this.frames,
    };
    if (this.snippet.length) ev.snippet = this.snippet.join('\n');
    const log = this.log ?? ctx.logOf(this.cpv);
    if (log) ev.log = log;
    if (this.environment) ev.environment = this.environment;
    if (this.workingDirectory !== undefined) ev.workingDirectory = this.workingDirectory;
    if (this.s !== undefined) ev.s = this.s;
    return [ev];
  }
}
