/**
 * One persistent SSH connection per engine. Stock dockerode opens a new SSH connection (and needs the docker CLI
 * remotely) for every API call, ~0.8 s each; here every HTTP request is a new channel on one connection: the
 * remote socket forwarded with streamlocal, or `docker system dial-stdio` where forwarding is off.
 * Host keys are checked against known_hosts, which ssh2 does not do by itself.
 */
import { existsSync, readFileSync } from 'node:fs';
import * as http from 'node:http';
import * as net from 'node:net';
import { homedir } from 'node:os';
import { join } from 'node:path';
import type { Duplex } from 'node:stream';
import { Client, utils, type ClientChannel, type ConnectConfig } from 'ssh2';
import { UserError } from '../core/userError';
import { addKnownHost, checkHostKey, hostKeyInfo, hostPattern, knownKeyTypes, readKnownHosts, type HostKeyInfo } from './knownHosts';

const DEFAULT_REMOTE_SOCKET = '/var/run/docker.sock';

export interface SshTarget {
  host: string;
  port: number;
  username: string;
  /** For messages: `ssh://user@host:port`. */
  url: string;
}

export interface SshSettings {
  /** Agent socket; default `SSH_AUTH_SOCK`. `''` turns the agent off. */
  agent?: string;
  /** A private key file; default the first of ~/.ssh/id_ed25519, id_ecdsa, id_rsa that exists (when no agent). */
  identityFile?: string;
  /** Asked once when the key file is encrypted. */
  passphrase?: () => Promise<string>;
  /** Default ~/.ssh/known_hosts. */
  knownHostsPath?: string;
  /** A fingerprint (`SHA256:…`) the user accepted beforehand (`--accept-host-key`). */
  acceptHostKey?: string;
  /** Asked when the host key is not in known_hosts; true accepts it and records it there. */
  onUnknownHostKey?: (info: HostKeyInfo) => Promise<boolean>;
  /** Handshake + authentication deadline (ssh2 `readyTimeout`; its `timeout` option crashes). Default 20 s. */
  readyTimeoutMs?: number;
  /** Keep-alive interval so a NAT or firewall does not drop an idle connection. Default 15 s. */
  keepaliveIntervalMs?: number;
  /** The engine's socket on the remote machine. */
  remoteSocket?: string;
}

type Mode = 'streamlocal' | 'dial-stdio';

export class SshConnection {
  /** How many SSH connections this engine has opened (tests assert reuse). */
  connectCount = 0;
  /** How many channels (one per HTTP request) it has opened. */
  channelCount = 0;
  mode: Mode | undefined;
  /** Last stderr of `docker system dial-stdio`: the remote's own words when docker is missing or down. */
  lastRemoteStderr = '';
  /** Settles when the last dial-stdio channel closed (its stderr is complete then). */
  lastChannelClosed: Promise<void> = Promise.resolve();
  readonly agent: http.Agent;
  private client: Client | undefined;
  private connecting: Promise<Client> | undefined;
  private closed = false;
  /** Why the last handshake was refused by us (host key), so the error says it instead of ssh2's words. */
  private refusal: UserError | undefined;

  constructor(readonly target: SshTarget, private readonly settings: SshSettings, private readonly env: NodeJS.ProcessEnv = process.env) {
    this.agent = new http.Agent({ keepAlive: false, maxSockets: 64 });
    // Node's Agent accepts a callback-style createConnection: each request gets a fresh channel.
    (this.agent as unknown as { createConnection: unknown }).createConnection = (_opts: unknown, cb: (err: Error | null, s?: Duplex) => void) => {
      this.openChannel().then((s) => cb(null, s), (e: Error) => cb(e));
      return undefined;
    };
  }

  /** Opens (or reuses) the SSH connection. Throws UserError for host-key refusals; ssh2 errors otherwise. */
  connect(): Promise<Client> {
    if (this.closed) return Promise.reject(new Error(`The SSH connection to ${this.target.url} was closed.`));
    if (this.client) return Promise.resolve(this.client);
    this.connecting ??= this.dial().finally(() => { this.connecting = undefined; });
    return this.connecting;
  }

  close(): void {
    this.closed = true;
    this.client?.end();
    this.client = undefined;
    this.agent.destroy();
  }

  private async dial(): Promise<Client> {
    const config = await this.connectConfig();
    const client = new Client();
    this.refusal = undefined;
    // ssh2 can emit more than one error (auth failure, then a handshake timeout): keep a listener for good.
    let failed: ((e: Error) => void) | undefined;
    client.on('error', (e) => { failed?.(e); failed = undefined; if (this.client === client) this.client = undefined; });
    await new Promise<void>((resolve, reject) => {
      failed = (e) => { client.end(); reject(this.refusal ?? e); };
      client.once('ready', () => { failed = undefined; resolve(); });
      client.connect(config);
    });
    this.connectCount++;
    this.client = client;
    client.on('close', () => { if (this.client === client) this.client = undefined; });
    return client;
  }

  private async connectConfig(): Promise<ConnectConfig> {
    const s = this.settings;
    const knownHostsPath = s.knownHostsPath ?? join(this.env.HOME || homedir(), '.ssh', 'known_hosts');
    const known = readKnownHosts(knownHostsPath);
    const agent = s.agent ?? this.env.SSH_AUTH_SOCK ?? '';
    const config: ConnectConfig = {
      host: this.target.host,
      port: this.target.port,
      username: this.target.username,
      readyTimeout: s.readyTimeoutMs ?? 20_000,
      keepaliveInterval: s.keepaliveIntervalMs ?? 15_000,
      keepaliveCountMax: 4,
      hostVerifier: (key: Buffer, verify: (ok: boolean) => void) => {
        this.verifyHostKey(key, knownHostsPath).then(verify, (e: UserError) => { this.refusal = e; verify(false); });
      },
    } as ConnectConfig;
    // Ask for the key types known_hosts already holds first, as ssh does, so a known host is not "unknown".
    const types = knownKeyTypes(known, this.target.host, this.target.port);
    const prefer = hostKeyAlgorithmsFor(types);
    if (prefer.length) config.algorithms = { serverHostKey: { prepend: prefer } as never };
    if (agent) {
      // ssh2 turns a dead agent into "All configured authentication methods failed": ask it first, so we can say which.
      const why = await agentProblem(agent);
      if (why) {
        throw new UserError(`The SSH agent at ${agent} (SSH_AUTH_SOCK) does not answer (${why}), so no key can be offered to ${this.target.url}.`,
          'Start ssh-agent and add your key (`eval $(ssh-agent); ssh-add`), or unset SSH_AUTH_SOCK and set an identity file.', 'ssh-agent-missing');
      }
      config.agent = agent;
    }
    const keyFile = s.identityFile ?? (agent ? undefined : defaultIdentity(this.env));
    if (keyFile) Object.assign(config, await this.readKey(keyFile));
    if (!agent && !keyFile) {
      throw new UserError(`No SSH key to offer to ${this.target.url}: SSH_AUTH_SOCK is not set and there is no ~/.ssh/id_ed25519, id_ecdsa or id_rsa.`,
        'Start ssh-agent and `ssh-add` your key, or set an identity file for the engine.', 'ssh-no-key');
    }
    return config;
  }

  /** Reads a key file, asking for its passphrase when it is encrypted (checked here, so a wrong one is named as such). */
  private async readKey(path: string): Promise<{ privateKey: Buffer; passphrase?: string }> {
    let data: Buffer;
    try {
      data = readFileSync(path);
    } catch (e) {
      throw new UserError(`The SSH key ${path} cannot be read: ${(e as Error).message}.`, 'Check the identity file setting.', 'ssh-key-unreadable');
    }
    const parsed = utils.parseKey(data);
    if (!(parsed instanceof Error)) return { privateKey: data };
    if (!/passphrase/i.test(parsed.message)) {
      throw new UserError(`The SSH key ${path} is not a private key ssh2 can read: ${parsed.message}.`, 'Point the identity file setting at an OpenSSH private key.', 'ssh-key-unreadable');
    }
    if (!this.settings.passphrase) {
      throw new UserError(`The SSH key ${path} is encrypted and there is no way to ask for its passphrase here.`,
        `Add it to ssh-agent (\`ssh-add ${path}\`) and use the agent, or run from a terminal or VS Code so the passphrase can be asked.`, 'ssh-key-passphrase');
    }
    const passphrase = await this.settings.passphrase();
    if (utils.parseKey(data, passphrase) instanceof Error) {
      throw new UserError(`Wrong passphrase for the SSH key ${path}.`, 'Try again, or add the key to ssh-agent with `ssh-add`.', 'ssh-key-passphrase');
    }
    return { privateKey: data, passphrase };
  }

  private async verifyHostKey(key: Buffer, knownHostsPath: string): Promise<boolean> {
    const info = hostKeyInfo(this.target.host, this.target.port, key);
    const verdict = checkHostKey(readKnownHosts(knownHostsPath), info);
    const name = hostPattern(this.target.host, this.target.port);
    if (verdict.status === 'known') return true;
    if (verdict.status === 'revoked') {
      throw new UserError(`The host key of ${name} (${info.fingerprint}) is marked @revoked in ${knownHostsPath}:${verdict.line}. Connection refused.`,
        'Ask the host\'s administrator for its new key.', 'ssh-host-key-revoked');
    }
    if (verdict.status === 'changed') {
      throw new UserError(
        `WARNING: the host key of ${name} has CHANGED (it is now ${info.keyType} ${info.fingerprint}, ${knownHostsPath}:${verdict.line} says otherwise). ` +
          'Someone could be intercepting the connection, or the host was reinstalled. Connection refused.',
        `If you know the host was reinstalled, remove the old key with \`ssh-keygen -R '${name}' -f ${knownHostsPath}\`, then connect again and accept the new one.`,
        'ssh-host-key-changed');
    }
    const accepted = (this.settings.acceptHostKey && sameFingerprint(this.settings.acceptHostKey, info.fingerprint))
      || (this.settings.onUnknownHostKey ? await this.settings.onUnknownHostKey(info) : false);
    if (!accepted) {
      throw new UserError(
        `The host key of ${name} is not in ${knownHostsPath}: ${info.keyType} ${info.fingerprint}. Connection refused until you accept it.`,
        `Check the fingerprint with the host's administrator (\`ssh-keygen -lf /etc/ssh/ssh_host_*_key.pub\` there), then accept it: ` +
          `\`--accept-host-key ${info.fingerprint}\`, or connect once with \`ssh -p ${this.target.port} ${this.target.username}@${this.target.host}\`.`,
        'ssh-host-key-unknown');
    }
    addKnownHost(knownHostsPath, info);
    return true;
  }

  /** One channel to the remote engine socket. */
  async openChannel(): Promise<Duplex> {
    const client = await this.connect();
    if (this.mode !== 'dial-stdio') {
      try {
        const ch = await new Promise<ClientChannel>((resolve, reject) =>
          client.openssh_forwardOutStreamLocal(this.settings.remoteSocket ?? DEFAULT_REMOTE_SOCKET, (err, stream) => (err ? reject(err) : resolve(stream))));
        this.mode = 'streamlocal';
        this.channelCount++;
        return asSocket(ch);
      } catch {
        // Forwarding off (AllowStreamLocalForwarding no) or the socket is missing: ask the remote docker CLI,
        // whose stderr says which (docker missing, daemon down).
      }
    }
    const ch = await new Promise<ClientChannel>((resolve, reject) => client.exec(this.dialCommand(), (err, stream) => (err ? reject(err) : resolve(stream))));
    this.mode = 'dial-stdio';
    this.channelCount++;
    let stderr = '';
    ch.stderr.on('data', (d: Buffer) => { stderr += d.toString(); });
    this.lastChannelClosed = new Promise((resolve) => ch.on('close', () => resolve()));
    ch.on('exit', () => { if (stderr.trim()) this.lastRemoteStderr = stderr.trim(); });
    return asSocket(ch);
  }

  private dialCommand(): string {
    const sock = this.settings.remoteSocket;
    // A remote shell parses this line: quote the one variable part.
    return sock && sock !== DEFAULT_REMOTE_SOCKET ? `docker -H 'unix://${sock.replace(/'/g, `'\\''`)}' system dial-stdio` : 'docker system dial-stdio';
  }
}

/** Node's http client calls a few net.Socket methods that an ssh2 channel lacks. */
function asSocket(ch: ClientChannel): Duplex {
  const s = ch as unknown as Record<string, unknown>;
  for (const m of ['setTimeout', 'setNoDelay', 'setKeepAlive', 'ref', 'unref']) {
    if (typeof s[m] !== 'function') s[m] = () => ch;
  }
  return ch;
}

/** Undefined when something accepts connections on the agent socket, else the reason. */
function agentProblem(socketPath: string): Promise<string | undefined> {
  if (!existsSync(socketPath)) return Promise.resolve('no such socket');
  return new Promise((resolve) => {
    const s = net.connect(socketPath);
    s.once('connect', () => { s.destroy(); resolve(undefined); });
    s.once('error', (e: NodeJS.ErrnoException) => resolve(e.code ?? e.message));
  });
}

function sameFingerprint(a: string, b: string): boolean {
  const norm = (f: string) => f.trim().replace(/^SHA256:/i, '').replace(/=+$/, '');
  return norm(a) === norm(b);
}

function defaultIdentity(env: NodeJS.ProcessEnv): string | undefined {
  const dir = join(env.HOME || homedir(), '.ssh');
  return ['id_ed25519', 'id_ecdsa', 'id_rsa'].map((f) => join(dir, f)).find((p) => existsSync(p));
}

/** known_hosts key types → the handshake algorithm names that produce them. */
function hostKeyAlgorithmsFor(types: string[]): string[] {
  const supported = ['ssh-ed25519', 'ecdsa-sha2-nistp256', 'ecdsa-sha2-nistp384', 'ecdsa-sha2-nistp521'];
  return types.flatMap((t) => (t === 'ssh-rsa' ? ['rsa-sha2-512', 'rsa-sha2-256', 'ssh-rsa'] : supported.includes(t) ? [t] : []));
}
