/**
 * `build --changed [--since REF] [--keep-going]`: builds what `changed` lists, in its order, stopping at the
 * first failure unless asked to keep going, then prints a summary table (atom, result, phase, first finding,
 * log) and exits with emerge's worst status. `watch` runs the same code for each new commit.
 */
import { join, resolve } from 'node:path';
import type { BuildResult } from '../core/buildRun';
import { outcomeOf, summaryTable, worstStatus, type AtomOutcome } from '../core/buildSummary';
import type { ChangedEbuild } from '../core/changed';
import { isUserError, UserError } from '../core/userError';
import type { CliIO } from './cliTypes';
import type { BuildFlags } from './buildOptions';
import { runOneBuild, type ParsedBuildFlags } from './buildRun';
import { formatChanged } from './commands/changed';
import { changedSince } from '../core/gitChanges';

export type { AtomOutcome };
export type BuildFn = (ebuild: string, flags: BuildFlags, json: boolean, io: CliIO) => Promise<BuildResult>;

export interface BuildChangedOptions {
  flags: BuildFlags;
  json: boolean;
  keepGoing: boolean;
  io: CliIO;
  build?: BuildFn;
  /** Outcomes already recorded (a resumed watch): those atoms are not built again. */
  finished?: AtomOutcome[];
  /** Called after each build, before the next starts (a watch persists its state here). */
  onOutcome?: (o: AtomOutcome) => Promise<void> | void;
}

/** Builds each ebuild in order; the outcomes list every entry, built or not. */
export async function buildChanged(entries: ChangedEbuild[], repo: string, o: BuildChangedOptions): Promise<AtomOutcome[]> {
  const build = o.build ?? runOneBuild;
  const outcomes: AtomOutcome[] = [];
  let stopped = false;
  for (const e of entries) {
    const ebuild = join(repo, e.path);
    const before = o.finished?.find((f) => f.atom === e.atom && f.result !== 'not built' && f.result !== 'cancelled');
    if (before) {
      outcomes.push(before);
      if (before.result !== 'succeeded' && !o.keepGoing) stopped = true;
      continue;
    }
    if (stopped) {
      outcomes.push({ atom: e.atom, ebuild, result: 'not built', finding: 'an earlier build failed (use --keep-going to build it anyway)', artifacts: [] });
      continue;
    }
    let outcome: AtomOutcome;
    try {
      outcome = await outcomeOf(e.atom, ebuild, await build(ebuild, { ...o.flags, workspace: o.flags.workspace ?? repo }, o.json, o.io));
    } catch (err) {
      if (!isUserError(err)) throw err;
      o.io.stderr.write(`ebuild-builder build: ${e.atom}: ${err.toString()}\n`);
      outcome = { atom: e.atom, ebuild, result: 'error', status: 2, finding: err.message, artifacts: [] };
    }
    outcomes.push(outcome);
    await o.onOutcome?.(outcome);
    if (outcome.result !== 'succeeded' && !o.keepGoing) stopped = true;
    if (outcome.result === 'cancelled') stopped = true;
  }
  return outcomes;
}

export async function runChangedBuilds(parsed: ParsedBuildFlags, io: CliIO, build?: BuildFn): Promise<number> {
  if (parsed.positionals.length) {
    throw new UserError(`build --changed takes no ebuild path (got ${parsed.positionals[0]}).`, 'Run `ebuild-builder build --changed [--since REF]` in the repository, or pass --repo DIR.', 'bad-flag');
  }
  const since = parsed.rest.since as string | undefined;
  const report = await changedSince(resolve(io.cwd, (parsed.rest.repo as string | undefined) ?? '.'), since);
  io.stderr.write(formatChanged(report));
  const outcomes = await buildChanged(report.build, report.repo, { flags: parsed.flags, json: parsed.json, keepGoing: Boolean(parsed.rest['keep-going']), io, build });
  if (parsed.json) io.stdout.write(JSON.stringify({ type: 'changed-summary', base: report.base.sha, head: report.head, outcomes, deleted: report.deleted.map((d) => d.atom) }) + '\n');
  else {
    io.stdout.write('\n' + (outcomes.length ? summaryTable(outcomes, io.cwd) : 'Nothing to build.\n'));
    for (const d of report.deleted) io.stdout.write(`deleted, not built: ${d.atom}\n`);
  }
  return worstStatus(outcomes);
}
