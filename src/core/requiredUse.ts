/**
 * REQUIRED_USE (PMS 8.2.7): parse the whole grammar (`||`, `^^`, `??`, `flag? ( … )`, `!flag? ( … )`,
 * plain groups, nesting) and evaluate it for a full or partial USE assignment (partial: three-valued,
 * for the search in useMatrix.ts). Inside `||`/`^^`/`??`, a conditional group whose condition is off
 * does not count, as in Portage.
 */
import { UserError } from './userError';

export type RequiredUseNode =
  | { kind: 'flag'; name: string; negated: boolean }
  | { kind: 'all'; children: RequiredUseNode[] }
  | { kind: 'any-of' | 'exactly-one-of' | 'at-most-one-of'; children: RequiredUseNode[] }
  | { kind: 'if'; flag: string; negated: boolean; children: RequiredUseNode[] };

const GROUP_KINDS = { '||': 'any-of', '^^': 'exactly-one-of', '??': 'at-most-one-of' } as const;
const FLAG_RE = /^[A-Za-z0-9][A-Za-z0-9+_@-]*$/;

function syntaxError(text: string, what: string): UserError {
  return new UserError(`REQUIRED_USE "${text.trim()}" cannot be read: ${what}.`, 'Fix REQUIRED_USE in the ebuild (see PMS 8.2.7: flag, !flag, flag? ( … ), || ( … ), ^^ ( … ), ?? ( … )).', 'bad-required-use');
}

/** Parses REQUIRED_USE into the list of top-level items (all of which must hold). */
export function parseRequiredUse(text: string): RequiredUseNode[] {
  const tokens = text.split(/\s+/).filter(Boolean);
  let pos = 0;
  const items = (nested: boolean): RequiredUseNode[] => {
    const out: RequiredUseNode[] = [];
    while (pos < tokens.length) {
      const t = tokens[pos];
      if (t === ')') {
        if (!nested) throw syntaxError(text, 'a ")" closes nothing');
        pos++;
        return out;
      }
      pos++;
      const open = () => {
        if (tokens[pos] !== '(') throw syntaxError(text, `"${t}" must be followed by "( … )"`);
        pos++;
        return items(true);
      };
      if (t === '(') out.push({ kind: 'all', children: items(true) });
      else if (t in GROUP_KINDS) out.push({ kind: GROUP_KINDS[t as keyof typeof GROUP_KINDS], children: open() });
      else if (t.endsWith('?')) {
        const negated = t.startsWith('!');
        const flag = t.slice(negated ? 1 : 0, -1);
        if (!FLAG_RE.test(flag)) throw syntaxError(text, `"${t}" is not a USE conditional`);
        out.push({ kind: 'if', flag, negated, children: open() });
      } else {
        const negated = t.startsWith('!');
        const name = negated ? t.slice(1) : t;
        if (!FLAG_RE.test(name)) throw syntaxError(text, `"${t}" is not a USE flag`);
        out.push({ kind: 'flag', name, negated });
      }
    }
    if (nested) throw syntaxError(text, 'a "(" is never closed');
    return out;
  };
  return items(false);
}

/** Every flag a REQUIRED_USE mentions, in order of first mention. */
export function requiredUseFlags(nodes: RequiredUseNode[]): string[] {
  const seen = new Set<string>();
  const walk = (n: RequiredUseNode) => {
    if (n.kind === 'flag') seen.add(n.name);
    else {
      if (n.kind === 'if') seen.add(n.flag);
      n.children.forEach(walk);
    }
  };
  nodes.forEach(walk);
  return [...seen];
}

/** true / false, or undefined when a flag it depends on is not assigned yet. */
export type Truth = boolean | undefined;

/** Evaluates the items (all must hold) for `use` (flags missing from it are unknown). */
export function evaluateRequiredUse(nodes: RequiredUseNode[], use: ReadonlyMap<string, boolean>): Truth {
  return all(nodes, use);
}

export function satisfiesRequiredUse(nodes: RequiredUseNode[], use: ReadonlyMap<string, boolean>): boolean {
  return evaluateRequiredUse(nodes, use) === true;
}

function all(nodes: RequiredUseNode[], use: ReadonlyMap<string, boolean>): Truth {
  let unknown = false;
  for (const n of nodes) {
    const v = evaluate(n, use);
    if (v === false) return false;
    if (v === undefined) unknown = true;
  }
  return unknown ? undefined : true;
}

function flagValue(name: string, negated: boolean, use: ReadonlyMap<string, boolean>): Truth {
  const v = use.get(name);
  return v === undefined ? undefined : v !== negated;
}

function evaluate(n: RequiredUseNode, use: ReadonlyMap<string, boolean>): Truth {
  switch (n.kind) {
    case 'flag':
      return flagValue(n.name, n.negated, use);
    case 'all':
      return all(n.children, use);
    case 'if': {
      const cond = flagValue(n.flag, n.negated, use);
      if (cond === false) return true;
      const body = all(n.children, use);
      return cond === true ? body : body === true ? true : undefined;
    }
    default:
      return group(n.kind, n.children, use);
  }
}

// Counts children that hold (sure), may hold (unknown); conditional children whose condition is off are skipped.
function group(kind: 'any-of' | 'exactly-one-of' | 'at-most-one-of', children: RequiredUseNode[], use: ReadonlyMap<string, boolean>): Truth {
  let sure = 0;
  let maybe = 0;
  for (const c of children) {
    if (c.kind === 'if') {
      const cond = flagValue(c.flag, c.negated, use);
      if (cond === false) continue;
      const body = all(c.children, use);
      if (cond === true && body === true) sure++;
      else if (body !== false) maybe++; // skipped or false never counts as holding
      continue;
    }
    const v = evaluate(c, use);
    if (v === true) sure++;
    else if (v === undefined) maybe++;
  }
  switch (kind) {
    case 'any-of':
      return sure >= 1 ? true : maybe === 0 ? false : undefined;
    case 'exactly-one-of':
      return sure >= 2 ? false : maybe === 0 ? sure === 1 : undefined;
    case 'at-most-one-of':
      return sure >= 2 ? false : sure + maybe <= 1 ? true : undefined;
  }
}
