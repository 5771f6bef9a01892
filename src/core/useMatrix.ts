/**
 * The USE combinations worth building for one ebuild (what tatt and ebuildtester users ask for):
 * the defaults from IUSE (`+flag`), each flag flipped against them, and a seeded random sample, every one
 * valid for REQUIRED_USE. A flip that REQUIRED_USE forbids on its own is repaired with the fewest other
 * changes the search finds (said in its name). Pure: the CLI and VS Code build them.
 */
import { variableValue } from './ebuildVars';
import { parseRequiredUse, requiredUseFlags, evaluateRequiredUse, type RequiredUseNode } from './requiredUse';
import { UserError } from './userError';
import { seededRandom } from './seededRandom';

export interface IuseFlag {
  name: string;
  /** `+flag` in IUSE. */
  default: boolean;
}

export interface MatrixInput {
  iuse: IuseFlag[];
  requiredUse: RequiredUseNode[];
  /** REQUIRED_USE as written (for messages). */
  requiredUseText: string;
}

export interface UseCombination {
  /** `defaults`, `+ssl`, `-gtk`, `+ssl (also -gnutls)`, `random 1`. */
  name: string;
  kind: 'defaults' | 'flag' | 'random';
  /** Every flag of the matrix, on or off, in matrix order. */
  use: Record<string, boolean>;
  /** Flags that differ from the defaults, as `flag` / `-flag`. */
  changes: string[];
}

export interface UseMatrix {
  flags: IuseFlag[];
  combinations: UseCombination[];
  /** Flips that no valid combination allows, e.g. `+static: REQUIRED_USE forbids it`. */
  impossible: string[];
}

export interface UseMatrixOptions {
  /** At most this many combinations (defaults first, then flips, then random). */
  max?: number;
  /** Random combinations to add (default 4). */
  samples?: number;
  /** Seed of the random sample: the same seed gives the same combinations. */
  seed?: number;
}

/** IUSE tokens → flags with defaults (`+a -b c`). */
export function parseIuse(value: string): IuseFlag[] {
  const seen = new Map<string, IuseFlag>();
  for (const tok of value.split(/\s+/)) {
    if (!tok || tok.includes('$')) continue;
    const def = tok.startsWith('+');
    const name = tok.replace(/^[+-]/, '');
    seen.set(name, { name, default: def });
  }
  return [...seen.values()];
}

export function matrixInputFromEbuild(text: string): MatrixInput {
  const requiredUseText = variableValue(text, 'REQUIRED_USE').trim();
  const requiredUse = parseRequiredUse(requiredUseText);
  const iuse = parseIuse(variableValue(text, 'IUSE'));
  // Flags REQUIRED_USE names but IUSE does not (set by an eclass): part of the matrix, off by default.
  for (const f of requiredUseFlags(requiredUse)) if (!iuse.some((i) => i.name === f)) iuse.push({ name: f, default: false });
  return { iuse, requiredUse, requiredUseText };
}

/** A `package.use` line that pins every flag of the combination for `atom`. */
export function packageUseLine(atom: string, c: UseCombination): string {
  const flags = Object.entries(c.use).map(([f, on]) => (on ? f : `-${f}`));
  return [atom, ...flags].join(' ');
}

const SEARCH_BUDGET = 200_000;

/**
 * A valid assignment as close to `preferred` as the search finds: flags are tried in order, each with its
 * preferred value first; `fixed` flags never change. undefined when none exists (or the budget ran out).
 */
function solve(nodes: RequiredUseNode[], flags: string[], preferred: Map<string, boolean>, fixed = new Map<string, boolean>()): Map<string, boolean> | undefined {
  const relevant = new Set(requiredUseFlags(nodes));
  const order = flags.filter((f) => relevant.has(f) && !fixed.has(f));
  const use = new Map<string, boolean>(fixed);
  for (const f of flags) if (!relevant.has(f) && !fixed.has(f)) use.set(f, preferred.get(f) ?? false);
  let steps = 0;
  const dfs = (i: number): boolean => {
    if (++steps > SEARCH_BUDGET) return false;
    const v = evaluateRequiredUse(nodes, use);
    if (v === false) return false;
    if (i === order.length) return v === true;
    const f = order[i];
    const first = preferred.get(f) ?? false;
    for (const value of [first, !first]) {
      use.set(f, value);
      if (dfs(i + 1)) return true;
    }
    use.delete(f);
    return false;
  };
  return dfs(0) ? use : undefined;
}


export function useMatrix(input: MatrixInput, options: UseMatrixOptions = {}): UseMatrix {
  const flags = input.iuse.map((f) => f.name);
  const defaults = new Map(input.iuse.map((f) => [f.name, f.default]));
  const max = options.max ?? Infinity;
  const combinations: UseCombination[] = [];
  const impossible: string[] = [];
  const seen = new Set<string>();
  const key = (u: Map<string, boolean>) => flags.map((f) => (u.get(f) ? '1' : '0')).join('');
  const changesOf = (u: Map<string, boolean>) => flags.filter((f) => u.get(f) !== defaults.get(f)).map((f) => (u.get(f) ? f : `-${f}`));
  const push = (name: string, kind: UseCombination['kind'], u: Map<string, boolean>) => {
    if (combinations.length >= max || seen.has(key(u))) return;
    seen.add(key(u));
    combinations.push({ name, kind, use: Object.fromEntries(flags.map((f) => [f, u.get(f) ?? false])), changes: changesOf(u) });
  };

  const base = solve(input.requiredUse, flags, defaults);
  if (!base) {
    throw new UserError(
      `No USE combination satisfies REQUIRED_USE "${input.requiredUseText}" (IUSE: ${flags.join(' ') || 'none'}).`,
      'Fix REQUIRED_USE in the ebuild: every combination of its flags breaks one of its rules.',
      'required-use-unsatisfiable',
    );
  }
  const baseChanges = changesOf(base);
  push(baseChanges.length ? `defaults (adjusted: ${baseChanges.join(' ')})` : 'defaults', 'defaults', base);

  for (const f of flags) {
    const want = !defaults.get(f);
    const label = `${want ? '+' : '-'}${f}`;
    const u = solve(input.requiredUse, flags, defaults, new Map([[f, want]]));
    if (!u) {
      impossible.push(`${label}: REQUIRED_USE "${input.requiredUseText}" allows no combination with it`);
      continue;
    }
    const extra = changesOf(u).filter((c) => c !== (want ? f : `-${f}`));
    push(extra.length ? `${label} (also ${extra.join(' ')})` : label, 'flag', u);
  }

  const rand = seededRandom(options.seed ?? 1);
  const samples = options.samples ?? 4;
  // A few tries per sample: random picks often land on a combination already listed.
  for (let made = 0, tries = 0; made < samples && tries < samples * 8; tries++) {
    const pick = new Map(flags.map((f) => [f, rand() < 0.5] as [string, boolean]));
    const u = solve(input.requiredUse, flags, pick);
    if (!u || seen.has(key(u))) continue;
    made++;
    push(`random ${made}`, 'random', u);
  }
  return { flags: input.iuse, combinations, impossible };
}
