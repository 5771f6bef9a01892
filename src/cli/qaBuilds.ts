/**
 * What `build` adds around each build it runs (one, `--changed`, `--rdeps`): the estimate from the build history
 * before it starts and the duration recorded after it (history.json in the state folder), and with `--test` the
 * builder env's FEATURES with `test` (testBuilds.ts). Test-phase failures are reported apart from build failures.
 */
import { readFile } from 'node:fs/promises';
import * as path from 'node:path';
import { describeEstimate, estimateDuration, historyFile, packageOf, readHistory, recordHistory } from '../core/buildHistory';
import { stateDir } from '../core/binpkgCache';
import type { AtomOutcome } from '../core/buildSummary';
import { featuresWithTest, testNote } from '../core/testBuilds';
import { buildConfigFor, workspaceFolderFor } from './buildOptions';
import type { ParsedBuildFlags } from './buildRun';
import { runOneBuild } from './buildRun';
import type { BuildFn } from './changedBuilds';
import type { CliIO } from './cliTypes';

/** `cat/pn-pvr` of an ebuild path (`<overlay>/<cat>/<pn>/<pn>-<pvr>.ebuild`). */
export function cpvOfEbuild(ebuild: string): string | undefined {
  const cat = path.basename(path.dirname(path.dirname(ebuild)));
  return packageOf(`${cat}/${path.basename(ebuild, '.ebuild')}`)?.cpv;
}

/** `build`'s BuildFn with the history (and, with --test, tests) around `base`. */
export function qaBuild(parsed: ParsedBuildFlags, base: BuildFn = runOneBuild): BuildFn {
  const withTests = Boolean(parsed.rest.test);
  return async (ebuild, flags, json, io) => {
    const file = path.resolve(io.cwd, ebuild);
    const workspace = workspaceFolderFor(file, io.cwd, flags.workspace);
    const config = await buildConfigFor(workspace, flags, io.env, (m) => io.stderr.write(`ebuild-builder: ${m}\n`));
    const cpv = cpvOfEbuild(file);
    const history = historyFile(stateDir(io.env));
    const estimate = cpv ? estimateDuration(await readHistory(history), cpv, config.profile) : undefined;
    if (estimate && !json) io.stderr.write(`>>> ebuild-builder: ${cpv} ${describeEstimate(estimate, config.profile)}\n`);
    let use = flags;
    if (withTests) {
      use = { ...flags, env: [...flags.env, `FEATURES=${featuresWithTest(config.env.FEATURES)}`] };
      const text = await readFile(file, 'utf8').catch(() => '');
      if (!json) io.stderr.write(`>>> ebuild-builder: with tests: ${testNote(text)}\n`);
    }
    const result = await base(ebuild, use, json, io);
    if (cpv && (result.state === 'succeeded' || result.state === 'failed')) {
      await recordHistory(history, { cpv, profile: config.profile, durationMs: result.durationMs, state: result.state, endedAt: Date.now() })
        .catch((e: Error) => io.stderr.write(`ebuild-builder: the build history was not saved: ${e.message}\n`));
    }
    return result;
  };
}

/** The summary's section for test-phase failures, printed apart from the table's build failures. */
export function testFailureSection(outcomes: AtomOutcome[]): string {
  const failed = outcomes.filter((o) => o.phase === 'test');
  if (!failed.length) return '';
  return `\nTests failed (test phase, apart from the build failures above):\n${failed.map((o) => `  ${o.atom}  ${(o.finding ?? '-').replace(/\s+/g, ' ')}`).join('\n')}\n`;
}

/** One build's test failure, said apart from a failed build (single `build --test`). */
export function reportTestOutcome(o: AtomOutcome, json: boolean, io: CliIO): void {
  if (o.phase !== 'test') return;
  if (json) io.stdout.write(JSON.stringify({ type: 'test-failure', atom: o.atom, phase: 'test', finding: o.finding, log: o.log }) + '\n');
  else io.stderr.write(`>>> ebuild-builder: tests of ${o.atom} failed (test phase): ${o.finding ?? 'see the log'}\n`);
}
