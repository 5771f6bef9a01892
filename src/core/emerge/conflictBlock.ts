/**
 * Slot conflicts (`!!! Multiple package instances within a single package slot …`) and the blocker
 * explanation (`* Error: The above package list contains packages which cannot be installed …`): groups of
 * `(cpv:slot/sub::repo, state) USE="…" pulled in by` (or `… (no parents)`) followed by parent lines
 * `atom required by (cpv, state) USE="…"`, caret lines and `(and N more with the same problem)` (Portage's
 * resolver/slot_collision.py). Hard-wrapped pastes are re-joined (a line ending in `required by`, or with an open
 * quote, continues on the next one).
 */
import type { BlockerEvent, ConflictPackage, ConflictParent, EmergeEvent, SlotConflictEvent } from './events';
import type { Block } from './block';
import { ATOM_LIKE, capPush, splitPkgSpec } from './block';
import type { LogLine } from './logLine';

const INSTANCE = /^\(([^\s,()]+), ([^)]*)\)(.*)$/;
const SLOT_ATOM = /^([A-Za-z0-9+_.-]+\/[A-Za-z0-9+_.-]+):(\S+)$/;
/** `atom (Argument)`: a parent that is a command-line atom. */
const ARGUMENT = /^(\S+) \(Argument\)$/;
/** What ends an instance line: its parents follow, or it has none. */
const INSTANCE_END = /\s*(?:pulled in by|\(no parents\))$/;
const MAX_JOIN = 16 * 1024;
const MAX_JOIN_LINES = 8;

export function startConflict(l: LogLine): Block | null {
  const t = l.text;
  if (t.startsWith('!!! Multiple package instances within a single package slot')) return new ConflictBlock(l.n, 'slot');
  const body = l.bullet === '*' ? l.body.trim() : t;
  if (body.startsWith('Error: The above package list contains packages which cannot be')) return new ConflictBlock(l.n, 'blocker');
  // A pasted fragment with only the `pulled in by` groups.
  if (t.startsWith('(') && INSTANCE.test(t) && (t.endsWith('pulled in by') || !t.includes(' required by '))) {
    const b = new ConflictBlock(l.n, 'blocker');
    return b.feed(l) ? b : null;
  }
  return null;
}

function count(s: string, ch: string): number {
  let c = 0;
  for (let i = s.indexOf(ch); i >= 0; i = s.indexOf(ch, i + 1)) c++;
  return c;
}

class ConflictBlock implements Block {
  private readonly groups: { n: number; atom: string; slot: string; packages: ConflictPackage[] }[] = [];
  private readonly loose: ConflictPackage[] = [];
  private pkg?: ConflictPackage;
  private pending = '';
  private pendingKind: 'instance' | 'parent' | '' = '';
  private pendingLines = 0;
  private blanks = 0;

  constructor(
    private readonly n: number,
    private readonly kind: 'slot' | 'blocker',
  ) {}

  feed(l: LogLine): boolean {
    const t = l.text;
    if (t === '') {
      this.flush();
      return ++this.blanks < 4;
    }
    this.blanks = 0;
    if (this.pending) {
      // A hard-wrapped line goes on for a few lines at most, and never into a new construct.
      const opensNew = /^(?:!!!|>>>|\[)/.test(t) || (/^\(\S+, /.test(t) && !/required by$/.test(this.pending));
      if (++this.pendingLines > MAX_JOIN_LINES || opensNew) this.flush();
      else {
        this.pending = `${this.pending} ${t}`.slice(0, MAX_JOIN);
        this.tryComplete();
        return true;
      }
    }
    if (/^(?:It may be possible to solve|For more information)/.test(t)) return false;
    if (t.startsWith("NOTE: Use the '--verbose-conflicts'")) return true;
    if (t.startsWith('!!! ')) {
      return /^!!! (?:Multiple package instances|into the dependency graph)/.test(t);
    }
    if (t === 'pulled') return true; // hard-wrapped header
    const body = l.bullet === '*' ? l.body.trim() : t;
    if (/^(?:Error: The above package list contains|installed at the same time on the same system)/.test(body)) return true;
    let m: RegExpExecArray | null;
    if (this.kind === 'slot' && (m = SLOT_ATOM.exec(t))) {
      capPush(this.groups, { n: l.n, atom: t, slot: m[2], packages: [] });
      this.pkg = undefined;
      return true;
    }
    if (INSTANCE.test(t) && !/ required by /.test(t.replace(/\([^)]*\)/, ''))) {
      this.pending = t;
      this.pendingLines = 0;
      this.pendingKind = 'instance';
      this.tryComplete();
      return true;
    }
    if (!this.pkg) return false;
    if (/^\^[\s^]*$/.test(t)) return true; // caret line under an atom
    if (/^\((?:no parents|and \d+ more with the same problems?\))/.test(t)) return true;
    if (/ required by\b/.test(t) || ATOM_LIKE.test(t) || ARGUMENT.test(t)) {
      this.pending = t;
      this.pendingLines = 0;
      this.pendingKind = 'parent';
      this.tryComplete();
      return true;
    }
    return false;
  }

  /** Completes the pending (maybe hard-wrapped) line when it looks whole. */
  private tryComplete(): void {
    const t = this.pending;
    if (this.pendingKind === 'instance') {
      if (!INSTANCE_END.test(t) && t.length < MAX_JOIN) return;
      this.addInstance(t);
    } else {
      if ((/required by$/.test(t) || count(t, '"') % 2 === 1) && t.length < MAX_JOIN) return;
      this.addParent(t);
    }
    this.pending = '';
    this.pendingKind = '';
  }

  private flush(): void {
    if (!this.pending) return;
    if (this.pendingKind === 'instance') this.addInstance(this.pending);
    else this.addParent(this.pending);
    this.pending = '';
    this.pendingKind = '';
  }

  private addInstance(t: string): void {
    const m = INSTANCE.exec(t);
    if (!m) return;
    const { cpv, slot, repo } = splitPkgSpec(m[1]);
    const rest = m[3].replace(INSTANCE_END, '').trim();
    const p: ConflictPackage = { cpv, ...(slot ? { slot } : {}), ...(repo ? { repo } : {}), state: m[2], parents: [] };
    if (rest) p.use = rest;
    this.pkg = p;
    const g = this.groups[this.groups.length - 1];
    capPush(g ? g.packages : this.loose, p);
  }

  private addParent(t: string): void {
    if (!this.pkg) return;
    const arg = ARGUMENT.exec(t);
    if (arg) {
      capPush(this.pkg.parents, { atom: arg[1], argument: true });
      return;
    }
    const m = /^(\S+)(?:\s+\((\S+)\))?\s+required by\s+(.*)$/.exec(t);
    const parent: ConflictParent = { atom: m ? m[1] : t };
    if (m) {
      if (m[2]) parent.evaluated = m[2];
      const by = m[3].trim();
      const pm = /^\(([^\s,()]+), ([^)]*)\)\s*(.*)$/.exec(by);
      if (pm) {
        parent.requiredBy = pm[1];
        parent.requiredByState = pm[2];
        if (pm[3]) parent.requiredByUse = pm[3];
      } else {
        parent.requiredBy = by;
      }
    }
    capPush(this.pkg.parents, parent);
  }

  finish(): EmergeEvent[] {
    this.flush();
    if (this.kind === 'blocker') {
      const packages = [...this.loose, ...this.groups.flatMap((g) => g.packages)];
      const ev: BlockerEvent = { type: 'blocker', inputLine: this.n, packages };
      return [ev];
    }
    return this.groups.map((g): SlotConflictEvent => ({
      type: 'slot-conflict', inputLine: g.n, atom: g.atom, slot: g.slot, packages: g.packages,
    }));
  }
}
