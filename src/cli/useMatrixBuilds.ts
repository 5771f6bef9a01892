/**
 * `build <ebuild|atom> --use-matrix [--max N] [--seed S]`: builds each USE combination of useMatrix.ts with a
 * `package.use` line in a per-combination copy of the overrides folder, then reports which combinations fail.
 */
import * as path from 'node:path';
import type { BuildConfig } from '../core/buildConfig';
import type { BuildHandle, BuildResult, RunEvent } from '../core/buildRun';
import { makeMatrixOverrides, removeMatrixOverrides } from '../core/matrixOverrides';
import { packageUseLine, type UseCombination } from '../core/useMatrix';
import { matrixFor, resolveMatrixTarget } from '../core/useMatrixTarget';
import { UserError } from '../core/userError';
import { prepareBuild } from '../docker/buildEbuild';
import type { CliIO } from './cliTypes';
import { buildConfigFor } from './buildOptions';
import { outcomeOf, summaryTable, worstStatus, type AtomOutcome } from '../core/buildSummary';
import type { ParsedBuildFlags } from './buildRun';

/**
 * Builds one combination with its own overrides folder; output goes to `onOutput` as it comes. `onStart`
 * receives the handle (to cancel it). The temporary folder is removed when the build is over.
 */
async function buildCombination(
  ebuild: string, workspace: string, config: BuildConfig, line: string,
  onOutput: (data: Buffer, stream: 'stdout' | 'stderr') => void, onStart?: (handle: BuildHandle) => void,
): Promise<BuildResult> {
  const overrides = await makeMatrixOverrides(path.resolve(workspace, config.overridesFolder), line);
  try {
    const { handle } = await prepareBuild(ebuild, { workspaceFolders: [workspace], config, overridesFolder: overrides });
    onStart?.(handle);
    handle.onEvent((e: RunEvent) => {
      if (e.type === 'output') onOutput(e.data, e.stream);
    });
    return await handle.done;
  } finally {
    await removeMatrixOverrides(overrides);
  }
}

export function positiveInt(text: unknown, flag: string): number | undefined {
  if (text === undefined) return undefined;
  const n = Number(text);
  if (!Number.isInteger(n) || n < 1) throw new UserError(`${flag} '${String(text)}' is not a whole number of 1 or more.`, `Write e.g. ${flag} 8.`, 'bad-flag');
  return n;
}

export async function runUseMatrixBuilds(parsed: ParsedBuildFlags, io: CliIO): Promise<number> {
  if (parsed.positionals.length !== 1) {
    throw new UserError('build --use-matrix needs one ebuild path or atom.', 'Run `ebuild-builder build app-misc/foo --use-matrix`.', 'bad-flag');
  }
  const workspace = path.resolve(io.cwd, parsed.flags.workspace ?? '.');
  const ebuild = await resolveMatrixTarget(parsed.positionals[0], workspace, io.cwd);
  const { atom, matrix } = await matrixFor(ebuild, workspace, { max: positiveInt(parsed.rest.max, '--max'), seed: positiveInt(parsed.rest.seed, '--seed') });
  const config = await buildConfigFor(workspace, parsed.flags, io.env, (m) => io.stderr.write(`ebuild-builder: ${m}\n`));
  io.stderr.write(`>>> ebuild-builder: ${matrix.combinations.length} USE combinations of ${atom}\n`);
  for (const i of matrix.impossible) io.stderr.write(`>>> ebuild-builder: not built: ${i}\n`);
  const rows: { combination: UseCombination; outcome: AtomOutcome }[] = [];
  for (const [i, c] of matrix.combinations.entries()) {
    const line = packageUseLine(atom, c);
    io.stderr.write(`\n>>> ebuild-builder: combination ${i + 1}/${matrix.combinations.length} "${c.name}": package.use ${line}\n`);
    let cancel: (() => void) | undefined;
    const onSignal = () => cancel?.();
    process.once('SIGINT', onSignal);
    const result = await buildCombination(ebuild, workspace, config, line, (data, stream) => (stream === 'stderr' ? io.stderr : io.stdout).write(data), (h) => (cancel = () => void h.cancel()))
      .finally(() => process.removeListener('SIGINT', onSignal));
    const outcome = await outcomeOf(atom, ebuild, result);
    rows.push({ combination: c, outcome });
    if (outcome.result === 'cancelled') break;
  }
  if (parsed.json) {
    io.stdout.write(JSON.stringify({ type: 'use-matrix-summary', atom, impossible: matrix.impossible, results: rows.map((r) => ({ name: r.combination.name, use: r.combination.use, ...r.outcome })) }) + '\n');
  } else {
    const names = new Map(rows.map((r) => [r.outcome, r.combination.kind === 'flag' || !r.combination.changes.length ? r.combination.name : `${r.combination.name} [${r.combination.changes.join(' ')}]`]));
    io.stdout.write('\n' + summaryTable(rows.map((r) => r.outcome), io.cwd, 'USE combination', (o) => names.get(o) ?? o.atom));
    const failed = rows.filter((r) => r.outcome.result !== 'succeeded');
    io.stdout.write(failed.length ? `${failed.length} of ${rows.length} combinations failed: ${failed.map((r) => `"${r.combination.name}"`).join(', ')}\n` : `All ${rows.length} combinations built.\n`);
  }
  return worstStatus(rows.map((r) => r.outcome));
}
