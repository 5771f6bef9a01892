/** `ebuild-builder rerun ID PHASE`: one phase of a kept build again, with the workspace's current ebuild. */
import * as path from 'node:path';
import { EmergeParser } from '../../core/emerge';
import { findingsOf } from '../../core/findings';
import { UserError } from '../../core/userError';
import { requireKept } from '../../docker/keptBuild';
import { rerunPhase } from '../../docker/keptActions';
import type { CliCommand } from '../cliTypes';
import { parseKeptArgs, withKeptEngine } from '../keptEngine';

export const rerun: CliCommand = {
  name: 'rerun',
  summary: 'run a phase of a kept build again',
  usage: `Usage: ebuild-builder rerun ID PHASE [--continue] [--artifacts DIR] [--engine URL | --context NAME]

Copies the workspace's ebuild and files/ into the kept build again (an edited ebuild counts), then runs
\`ebuild <ebuild> PHASE\` there (unpack, prepare, configure, compile, test, install, package). With
--continue, a phase that succeeds goes on to make the binary package, into --artifacts (default: the
workspace's artifacts/). Exits with the phase's status.
`,
  async run(args, io) {
    const { values, positionals } = parseKeptArgs(args, 'rerun', { continue: { type: 'boolean' }, artifacts: { type: 'string' } });
    if (positionals.length !== 2) throw new UserError('rerun needs the id of a kept build and a phase.', 'Run `ebuild-builder rerun ID compile`.', 'bad-flag');
    return withKeptEngine(values as { engine?: string }, io, async (engine) => {
      const kept = await requireKept(engine, positionals[0]);
      const events: Parameters<typeof findingsOf>[0] = [];
      const parser = new EmergeParser((e) => events.push(e));
      const artifactsDir = path.resolve(io.cwd, (values.artifacts as string | undefined) ?? path.join(kept.workspace || io.cwd, 'artifacts'));
      const r = await rerunPhase(engine, kept, positionals[1], {
        continueToPackage: Boolean(values.continue), artifactsDir,
        onOutput: (s, d) => { parser.push(d, s); (s === 'stderr' ? io.stderr : io.stdout).write(d); },
      });
      parser.end();
      for (const f of findingsOf(events).filter((x) => x.severity === 'error').slice(0, 3)) io.stderr.write(`>>> finding: ${f.title}: ${f.message}\n`);
      for (const a of r.artifacts) io.stderr.write(`>>> ebuild-builder: package ${a}\n`);
      io.stderr.write(`>>> ebuild-builder: ${r.ran.join(' → ')} of ${kept.atom} ${r.exitCode === 0 ? 'succeeded' : `failed (exit ${r.exitCode})`}\n`);
      return r.exitCode;
    });
  },
};
