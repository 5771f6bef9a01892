/**
 * One headless build, start to end: `build`'s flags → settings → prepareBuild on the chosen engine, output streamed
 * (or JSON events), the header with the profile's notes, the result. `build`, `--changed` and `watch` all run this.
 */
import type { BuildConfig } from '../core/buildConfig';
import type { BuildResult, RunEvent } from '../core/buildRun';
import { EmergeParser } from '../core/emerge';
import { prepareBuild } from '../docker/buildEbuild';
import type { Engine } from '../docker/engine';
import { connectForConfig } from '../docker/engineForBuild';
import { pruneKept } from '../docker/keptBuild';
import { parseCommandArgs } from './argList';
import { buildConfigFor, workspaceFolderFor, type BuildFlags } from './buildOptions';
import type { CliIO } from './cliTypes';
import { engineConfigFromFlags } from './commands/engine';
import { keptMaxAgeMs } from './keptEngine';

export type ParsedBuildFlags = ReturnType<typeof parseBuildFlags>;

const BUILD_OPTIONS = {
  profile: { type: 'string' }, image: { type: 'string' }, artifacts: { type: 'string' },
  env: { type: 'string', multiple: true }, 'emerge-arg': { type: 'string', multiple: true },
  engine: { type: 'string' }, context: { type: 'string' }, workspace: { type: 'string' },
  network: { type: 'string' }, tty: { type: 'boolean' }, keep: { type: 'boolean' },
  'no-cache': { type: 'boolean' }, json: { type: 'boolean' },
  changed: { type: 'boolean' }, since: { type: 'string' }, 'keep-going': { type: 'boolean' },
  'use-matrix': { type: 'boolean' }, max: { type: 'string' }, seed: { type: 'string' }, repo: { type: 'string' },
  'accept-host-key': { type: 'string' }, 'identity-file': { type: 'string' }, 'known-hosts': { type: 'string' },
  timeout: { type: 'string' }, 'trust-repo-settings': { type: 'boolean' },
  rdeps: { type: 'boolean' }, limit: { type: 'string' }, test: { type: 'boolean' },
  swarm: { type: 'boolean' }, 'swarm-constraint': { type: 'string', multiple: true }, 'swarm-cpus': { type: 'string' },
  'swarm-binhost-port': { type: 'string' },
} as const;
type BuildValues = ReturnType<typeof parseCommandArgs<typeof BUILD_OPTIONS, true>>['values'];

/** Build options (those of `build`), and `extra` ones for a command that takes build options too (`watch`, in `rest`). */
export function parseBuildFlags(args: string[], extra: Parameters<typeof parseCommandArgs>[2] = {}, verb = 'build'): { positionals: string[]; flags: BuildFlags; json: boolean; rest: Record<string, unknown> } {
  const parsed = parseCommandArgs(args, verb, { ...BUILD_OPTIONS, ...extra }, true);
  const v = parsed.values as BuildValues;
  return {
    positionals: parsed.positionals,
    json: Boolean(v.json),
    rest: v,
    flags: {
      profile: v.profile, image: v.image, artifacts: v.artifacts, env: v.env ?? [], engine: v.engine, context: v.context,
      workspace: v.workspace, network: v.network, emergeArg: v['emerge-arg'] ?? [], keep: v.keep, tty: v.tty, noCache: v['no-cache'],
      engineValues: v,
      // Many builds of a repository (a change set, USE combinations) are automation over what it says.
      untrustedRepo: Boolean(v.changed || v['use-matrix']),
      trustRepoSettings: Boolean(v['trust-repo-settings']),
    },
  };
}

/** Runs one build to its end, writing output (or JSON events) to io; returns the result. */
export async function runOneBuild(ebuild: string, flags: BuildFlags, json: boolean, io: CliIO): Promise<BuildResult> {
  const workspace = workspaceFolderFor(ebuild, io.cwd, flags.workspace);
  const config = await buildConfigFor(workspace, flags, io.env, (m) => io.stderr.write(`ebuild-builder: ${m}\n`));
  // One connection for the whole build (an ssh engine keeps it open; it is closed when the build ends).
  const { engine: _url, ...extra } = engineConfigFromFlags(flags.engineValues ?? {}, io);
  const engine = await connectForConfig(config, io.env, extra);
  try {
    for (const k of await pruneKept(engine, keptMaxAgeMs(io.env))) io.stderr.write(`>>> ebuild-builder: removed the kept build ${k.id} (${k.atom}): older than its age limit\n`);
    return await runPrepared(ebuild, workspace, config, engine, json, io);
  } finally {
    await engine.close();
  }
}

async function runPrepared(ebuild: string, workspace: string, config: BuildConfig, engine: Engine, json: boolean, io: CliIO): Promise<BuildResult> {
  const prepared = await prepareBuild(ebuild.startsWith('/') ? ebuild : `${io.cwd}/${ebuild}`, { workspaceFolders: [workspace], config, engine });
  const { request, spec, handle } = prepared;
  const print = (o: object) => io.stdout.write(JSON.stringify(o) + '\n');
  const parser = new EmergeParser((event) => { if (json) print(event); });
  if (json) print({ type: 'build-start', atom: request.atom, profile: request.profile, image: spec.image, argv: [...(spec.entrypoint ?? []), ...spec.argv], engine: prepared.engine.url, log: prepared.logPath, notes: spec.notes });
  else {
    io.stderr.write(`>>> ebuild-builder: ${request.atom} with profile ${request.profile} on ${prepared.engine.url}\n>>> image ${spec.image}, arguments ${JSON.stringify(spec.argv)}\n`);
    for (const note of spec.notes) io.stderr.write(`>>> note: ${note}\n`);
  }
  const onSignal = () => void handle.cancel();
  process.once('SIGINT', onSignal);
  process.once('SIGTERM', onSignal);
  handle.onEvent((e: RunEvent) => {
    if (e.type === 'output') {
      parser.push(e.data, spec.tty ? undefined : e.stream);
      if (!json) (e.stream === 'stderr' ? io.stderr : io.stdout).write(e.data);
    } else if (e.type === 'state' && json) print({ type: 'build-state', state: e.state, detail: e.detail });
    else if (e.type === 'pull-progress' && !json && e.status.startsWith('Pulling from')) io.stderr.write(`>>> ebuild-builder: ${e.status}\n`);
  });
  const result = await handle.done;
  parser.end();
  process.removeListener('SIGINT', onSignal);
  process.removeListener('SIGTERM', onSignal);
  if (json) print({ type: 'build-result', atom: request.atom, state: result.state, exitCode: result.exitCode, log: result.logPath, artifacts: result.artifacts, durationMs: result.durationMs, error: result.error?.message });
  else {
    if (result.error) io.stderr.write(`ebuild-builder build: ${result.error.toString()}\n`);
    if (result.logPath) io.stderr.write(`>>> ebuild-builder: full log: ${result.logPath}\n`);
    for (const a of result.artifacts) io.stderr.write(`>>> ebuild-builder: package ${a}\n`);
    if (result.kept) io.stdout.write(`kept: ${result.kept.id}\n>>> ebuild-builder: debug it with \`ebuild-builder shell ${result.kept.id}\`, \`rerun ${result.kept.id} compile\`, \`patch ${result.kept.id} --name fix.patch\`\n`);
    io.stderr.write(`>>> ebuild-builder: ${request.atom} ${result.state}${result.exitCode !== undefined ? ` (exit ${result.exitCode})` : ''} in ${(result.durationMs / 1000).toFixed(1)} s\n`);
  }
  return result;
}


