/**
 * Resolver complaints about one atom: `!!! All ebuilds that could satisfy "X" have been masked.`,
 * `emerge: there are no ebuilds [built with USE flags] to satisfy "X".` (with `Maybe you meant`), and
 * `!!! The ebuild selected to satisfy "X" has unmet requirements.` (REQUIRED_USE).
 * Portage's depgraph `_show_unsatisfied_dep` prints them; its `(Change USE: +ssl)` candidates are the package.use
 * lines autounmask would have proposed, so each also becomes an `autounmask` event (useChange.ts).
 */
import type { EmergeEvent, MaskCandidate, MaskedEvent, NoEbuildsEvent, RequiredBy, RequiredUseEvent } from './events';
import type { Block } from './block';
import { capPush, splitPkgSpec } from './block';
import type { LogLine } from './logLine';
import { parseUseChange, useChangeEvents } from './useChange';

const MASKED = /^!!! All ebuilds that could satisfy "(.+)" have been masked\.?$/;
const NO_EBUILDS = /^emerge: there are no (?:ebuilds|binary packages) (built with USE flags )?to satisfy "(.+)"(?: for [^.]*)?\.?$/;
const REQUIRED_USE = /^!!! The ebuild selected to satisfy "(.+)" has unmet requirements\.?$/;
const CANDIDATE = /^- (\S+)\s+\((masked by|Change USE|Missing IUSE): (.*)\)$/;
const DEP_CHAIN = /^\(dependency required by "(.+)" \[(\w+)\]\)$/;
/** User elisions in pastes: `......`, `[…]`, `[...]`, `…`. */
const ELISION = /^(?:\.{3,}|\[?(?:…|\.\.\.)\]?)$/;

export function startDependencyProblem(l: LogLine): Block | null {
  const t = l.text;
  let m: RegExpExecArray | null;
  if (t.startsWith('!!! ')) {
    if ((m = MASKED.exec(t))) return new DependencyBlock(l.n, 'masked', m[1], false);
    if ((m = REQUIRED_USE.exec(t))) return new DependencyBlock(l.n, 'required-use', m[1], false);
  } else if (t.startsWith('emerge: ') && (m = NO_EBUILDS.exec(t))) {
    return new DependencyBlock(l.n, 'no-ebuilds', m[2], Boolean(m[1]));
  }
  return null;
}

/** `invalid: DEPEND: …, invalid: RDEPEND: …` or `~amd64 keyword, package.mask`: split at reason starts. */
function splitReasons(s: string): string[] {
  const out: string[] = [];
  for (const piece of s.split(', ')) {
    const prev = out[out.length - 1];
    if (prev !== undefined && prev.startsWith('invalid:') && !piece.startsWith('invalid:')) out[out.length - 1] = `${prev}, ${piece}`;
    else out.push(piece);
  }
  return out;
}

class DependencyBlock implements Block {
  private readonly candidates: MaskCandidate[] = [];
  /** Input line of each candidate. */
  private readonly candidateLines: number[] = [];
  private readonly requiredBy: RequiredBy[] = [];
  private readonly suggestions: string[] = [];
  private readonly unsatisfied: string[] = [];
  private readonly expression: string[] = [];
  private section: 'main' | 'unsatisfied' | 'expression' | 'done' = 'main';
  private blanks = 0;
  private cpv?: string;
  private repo?: string;
  private use?: string;

  constructor(
    private readonly n: number,
    private readonly kind: 'masked' | 'no-ebuilds' | 'required-use',
    private readonly atom: string,
    private readonly useFlags: boolean,
  ) {}

  feed(l: LogLine): boolean {
    const t = l.text;
    if (this.section === 'done') return false;
    if (t === '') {
      if (++this.blanks >= 3) return false;
      if (this.section !== 'main') this.section = 'main';
      return true;
    }
    this.blanks = 0;
    let m: RegExpExecArray | null;
    if (/^!!! One of the following (masked )?packages is required to complete your request:?$/.test(t)) return true;
    if ((m = CANDIDATE.exec(t))) {
      const { cpv, repo } = splitPkgSpec(m[1]);
      const c: MaskCandidate = { cpv, ...(repo ? { repo } : {}), reasons: [] };
      if (m[2] === 'masked by') c.reasons = splitReasons(m[3]);
      else if (m[2] === 'Missing IUSE') c.reasons = [`Missing IUSE: ${m[3]}`];
      else Object.assign(c, parseUseChange(m[3]));
      if (this.candidates.length < 1000) this.candidateLines.push(l.n);
      capPush(this.candidates, c);
      return true;
    }
    if (this.kind === 'required-use' && !this.cpv && (m = /^- (\S+?)(?:\s+(\S+=.*))?$/.exec(t))) {
      const spec = splitPkgSpec(m[1]);
      this.cpv = spec.cpv;
      this.repo = spec.repo;
      if (m[2]) this.use = m[2];
      return true;
    }
    const last = this.candidates[this.candidates.length - 1];
    if (last && (m = /^(\/\S+):$/.exec(t))) {
      last.maskFile = m[1];
      return true;
    }
    if (last && last.maskFile && t.startsWith('#')) {
      (last.comment ??= []).push(t);
      return true;
    }
    if (last && (m = /^A copy of the '(.+)' license is located at '(.+)'\.?$/.exec(t))) {
      last.licenseFile = m[2];
      return true;
    }
    if ((m = DEP_CHAIN.exec(t))) {
      capPush(this.requiredBy, { atom: m[1], kind: m[2] });
      return true;
    }
    if (ELISION.test(t) || t === 'emerge: searching for similar names...') return true;
    if ((m = /^emerge: Maybe you meant (?:any of these: )?(.+?)\??$/.exec(t))) {
      for (const s of m[1].split(/,\s*/)) if (s) capPush(this.suggestions, s);
      return true;
    }
    if (/^The following REQUIRED_USE flag constraints are unsatisfied:?$/.test(t)) {
      this.section = 'unsatisfied';
      return true;
    }
    if (/^The above constraints are a subset of the following complete expression:?$/.test(t)) {
      this.section = 'expression';
      return true;
    }
    if (this.section === 'unsatisfied') {
      capPush(this.unsatisfied, t);
      return true;
    }
    if (this.section === 'expression') {
      capPush(this.expression, t);
      return true;
    }
    if (/^For more information, see (?:the )?MASKED PACKAGES section/.test(t)) return true;
    if (/^man page or refer to the Gentoo Handbook\.?$/.test(t)) {
      this.section = 'done';
      return true;
    }
    return false;
  }

  finish(): EmergeEvent[] {
    if (this.kind === 'masked') {
      const ev: MaskedEvent = { type: 'masked', inputLine: this.n, atom: this.atom, candidates: this.candidates, requiredBy: this.requiredBy };
      return [ev];
    }
    if (this.kind === 'no-ebuilds') {
      const ev: NoEbuildsEvent = {
        type: 'no-ebuilds', inputLine: this.n, atom: this.atom, candidates: this.candidates, requiredBy: this.requiredBy,
        suggestions: this.suggestions,
      };
      if (!this.useFlags) return [ev];
      ev.useFlags = true;
      return [ev, ...useChangeEvents(this.candidates, this.candidateLines, this.requiredBy)];
    }
    const ev: RequiredUseEvent = { type: 'required-use', inputLine: this.n, atom: this.atom, unsatisfied: this.unsatisfied };
    if (this.cpv) ev.cpv = this.cpv;
    if (this.repo) ev.repo = this.repo;
    if (this.use) ev.use = this.use;
    if (this.expression.length) ev.expression = this.expression.join(' ');
    if (this.requiredBy.length) ev.requiredBy = this.requiredBy;
    return [ev];
  }
}
