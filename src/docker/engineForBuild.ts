/**
 * Which engine a build uses and how files cross to it: the engine the docker CLI would use (connect.ts), with
 * sources bind-mounted where the engine shares this filesystem and uploaded everywhere else (uploadTransport.ts).
 */
import type { BuildConfig } from '../core/buildConfig';
import { connectEngine, type ConnectConfig } from './connect';
import type { Engine } from './engine';
import type { Transport } from './transport';
import { uploadTransport } from './uploadTransport';

/** `extra` carries what only a front end can give: host-key prompt, passphrase prompt, --accept-host-key, --context. */
export async function connectForConfig(config: BuildConfig, env: NodeJS.ProcessEnv = process.env, extra: Omit<ConnectConfig, 'engine'> = {}): Promise<Engine> {
  return connectEngine({ engineSource: 'setting ebuildBuilder.engine / --engine', ...extra, engine: config.engine || undefined }, env);
}

export function remoteTransportFor(_engine: Engine): Transport {
  return uploadTransport;
}
