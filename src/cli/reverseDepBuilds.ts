/**
 * `build ATOM|EBUILD --rdeps [--limit N] [--keep-going]`: builds the ebuild, then its reverse dependencies in the
 * workspace's repositories (reverseDepPlan.ts), dependencies first, each against the freshly built package (its
 * binary package is in the cache's record once its build is over, so the next builds take it instead of an older
 * one), then prints the summary table of `build --changed`.
 */
import * as path from 'node:path';
import { worstStatus, summaryTable, type AtomOutcome } from '../core/buildSummary';
import type { ChangedEbuild } from '../core/changed';
import { discoverOverlays } from '../core/overlays';
import { builderTreeHere, formatReverseDependencyPlan, planReverseDependencies } from '../core/reverseDepPlan';
import { resolveMatrixTarget } from '../core/useMatrixTarget';
import { UserError } from '../core/userError';
import { buildConfigFor, workspaceFolderFor } from './buildOptions';
import type { ParsedBuildFlags } from './buildRun';
import { buildChanged, type BuildFn } from './changedBuilds';
import type { CliIO } from './cliTypes';
import { testFailureSection } from './qaBuilds';

function positiveInt(text: unknown, flag: string): number | undefined {
  if (text === undefined) return undefined;
  const n = Number(text);
  if (!Number.isInteger(n) || n < 0) throw new UserError(`${flag} '${String(text)}' is not a whole number.`, `Write e.g. ${flag} 5.`, 'bad-flag');
  return n;
}

/** The builder's tree when it is a folder here (`host:PATH`, a local engine): its reverse dependencies are listed too. */
async function localTree(workspace: string, parsed: ParsedBuildFlags, io: CliIO): Promise<string | undefined> {
  const config = await buildConfigFor(workspace, { ...parsed.flags, untrustedRepo: true }, io.env, (m) => io.stderr.write(`ebuild-builder: ${m}\n`));
  return builderTreeHere(config.gentooTree, config.engine, io.env);
}

export async function runReverseDepBuilds(parsed: ParsedBuildFlags, io: CliIO, build?: BuildFn): Promise<number> {
  if (parsed.positionals.length !== 1) {
    throw new UserError('build --rdeps needs one ebuild path or atom.', 'Run `ebuild-builder build app-misc/libfoo --rdeps` (or the ebuild\'s path).', 'bad-flag');
  }
  if (parsed.rest.changed || parsed.rest['use-matrix']) {
    throw new UserError('--rdeps goes alone, without --changed or --use-matrix.', 'Run one of them at a time.', 'bad-flag');
  }
  const limit = positiveInt(parsed.rest.limit, '--limit');
  const target = parsed.positionals[0];
  const workspace = target.endsWith('.ebuild') ? workspaceFolderFor(target, io.cwd, parsed.flags.workspace) : path.resolve(io.cwd, parsed.flags.workspace ?? '.');
  const ebuild = await resolveMatrixTarget(target, workspace, io.cwd);
  const { overlays } = await discoverOverlays([workspace]);
  const plan = await planReverseDependencies(ebuild, overlays, await localTree(workspace, parsed, io));
  io.stderr.write(formatReverseDependencyPlan(plan, limit));

  // Paths relative to the workspace, as buildChanged joins them; flags as for --changed (automation over the repository).
  const rel = (e: ChangedEbuild): ChangedEbuild => ({ ...e, path: path.relative(workspace, e.path) });
  const flags = { ...parsed.flags, workspace, untrustedRepo: true };
  const keepGoing = Boolean(parsed.rest['keep-going']);
  const first: ChangedEbuild = {
    atom: plan.target.atom, category: plan.target.category, pn: plan.target.pn, version: plan.target.version,
    path: ebuild, overlay: plan.target.repo ?? '', reasons: ['the package whose reverse dependencies these are'],
  };
  const chosen = plan.order.slice(0, limit ?? plan.order.length);
  const outcomes: AtomOutcome[] = await buildChanged([rel(first)], workspace, { flags, json: parsed.json, keepGoing, io, build });
  const ok = outcomes[0]?.result === 'succeeded';
  if (ok) outcomes.push(...(await buildChanged(chosen.map(rel), workspace, { flags, json: parsed.json, keepGoing, io, build })));
  else {
    for (const e of chosen) {
      outcomes.push({ atom: e.atom, ebuild: path.join(workspace, rel(e).path), result: 'not built', finding: `${plan.target.atom} did not build: nothing to build them against`, artifacts: [] });
    }
  }
  for (const e of plan.order.slice(chosen.length)) {
    outcomes.push({ atom: e.atom, ebuild: path.join(workspace, rel(e).path), result: 'not built', finding: `--limit ${limit}`, artifacts: [] });
  }
  if (parsed.json) {
    io.stdout.write(JSON.stringify({
      type: 'rdeps-summary', atom: plan.target.atom, repositories: plan.repositories, targetUse: plan.targetUse, cycles: plan.cycles,
      reverseDependencies: plan.order.map((e) => ({ atom: e.atom, reasons: e.reasons })),
      inBuilderTree: plan.inTree.map((r) => r.atom), outcomes,
    }) + '\n');
  } else {
    io.stdout.write('\n' + summaryTable(outcomes, io.cwd) + testFailureSection(outcomes));
    const failed = outcomes.slice(1).filter((o) => o.result !== 'succeeded' && o.result !== 'not built');
    io.stdout.write(!ok ? `Not built: the reverse dependencies, since ${plan.target.atom} failed.\n`
      : failed.length ? `${failed.length} of ${chosen.length} reverse dependencies failed against ${plan.target.atom}.\n`
        : `Built ${plan.target.atom} and ${chosen.length} reverse ${chosen.length === 1 ? 'dependency' : 'dependencies'} against it.\n`);
  }
  return worstStatus(outcomes);
}
