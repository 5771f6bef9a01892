/**
 * Which engine a build uses and how files cross to it. Local socket until remote engines are configured;
 * the remote-engine modules plug in here.
 */
import type { BuildConfig } from '../core/buildConfig';
import { UserError } from '../core/userError';
import { connectLocal, localSocketPath, type Engine } from './engine';
import type { Transport } from './transport';

export async function connectForConfig(config: BuildConfig, env: NodeJS.ProcessEnv = process.env): Promise<Engine> {
  if (config.engine) {
    if (config.engine.startsWith('unix://')) return connectLocal(config.engine.slice('unix://'.length), 'setting ebuildBuilder.engine / --engine');
    throw new UserError(`The engine "${config.engine}" cannot be reached yet: only unix:// sockets are supported in this build.`, 'Use a unix:// socket, or leave the engine setting empty.', 'engine-unsupported');
  }
  const chosenBy = env.DOCKER_HOST?.startsWith('unix://') ? 'DOCKER_HOST' : 'default socket';
  return connectLocal(localSocketPath(env), chosenBy);
}

export function remoteTransportFor(engine: Engine): Transport {
  throw new UserError(`Builds on ${engine.url} need sources uploaded, which this build cannot do yet.`, 'Use the local engine.', 'engine-unsupported');
}
