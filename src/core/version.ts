/**
 * Package versions as PMS §3.2 defines them, compared with the algorithms of PMS §3.3.
 * `parseVersion` throws a `VersionError` (a UserError, code `invalid-version`); `isValidVersion` never throws.
 */
import { UserError } from './userError';

export type SuffixType = 'alpha' | 'beta' | 'pre' | 'rc' | 'p';

export interface VersionSuffix {
  type: SuffixType;
  /** Digits as written ('' when absent, which compares as 0). */
  number: string;
}

export interface Version {
  /** The text parsed, e.g. `1.2.3b_rc1_p2-r4`. */
  text: string;
  /** Numeric components as written (leading zeros matter, PMS 3.3). */
  numbers: string[];
  letter?: string;
  suffixes: VersionSuffix[];
  /** Revision digits as written ('' when absent, which means r0). */
  revision: string;
}

/** PMS 3.2 version syntax, anchored. */
const VERSION_PATTERN = /^(\d+(?:\.\d+)*)([a-z])?((?:_(?:alpha|beta|pre|rc|p)\d*)*)(?:-r(\d+))?$/;
const SUFFIX_RE = /_(alpha|beta|pre|rc|p)(\d*)/g;
/** Suffix order of PMS Algorithm 3.6; `_p` sorts after "no suffix" (handled in compareSuffixes). */
const SUFFIX_ORDER: Record<SuffixType, number> = { alpha: 0, beta: 1, pre: 2, rc: 3, p: 4 };

export class VersionError extends UserError {
  constructor(readonly text: string, reason = 'it does not follow the PMS version syntax') {
    super(
      `"${text}" is not a valid version: ${reason}.`,
      'Use digits separated by dots, an optional letter, optional _alpha/_beta/_pre/_rc/_p suffixes with numbers, and an optional -rN revision (e.g. 1.2.3b_rc1-r2).',
      'invalid-version',
    );
  }
}

export function isValidVersion(text: string): boolean {
  return VERSION_PATTERN.test(text);
}

export function parseVersion(text: string): Version {
  const m = VERSION_PATTERN.exec(text);
  if (!m) throw new VersionError(text);
  const suffixes: VersionSuffix[] = [];
  for (const s of m[3].matchAll(SUFFIX_RE)) suffixes.push({ type: s[1] as SuffixType, number: s[2] });
  return { text, numbers: m[1].split('.'), letter: m[2], suffixes, revision: m[4] ?? '' };
}

/** Compare two unsigned decimal strings as integers, any length. */
function compareIntegers(a: string, b: string): number {
  const x = a.replace(/^0+/, '');
  const y = b.replace(/^0+/, '');
  if (x.length !== y.length) return x.length < y.length ? -1 : 1;
  return x < y ? -1 : x > y ? 1 : 0;
}

function sign(n: number): number {
  return n < 0 ? -1 : n > 0 ? 1 : 0;
}

/** PMS Algorithm 3.3: a later numeric component with a leading zero compares as a string, trailing zeros stripped. */
function compareLaterComponent(a: string, b: string): number {
  if (a.startsWith('0') || b.startsWith('0')) {
    const x = a.replace(/0+$/, '');
    const y = b.replace(/0+$/, '');
    return x < y ? -1 : x > y ? 1 : 0;
  }
  return compareIntegers(a, b);
}

function compareNumbers(a: string[], b: string[]): number {
  const first = compareIntegers(a[0], b[0]);
  if (first !== 0) return first;
  for (let i = 1; i < Math.min(a.length, b.length); i++) {
    const c = compareLaterComponent(a[i], b[i]);
    if (c !== 0) return c;
  }
  return sign(a.length - b.length);
}

/** PMS Algorithm 3.6. */
function compareSuffix(a: VersionSuffix, b: VersionSuffix): number {
  if (a.type !== b.type) return sign(SUFFIX_ORDER[a.type] - SUFFIX_ORDER[b.type]);
  return compareIntegers(a.number || '0', b.number || '0');
}

/** PMS Algorithm 3.5: an extra suffix makes a version greater only when it is `_p`. */
function compareSuffixes(a: VersionSuffix[], b: VersionSuffix[]): number {
  for (let i = 0; i < Math.min(a.length, b.length); i++) {
    const c = compareSuffix(a[i], b[i]);
    if (c !== 0) return c;
  }
  if (a.length > b.length) return a[b.length].type === 'p' ? 1 : -1;
  if (b.length > a.length) return b[a.length].type === 'p' ? -1 : 1;
  return 0;
}

/** Compare ignoring the revision (the `~` operator). */
export function compareVersionsIgnoringRevision(a: Version, b: Version): number {
  const n = compareNumbers(a.numbers, b.numbers);
  if (n !== 0) return n;
  const la = a.letter ?? '';
  const lb = b.letter ?? '';
  if (la !== lb) return la < lb ? -1 : 1;
  return compareSuffixes(a.suffixes, b.suffixes);
}

/** PMS Algorithm 3.1: -1, 0 or 1. Accepts parsed versions or version strings (which must be valid). */
export function compareVersions(a: Version | string, b: Version | string): number {
  const va = typeof a === 'string' ? parseVersion(a) : a;
  const vb = typeof b === 'string' ? parseVersion(b) : b;
  const c = compareVersionsIgnoringRevision(va, vb);
  if (c !== 0) return c;
  return compareIntegers(va.revision || '0', vb.revision || '0');
}

type Part = { kind: 'n'; i: number; v: string } | { kind: 'l'; v: string } | { kind: 's'; v: VersionSuffix } | { kind: 'r'; v: string };

function parts(v: Version): Part[] {
  const out: Part[] = v.numbers.map((n, i) => ({ kind: 'n' as const, i, v: n }));
  if (v.letter) out.push({ kind: 'l', v: v.letter });
  for (const s of v.suffixes) out.push({ kind: 's', v: s });
  if (v.revision !== '') out.push({ kind: 'r', v: v.revision });
  return out;
}

function samePart(a: Part, b: Part): boolean {
  if (a.kind === 'n' && b.kind === 'n') return (a.i === 0 ? compareIntegers(a.v, b.v) : compareLaterComponent(a.v, b.v)) === 0;
  if (a.kind === 'l' && b.kind === 'l') return a.v === b.v;
  if (a.kind === 's' && b.kind === 's') return compareSuffix(a.v, b.v) === 0;
  if (a.kind === 'r' && b.kind === 'r') return compareIntegers(a.v, b.v) === 0;
  return false;
}

/**
 * The `=ver*` operator (PMS 8.3.1): only the components the pattern spells out are compared, so
 * `1.2*` matches 1.2, 1.2.3, 1.2b, 1.2_rc1 and 1.2-r3, but not 1.20 or 1.3 (as Portage since bug 560466).
 */
export function versionMatchesGlob(pattern: Version, candidate: Version): boolean {
  const p = parts(pattern);
  const c = parts(candidate);
  if (c.length < p.length) return false;
  return p.every((part, i) => {
    // Like Portage, a trailing suffix without a number is a prefix too: `1.2_rc*` matches 1.2_rc1.
    const last = i === p.length - 1;
    const other = c[i];
    if (last && part.kind === 's' && part.v.number === '' && other.kind === 's') return part.v.type === other.v.type;
    return samePart(part, other);
  });
}

