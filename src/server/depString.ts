/**
 * Tokenizer for the PMS 8.2 dependency-specification family (DEPEND & co, LICENSE, REQUIRED_USE)
 * with atoms checked by src/core/atom. Works on the raw assignment value so tokens keep their offsets.
 */
import { tryParseAtom } from '../core/atom';
import { Span, Word } from './parse';

export type DepToken =
  | { kind: 'open' | 'close' | 'any-of' | 'exactly-one' | 'at-most-one'; word: Word }
  | { kind: 'conditional'; flag: string; negated: boolean; word: Word }
  | { kind: 'item'; word: Word }
  | { kind: 'dynamic'; word: Word };

/**
 * `$( … )` and backquoted command substitutions produce their text at run time (python_gen_cond_dep
 * and friends): each is filled with `$`, offsets kept, so it and the word it sits in
 * (`sphinx[$(python_gen_usedep …)]`, `glib-2.$(ver_cut 2):2`) are one dynamic token.
 */
function blankSubstitutions(raw: string): string {
  const out = raw.split('');
  for (let i = 0; i < out.length; i++) {
    let end = -1;
    if (raw[i] === '$' && raw[i + 1] === '(') {
      let depth = 0;
      for (let j = i + 1; j < raw.length; j++) {
        if (raw[j] === '(') depth++;
        else if (raw[j] === ')' && --depth === 0) {
          end = j;
          break;
        }
      }
      if (end < 0) end = raw.length - 1;
    } else if (raw[i] === '`') {
      end = raw.indexOf('`', i + 1);
      if (end < 0) end = raw.length - 1;
    }
    if (end < 0) continue;
    out[i] = '$';
    for (let j = i + 1; j <= end; j++) out[j] = '$';
    i = end;
  }
  return out.join('');
}

/** Splits an assignment value (quotes included) into tokens with absolute spans; `base` is the value's offset. */
export function tokenize(raw: string, base: number): DepToken[] {
  const out: DepToken[] = [];
  const blanked = blankSubstitutions(raw).replace(/["']/g, ' ').replace(/\\\n/g, '  ');
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

export interface AtomParts { category: string; pn: string; version?: string }

/** Splits an atom into category/package/version, or returns why it is not one in this EAPI (PMS 8.3, via src/core/atom). */
export function splitAtom(text: string, eapi: number): AtomParts | string {
  const r = tryParseAtom(text, { eapi: String(eapi) });
  if (!r.ok) return r.error.reason;
  // PMS 8.3.1: "~" matches any revision, so one written after it is meaningless
  if (r.atom.op === '~' && /-r\d+$/.test(r.atom.version ?? '')) return 'the ~ operator ignores revisions, so it must not be given one';
  return { category: r.atom.category, pn: r.atom.pn, version: r.atom.version };
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
