/** A swarm run's plan from a change set, and its summary rows as a local run writes them: one source for the CLI and VS Code. */
import * as path from 'node:path';
import { outcomeOf, type AtomOutcome } from '../core/buildSummary';
import type { ChangedEbuild } from '../core/changed';
import type { SwarmJobOutcome, SwarmJobPlan } from './swarmRun';

/** Jobs for a change set: one per changed ebuild, at its dependency level. */
export function changedPlans(levels: ChangedEbuild[][], repo: string): SwarmJobPlan[] {
  return levels.flatMap((level, i) => level.map((e) => ({ label: e.atom, ebuild: path.join(repo, e.path), level: i })));
}

/** A summary row for each planned build: built, refused before it ran, or not built (and why). */
export function swarmSummaryRows(outcomes: SwarmJobOutcome[], atomOf: (p: SwarmJobPlan) => string = (p) => p.label): Promise<AtomOutcome[]> {
  return Promise.all(outcomes.map(async (o): Promise<AtomOutcome> => {
    const atom = atomOf(o.plan);
    if (o.result) return outcomeOf(atom, o.plan.ebuild, o.result);
    if (o.error) return { atom, ebuild: o.plan.ebuild, result: 'error', status: 2, finding: o.error.message, artifacts: [] };
    return { atom, ebuild: o.plan.ebuild, result: o.notBuilt === 'cancelled' ? 'cancelled' : 'not built', status: o.notBuilt === 'cancelled' ? 130 : undefined, finding: o.notBuilt, artifacts: [] };
  }));
}
