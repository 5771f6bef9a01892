/**
 * Tokenizer for the PMS 8.2 dependency-specification family (DEPEND & co, LICENSE, REQUIRED_USE)
 * and a PMS 8.3 atom checker. Works on the raw assignment value so tokens keep their offsets.
 * `checkAtom` is local until src/core has an atom parser both can share.
 */
import { isValidVersion } from '../core/version';
import { Span, Word } from './parse';

export type DepToken =
  | { kind: 'open' | 'close' | 'any-of' | 'exactly-one' | 'at-most-one'; word: Word }
  | { kind: 'conditional'; flag: string; negated: boolean; word: Word }
  | { kind: 'item'; word: Word }
  | { kind: 'dynamic'; word: Word };

/** Splits an assignment value (quotes included) into tokens with absolute spans; `base` is the value's offset. */
export function tokenize(raw: string, base: number): DepToken[] {
  const out: DepToken[] = [];
  const blanked = raw.replace(/["']/g, ' ').replace(/\\\n/g, '  ');
  for (const m of blanked.matchAll(/\S+/g)) {
    const text = m[0];
    const span: Span = { start: base + (m.index ?? 0), end: base + (m.index ?? 0) + text.length };
    const word = { text, span };
    if (text.includes('$') || text.includes('`')) out.push({ kind: 'dynamic', word });
    else if (text === '(') out.push({ kind: 'open', word });
    else if (text === ')') out.push({ kind: 'close', word });
    else if (text === '||') out.push({ kind: 'any-of', word });
    else if (text === '^^') out.push({ kind: 'exactly-one', word });
    else if (text === '??') out.push({ kind: 'at-most-one', word });
    else if (text.endsWith('?') && text.length > 1) {
      const negated = text.startsWith('!');
      out.push({ kind: 'conditional', flag: text.slice(negated ? 1 : 0, -1), negated, word });
    } else out.push({ kind: 'item', word });
  }
  return out;
}

const CATEGORY = /^[A-Za-z0-9_][A-Za-z0-9+_.-]*$/;
const PACKAGE = /^[A-Za-z0-9_][A-Za-z0-9+_-]*$/;
const SLOT = /^[A-Za-z0-9_][A-Za-z0-9+_.-]*$/;
const USE_DEP = /^(?:!?[A-Za-z0-9][A-Za-z0-9+_@-]*(?:\([+-]\))?[=?]|-?[A-Za-z0-9][A-Za-z0-9+_@-]*(?:\([+-]\))?)$/;

/** A package name must not end in `-<valid version>` (PMS 3.1.2). */
function packageNameOk(pn: string): boolean {
  if (!PACKAGE.test(pn)) return false;
  const dash = pn.lastIndexOf('-');
  return dash < 0 || !isValidVersion(pn.slice(dash + 1)) && !/-\d+(?:\.\d+)*[a-z]?(?:_(?:alpha|beta|pre|rc|p)\d*)*-r\d+$/.test(pn);
}

export interface AtomParts { blocker: string; operator: string; category: string; pn: string; version?: string; slot?: string; use?: string }

/** Splits an atom into its parts, or returns the reason it is not one (PMS 8.3). */
export function splitAtom(text: string, eapi: number): AtomParts | string {
  const m = /^(!!?)?(<=|>=|<|>|=|~)?([^/\s]+)\/([^:\[\s]+)(?::([^\[\s]*))?(?:\[([^\]]*)\])?$/.exec(text);
  if (!m) return text.includes('::') ? 'repository dependencies (`::repo`) are not allowed in ebuilds' : 'not an atom (expected category/package)';
  const [, blocker = '', operator = '', category, rest, slot, use] = m;
  if (blocker === '!!' && eapi < 2) return 'strong blockers (!!) need EAPI 2';
  if (!CATEGORY.test(category)) return `"${category}" is not a valid category name`;
  let pn = rest;
  let version: string | undefined;
  if (operator) {
    const vm = /^(.+?)-(\d+(?:\.\d+)*[a-z]?(?:_(?:alpha|beta|pre|rc|p)\d*)*(?:-r\d+)?)(\*)?$/.exec(rest);
    if (!vm) return `operator "${operator}" needs a version (e.g. ${operator}${category}/${rest}-1.0)`;
    [pn, version] = [vm[1], vm[2]];
    if (vm[3] && operator !== '=') return 'a trailing * is only allowed with the = operator';
    if (operator === '~' && /-r\d+$/.test(version)) return 'the ~ operator does not take a revision';
  }
  if (!packageNameOk(pn)) {
    return operator ? `"${pn}" is not a valid package name` : `"${rest}" looks like it has a version: add an operator (e.g. >=${category}/${rest}) or remove the version`;
  }
  if (slot !== undefined) {
    if (eapi < 1) return 'slot dependencies need EAPI 1';
    const sm = /^(?:(\*|=)|([^/=]+)(?:\/([^=]+))?(=)?)$/.exec(slot);
    if (!sm || (sm[2] && !SLOT.test(sm[2])) || (sm[3] && !SLOT.test(sm[3]))) return `":${slot}" is not a valid slot dependency`;
    if ((sm[1] || sm[4] || sm[3]) && eapi < 5) return 'slot operators (:= :*) and sub-slots need EAPI 5';
  }
  if (use !== undefined) {
    if (eapi < 2) return 'USE dependencies need EAPI 2';
    const bad = use.split(',').find((u) => !USE_DEP.test(u));
    if (bad !== undefined) return `"${bad}" is not a valid USE dependency`;
    if (/\([+-]\)/.test(use) && eapi < 4) return 'USE dependency defaults (+)/(-) need EAPI 4';
  }
  return { blocker, operator, category, pn, version, slot, use };
}

export function checkAtom(text: string, eapi: number): string | undefined {
  const r = splitAtom(text, eapi);
  return typeof r === 'string' ? r : undefined;
}

/** All USE flags named in the USE dependencies `[a,-b,c?]` of an atom token. */
export function useDepFlags(text: string): { flag: string; conditional: boolean }[] {
  const m = /\[([^\]]*)\]/.exec(text);
  if (!m) return [];
  return m[1].split(',').map((u) => ({ flag: u.replace(/^[!-]/, '').replace(/[=?]$/, '').replace(/\([+-]\)$/, ''), conditional: /[=?]$/.test(u) })).filter((u) => u.flag);
}

/** Flags of conditional USE dependencies (`[a?]`, `[!b=]`): those must be in the ebuild's own IUSE. */
export function conditionalUseDepFlags(text: string): string[] {
  return useDepFlags(text).filter((u) => u.conditional).map((u) => u.flag);
}
