/**
 * Decoding a package's metadata entries (the same keys in XPAK and in GPKG's metadata.tar): text values,
 * the embedded `<PF>.ebuild`, `environment.bz2` (decompressed on demand), USE against IUSE, and
 * dependency strings as a tree for display and reduced by USE the way Portage writes them in `Packages`.
 */
import { decompressBuffer } from './decompress';

export interface DecodedMetadata {
  /** Text values by Portage key, without the trailing newline Portage stores. */
  metadata: Record<string, string>;
  ebuild?: { name: string; text: string };
  environmentBz2?: Buffer;
  /** Every entry name as stored, in stored order. */
  keys: string[];
}

export function decodeMetadata(names: string[], values: Map<string, Buffer>): DecodedMetadata {
  const out: DecodedMetadata = { metadata: {}, keys: [...names] };
  for (const name of names) {
    const v = values.get(name)!;
    if (name === '__proto__') continue; // never a Portage key; would not survive as an object key
    if (name === 'environment.bz2') out.environmentBz2 = v;
    else if (name.endsWith('.ebuild')) out.ebuild = { name, text: v.toString('utf8') };
    else out.metadata[name] = v.toString('utf8').replace(/\n$/, '');
  }
  return out;
}

/** The saved ebuild environment as text. */
export async function decodeEnvironment(file: string, bz2: Buffer, maxBytes = 256 * 1024 * 1024): Promise<string> {
  return (await decompressBuffer('bzip2', bz2, `${file} (environment.bz2)`, maxBytes)).toString('utf8');
}

export interface UseState {
  /** IUSE flags (without +/-) that are on, in IUSE order. */
  enabled: string[];
  disabled: string[];
  /** IUSE defaults: `+doc` → { doc: '+' }. */
  defaults: Record<string, '+' | '-'>;
}

export function splitUse(use: string | undefined, iuse: string | undefined): UseState {
  const on = new Set((use ?? '').split(/\s+/).filter(Boolean));
  const state: UseState = { enabled: [], disabled: [], defaults: {} };
  for (const raw of (iuse ?? '').split(/\s+/).filter(Boolean)) {
    const sign = raw[0] === '+' || raw[0] === '-' ? (raw[0] as '+' | '-') : undefined;
    const flag = sign ? raw.slice(1) : raw;
    if (sign) state.defaults[flag] = sign;
    (on.has(flag) ? state.enabled : state.disabled).push(flag);
  }
  return state;
}

export type DepNode =
  | { kind: 'atom'; text: string }
  | { kind: 'all-of' | 'any-of' | 'exactly-one-of' | 'at-most-one-of'; children: DepNode[] }
  | { kind: 'use'; flag: string; negated: boolean; children: DepNode[] };

const OPERATORS: Record<string, 'any-of' | 'exactly-one-of' | 'at-most-one-of'> = { '||': 'any-of', '^^': 'exactly-one-of', '??': 'at-most-one-of' };

/** Parse a dependency-like string (DEPEND, LICENSE, RESTRICT…). Unbalanced input is kept as atoms, never thrown. */
export function parseDepString(text: string): DepNode[] {
  const tokens = text.split(/\s+/).filter(Boolean);
  let i = 0;
  const group = (depth: number): DepNode[] => {
    const nodes: DepNode[] = [];
    while (i < tokens.length) {
      const t = tokens[i++];
      if (t === ')') {
        if (depth > 0) return nodes;
        nodes.push({ kind: 'atom', text: t });
        continue;
      }
      const next = tokens[i];
      if (OPERATORS[t] && next === '(') {
        i++;
        nodes.push({ kind: OPERATORS[t], children: group(depth + 1) });
      } else if (t.endsWith('?') && t.length > 1 && next === '(') {
        i++;
        const negated = t.startsWith('!');
        nodes.push({ kind: 'use', flag: t.slice(negated ? 1 : 0, -1), negated, children: group(depth + 1) });
      } else if (t === '(') {
        nodes.push({ kind: 'all-of', children: group(depth + 1) });
      } else nodes.push({ kind: 'atom', text: t });
    }
    return nodes;
  };
  return group(0);
}

/** Indented text for a terminal: one atom or group per line. */
export function formatDepTree(nodes: DepNode[], indent = ''): string {
  const lines: string[] = [];
  for (const n of nodes) {
    if (n.kind === 'atom') lines.push(indent + n.text);
    else {
      const head = n.kind === 'use' ? `${n.negated ? '!' : ''}${n.flag}? (` : n.kind === 'all-of' ? '(' : `${opText(n.kind)} (`;
      lines.push(indent + head, formatDepTree(n.children, indent + '  '), indent + ')');
    }
  }
  return lines.filter((l) => l !== '').join('\n');
}

function opText(kind: 'any-of' | 'exactly-one-of' | 'at-most-one-of'): string {
  return kind === 'any-of' ? '||' : kind === 'exactly-one-of' ? '^^' : '??';
}

type Reduced = string | { op?: string; items: Reduced[] };

const USE_DEP_RE = /^(!)?(-)?([A-Za-z0-9][A-Za-z0-9+_@-]*)(\([+-]\))?([?=])?$/;

/** Conditional USE deps inside an atom, as Portage's Atom.evaluate_conditionals: `foo[ssl?,x=]` → `foo[ssl,-x]`. */
function evaluateAtomUse(atom: string, use: Set<string>): string {
  const open = atom.indexOf('[');
  if (open < 0 || !atom.endsWith(']')) return atom;
  const tokens = atom.slice(open + 1, -1).split(',');
  if (!tokens.some((t) => /[?=]$/.test(t))) return atom;
  const out: string[] = [];
  for (const t of tokens) {
    const m = USE_DEP_RE.exec(t);
    if (!m || !m[5]) {
      out.push(t);
      continue;
    }
    const [, bang, , flag, def = '', suffix] = m;
    const on = use.has(flag);
    const op = (bang ?? '') + suffix;
    if (op === '?') on && out.push(flag + def);
    else if (op === '=') out.push((on ? '' : '-') + flag + def);
    else if (op === '!=') out.push((on ? '-' : '') + flag + def);
    else if (op === '!?') !on && out.push('-' + flag + def);
    else out.push(t);
  }
  return atom.slice(0, open) + (out.length ? `[${out.join(',')}]` : '');
}

/**
 * Evaluate USE conditionals as Portage's use_reduce + paren_enclose do for the `Packages` index:
 * true conditionals are inlined, false ones dropped, redundant parentheses removed, `|| ( A )` → `A`,
 * and for dependency keys (`atoms`) conditional USE deps inside atoms evaluated too.
 */
export function reduceDepString(text: string, enabled: Iterable<string>, atoms = false): string {
  const use = new Set(enabled);
  const reduce = (nodes: DepNode[], inAnyOf: boolean): Reduced[] => {
    const out: Reduced[] = [];
    for (const n of nodes) {
      if (n.kind === 'atom') out.push(atoms ? evaluateAtomUse(n.text, use) : n.text);
      else if (n.kind === 'use') {
        if (use.has(n.flag) === n.negated) continue;
        const items = reduce(n.children, false);
        if (inAnyOf && items.length > 1) out.push({ items });
        else out.push(...items);
      } else if (n.kind === 'all-of') {
        const items = reduce(n.children, false);
        if (inAnyOf && items.length > 1) out.push({ items });
        else out.push(...items);
      } else {
        const items = reduce(n.children, true);
        if (items.length === 0) continue;
        if (items.length === 1) {
          const only = items[0];
          if (typeof only !== 'string' && !only.op && !inAnyOf) out.push(...only.items);
          else out.push(only);
        } else out.push({ op: opText(n.kind), items });
      }
    }
    return out;
  };
  const enclose = (items: Reduced[]): string =>
    items.map((x) => (typeof x === 'string' ? x : `${x.op ? x.op + ' ' : ''}( ${enclose(x.items)} )`)).join(' ');
  return enclose(reduce(parseDepString(text), false));
}

/** Keys holding dependency-like strings, shown as trees and USE-reduced in the index. */
export const DEP_KEYS = ['BDEPEND', 'DEPEND', 'IDEPEND', 'RDEPEND', 'PDEPEND'];
export const USE_EVALUATED_KEYS = ['BDEPEND', 'DEPEND', 'IDEPEND', 'LICENSE', 'RDEPEND', 'PDEPEND', 'PROPERTIES', 'RESTRICT'];
