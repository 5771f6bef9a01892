/**
 * Which Docker engine to talk to, decided exactly as the docker CLI (28) decides:
 * explicit `--engine URL` / `--context NAME` / setting, then `DOCKER_HOST`, then `DOCKER_CONTEXT`,
 * then `currentContext` in `$DOCKER_CONFIG/config.json` (default `~/.docker`), then the local socket.
 * No network and no dockerode here: only reads the CLI's config files, through an injectable reader.
 */
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { homedir, userInfo } from 'node:os';
import { join } from 'node:path';
import { UserError } from '../core/userError';

export const DEFAULT_SOCKET = '/var/run/docker.sock';

export type ChosenKind = 'unix' | 'tcp' | 'tls' | 'ssh';

export interface TlsFiles {
  /** Missing files are undefined (a context may carry only a CA, for instance). */
  ca?: string;
  cert?: string;
  key?: string;
  /** false: TLS without checking the server certificate (`SkipTLSVerify`, `DOCKER_TLS` without verify). */
  verify: boolean;
}

export interface EngineChoice {
  /** Normalised endpoint, e.g. `unix:///var/run/docker.sock`, `tcp://10.0.0.5:2376`, `ssh://me@box:2222`. */
  url: string;
  kind: ChosenKind;
  socketPath?: string;
  host?: string;
  port?: number;
  /** ssh only: user from the URL, else the local user (as ssh does). */
  username?: string;
  /** ssh only: what the URL itself said (the rest may come from ~/.ssh/config: sshConfig.ts). */
  sshGiven?: { user?: string; port?: number };
  tls?: TlsFiles;
  /** How it was chosen, for people: `DOCKER_HOST`, `context "big-box" (DOCKER_CONTEXT)`, `default socket`. */
  chosenBy: string;
  /** The Docker context used, when one was. */
  contextName?: string;
}

export interface EngineRequest {
  /** An engine URL (`unix://…`, `tcp://…`, `ssh://…`, bare `host:port`) or a context name. */
  engine?: string;
  /** A context name (`--context`); wins over `engine` only when `engine` is empty. */
  context?: string;
  /** What to call the explicit choice in messages, e.g. `--engine`, `setting ebuildBuilder.engine`. */
  source?: string;
}

/** File access, injectable so tests can use a temp dir and stay pure. */
export interface ConfigFiles {
  readText(path: string): string | undefined;
  exists(path: string): boolean;
}

export const nodeFiles: ConfigFiles = {
  readText: (p) => { try { return readFileSync(p, 'utf8'); } catch { return undefined; } },
  exists: (p) => existsSync(p),
};

/** The docker CLI's config dir: `$DOCKER_CONFIG`, else `~/.docker`. */
export function dockerConfigDir(env: NodeJS.ProcessEnv = process.env): string {
  return env.DOCKER_CONFIG || join(env.HOME || homedir(), '.docker');
}

/** Contexts are stored under the sha256 of their name. */
export function contextDirName(name: string): string {
  return createHash('sha256').update(name).digest('hex');
}

export interface ContextMeta {
  name: string;
  host?: string;
  skipTlsVerify: boolean;
  description?: string;
  tlsDir: string;
}

/** Reads one context's meta.json; undefined when it does not exist. */
function readContext(name: string, env: NodeJS.ProcessEnv = process.env, files: ConfigFiles = nodeFiles): ContextMeta | undefined {
  const dir = dockerConfigDir(env);
  const metaPath = join(dir, 'contexts', 'meta', contextDirName(name), 'meta.json');
  const text = files.readText(metaPath);
  if (text === undefined) return undefined;
  let meta: { Name?: string; Metadata?: { Description?: string }; Endpoints?: { docker?: { Host?: string; SkipTLSVerify?: boolean } } };
  try {
    meta = JSON.parse(text);
  } catch {
    throw new UserError(`Docker context "${name}" is unreadable: ${metaPath} is not valid JSON.`,
      `Recreate it with \`docker context rm ${name}\` and \`docker context create ${name} --docker host=…\`.`, 'context-invalid');
  }
  return {
    name: meta.Name ?? name,
    host: meta.Endpoints?.docker?.Host,
    skipTlsVerify: meta.Endpoints?.docker?.SkipTLSVerify === true,
    description: meta.Metadata?.Description,
    tlsDir: join(dir, 'contexts', 'tls', contextDirName(name), 'docker'),
  };
}

/** `currentContext` from config.json, if set. */
export function currentContextName(env: NodeJS.ProcessEnv = process.env, files: ConfigFiles = nodeFiles): string | undefined {
  const text = files.readText(join(dockerConfigDir(env), 'config.json'));
  if (!text) return undefined;
  try {
    const c = JSON.parse(text) as { currentContext?: unknown };
    return typeof c.currentContext === 'string' && c.currentContext ? c.currentContext : undefined;
  } catch {
    return undefined; // the CLI refuses to start here; we fall back to the default rather than block builds
  }
}

/** The CLI's resolveContextName, plus our explicit `engine` URL. */
export function chooseEngine(req: EngineRequest = {}, env: NodeJS.ProcessEnv = process.env, files: ConfigFiles = nodeFiles): EngineChoice {
  const source = req.source ?? 'setting ebuildBuilder.engine';
  const engine = req.engine?.trim();
  if (engine) {
    if (looksLikeUrl(engine)) return fromUrl(engine, source, envTls(env, files), env);
    return fromContext(engine, source, env, files);
  }
  if (req.context) return fromContext(req.context, req.source ?? '--context', env, files);
  if (env.DOCKER_HOST) return fromUrl(env.DOCKER_HOST, 'DOCKER_HOST', envTls(env, files), env);
  if (env.DOCKER_CONTEXT) return fromContext(env.DOCKER_CONTEXT, 'DOCKER_CONTEXT', env, files);
  const current = currentContextName(env, files);
  if (current) return fromContext(current, `currentContext in ${join(dockerConfigDir(env), 'config.json')}`, env, files);
  return fromUrl(`unix://${DEFAULT_SOCKET}`, 'default socket', envTls(env, files), env);
}

function looksLikeUrl(s: string): boolean {
  return s.includes('://') || s.startsWith('/') || /^[^/\s]+:\d+$/.test(s);
}

function fromContext(name: string, how: string, env: NodeJS.ProcessEnv, files: ConfigFiles): EngineChoice {
  const chosenBy = `context "${name}" (${how})`;
  // `default` is never on disk: it is DOCKER_HOST or the local socket, as in the CLI.
  if (name === 'default') {
    const c = fromUrl(env.DOCKER_HOST || `unix://${DEFAULT_SOCKET}`, chosenBy, envTls(env, files), env);
    return { ...c, contextName: 'default' };
  }
  const meta = readContext(name, env, files);
  if (!meta) {
    throw new UserError(`Docker context "${name}" (chosen by ${how}) was not found in ${join(dockerConfigDir(env), 'contexts')}.`,
      `Run \`docker context ls\` to see the contexts, or create it with \`docker context create ${name} --docker host=…\`.`,
      'context-not-found');
  }
  if (!meta.host) {
    throw new UserError(`Docker context "${name}" has no Docker endpoint.`,
      `Recreate it with \`docker context create ${name} --docker host=…\`.`, 'context-invalid');
  }
  const tlsFile = (f: string): string | undefined => (files.exists(join(meta.tlsDir, f)) ? join(meta.tlsDir, f) : undefined);
  const ca = tlsFile('ca.pem'), cert = tlsFile('cert.pem'), key = tlsFile('key.pem');
  const tls = ca || cert || key || meta.skipTlsVerify ? { ca, cert, key, verify: !meta.skipTlsVerify } : undefined;
  return { ...fromUrl(meta.host, chosenBy, tls, env), contextName: name };
}

/** TLS from the environment as the CLI reads it: any non-empty DOCKER_TLS_VERIFY turns verification on. */
function envTls(env: NodeJS.ProcessEnv, files: ConfigFiles): TlsFiles | undefined {
  const verify = !!env.DOCKER_TLS_VERIFY;
  if (!verify && !env.DOCKER_TLS) return undefined;
  const dir = env.DOCKER_CERT_PATH || dockerConfigDir(env);
  const pick = (f: string): string | undefined => {
    const p = join(dir, f);
    // With verification on the CLI insists on the files (and fails if absent); we pass the path so connect says so.
    return verify || files.exists(p) ? p : undefined;
  };
  return { ca: pick('ca.pem'), cert: pick('cert.pem'), key: pick('key.pem'), verify };
}

/** Parses an endpoint as the CLI's ParseHost does (bare `host:port` is tcp, tcp port defaults to 2375). */
function fromUrl(raw: string, chosenBy: string, tls: TlsFiles | undefined, env: NodeJS.ProcessEnv = process.env): EngineChoice {
  const s = raw.trim();
  const bad = (why: string): UserError => new UserError(`Docker engine "${raw}" (from ${chosenBy}) is not usable: ${why}.`,
    'Use unix:///path/to/docker.sock, tcp://host:port or ssh://[user@]host[:port].', 'engine-url-invalid');
  if (s.startsWith('/')) return fromUrl(`unix://${s}`, chosenBy, tls, env);
  const m = /^([a-z0-9+.-]+):\/\/(.*)$/i.exec(s);
  const scheme = m ? m[1].toLowerCase() : 'tcp';
  const rest = m ? m[2] : s;
  if (scheme === 'unix') {
    const socketPath = rest || DEFAULT_SOCKET;
    return { url: `unix://${socketPath}`, kind: 'unix', socketPath, chosenBy };
  }
  if (scheme === 'tcp' || scheme === 'http' || scheme === 'https') {
    let u: URL;
    try { u = new URL(`tcp://${rest}`); } catch { throw bad('not a valid host[:port]'); }
    if (!u.hostname) throw bad('no host name');
    if (u.pathname && u.pathname !== '/' ) throw bad('a path after the host is not supported');
    const port = u.port ? Number(u.port) : 2375;
    const host = u.hostname.replace(/^\[(.*)\]$/, '$1');
    const useTls = tls ?? (scheme === 'https' ? { verify: true } : undefined);
    return { url: `tcp://${u.hostname}:${port}`, kind: useTls ? 'tls' : 'tcp', host, port, tls: useTls, chosenBy };
  }
  if (scheme === 'ssh') {
    let u: URL;
    try { u = new URL(`ssh://${rest}`); } catch { throw bad('not a valid ssh://[user@]host[:port]'); }
    if (!u.hostname) throw bad('no host name');
    if (u.pathname && u.pathname !== '/') throw bad('the docker CLI does not allow a path after the ssh host');
    const username = decodeURIComponent(u.username) || env.USER || safeUser();
    const port = u.port ? Number(u.port) : 22;
    const host = u.hostname.replace(/^\[(.*)\]$/, '$1');
    const sshGiven = { user: decodeURIComponent(u.username) || undefined, port: u.port ? port : undefined };
    return { url: `ssh://${username}@${u.hostname}${port === 22 ? '' : `:${port}`}`, kind: 'ssh', host, port, username, sshGiven, chosenBy };
  }
  throw bad(`the scheme ${scheme}:// is not supported`);
}

function safeUser(): string {
  try { return userInfo().username; } catch { return 'root'; }
}
