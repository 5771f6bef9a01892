/**
 * Package dependency specifications ("atoms", PMS §8.3) and the names in them (PMS §3.1).
 * Error style: `parseAtom` throws an `AtomError` (a UserError, code `invalid-atom`) whose message
 * quotes the atom and says what is wrong; `tryParseAtom` returns `{ ok, atom | error }` instead.
 * `::repo` is a Portage extension (not PMS); it is accepted unless an EAPI is given.
 */
import { UserError } from './userError';
import {
  compareVersions, compareVersionsIgnoringRevision, isValidVersion, parseVersion, versionMatchesGlob, type Version,
} from './version';

export type AtomOperator = '<' | '<=' | '=' | '~' | '>=' | '>' | '=*';

export interface UseDep {
  name: string;
  /** `foo`, `foo?`, `foo=` → true; `-foo`, `!foo?`, `!foo=` → false. */
  enabled: boolean;
  /** `?` (foo?), `!?` (!foo?), `=` (foo=), `!=` (!foo=); absent for plain `foo` / `-foo`. */
  conditional?: '?' | '!?' | '=' | '!=';
  /** `(+)` / `(-)`: what to assume when the target lacks the flag (EAPI 4). */
  default?: '(+)' | '(-)';
}

export interface Atom {
  /** The text parsed. */
  text: string;
  blocker?: '!' | '!!';
  /** `=*` is `=cat/pkg-1.2*`. */
  op?: AtomOperator;
  category: string;
  pn: string;
  /** Version with revision, when there is an operator. */
  version?: string;
  slot?: string;
  subslot?: string;
  slotOp?: '=' | '*';
  repo?: string;
  useDeps: UseDep[];
}

export interface ParseAtomOptions {
  /** When set, features the EAPI lacks are rejected (and `::repo`, which no EAPI has). */
  eapi?: string;
}

export class AtomError extends UserError {
  constructor(readonly text: string, readonly reason: string) {
    super(`"${text}" is not a valid atom: ${reason}.`, 'Write it as [op]category/package[-version][:slot][::repo][use,deps], e.g. >=dev-libs/openssl-3.0:0/3[ssl].', 'invalid-atom');
  }
}

const CATEGORY_RE = /^[A-Za-z0-9_][A-Za-z0-9+_.-]*$/;
const NAME_RE = /^[A-Za-z0-9_][A-Za-z0-9+_-]*$/;
const SLOT_RE = /^[A-Za-z0-9_][A-Za-z0-9+_.-]*$/;
const USE_RE = /^[A-Za-z0-9][A-Za-z0-9+_@-]*$/;
const USE_DEP_RE = /^(!|-)?([^?=()!-][^?=()]*?)(\(\+\)|\(-\))?([?=])?$/;

export function isValidCategory(name: string): boolean {
  return CATEGORY_RE.test(name);
}

/** PMS 3.1.2: also must not end in a hyphen followed by something that is a valid version. */
export function isValidPackageName(name: string): boolean {
  if (!NAME_RE.test(name)) return false;
  const parts = name.split('-');
  for (let i = 1; i < parts.length; i++) if (isValidVersion(parts.slice(i).join('-'))) return false;
  return true;
}

/** PMS 3.1.5: repository names also must be valid package names, and cannot start with a hyphen. */
export function isValidRepoName(name: string): boolean {
  return /^[A-Za-z0-9_][A-Za-z0-9_-]*$/.test(name) && isValidPackageName(name);
}

function isValidSlotName(name: string): boolean {
  return SLOT_RE.test(name);
}

function isValidUseFlagName(name: string): boolean {
  return USE_RE.test(name);
}

/** Split `pn-ver` at the first hyphen after which the rest is a valid version (PN is validated by the caller). */
export function splitPackageVersion(pnv: string): { pn: string; version: string } | undefined {
  const parts = pnv.split('-');
  for (let i = 1; i < parts.length; i++) {
    const version = parts.slice(i).join('-');
    if (isValidVersion(version)) return { pn: parts.slice(0, i).join('-'), version };
  }
  return undefined;
}

function eapiNumber(eapi: string | undefined): number {
  if (eapi === undefined) return Infinity;
  const n = Number.parseInt(eapi, 10);
  return Number.isNaN(n) ? Infinity : n;
}

function parseUseDeps(text: string, body: string, eapi: number): UseDep[] {
  if (eapi < 2) throw new AtomError(text, 'USE dependencies need EAPI 2 or later');
  if (body.trim() === '') throw new AtomError(text, 'the USE dependency list [] is empty');
  return body.split(',').map((raw) => {
    const m = USE_DEP_RE.exec(raw);
    if (!m) throw new AtomError(text, `"${raw}" is not a USE dependency (use foo, -foo, foo=, !foo=, foo? or !foo?)`);
    const [, prefix, name, def, cond] = m;
    if (!isValidUseFlagName(name)) throw new AtomError(text, `"${name}" is not a valid USE flag name`);
    if (def && eapi < 4) throw new AtomError(text, `USE defaults like ${def} need EAPI 4 or later`);
    const dep: UseDep = { name, enabled: true };
    if (def) dep.default = def as '(+)' | '(-)';
    if (cond) {
      if (prefix === '-') throw new AtomError(text, `"${raw}" mixes "-" with "${cond}"`);
      dep.conditional = ((prefix === '!' ? '!' : '') + cond) as UseDep['conditional'];
      dep.enabled = prefix !== '!';
    } else {
      if (prefix === '!') throw new AtomError(text, `"${raw}": "!" needs "=" or "?" after the flag`);
      dep.enabled = prefix !== '-';
    }
    return dep;
  });
}

export function parseAtom(text: string, options: ParseAtomOptions = {}): Atom {
  const eapi = eapiNumber(options.eapi);
  let rest = text;
  const atom: Atom = { text, category: '', pn: '', useDeps: [] };
  if (rest !== rest.trim() || rest === '') throw new AtomError(text, rest === '' ? 'it is empty' : 'it has surrounding whitespace');

  const blocker = /^!!?/.exec(rest)?.[0] as '!' | '!!' | undefined;
  if (blocker) {
    if (blocker === '!!' && eapi < 2) throw new AtomError(text, 'strong blockers (!!) need EAPI 2 or later');
    atom.blocker = blocker;
    rest = rest.slice(blocker.length);
  }
  const op = /^(<=|>=|<|>|=|~)/.exec(rest)?.[0] as AtomOperator | undefined;
  if (op) rest = rest.slice(op.length);

  if (rest.endsWith(']')) {
    const open = rest.indexOf('[');
    if (open < 0) throw new AtomError(text, 'a "]" has no matching "["');
    atom.useDeps = parseUseDeps(text, rest.slice(open + 1, -1), eapi);
    rest = rest.slice(0, open);
  }
  if (/[[\]]/.test(rest)) throw new AtomError(text, 'USE dependencies [...] must come last');

  const repoAt = rest.indexOf('::');
  if (repoAt >= 0) {
    const repo = rest.slice(repoAt + 2);
    if (options.eapi !== undefined) throw new AtomError(text, '::repo is a Portage extension and is not allowed in ebuilds');
    if (!isValidRepoName(repo)) throw new AtomError(text, `"${repo}" is not a valid repository name`);
    atom.repo = repo;
    rest = rest.slice(0, repoAt);
  }

  const slotAt = rest.indexOf(':');
  if (slotAt >= 0) {
    parseSlot(text, rest.slice(slotAt + 1), atom, eapi);
    rest = rest.slice(0, slotAt);
  }

  let glob = false;
  if (rest.endsWith('*')) {
    if (op !== '=') throw new AtomError(text, 'a trailing "*" is only allowed with the "=" operator');
    glob = true;
    rest = rest.slice(0, -1);
  }

  const slash = rest.indexOf('/');
  if (slash < 0 || rest.indexOf('/', slash + 1) >= 0) throw new AtomError(text, 'it needs exactly one "/" between category and package');
  const category = rest.slice(0, slash);
  const pnv = rest.slice(slash + 1);
  if (!isValidCategory(category)) throw new AtomError(text, `"${category}" is not a valid category name`);
  atom.category = category;

  if (op) {
    const split = splitPackageVersion(pnv);
    if (!split) throw new AtomError(text, `the operator "${op}" needs a version (e.g. ${op}${category}/${pnv}-1.0)`);
    if (!isValidPackageName(split.pn)) throw new AtomError(text, `"${split.pn}" is not a valid package name`);
    atom.pn = split.pn;
    atom.version = split.version;
    atom.op = glob ? '=*' : op;
  } else {
    if (!isValidPackageName(pnv)) {
      const hint = splitPackageVersion(pnv) ? ` (a version needs an operator, e.g. =${category}/${pnv})` : '';
      throw new AtomError(text, `"${pnv}" is not a valid package name${hint}`);
    }
    atom.pn = pnv;
  }
  return atom;
}

function parseSlot(text: string, slotText: string, atom: Atom, eapi: number): void {
  if (eapi < 1) throw new AtomError(text, 'slot dependencies need EAPI 1 or later');
  if (slotText === '*' || slotText === '=') {
    if (eapi < 5) throw new AtomError(text, 'slot operators need EAPI 5 or later');
    atom.slotOp = slotText;
    return;
  }
  let s = slotText;
  if (s.endsWith('=')) {
    if (eapi < 5) throw new AtomError(text, 'slot operators need EAPI 5 or later');
    atom.slotOp = '=';
    s = s.slice(0, -1);
  }
  const [slot, subslot, extra] = s.split('/');
  if (extra !== undefined || !isValidSlotName(slot) || (subslot !== undefined && !isValidSlotName(subslot))) {
    throw new AtomError(text, `":${slotText}" is not a valid slot (use :SLOT, :SLOT/SUBSLOT, :SLOT=, := or :*)`);
  }
  if (subslot !== undefined && eapi < 5) throw new AtomError(text, 'sub-slots need EAPI 5 or later');
  atom.slot = slot;
  if (subslot !== undefined) atom.subslot = subslot;
}

export type ParseAtomResult = { ok: true; atom: Atom } | { ok: false; error: AtomError };

export function tryParseAtom(text: string, options: ParseAtomOptions = {}): ParseAtomResult {
  try {
    return { ok: true, atom: parseAtom(text, options) };
  } catch (e) {
    if (e instanceof AtomError) return { ok: false, error: e };
    throw e;
  }
}

function formatUseDep(d: UseDep): string {
  const def = d.default ?? '';
  if (!d.conditional) return `${d.enabled ? '' : '-'}${d.name}${def}`;
  const bang = d.conditional.startsWith('!') ? '!' : '';
  return `${bang}${d.name}${def}${d.conditional.slice(bang.length)}`;
}

/** Canonical text of an atom (parseAtom(formatAtom(a)) equals a, `text` aside). */
export function formatAtom(a: Omit<Atom, 'text'>): string {
  let s = (a.blocker ?? '') + (a.op === '=*' ? '=' : a.op ?? '') + `${a.category}/${a.pn}`;
  if (a.version !== undefined) s += `-${a.version}${a.op === '=*' ? '*' : ''}`;
  if (a.slot !== undefined || a.slotOp) {
    s += ':' + (a.slot ?? '') + (a.subslot !== undefined ? `/${a.subslot}` : '') + (a.slotOp ?? '');
  }
  if (a.repo) s += `::${a.repo}`;
  if (a.useDeps.length) s += `[${a.useDeps.map(formatUseDep).join(',')}]`;
  return s;
}

/** A concrete package to match against: `cat/pn-pvr` text or its parts (slot and repo when known). */
export interface PackageRef {
  category: string;
  pn: string;
  version: string;
  slot?: string;
  subslot?: string;
  repo?: string;
}

/** `cat/pn-1.0-r1` (an optional `:slot` and `::repo` are read too) → its parts. Throws AtomError. */
export function parseCpv(text: string): PackageRef {
  const a = parseAtom(`=${text}`);
  if (a.op !== '=' || a.blocker || a.useDeps.length || a.slotOp) throw new AtomError(text, 'it is not a plain category/package-version');
  return { category: a.category, pn: a.pn, version: a.version!, slot: a.slot, subslot: a.subslot, repo: a.repo };
}

/**
 * Does `atom` select `pkg`? The blocker mark is ignored (a blocker matches what it blocks). Slot, sub-slot
 * and repo are checked only when `pkg` states them; USE dependencies are not checked (they need USE state).
 */
export function atomMatches(atom: Atom | string, pkg: PackageRef | string): boolean {
  const a = typeof atom === 'string' ? parseAtom(atom) : atom;
  const p = typeof pkg === 'string' ? parseCpv(pkg) : pkg;
  if (a.category !== p.category || a.pn !== p.pn) return false;
  if (a.slot !== undefined && p.slot !== undefined && a.slot !== p.slot) return false;
  if (a.subslot !== undefined && p.subslot !== undefined && a.subslot !== p.subslot) return false;
  if (a.repo !== undefined && p.repo !== undefined && a.repo !== p.repo) return false;
  if (!a.op || a.version === undefined) return true;
  return versionSatisfies(a.op, parseVersion(a.version), parseVersion(p.version));
}

function versionSatisfies(op: AtomOperator, want: Version, have: Version): boolean {
  switch (op) {
    case '=*': return versionMatchesGlob(want, have);
    case '~': return compareVersionsIgnoringRevision(have, want) === 0;
    case '=': return compareVersions(have, want) === 0;
    case '<': return compareVersions(have, want) < 0;
    case '<=': return compareVersions(have, want) <= 0;
    case '>': return compareVersions(have, want) > 0;
    case '>=': return compareVersions(have, want) >= 0;
  }
}
