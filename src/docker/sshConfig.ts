/**
 * `ssh://big-box` means what OpenSSH makes of it: the docker CLI runs the ssh binary, so a `Host big-box` block
 * in ~/.ssh/config (HostName, Port, User, IdentityFile, UserKnownHostsFile) applies. We ask `ssh -G`, which
 * prints the resolved configuration, instead of parsing ssh_config ourselves.
 */
import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { homedir, userInfo } from 'node:os';
import { join } from 'node:path';
import { UserError } from '../core/userError';

export interface ResolvedSsh {
  host: string;
  port: number;
  user: string;
  /** Only when ~/.ssh/config names one (ssh's built-in default list is left to our own defaults). */
  identityFile?: string;
  /** Only when the config names a non-default file. */
  knownHostsFile?: string;
}

/** Undefined when there is no ssh binary: the URL is then taken as it is. */
export async function resolveSshConfig(alias: string, given: { user?: string; port?: number }, env: NodeJS.ProcessEnv): Promise<ResolvedSsh | undefined> {
  const home = env.HOME || homedir();
  const pwHome = safeHome();
  const args = ['-G'];
  // A HOME other than the account's (tests, sandboxes) means that HOME's config, as for everything else we read.
  if (home !== pwHome) args.push('-F', existsSync(join(home, '.ssh', 'config')) ? join(home, '.ssh', 'config') : '/dev/null');
  if (given.user) args.push('-l', given.user);
  if (given.port) args.push('-p', String(given.port));
  args.push('--', alias);
  const out = await new Promise<string | undefined>((resolve) => {
    execFile('ssh', args, { timeout: 5000, env: { ...process.env, HOME: home } }, (err, stdout) => resolve(err ? undefined : stdout));
  });
  if (out === undefined) return undefined;
  const values = new Map<string, string[]>();
  for (const line of out.split('\n')) {
    const at = line.indexOf(' ');
    if (at < 0) continue;
    const key = line.slice(0, at).toLowerCase();
    values.set(key, [...(values.get(key) ?? []), line.slice(at + 1).trim()]);
  }
  const one = (k: string) => values.get(k)?.[0];
  for (const k of ['proxyjump', 'proxycommand']) {
    const v = one(k);
    if (v && v !== 'none') {
      throw new UserError(`~/.ssh/config routes ${alias} through ${k === 'proxyjump' ? 'ProxyJump' : 'ProxyCommand'} ${v}, which ebuild-builder cannot follow.`,
        'Point the engine at a host reachable directly (ssh://user@host:port), or forward the remote Docker socket yourself (`ssh -L /tmp/remote-docker.sock:/var/run/docker.sock …`) and use unix:///tmp/remote-docker.sock.',
        'ssh-proxy-unsupported');
    }
  }
  const expand = (p: string) => (p.startsWith('~/') ? join(home, p.slice(2)) : p);
  const ids = values.get('identityfile') ?? [];
  const builtIn = ids.every((p) => /^~\/\.ssh\/id_[a-z0-9_]+$/.test(p));
  const known = (one('userknownhostsfile') ?? '').split(/\s+/).filter(Boolean);
  const defaultKnown = [join(pwHome, '.ssh', 'known_hosts'), join(pwHome, '.ssh', 'known_hosts2')];
  const knownIsDefault = known.length === 0 || known.every((p, i) => p === defaultKnown[i] || p === `~/.ssh/${i ? 'known_hosts2' : 'known_hosts'}`);
  return {
    host: one('hostname') ?? alias,
    port: Number(one('port') ?? given.port ?? 22),
    user: one('user') ?? given.user ?? '',
    identityFile: builtIn ? undefined : ids.map(expand).find((p) => existsSync(p)),
    knownHostsFile: knownIsDefault ? undefined : expand(known[0]),
  };
}

function safeHome(): string {
  try { return userInfo().homedir; } catch { return homedir(); }
}
