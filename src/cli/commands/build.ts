/** `ebuild-builder build <ebuild>`: one build in a builder container, output streamed, exit status of emerge. */
import { exitStatusOf } from '../../core/buildSummary';
import { UserError } from '../../core/userError';
import type { CliCommand } from '../cliTypes';
import { parseBuildFlags, runOneBuild } from '../buildRun';
import { runChangedBuilds } from '../changedBuilds';
import { positiveInt, runUseMatrixBuilds } from '../useMatrixBuilds';
import { outcomeOf } from '../../core/buildSummary';
import { cpvOfEbuild, qaBuild, reportTestOutcome } from '../qaBuilds';
import { runReverseDepBuilds } from '../reverseDepBuilds';
import { runSwarmChanged, runSwarmUseMatrix } from '../swarmBuilds';
import type { ParsedBuildFlags } from '../buildRun';
import type { CliIO } from '../cliTypes';

/** `--swarm` goes with the runs of many builds, not with --rdeps, --test or one build. */
function runSwarm(parsed: ParsedBuildFlags, io: CliIO): Promise<number> {
  const next = 'Run `ebuild-builder build --changed --swarm` or `ebuild-builder build PKG --use-matrix --swarm` (docs/scale-out.md).';
  if (parsed.rest.rdeps || parsed.rest.test) throw new UserError(`--swarm does not go with ${parsed.rest.rdeps ? '--rdeps' : '--test'} yet.`, next, 'bad-flag');
  if (parsed.rest.changed) return runSwarmChanged(parsed, io);
  if (parsed.rest['use-matrix']) return runSwarmUseMatrix(parsed, io, positiveInt(parsed.rest.max, '--max'), positiveInt(parsed.rest.seed, '--seed'));
  throw new UserError('--swarm builds a change set or a USE matrix, not one ebuild.', next, 'bad-flag');
}

const usage = `Usage: ebuild-builder build <ebuild-path> [options]

Builds the ebuild's atom (=cat/pn-ver::repo) in a builder container that sees the workspace's overlays and
Portage config overrides. Streams emerge's output, writes the full log to a file it names at the end, and
exits with emerge's status.

Options:
  --profile NAME     sabayon | gentoo | a profile from ebuildBuilder.profiles (default: settings, else sabayon)
  --image IMAGE      image for this build (else ebuildBuilder.images.<profile>, else the profile's default)
  --artifacts DIR    where binary packages go (default: <workspace>/artifacts)
  --env K=V          builder environment (BUILDER_JOBS, FEATURES, …); repeatable
  --emerge-arg ARG   extra emerge argument; repeatable
  --engine URL       Docker engine (unix://, tcp://, ssh://); --context NAME for a Docker context
  --accept-host-key SHA256:…   trust this ssh host key (first contact; see \`ebuild-builder engine\`)
  --identity-file F, --known-hosts F, --timeout SECONDS   ssh and connection options
  --workspace DIR    workspace folder (settings in DIR/.vscode/settings.json, overrides in DIR/.portage)
  --network MODE     container network (host, none, a network name)
  --tty              allocate a pseudo-terminal (colours; stderr merged into stdout)
  --keep             keep a failed build for debugging (prints kept: ID; then shell, rerun, patch, discard)
  --no-cache         no distfiles/binpkgs/ccache volumes
  --json             one JSON event per line instead of the output (see docs/parse-json.md)
  --trust-repo-settings  with --changed/--use-matrix: honour the repository's own settings that reach past
                     the container (engine, network, host mounts, capabilities, limits, folders outside it)

Several builds (docs/automation.md):
  build --changed [--since REF] [--repo DIR] [--keep-going]
                     build the ebuilds changed since REF (default: the upstream merge base), dependencies
                     first; stop at the first failure unless --keep-going; a summary table at the end
  build <ebuild|cat/pkg> --use-matrix [--max N] [--seed S]
                     build the USE combinations that matter (defaults, each flag flipped, a REQUIRED_USE-valid
                     random sample) with a package.use line each; report which fail
  build <ebuild|cat/pkg> --rdeps [--limit N] [--keep-going]
                     build it, then the packages of the workspace's repositories that depend on it, dependencies
                     first, each against the freshly built package; a summary table at the end
  --swarm            with --changed or --use-matrix: each build a job on a Docker swarm (the engine must be a
                     manager), dependency levels in turn, later levels fetching what earlier ones built from the
                     run's binhost (docs/scale-out.md); --network must not be none there
    --swarm-constraint C   placement constraint of every job (node.role==worker, node.labels.arch==amd64); repeatable
    --swarm-cpus N         CPUs each job reserves (default: all of the smallest node, one build per node at a time)
    --swarm-binhost-port P port the run's binhost publishes on the manager (default: one the engine picks)
  --test             with any of the above: FEATURES=test (and USE=test where IUSE has it); test-phase
                     failures are reported apart from build failures (docs/qa.md)

Each build prints an estimate (the median of the last builds of the package with that profile) and is
recorded in the build history: \`ebuild-builder history cat/pkg\`.
`;

export const command: CliCommand = {
  name: 'build',
  summary: 'build an ebuild in a Sabayon or Gentoo builder container',
  usage,
  async run(args, io) {
    const parsed = parseBuildFlags(args);
    if (parsed.rest.limit !== undefined && !parsed.rest.rdeps) throw new UserError('--limit goes with --rdeps.', 'Run `ebuild-builder build app-misc/foo --rdeps --limit 5`.', 'bad-flag');
    if (parsed.rest.test && parsed.rest['use-matrix']) throw new UserError('--test does not go with --use-matrix.', 'Build the USE combinations without --test, or one build with --test.', 'bad-flag');
    if (parsed.rest.swarm) return runSwarm(parsed, io);
    if (parsed.rest.rdeps) return runReverseDepBuilds(parsed, io, qaBuild(parsed));
    if (parsed.rest.changed) return runChangedBuilds(parsed, io, qaBuild(parsed));
    if (parsed.rest['use-matrix']) return runUseMatrixBuilds(parsed, io);
    const { positionals, flags, json } = parsed;
    if (positionals.length !== 1) throw new UserError('build needs exactly one ebuild path.', 'Run `ebuild-builder build path/to/pkg-1.0.ebuild`.', 'bad-flag');
    const result = await qaBuild(parsed, runOneBuild)(positionals[0], flags, json, io);
    if (parsed.rest.test && result.state === 'failed') reportTestOutcome(await outcomeOf(cpvOfEbuild(positionals[0]) ?? positionals[0], positionals[0], result), json, io);
    return exitStatusOf(result);
  },
};
