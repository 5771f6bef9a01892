/**
 * Opens the engine chosen as the docker CLI would (engineChoice.ts): local or remote unix socket, tcp, tcp+TLS,
 * ssh (one persistent connection), or podman behind any of them, and checks that it answers. Every failure is
 * one UserError naming the engine and the next step (engineErrors.ts).
 */
import { readFileSync } from 'node:fs';
import * as https from 'node:https';
import Docker from 'dockerode';
import { UserError } from '../core/userError';
import type { Engine, EngineKind } from './engine';
import { chooseEngine, type EngineChoice } from './engineChoice';
import { engineError, type EngineRef } from './engineErrors';
import type { HostKeyInfo } from './knownHosts';
import { resolveSshConfig } from './sshConfig';
import { SshConnection, type SshSettings } from './sshConnection';

export interface ConnectConfig {
  /** Engine URL or context name (setting `ebuildBuilder.engine`, CLI `--engine`). */
  engine?: string;
  /** CLI `--context`. */
  context?: string;
  /** What to call the explicit choice in messages; default `setting ebuildBuilder.engine`. */
  engineSource?: string;
  /** `SHA256:…` the user accepted for an unknown SSH host key (`--accept-host-key`). */
  acceptHostKey?: string;
  sshPassphrase?: () => Promise<string>;
  onUnknownHostKey?: (info: HostKeyInfo) => Promise<boolean>;
  ssh?: Pick<SshSettings, 'agent' | 'identityFile' | 'knownHostsPath' | 'readyTimeoutMs' | 'keepaliveIntervalMs' | 'remoteSocket'>;
  /** How long the first answer may take; default 20 s. */
  pingTimeoutMs?: number;
}

export interface ConnectedEngine extends Engine {
  readonly choice: EngineChoice;
  /** Server version as `docker version` prints it (podman's for podman). */
  readonly serverVersion: string;
  readonly apiVersion: string;
  /** The SSH connection, for ssh engines (tests count its connections). */
  readonly ssh?: SshConnection;
}

/** Chooses, opens and pings the engine. */
export async function connectEngine(config: ConnectConfig = {}, env: NodeJS.ProcessEnv = process.env): Promise<ConnectedEngine> {
  const choice = chooseEngine({ engine: config.engine, context: config.context, source: config.engineSource }, env);
  return connectChoice(choice, config, env);
}

async function connectChoice(choice: EngineChoice, config: ConnectConfig = {}, env: NodeJS.ProcessEnv = process.env): Promise<ConnectedEngine> {
  const ref: EngineRef = { url: choice.url, chosenBy: choice.chosenBy, kind: choice.kind, tls: choice.tls };
  let ssh: SshConnection | undefined;
  let tlsAgent: https.Agent | undefined;
  let docker: Docker;
  // Every modem field is set, even to undefined: dockerode fills missing ones from DOCKER_HOST/DOCKER_CERT_PATH (engines.md).
  const blank = { socketPath: undefined, host: undefined, port: undefined, ca: undefined, cert: undefined, key: undefined, pathPrefix: '/', timeout: undefined };
  if (choice.kind === 'unix') {
    docker = makeDocker({ ...blank, socketPath: choice.socketPath, protocol: 'http' });
  } else if (choice.kind === 'tcp') {
    docker = makeDocker({ ...blank, protocol: 'http', host: choice.host, port: choice.port });
  } else if (choice.kind === 'tls') {
    const files = readTlsFiles(choice);
    // keep-alive: one TLS handshake serves many API calls (a build makes a dozen).
    tlsAgent = new https.Agent({ ...files, rejectUnauthorized: choice.tls?.verify !== false, keepAlive: true });
    docker = makeDocker({ ...blank, protocol: 'https', host: choice.host, port: choice.port, ...files, agent: tlsAgent });
  } else {
    // HostName, Port, User, IdentityFile from ~/.ssh/config apply, as they do for the docker CLI's ssh.
    const resolved = await resolveSshConfig(choice.host!, choice.sshGiven ?? {}, env);
    ssh = new SshConnection(
      { host: resolved?.host ?? choice.host!, port: resolved?.port ?? choice.port ?? 22, username: resolved?.user || choice.username!, url: choice.url },
      {
        ...config.ssh,
        identityFile: config.ssh?.identityFile ?? resolved?.identityFile,
        knownHostsPath: config.ssh?.knownHostsPath ?? resolved?.knownHostsFile,
        acceptHostKey: config.acceptHostKey, passphrase: config.sshPassphrase, onUnknownHostKey: config.onUnknownHostKey,
      },
      env,
    );
    // Plain HTTP over channels of the one SSH connection; the host name is only the HTTP Host header.
    docker = makeDocker({ ...blank, protocol: 'http', host: 'localhost', agent: ssh.agent });
  }

  const fail = (e: unknown, doing: string): UserError => engineError(e, { ...ref, remoteStderr: ssh?.lastRemoteStderr }, doing);
  let version: Docker.DockerVersion;
  try {
    if (ssh) await ssh.connect();
    version = await withTimeout(docker.version(), config.pingTimeoutMs ?? 20_000, choice);
  } catch (e) {
    // The HTTP error can come before the remote side's stderr: give the channel a moment to close.
    if (ssh) await Promise.race([ssh.lastChannelClosed, new Promise((r) => setTimeout(r, 1000).unref())]);
    ssh?.close();
    tlsAgent?.destroy();
    throw fail(e, 'asking for its version');
  }
  const isPodman = (version.Components ?? []).some((c) => /podman/i.test(c.Name));
  const kind: EngineKind = isPodman ? 'podman' : choice.kind;
  return {
    docker,
    kind,
    url: choice.url,
    chosenBy: choice.chosenBy,
    // Bind mounts name paths on the engine's machine: only a socket on this machine sees our files.
    sharesFilesystem: choice.kind === 'unix',
    isPodman,
    choice,
    serverVersion: `${isPodman ? 'Podman ' : ''}${version.Version}`,
    apiVersion: version.ApiVersion,
    ssh,
    close: async () => { ssh?.close(); tlsAgent?.destroy(); },
  };
}

/** dockerode parses process.env.DOCKER_HOST even when every option is given, and throws on a malformed one. */
function makeDocker(options: object): Docker {
  try {
    return new Docker(options as Docker.DockerOptions);
  } catch (e) {
    throw new UserError(`DOCKER_HOST="${process.env.DOCKER_HOST}" is not a valid engine address (${(e as Error).message}).`,
      'Fix or unset DOCKER_HOST (e.g. tcp://host:2376, ssh://user@host, unix:///var/run/docker.sock).', 'engine-url-invalid');
  }
}

function readTlsFiles(choice: EngineChoice): { ca?: Buffer; cert?: Buffer; key?: Buffer } {
  const out: { ca?: Buffer; cert?: Buffer; key?: Buffer } = {};
  for (const k of ['ca', 'cert', 'key'] as const) {
    const p = choice.tls?.[k];
    if (!p) continue;
    try {
      out[k] = readFileSync(p);
    } catch (e) {
      throw new UserError(`TLS for the Docker engine ${choice.url} (chosen by ${choice.chosenBy}) needs ${p}, which cannot be read: ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}.`,
        'Set DOCKER_CERT_PATH to the folder holding ca.pem, cert.pem and key.pem (or fix the context\'s TLS files), or unset DOCKER_TLS_VERIFY for a plain engine.',
        'tls-files-missing');
    }
  }
  return out;
}

function withTimeout<T>(p: Promise<T>, ms: number, choice: EngineChoice): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const t = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new UserError(`The Docker engine ${choice.url} (chosen by ${choice.chosenBy}) did not answer within ${Math.round(ms / 1000)} s.`,
      'Check that the host is up and the engine runs there, or choose another engine.', 'engine-timeout')), ms);
  });
  return Promise.race([p, t]).finally(() => clearTimeout(timer));
}
