/**
 * Build order for a set of changed ebuilds: dependencies first (a topological sort of what their *DEPEND
 * variables name among the set), stable and readable (ties in atom order), cycles reported, never lost.
 */
import { atomMatches, type Atom } from './atom';
import type { ChangedEbuild } from './changed';
import { dependencyAtoms } from './ebuildDeps';

/**
 * Dependencies first: an edge runs from a changed ebuild to each changed ebuild of a package it (B|R|I)DEPENDs on;
 * PDEPEND runs the other way (a post-dependency may be built after). Strongly connected groups are cycles.
 * `levels` groups the same order for builds side by side (a swarm): each level needs only earlier levels; the
 * members of a cycle get a level each, in the order a one-by-one run builds them.
 */
export function orderByDependencies(ebuilds: ChangedEbuild[], read: (path: string) => string | undefined): { order: ChangedEbuild[]; cycles: string[][]; levels: ChangedEbuild[][] } {
  const nodes = [...ebuilds].sort((a, b) => a.atom.localeCompare(b.atom));
  const selects = (a: Atom, n: ChangedEbuild) =>
    atomMatches(a, { category: n.category, pn: n.pn, version: n.version, repo: n.overlay });
  // before[i] = nodes that must come before node i.
  const before: Set<number>[] = nodes.map(() => new Set<number>());
  nodes.forEach((n, i) => {
    const deps = dependencyAtoms(read(n.path) ?? '');
    nodes.forEach((m, j) => {
      if (m.category === n.category && m.pn === n.pn) return; // another version of itself
      if (deps.before.some((a) => selects(a, m))) before[i].add(j);
      if (deps.after.some((a) => selects(a, m))) before[j].add(i);
    });
  });
  const sccs = tarjan(nodes.length, before);
  const comp = new Array<number>(nodes.length);
  sccs.forEach((c, ci) => c.forEach((i) => (comp[i] = ci)));
  // Kahn over the components, always taking the ready one with the smallest atom: a stable, readable order.
  const waitsFor = sccs.map(() => new Set<number>());
  const unblocks = sccs.map(() => new Set<number>());
  before.forEach((prereqs, i) => {
    for (const j of prereqs) {
      if (comp[i] === comp[j]) continue;
      waitsFor[comp[i]].add(comp[j]);
      unblocks[comp[j]].add(comp[i]);
    }
  });
  const first = sccs.map((c) => Math.min(...c));
  const ready = sccs.map((_, ci) => ci).filter((ci) => waitsFor[ci].size === 0);
  const order: ChangedEbuild[] = [];
  const cycles: string[][] = [];
  // The level a component's first member starts at: after every member of every component it waits for.
  const startLevel = sccs.map(() => 0);
  const levels: ChangedEbuild[][] = [];
  while (ready.length) {
    ready.sort((a, b) => first[a] - first[b]);
    const ci = ready.shift()!;
    const members = [...sccs[ci]].sort((a, b) => a - b);
    members.forEach((i, k) => {
      order.push(nodes[i]);
      (levels[startLevel[ci] + k] ??= []).push(nodes[i]);
    });
    if (members.length > 1) cycles.push(members.map((i) => nodes[i].atom));
    for (const next of unblocks[ci]) {
      startLevel[next] = Math.max(startLevel[next], startLevel[ci] + members.length);
      waitsFor[next].delete(ci);
      if (waitsFor[next].size === 0) ready.push(next);
    }
  }
  for (const level of levels) level.sort((a, b) => a.atom.localeCompare(b.atom));
  return { order, cycles, levels };
}

/** Tarjan's strongly connected components. */
function tarjan(n: number, edges: Set<number>[]): number[][] {
  let index = 0;
  const idx = new Array<number>(n).fill(-1);
  const low = new Array<number>(n).fill(0);
  const onStack = new Array<boolean>(n).fill(false);
  const stack: number[] = [];
  const out: number[][] = [];
  const strong = (v: number) => {
    idx[v] = low[v] = index++;
    stack.push(v);
    onStack[v] = true;
    for (const w of [...edges[v]].sort((a, b) => a - b)) {
      if (idx[w] < 0) {
        strong(w);
        low[v] = Math.min(low[v], low[w]);
      } else if (onStack[w]) low[v] = Math.min(low[v], idx[w]);
    }
    if (low[v] === idx[v]) {
      const c: number[] = [];
      let w: number;
      do {
        w = stack.pop()!;
        onStack[w] = false;
        c.push(w);
      } while (w !== v);
      out.push(c);
    }
  };
  for (let v = 0; v < n; v++) if (idx[v] < 0) strong(v);
  return out;
}
