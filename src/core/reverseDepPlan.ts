/**
 * Which packages of the workspace's repositories to build after an ebuild, and in which order: its reverse
 * dependencies (reverseDeps.ts) read from every ebuild of the repositories, ordered dependencies first among
 * themselves (dependencyOrder.ts, as `build --changed` orders), the ebuild itself before all of them.
 */
import { existsSync, promises as fs } from 'node:fs';
import * as path from 'node:path';
import type { Overlay } from './buildModel';
import type { ChangedEbuild } from './changed';
import { ebuildParts } from './changed';
import { orderByDependencies } from './dependencyOrder';
import { atomFromEbuildPath } from './ebuildPath';
import type { PackageRef } from './atom';
import {
  describeMatch, ebuildDependencies, ebuildSlot, requiredTargetUse, reverseDependencies,
  type CandidatePackage, type ReverseDependency,
} from './reverseDeps';

export interface ReverseDependencyPlan {
  target: PackageRef & { atom: string; ebuild: string };
  /** The reverse dependencies to build, dependencies first (ties in atom order); `path` is the ebuild's. */
  order: ChangedEbuild[];
  /** The same, with what each depends on (by atom). */
  found: ReverseDependency[];
  /** Groups that depend on each other in a circle (built in atom order). */
  cycles: string[][];
  /** USE the reverse dependencies ask of the target unconditionally (`ssl` for `libfoo[ssl]`). */
  targetUse: string[];
  /** The repositories searched. */
  repositories: string[];
  /** Reverse dependencies in the builder's tree, when it could be read here: listed, not built (no ebuild in the workspace). */
  inTree: ReverseDependency[];
}

/** Every ebuild of the repositories whose text names `cat/pn` (a cheap first sieve), with its dependency strings. */
async function candidatesNaming(overlays: Overlay[], catPn: string): Promise<CandidatePackage[]> {
  const out: CandidatePackage[] = [];
  for (const overlay of overlays) {
    for (const cat of await fs.readdir(overlay.realPath, { withFileTypes: true }).catch(() => [])) {
      if (!cat.isDirectory() || cat.name.startsWith('.') || ['eclass', 'profiles', 'metadata', 'licenses'].includes(cat.name)) continue;
      for (const pkg of await fs.readdir(path.join(overlay.realPath, cat.name), { withFileTypes: true }).catch(() => [])) {
        if (!pkg.isDirectory()) continue;
        const dir = path.join(overlay.realPath, cat.name, pkg.name);
        for (const file of await fs.readdir(dir).catch(() => [] as string[])) {
          const parts = ebuildParts(`${cat.name}/${pkg.name}/${file}`);
          if (!parts) continue;
          const text = await fs.readFile(path.join(dir, file), 'utf8').catch(() => '');
          if (!text.includes(catPn)) continue;
          out.push({ ...parts, repo: overlay.name, path: path.join(dir, file), deps: ebuildDependencies(text) });
        }
      }
    }
  }
  return out;
}

/**
 * The plan for `ebuild` (an ebuild file of one of `overlays`). `tree`: the builder's ::gentoo tree when it is a folder on
 * this machine (`ebuildBuilder.gentooTree: host:PATH` on a local engine) and not among the overlays.
 */
export async function planReverseDependencies(ebuild: string, overlays: Overlay[], tree?: string): Promise<ReverseDependencyPlan> {
  const located = atomFromEbuildPath(ebuild, overlays);
  const text = await fs.readFile(ebuild, 'utf8');
  const target = { category: located.category, pn: located.pn, version: located.pvr, repo: located.overlay.name, ...ebuildSlot(text, located.pvr), atom: located.atom, ebuild };
  const found = reverseDependencies(target, await candidatesNaming(overlays, `${target.category}/${target.pn}`));
  const texts = new Map<string, string>();
  for (const r of found) texts.set(r.package.path!, await fs.readFile(r.package.path!, 'utf8'));
  const entries: ChangedEbuild[] = found.map((r) => ({
    atom: r.atom, category: r.package.category, pn: r.package.pn, version: r.package.version, path: r.package.path!,
    overlay: r.package.repo, reasons: r.matches.map(describeMatch),
  }));
  const ordered = orderByDependencies(entries, (p) => texts.get(p));
  const treeRepo: Overlay[] = tree && !overlays.some((o) => o.name === 'gentoo') ? [{ name: 'gentoo', path: tree, realPath: tree, masters: [], workspaceFolder: tree }] : [];
  const inTree = treeRepo.length ? reverseDependencies(target, await candidatesNaming(treeRepo, `${target.category}/${target.pn}`)) : [];
  return { target, order: ordered.order, found, cycles: ordered.cycles, targetUse: requiredTargetUse([...found, ...inTree]), repositories: overlays.map((o) => o.name), inTree };
}

/**
 * The builder's ::gentoo tree as a folder on this machine: `ebuildBuilder.gentooTree` is `host:PATH` and the engine is
 * this machine's (a socket), so PATH here is PATH there. A volume or an image's tree is not read (it needs a container).
 */
export function builderTreeHere(gentooTree: string, engine: string | undefined, env: NodeJS.ProcessEnv): string | undefined {
  const m = /^host:(.+)$/.exec(gentooTree.trim());
  const url = engine || env.DOCKER_HOST;
  const local = (!url || url.startsWith('unix://')) && !env.DOCKER_CONTEXT;
  return m && local && existsSync(path.join(m[1], 'profiles')) ? m[1] : undefined;
}

/** The plan as a reader sees it before the builds start. */
export function formatReverseDependencyPlan(plan: ReverseDependencyPlan, limit?: number): string {
  const lines = [`Reverse dependencies of ${plan.target.atom} in ${plan.repositories.join(', ') || 'no repository'}:`];
  if (!plan.order.length) lines.push('   (none: no ebuild of these repositories depends on it)');
  plan.order.forEach((e, i) => {
    const skipped = limit !== undefined && i >= limit ? '  [not built: --limit]' : '';
    lines.push(`  ${String(i + 1).padStart(2)}. ${e.atom}  (${e.reasons.join('; ')})${skipped}`);
  });
  for (const c of plan.cycles) lines.push(`  cycle (built in atom order): ${c.join(' <-> ')}`);
  for (const r of plan.inTree) lines.push(`  in the builder's tree, not built (its ebuild is not in the workspace): ${r.atom}  (${r.matches.map(describeMatch).join('; ')})`);
  if (plan.targetUse.length) lines.push(`  they ask ${plan.target.category}/${plan.target.pn} for USE ${plan.targetUse.join(' ')} (package.use decides how it is built)`);
  return lines.join('\n') + '\n';
}
