/**
 * ` * QA Notice: …` blocks: the headline (with its indented continuation), the explanatory prose (skipped),
 * and the entries (files, flags, options, compiler warnings). Reads bullet-less notices (elog summary) too.
 */
import type { EmergeEvent, QaNoticeEvent } from './events';
import type { Block, ParseContext } from './block';
import { capPush } from './block';
import type { LogLine } from './logLine';

const PROSE = new RegExp(
  '^(?:' +
    [
      'Files with such sections', 'architectures/operating systems', 'https?://', 'For more information',
      'Please include the following list', 'Note: Bugs should be filed', 'of the package in question',
      'Please do not file a Gentoo bug', 'issues directly to the upstream', 'to the upstream developers',
      'Please file a bug', 'This is known to break', 'Please report this', 'report the above QA',
      'The following files', 'Packages providing',
    ].join('|') +
    ')',
);

export function startQa(l: LogLine, cpv: string | undefined): Block | null {
  const style = l.bullet;
  if (!(style ? l.body.includes('QA Notice: ') : l.text.startsWith('QA Notice: '))) return null; // before trim()
  const body = style ? l.body.trim() : l.text;
  const m = /^QA Notice: (.*)$/.exec(body);
  if (!m) return null;
  return new QaBlock(l.n, style, m[1], cpv);
}

function qaTypeOf(message: string): string {
  const rules: [RegExp, string][] = [
    [/respecting CFLAGS/, 'cflags'],
    [/respecting LDFLAGS/, 'ldflags'],
    [/writable and executable sections/, 'rwx'],
    [/severe warnings/, 'severe-warnings'],
    [/Unrecognized configure options/, 'unrecognized-configure-options'],
    [/deprecated directories/, 'deprecated-directories'],
    [/Pre-stripped files/, 'pre-stripped'],
    [/Unresolved soname/, 'unresolved-soname'],
    [/text relocations/i, 'textrel'],
    [/executable stacks?/, 'execstack'],
    [/RUNPATH|RPATH/, 'runpath'],
    [/compressed.*man/i, 'compressed-man'],
    [/SONAME/, 'soname'],
    [/usr\/share\/doc|documentation/i, 'doc'],
  ];
  for (const [re, key] of rules) if (re.test(message)) return key;
  return 'other';
}

class QaBlock implements Block {
  private readonly headline: string[];
  private readonly entries: string[] = [];
  private homepage?: string;
  /** After a blank line the notice may go on only with its closing prose (`Please do not file…`). */
  private afterBlank = false;
  private inHead = true;

  constructor(
    private readonly n: number,
    private readonly style: '' | '*' | '-',
    headline: string,
    private readonly cpv: string | undefined,
  ) {
    this.headline = [headline.trim()];
  }

  feed(l: LogLine): boolean {
    if (l.text === '') {
      if (this.afterBlank) return false;
      this.afterBlank = true;
      return true;
    }
    let body: string;
    if (this.style) {
      if (l.bullet !== this.style) {
        // `strip:` output and its indented file list interleave with the pre-stripped notice.
        if (!this.afterBlank && (l.text.startsWith('strip:') || l.indent > 0)) return true;
        return false;
      }
      body = l.body.trim();
    } else {
      body = l.text;
    }
    if (body === '') return true;
    if (body.startsWith('QA Notice:')) return false;
    if (this.afterBlank) {
      if (!PROSE.test(body) && !body.startsWith('Homepage:')) return false;
      this.afterBlank = false;
    }
    const hp = /^Homepage:\s*(\S+)/.exec(body);
    if (hp) {
      this.homepage = hp[1];
      return true;
    }
    const last = this.headline[this.headline.length - 1];
    if (this.inHead && /^[a-z]/.test(body) && !/[.:]$/.test(last)) {
      this.headline.push(body);
      return true;
    }
    this.inHead = false;
    if (PROSE.test(body)) return true;
    capPush(this.entries, body);
    return true;
  }

  finish(): EmergeEvent[] {
    const message = this.headline.join(' ');
    const ev: QaNoticeEvent = {
      type: 'qa-notice',
      inputLine: this.n,
      qaType: qaTypeOf(message),
      message,
      entries: this.entries,
    };
    if (this.homepage) ev.homepage = this.homepage;
    if (this.cpv) ev.cpv = this.cpv;
    return [ev];
  }
}

export type { ParseContext };
