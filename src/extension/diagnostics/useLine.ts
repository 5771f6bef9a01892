/**
 * The USE state of one package from package.use text, and the one line to write so that a chosen set of
 * flags is what Portage ends up with. Pure (no `vscode`): the picker applies the result as a WorkspaceEdit.
 */
import { atomMatches } from '../../core/atom';
import type { IuseFlag } from '../../core/useMatrix';

export interface UseLineRef {
  /** 0-based line in the text. */
  index: number;
  atom: string;
  /** Tokens after the atom that are not flags of IUSE (USE_EXPAND groups, flags set by eclasses): kept as they are. */
  extra: string[];
}

function matches(atom: string, cpv: string): boolean {
  try {
    return atomMatches(atom, cpv);
  } catch {
    return false;
  }
}

/** Lines of `text` that apply to `cpv`, in order. */
function packageLines(text: string, cpv: string): { index: number; atom: string; tokens: string[] }[] {
  const out: { index: number; atom: string; tokens: string[] }[] = [];
  text.split('\n').forEach((raw, index) => {
    const line = raw.replace(/\r$/, '').replace(/(^|\s)#.*$/, '').trim();
    if (!line) return;
    const [atom, ...tokens] = line.split(/\s+/);
    if (matches(atom, cpv)) out.push({ index, atom, tokens });
  });
  return out;
}

/** Applies `flag` / `-flag` / `-*` tokens (up to a `GROUP:` token, whose flags are not IUSE names) to `state`. */
function apply(state: Map<string, boolean>, tokens: string[], flags: Set<string>): void {
  for (const t of tokens) {
    if (t.endsWith(':')) break;
    if (t === '-*') { for (const f of flags) state.set(f, false); continue; }
    const off = t.startsWith('-');
    const name = t.replace(/^[+-]/, '');
    if (flags.has(name)) state.set(name, !off);
  }
}

/** Each IUSE flag on or off: IUSE defaults, then every line of `texts` (in order) that applies to `cpv`. */
export function useState(iuse: IuseFlag[], texts: string[], cpv: string): Map<string, boolean> {
  const flags = new Set(iuse.map((f) => f.name));
  const state = new Map(iuse.map((f) => [f.name, f.default]));
  for (const t of texts) for (const l of packageLines(t, cpv)) apply(state, l.tokens, flags);
  return state;
}

export type UseLineChange =
  | { kind: 'none' }
  | { kind: 'append'; entry: string }
  | { kind: 'replace'; index: number; line: string }
  | { kind: 'delete'; index: number };

/**
 * The change to `target` (the package.use file the build mounts) that makes `wanted` the package's flags:
 * its last line for the package is rewritten (atom and non-IUSE tokens kept), else `cat/pn flags` is appended.
 * `others` are the other package.use texts Portage reads before it.
 */
export function useLineChange(iuse: IuseFlag[], others: string[], target: string, cpv: string, cp: string, wanted: Set<string>): UseLineChange {
  const flags = new Set(iuse.map((f) => f.name));
  const lines = packageLines(target, cpv);
  const last = lines[lines.length - 1];
  // The state just before the line we write: defaults, other files, earlier lines of this file.
  const before = useState(iuse, others, cpv);
  for (const l of lines.slice(0, -1)) apply(before, l.tokens, flags);
  const tokens = iuse.filter((f) => before.get(f.name) !== wanted.has(f.name)).map((f) => (wanted.has(f.name) ? f.name : `-${f.name}`));
  if (!last) return tokens.length ? { kind: 'append', entry: `${cp} ${tokens.join(' ')}` } : { kind: 'none' };
  const groupAt = last.tokens.findIndex((t) => t.endsWith(':'));
  const own = groupAt >= 0 ? last.tokens.slice(0, groupAt) : last.tokens;
  const extra = [...own.filter((t) => t !== '-*' && !flags.has(t.replace(/^[+-]/, ''))), ...(groupAt >= 0 ? last.tokens.slice(groupAt) : [])];
  const all = [...tokens, ...extra];
  if (!all.length) return { kind: 'delete', index: last.index };
  const line = `${last.atom} ${all.join(' ')}`;
  const current = target.split('\n')[last.index].replace(/\r$/, '');
  return current.trim().split(/\s+/).join(' ') === line ? { kind: 'none' } : { kind: 'replace', index: last.index, line };
}
