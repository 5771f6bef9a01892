/**
 * `build --changed --swarm` and `build … --use-matrix --swarm`: the same builds as a local run, as swarm jobs on the
 * chosen engine (a manager), dependency level by level (docs/scale-out.md). Output streams into the terminal (each
 * line tagged with its job while several run at once), findings and the summary table are the local run's.
 */
import * as path from 'node:path';
import { summaryTable, worstStatus } from '../core/buildSummary';
import { EmergeParser } from '../core/emerge';
import { makeMatrixOverrides, removeMatrixOverrides } from '../core/matrixOverrides';
import { attemptsText, swarmOptions } from '../core/swarmPlan';
import { packageUseLine } from '../core/useMatrix';
import { matrixFor, resolveMatrixTarget } from '../core/useMatrixTarget';
import { UserError } from '../core/userError';
import { connectForConfig } from '../docker/engineForBuild';
import { startSwarmRun, type SwarmJobOutcome, type SwarmJobPlan, type SwarmRunEvent } from '../docker/swarmRun';
import { changedPlans, swarmSummaryRows } from '../docker/swarmSummary';
import { buildConfigFor } from './buildOptions';
import type { ParsedBuildFlags } from './buildRun';
import type { CliIO } from './cliTypes';
import { formatChanged } from './commands/changed';
import { engineConfigFromFlags } from './commands/engine';
import { changedSince } from '../core/gitChanges';

/** Runs the plans on the swarm, printing as they go; the outcomes in the plans' order. */
async function runOnSwarm(parsed: ParsedBuildFlags, io: CliIO, workspace: string, plans: SwarmJobPlan[], keepGoing: boolean, atomOf: (p: SwarmJobPlan) => string): Promise<SwarmJobOutcome[]> {
  const { flags, json } = parsed;
  const options = swarmOptions({ constraints: parsed.rest['swarm-constraint'], cpus: parsed.rest['swarm-cpus'], binhostPort: parsed.rest['swarm-binhost-port'] });
  const config = await buildConfigFor(workspace, { ...flags, workspace }, io.env, (m) => io.stderr.write(`ebuild-builder: ${m}\n`));
  const { engine: _url, ...extra } = engineConfigFromFlags(flags.engineValues ?? {}, io);
  const engine = await connectForConfig(config, io.env, extra);
  const print = (o: object) => io.stdout.write(JSON.stringify(o) + '\n');
  try {
    const handle = startSwarmRun({ engine, config, workspaceFolders: [workspace], jobs: plans, options, keepGoing });
    const tagged = plans.length > 1;
    handle.onEvent((e: SwarmRunEvent) => {
      if (e.type === 'note') return void (json ? print({ type: 'swarm-note', run: handle.id, text: e.text }) : io.stderr.write(`>>> ebuild-builder: ${e.text}\n`));
      const { plan, handle: job, spec, request } = e;
      const tag = tagged ? `${plan.label === request.atom ? `${request.pn}-${request.pvr}` : plan.label} | ` : '';
      const parser = new EmergeParser((event) => { if (json) print({ ...event, job: plan.label }); });
      if (json) print({ type: 'build-start', job: plan.label, atom: request.atom, profile: request.profile, image: spec.image, argv: e.command, engine: engine.url, service: job.name, notes: spec.notes });
      else {
        io.stderr.write(`${tag}>>> ebuild-builder: ${request.atom} with profile ${request.profile} as swarm job ${job.name}\n${tag}>>> image ${spec.image}, arguments ${JSON.stringify(spec.argv)}\n`);
        for (const n of spec.notes) io.stderr.write(`${tag}>>> note: ${n}\n`);
      }
      job.onEvent((ev) => {
        if (ev.type === 'output') {
          parser.push(ev.data, ev.stream);
          if (!json) (ev.stream === 'stderr' ? io.stderr : io.stdout).write(tag ? Buffer.concat([Buffer.from(tag), ev.data]) : ev.data);
        } else if (ev.type === 'state') {
          if (json) print({ type: 'build-state', job: plan.label, state: ev.state, detail: ev.detail });
          else if (ev.state === 'queued' && ev.detail) io.stderr.write(`${tag}>>> ebuild-builder: ${ev.detail}\n`);
        }
      });
      void job.done.then((r) => {
        parser.end();
        if (json) print({ type: 'build-result', job: plan.label, atom: request.atom, state: r.state, exitCode: r.exitCode, log: r.logPath, artifacts: r.artifacts, durationMs: r.durationMs, attempts: r.attempts, node: r.node, error: r.error?.message });
        else {
          if (r.logPath) io.stderr.write(`${tag}>>> ebuild-builder: full log: ${r.logPath}\n`);
          for (const a of r.artifacts) io.stderr.write(`${tag}>>> ebuild-builder: package ${a}\n`);
          io.stderr.write(`${tag}>>> ebuild-builder: ${request.atom} ${r.state}${r.exitCode !== undefined ? ` (exit ${r.exitCode})` : ''} in ${(r.durationMs / 1000).toFixed(1)} s${r.node ? ` on node ${r.node}` : ''}${r.attempts && r.attempts > 1 ? ` (${attemptsText(r.attempts)})` : ''}\n`);
        }
      });
    });
    const onSignal = () => {
      io.stderr.write('>>> ebuild-builder: cancelling: removing the run\'s services and secrets…\n');
      void handle.cancel();
    };
    process.once('SIGINT', onSignal);
    process.once('SIGTERM', onSignal);
    try {
      const outcomes = await handle.done;
      for (const o of outcomes) if (o.error) io.stderr.write(`ebuild-builder build: ${atomOf(o.plan)}: ${o.error.toString()}\n`);
      return outcomes;
    } finally {
      process.removeListener('SIGINT', onSignal);
      process.removeListener('SIGTERM', onSignal);
    }
  } finally {
    await engine.close();
  }
}

export async function runSwarmChanged(parsed: ParsedBuildFlags, io: CliIO): Promise<number> {
  if (parsed.positionals.length) throw new UserError(`build --changed takes no ebuild path (got ${parsed.positionals[0]}).`, 'Run `ebuild-builder build --changed --swarm [--since REF]` in the repository, or pass --repo DIR.', 'bad-flag');
  const report = await changedSince(path.resolve(io.cwd, (parsed.rest.repo as string | undefined) ?? '.'), parsed.rest.since as string | undefined);
  io.stderr.write(formatChanged(report));
  const plans = changedPlans(report.levels, report.repo);
  const order = new Map(report.build.map((e, i) => [path.join(report.repo, e.path), i]));
  const done = plans.length ? await runOnSwarm(parsed, io, parsed.flags.workspace ? path.resolve(io.cwd, parsed.flags.workspace) : report.repo, plans, Boolean(parsed.rest['keep-going']), (p) => p.label) : [];
  done.sort((a, b) => (order.get(a.plan.ebuild) ?? 0) - (order.get(b.plan.ebuild) ?? 0));
  const outcomes = await swarmSummaryRows(done);
  if (parsed.json) io.stdout.write(JSON.stringify({ type: 'changed-summary', base: report.base.sha, head: report.head, outcomes, deleted: report.deleted.map((d) => d.atom) }) + '\n');
  else {
    io.stdout.write('\n' + (outcomes.length ? summaryTable(outcomes, io.cwd) : 'Nothing to build.\n'));
    for (const d of report.deleted) io.stdout.write(`deleted, not built: ${d.atom}\n`);
  }
  return worstStatus(outcomes);
}

export async function runSwarmUseMatrix(parsed: ParsedBuildFlags, io: CliIO, max?: number, seed?: number): Promise<number> {
  if (parsed.positionals.length !== 1) throw new UserError('build --use-matrix needs one ebuild path or atom.', 'Run `ebuild-builder build app-misc/foo --use-matrix --swarm`.', 'bad-flag');
  const workspace = path.resolve(io.cwd, parsed.flags.workspace ?? '.');
  const ebuild = await resolveMatrixTarget(parsed.positionals[0], workspace, io.cwd);
  const { atom, matrix } = await matrixFor(ebuild, workspace, { max, seed });
  const config = await buildConfigFor(workspace, parsed.flags, io.env);
  io.stderr.write(`>>> ebuild-builder: ${matrix.combinations.length} USE combinations of ${atom}, on the swarm\n`);
  for (const i of matrix.impossible) io.stderr.write(`>>> ebuild-builder: not built: ${i}\n`);
  const folders: string[] = [];
  try {
    const plans: SwarmJobPlan[] = [];
    for (const c of matrix.combinations) {
      const line = packageUseLine(atom, c);
      folders.push(await makeMatrixOverrides(path.resolve(workspace, config.overridesFolder), line));
      plans.push({ label: c.kind === 'flag' || !c.changes.length ? c.name : `${c.name} [${c.changes.join(' ')}]`, ebuild, level: 0, overridesFolder: folders.at(-1) });
      io.stderr.write(`>>> ebuild-builder: "${c.name}": package.use ${line}\n`);
    }
    const done = await runOnSwarm(parsed, io, workspace, plans, true, () => atom);
    const rows = await swarmSummaryRows(done, () => atom);
    if (parsed.json) {
      io.stdout.write(JSON.stringify({ type: 'use-matrix-summary', atom, impossible: matrix.impossible, results: rows.map((r, i) => ({ name: matrix.combinations[i].name, use: matrix.combinations[i].use, ...r })) }) + '\n');
    } else {
      const names = new Map(rows.map((r, i) => [r, done[i].plan.label]));
      io.stdout.write('\n' + summaryTable(rows, io.cwd, 'USE combination', (o) => names.get(o) ?? o.atom));
      const failed = rows.map((r, i) => ({ r, name: matrix.combinations[i].name })).filter((x) => x.r.result !== 'succeeded');
      io.stdout.write(failed.length ? `${failed.length} of ${rows.length} combinations failed: ${failed.map((x) => `"${x.name}"`).join(', ')}\n` : `All ${rows.length} combinations built.\n`);
    }
    return worstStatus(rows);
  } finally {
    await Promise.all(folders.map(removeMatrixOverrides));
  }
}
