/**
 * `build --changed [--since REF] [--keep-going]`: builds what `changed` lists, in its order, stopping at the
 * first failure unless asked to keep going, then prints a summary table (atom, result, phase, first finding,
 * log) and exits with emerge's worst status. `watch` runs the same code for each new commit.
 */
import { readFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import type { BuildResult } from '../core/buildRun';
import type { ChangedEbuild } from '../core/changed';
import { parseAll } from '../core/emerge';
import { findingsOf, mainFinding } from '../core/findings';
import { isUserError, UserError } from '../core/userError';
import type { CliIO } from './cliTypes';
import type { BuildFlags } from './buildOptions';
import { exitStatusOf, runOneBuild, type parseBuildFlags } from './commands/build';
import { formatChanged } from './commands/changed';
import { changedSince } from './gitChanges';
import type { WatchAtomResult } from '../core/watchState';

export type BuildFn = (ebuild: string, flags: BuildFlags, json: boolean, io: CliIO) => Promise<BuildResult>;

/** One atom's row of the summary (the same record `watch` keeps per commit). */
export type AtomOutcome = WatchAtomResult;

/** Reads the build's log and says which phase failed and what the first finding is. */
export async function outcomeOf(atom: string, ebuild: string, result: BuildResult): Promise<AtomOutcome> {
  const out: AtomOutcome = { atom, ebuild, result: result.state, status: exitStatusOf(result), log: result.logPath, artifacts: result.artifacts };
  if (result.error) out.finding = result.error.message;
  const text = result.logPath ? await readFile(result.logPath).catch(() => undefined) : undefined;
  if (text && result.state !== 'succeeded') {
    const events = parseAll(text);
    const findings = findingsOf(events);
    const failure = events.find((e) => e.type === 'build-failure');
    out.phase = failure?.type === 'build-failure' ? failure.phase : findings.some((f) => f.severity === 'error') ? 'dependencies' : undefined;
    out.finding = mainFinding(findings)?.message ?? out.finding;
  }
  return out;
}

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

/** emerge's worst status over the builds that ran (0 when all succeeded or nothing ran). */
export function worstStatus(outcomes: AtomOutcome[]): number {
  return outcomes.reduce((w, o) => Math.max(w, o.status ?? 0), 0);
}

const clip = (s: string, n: number) => (s.length > n ? s.slice(0, n - 1) + '…' : s);

/** One row per outcome; `label` names the first column (the atom, or a USE combination). */
export function summaryTable(outcomes: AtomOutcome[], cwd: string, label = 'atom', nameOf = (o: AtomOutcome) => o.atom): string {
  const rows = [[label, 'result', 'phase', 'first finding', 'log']];
  for (const o of outcomes) {
    const result = o.status !== undefined && o.status !== 0 ? `${o.result} (${o.status})` : o.result;
    const log = o.log ? (o.log.startsWith(cwd + '/') ? o.log.slice(cwd.length + 1) : o.log) : '-';
    rows.push([nameOf(o), result, o.phase ?? '-', clip((o.finding ?? '-').replace(/\s+/g, ' '), 70), log]);
  }
  const widths = rows[0].map((_, i) => Math.max(...rows.map((r) => r[i].length)));
  return rows.map((r) => r.map((c, i) => (i === r.length - 1 ? c : c.padEnd(widths[i]))).join('  ')).join('\n') + '\n';
}

type Parsed = ReturnType<typeof parseBuildFlags>;

export async function runChangedBuilds(parsed: Parsed, io: CliIO, build?: BuildFn): Promise<number> {
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
