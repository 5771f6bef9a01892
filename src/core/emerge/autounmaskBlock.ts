/**
 * `The following USE changes are necessary to proceed:` (also keyword, license, mask): one event per
 * proposed line, with the `# required by` chain above it (and the old one-line
 * `#required by A, required by B (argument)` form) and, for mask changes, the mask file and comment.
 * Pastes often start lower: at ` (see "package.use" in the portage(5) man page …)` (the kind is in it) or at the
 * first `# required by` line (the kind is read from each entry: keywords, licences and flags look different).
 */
import type { AutounmaskEvent, EmergeEvent, RequiredBy } from './events';
import type { Block } from './block';
import { capPush, parseRequiredBy } from './block';
import type { LogLine } from './logLine';
import { tryParseAtom } from '../atom';

const HEADER = /^The following (USE|keyword|license|mask|unmask) changes are necessary to proceed:?$/;
const SEE = /^\(see "([^"]+)" in the portage\(5\) man page/;
const REQUIRED_BY = /^#\s*required by (.*)$/;
const ENTRY = /^([<>=~!]*[A-Za-z0-9+_.-]+\/[A-Za-z0-9+_.*:@-]+\S*)(?:\s+(.*))?$/;

const KINDS = {
  USE: { kind: 'use', overrideKind: 'use', file: 'package.use' },
  keyword: { kind: 'keyword', overrideKind: 'accept_keywords', file: 'package.accept_keywords' },
  license: { kind: 'license', overrideKind: 'license', file: 'package.license' },
  mask: { kind: 'mask', overrideKind: 'unmask', file: 'package.unmask' },
  unmask: { kind: 'unmask', overrideKind: 'unmask', file: 'package.unmask' },
} as const;

type Word = keyof typeof KINDS;
const WORD_OF_FILE: Record<string, Word> = {
  'package.use': 'USE', 'package.accept_keywords': 'keyword', 'package.keywords': 'keyword', 'package.license': 'license', 'package.unmask': 'mask',
};

export function startAutounmask(l: LogLine): Block | null {
  const t = l.text;
  const m = HEADER.exec(t);
  if (m) return new AutounmaskBlock(m[1] as Word);
  if (t.charCodeAt(0) === 0x28 /* ( */) {
    const see = SEE.exec(t);
    const word = see ? WORD_OF_FILE[see[1]] : undefined;
    return word ? new AutounmaskBlock(word, 'headerless') : null;
  }
  if (t.charCodeAt(0) === 0x23 /* # */ && REQUIRED_BY.test(t)) {
    const b = new AutounmaskBlock(undefined, 'headerless');
    b.feed(l);
    return b;
  }
  return null;
}

/** Licence names that look like flags (lower case, hyphens): common words in them. */
const LICENCE_WORDS = /(?:^|-)(?:eula|licen[cs]e|redistributable|copyright|tos|puel|rights|reserved|source|as-is|freedist|public|domain|distributable|commercial|proprietary)(?:-|$)/;

function cpOf(atom: string): string | undefined {
  const r = tryParseAtom(atom);
  return r.ok ? `${r.atom.category}/${r.atom.pn}` : undefined;
}

/**
 * What an entry without its header changes. Tokens first: `~amd64`/`**` are keywords, none is an unmask, a
 * `-flag` is USE. Then the chain: Portage starts a USE change's chain at a parent the package does not satisfy,
 * so an entry whose first `# required by` is the package itself as a plain argument is a licence. Last, the
 * tokens' shape: `@GROUP`, upper case (outside `l10n_pt-BR`-style USE_EXPAND flags), versions (`GPL-2`,
 * `LGPL-2.1+`) and licence words mark a licence; anything else is a USE flag.
 */
function guessWord(atom: string, change: string, requiredBy: RequiredBy[]): Word {
  const tokens = change.split(/\s+/).filter(Boolean);
  if (tokens.length === 0) return 'mask';
  if (tokens.some((x) => x.startsWith('~') || x === '**' || x === '*')) return 'keyword';
  if (tokens.some((x) => x.startsWith('-'))) return 'USE';
  const first = requiredBy[0];
  if (first?.kind === 'argument' && !first.atom.includes('[')) {
    const cp = cpOf(first.atom);
    if (cp && cp === cpOf(atom)) return 'license';
  }
  const licence = (x: string) => x.startsWith('@') || (!/^[a-z0-9]+_/.test(x) && (/[A-Z.+]/.test(x) || /-\d/.test(x) || LICENCE_WORDS.test(x)));
  return tokens.some(licence) ? 'license' : 'USE';
}

class AutounmaskBlock implements Block {
  private file?: string;
  private readonly events: AutounmaskEvent[] = [];
  private requiredBy: RequiredBy[] = [];
  private comments: string[] = [];
  private groupStart = 0;

  /** `word` undefined: no header and no `(see …)` line yet, so each entry tells its own kind. */
  constructor(private word: Word | undefined, private readonly form?: 'headerless') {
    if (word) this.file = KINDS[word].file;
  }

  feed(l: LogLine): boolean {
    const t = l.text;
    if (t === '') return false;
    let m = SEE.exec(t);
    if (m) {
      this.file = m[1];
      this.word ??= WORD_OF_FILE[m[1]];
      return true;
    }
    if (t.startsWith('#')) {
      if (!this.groupStart) this.groupStart = l.n;
      capPush(this.comments, t);
      m = REQUIRED_BY.exec(t);
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
    const change = (m[2] ?? '').trim();
    const k = KINDS[this.word ?? guessWord(m[1], change, this.requiredBy)];
    const ev: AutounmaskEvent = {
      type: 'autounmask',
      inputLine: this.groupStart || l.n,
      kind: k.kind,
      overrideKind: k.overrideKind,
      file: this.file ?? k.file,
      atom: m[1],
      change,
      entry: change ? `${m[1]} ${change}` : m[1],
      requiredBy: this.requiredBy,
      comments: this.comments,
    };
    if (this.form) ev.form = this.form;
    capPush(this.events, ev);
    this.requiredBy = [];
    this.comments = [];
    this.groupStart = 0;
    return true;
  }

  finish(): EmergeEvent[] {
    return this.events;
  }
}
