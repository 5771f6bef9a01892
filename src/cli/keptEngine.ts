/** The engine a kept-build command talks to (--engine/--context, else as `build` chooses), with old kept builds pruned. */
import { DEFAULT_BUILD_CONFIG } from '../core/buildConfig';
import type { Engine } from '../docker/engine';
import { connectForConfig } from '../docker/engineForBuild';
import { pruneKept } from '../docker/keptBuild';
import { parseCommandArgs } from './argList';
import type { CliIO } from './cliTypes';

const ENGINE_OPTIONS = { engine: { type: 'string' }, context: { type: 'string' } } as const;

/** Kept builds older than this (hours; `EBUILD_BUILDER_KEPT_MAX_AGE_HOURS`, default a day) go at each CLI run. */
export function keptMaxAgeMs(env: NodeJS.ProcessEnv): number {
  const h = env.EBUILD_BUILDER_KEPT_MAX_AGE_HOURS === undefined ? 24 : Number(env.EBUILD_BUILDER_KEPT_MAX_AGE_HOURS);
  return Number.isFinite(h) && h > 0 ? h * 3600_000 : 0;
}

export async function withKeptEngine<T>(values: { engine?: string; context?: string }, io: CliIO, run: (engine: Engine) => Promise<T>): Promise<T> {
  const engine = await connectForConfig({ ...DEFAULT_BUILD_CONFIG, engine: values.engine ?? values.context }, io.env);
  try {
    for (const k of await pruneKept(engine, keptMaxAgeMs(io.env))) io.stderr.write(`>>> ebuild-builder: removed the kept build ${k.id} (${k.atom}): older than its age limit\n`);
    return await run(engine);
  } finally {
    await engine.close();
  }
}

/** `positionals` split at `--`: what is ours, and the command to run. */
export function parseKeptArgs(args: string[], verb: string, extra: Parameters<typeof parseCommandArgs>[2] = {}): {
  values: Record<string, string | boolean | undefined>; positionals: string[]; command: string[];
} {
  const dash = args.indexOf('--');
  const own = dash >= 0 ? args.slice(0, dash) : args;
  const parsed = parseCommandArgs(own, verb, { ...ENGINE_OPTIONS, ...extra }, true);
  return { values: parsed.values as Record<string, string | boolean | undefined>, positionals: parsed.positionals, command: dash >= 0 ? args.slice(dash + 1) : [] };
}
