/**
 * Reverse dependencies (what tatt and `pkgdev tatt` build for a stabilisation): the packages whose dependency
 * variables (DEPEND, RDEPEND, BDEPEND, PDEPEND, IDEPEND) name an atom that a given package satisfies, in any branch
 * of their PMS dependency specification (USE-conditional groups, `||` groups, slot and slot operators, sub-slots),
 * blockers excepted. Pure: the packages come in as dependency strings (from ebuild text here, or from the builder
 * tree's metadata cache), the answer goes out as data; src/cli/reverseDepBuilds.ts builds it.
 */
import { atomMatches, tryParseAtom, type Atom, type PackageRef } from './atom';
import { variableValue } from './ebuildVars';
import { compareVersions } from './version';
import { DEPENDENCY_VARIABLES, type DependencyVariable } from './ebuildDeps';


/** A PMS dependency specification as a tree (PMS §8.2). */
export type DepNode =
  | { kind: 'atom'; atom: Atom }
  | { kind: 'all'; children: DepNode[] }
  | { kind: 'any'; children: DepNode[] }
  | { kind: 'use'; flag: string; negated: boolean; children: DepNode[] };

/**
 * Parses a dependency string. Words with an unexpanded `${VAR}` and words that are no atom are skipped (and
 * reported), so that one odd word never hides the rest of an ebuild's dependencies.
 */
export function parseDependencySpec(text: string): { nodes: DepNode[]; skipped: string[] } {
  const tokens = text.split(/\s+/).filter(Boolean);
  const skipped: string[] = [];
  let i = 0;
  const group = (): DepNode[] => {
    const out: DepNode[] = [];
    while (i < tokens.length) {
      const t = tokens[i++];
      if (t === ')') return out;
      const opens = tokens[i] === '(';
      if (t === '||' && opens) {
        i++;
        out.push({ kind: 'any', children: group() });
      } else if (/^!?[A-Za-z0-9][A-Za-z0-9+_@-]*\?$/.test(t) && opens) {
        i++;
        out.push({ kind: 'use', flag: t.replace(/^!|\?$/g, ''), negated: t.startsWith('!'), children: group() });
      } else if (t === '(') {
        out.push({ kind: 'all', children: group() });
      } else {
        const r = t.includes('$') ? undefined : tryParseAtom(t);
        if (r?.ok) out.push({ kind: 'atom', atom: r.atom });
        else skipped.push(t);
      }
    }
    return out;
  };
  const nodes: DepNode[] = [];
  while (i < tokens.length) nodes.push(...group());
  return { nodes, skipped };
}

/** An atom of a specification with the conditions it sits under, outermost first (`ssl?`, `!static?`, `||`). */
export interface ConditionedAtom {
  atom: Atom;
  conditions: string[];
}

export function atomsWithConditions(nodes: DepNode[], conditions: string[] = []): ConditionedAtom[] {
  return nodes.flatMap((n): ConditionedAtom[] => {
    if (n.kind === 'atom') return [{ atom: n.atom, conditions }];
    if (n.kind === 'all') return atomsWithConditions(n.children, conditions);
    if (n.kind === 'any') return atomsWithConditions(n.children, [...conditions, '||']);
    return atomsWithConditions(n.children, [...conditions, `${n.negated ? '!' : ''}${n.flag}?`]);
  });
}

/**
 * The dependency variables of an ebuild's text, with `${NAME}` references to the ebuild's own variables expanded
 * (`DEPEND="${RDEPEND}"`, `COMMON_DEPEND`): what an ebuild without eclass-made dependencies declares.
 */
export function ebuildDependencies(text: string): Partial<Record<DependencyVariable, string>> {
  const expand = (value: string, depth: number): string =>
    value.replace(/\$\{([A-Za-z_][A-Za-z0-9_]*)\}|\$([A-Za-z_][A-Za-z0-9_]*)/g, (whole, a: string | undefined, b: string | undefined) => {
      const name = a ?? b!;
      // Only upper-case names an ebuild assigns itself; PV, P and friends are Portage's (left for the parser to skip).
      if (depth > 4 || !/^[A-Z_][A-Z0-9_]*$/.test(name)) return whole;
      const own = variableValue(text, name);
      return own.trim() ? ` ${expand(own, depth + 1)} ` : whole;
    });
  const out: Partial<Record<DependencyVariable, string>> = {};
  for (const v of DEPENDENCY_VARIABLES) {
    const value = variableValue(text, v);
    if (value.trim()) out[v] = expand(value, 0);
  }
  return out;
}

/** `SLOT="0/1.2"` of an ebuild's text, as far as it is literal (`${PV}` is expanded; other references drop the sub-slot). */
export function ebuildSlot(text: string, version: string): { slot?: string; subslot?: string } {
  const pv = version.replace(/-r\d+$/, '');
  const raw = variableValue(text, 'SLOT').trim().replace(/\$\{PV\}|\$PV\b/g, pv);
  const [slot, subslot] = raw.split('/');
  const literal = (s: string | undefined) => (s && /^[A-Za-z0-9_][A-Za-z0-9+_.-]*$/.test(s) ? s : undefined);
  return { slot: literal(slot), subslot: literal(subslot) };
}

/** A package that may depend on the target: its identity, where its ebuild is, and its dependency strings. */
export interface CandidatePackage {
  category: string;
  pn: string;
  version: string;
  repo: string;
  /** Where the ebuild is (a path the caller understands), when it is on this machine. */
  path?: string;
  deps: Partial<Record<DependencyVariable, string>>;
}

export interface DependencyMatch {
  variable: DependencyVariable;
  /** The atom as written, e.g. `app-misc/libfoo[ssl]`. */
  atom: string;
  /** `ssl?`, `!static?`, `||`: under what it is needed. */
  conditions: string[];
  /** USE the atom asks of the target (`ssl`, `-static`, `ssl?`…), as written. */
  useDeps: string[];
}

export interface ReverseDependency {
  package: CandidatePackage;
  /** `=cat/pn-ver::repo` */
  atom: string;
  matches: DependencyMatch[];
}

/** Every place where `deps` names an atom that `target` satisfies (blockers are not dependencies). */
export function dependencyMatches(deps: Partial<Record<DependencyVariable, string>>, target: PackageRef): DependencyMatch[] {
  const out: DependencyMatch[] = [];
  for (const variable of DEPENDENCY_VARIABLES) {
    const text = deps[variable];
    if (!text) continue;
    for (const { atom, conditions } of atomsWithConditions(parseDependencySpec(text).nodes)) {
      if (atom.blocker || atom.category !== target.category || atom.pn !== target.pn) continue;
      // `::repo` never appears in an ebuild's dependencies; the repository of the target does not decide.
      if (!atomMatches({ ...atom, repo: undefined }, { ...target, repo: undefined })) continue;
      const use = atom.text.endsWith(']') ? atom.text.slice(atom.text.indexOf('[') + 1, -1).split(',') : [];
      out.push({ variable, atom: atom.text, conditions, useDeps: use });
    }
  }
  return out;
}

/**
 * The packages among `candidates` that depend on `target`, one version per package: the highest version that
 * depends on it (other versions of the target's own package are not its reverse dependencies). Sorted by atom.
 */
export function reverseDependencies(target: PackageRef, candidates: CandidatePackage[]): ReverseDependency[] {
  const best = new Map<string, ReverseDependency>();
  for (const c of candidates) {
    if (c.category === target.category && c.pn === target.pn) continue;
    const matches = dependencyMatches(c.deps, target);
    if (!matches.length) continue;
    const key = `${c.category}/${c.pn}::${c.repo}`;
    const have = best.get(key);
    if (have && compareVersions(have.package.version, c.version) >= 0) continue;
    best.set(key, { package: c, atom: `=${c.category}/${c.pn}-${c.version}::${c.repo}`, matches });
  }
  return [...best.values()].sort((a, b) => a.atom.localeCompare(b.atom));
}

/** `RDEPEND app-misc/libfoo[ssl]` / `DEPEND ssl? ( >=app-misc/libfoo-1 )`: why a package is listed. */
export function describeMatch(m: DependencyMatch): string {
  const inner = m.conditions.reduceRight((s, c) => `${c} ( ${s} )`, m.atom);
  return `${m.variable} ${inner}`;
}

/** The USE flags the reverse dependencies ask of the target unconditionally (e.g. `ssl` for `libfoo[ssl]`). */
export function requiredTargetUse(rdeps: ReverseDependency[]): string[] {
  const flags = new Set<string>();
  for (const r of rdeps) for (const m of r.matches) for (const u of m.useDeps) if (/^-?[A-Za-z0-9][A-Za-z0-9+_@-]*(\([+-]\))?$/.test(u)) flags.add(u.replace(/\([+-]\)$/, ''));
  return [...flags].sort();
}
