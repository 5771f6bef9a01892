/**
 * `The following USE changes are necessary to proceed:` (also keyword, license, mask): one event per
 * proposed line, with the `# required by` chain above it (and the old one-line
 * `#required by A, required by B (argument)` form) and, for mask changes, the mask file and comment.
 */
import type { AutounmaskEvent, EmergeEvent, RequiredBy } from './events';
import type { Block } from './block';
import { capPush, parseRequiredBy } from './block';
import type { LogLine } from './logLine';

const HEADER = /^The following (USE|keyword|license|mask|unmask) changes are necessary to proceed:?$/;
const ENTRY = /^([<>=~!]*[A-Za-z0-9+_.-]+\/[A-Za-z0-9+_.*:@-]+\S*)(?:\s+(.*))?$/;

const KINDS = {
  USE: { kind: 'use', overrideKind: 'use', file: 'package.use' },
  keyword: { kind: 'keyword', overrideKind: 'accept_keywords', file: 'package.accept_keywords' },
  license: { kind: 'license', overrideKind: 'license', file: 'package.license' },
  mask: { kind: 'mask', overrideKind: 'unmask', file: 'package.unmask' },
  unmask: { kind: 'unmask', overrideKind: 'unmask', file: 'package.unmask' },
} as const;

export function startAutounmask(l: LogLine): Block | null {
  const m = HEADER.exec(l.text);
  return m ? new AutounmaskBlock(m[1] as keyof typeof KINDS) : null;
}

class AutounmaskBlock implements Block {
  private file: string;
  private readonly events: AutounmaskEvent[] = [];
  private requiredBy: RequiredBy[] = [];
  private comments: string[] = [];
  private groupStart = 0;

  constructor(private readonly word: keyof typeof KINDS) {
    this.file = KINDS[word].file;
  }

  feed(l: LogLine): boolean {
    const t = l.text;
    if (t === '') return false;
    let m = /^\(see "([^"]+)" in the portage\(5\) man page/.exec(t);
    if (m) {
      this.file = m[1];
      return true;
    }
    if (t.startsWith('#')) {
      if (!this.groupStart) this.groupStart = l.n;
      capPush(this.comments, t);
      m = /^#\s*required by (.*)$/.exec(t);
      if (m) {
        // Old Portage put the chain on one line: `#required by A, required by B (argument)`.
        for (const part of m[1].split(/,\s*required by\s+/)) capPush(this.requiredBy, parseRequiredBy(part));
      }
      return true;
    }
    if (/^\/\S+:$/.test(t)) {
      // Mask file path above its comment (mask changes).
      if (!this.groupStart) this.groupStart = l.n;
      capPush(this.comments, t);
      return true;
    }
    m = ENTRY.exec(t);
    if (!m) return false;
    const k = KINDS[this.word];
    const change = (m[2] ?? '').trim();
    capPush(this.events, {
      type: 'autounmask',
      inputLine: this.groupStart || l.n,
      kind: k.kind,
      overrideKind: k.overrideKind,
      file: this.file,
      atom: m[1],
      change,
      entry: change ? `${m[1]} ${change}` : m[1],
      requiredBy: this.requiredBy,
      comments: this.comments,
    });
    this.requiredBy = [];
    this.comments = [];
    this.groupStart = 0;
    return true;
  }

  finish(): EmergeEvent[] {
    return this.events;
  }
}
