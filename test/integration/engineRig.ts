/**
 * The loopback engines of scripts/test-engines.sh (second dockerd on TCP, third with TLS, sshd in front of the
 * local engine, podman's socket), started on demand and described for connectEngine. Shared by
 * test/integration/engines.test.ts and bench/p1-remote.ts.
 */
import { execFileSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import type { ConnectConfig } from '../../src/docker/connect';

export interface Rig {
  local: string;
  tcp: string;
  tls: string;
  tlsCertDir: string;
  ssh: string;
  /** The same sshd on a port where socket forwarding is off (`docker system dial-stdio` is used). */
  sshNoForwarding: string;
  sshDir: string;
  sshAgent: string;
  podman: string;
  testImage: string;
}

const ROOT = path.resolve(__dirname, '..', '..', '..');

/** Starts whatever is not running (idempotent); throws with the script's own words when an engine cannot start. */
export function startRig(): Rig {
  try {
    const out = execFileSync(path.join(ROOT, 'scripts', 'test-engines.sh'), ['start'], { encoding: 'utf8', timeout: 600_000, stdio: ['ignore', 'pipe', 'pipe'] });
    return JSON.parse(out) as Rig;
  } catch (e) {
    const err = e as { stderr?: string; message: string };
    throw new Error(`scripts/test-engines.sh start failed, so the remote-engine tests cannot run: ${err.stderr?.trim() || err.message}`);
  }
}

export type TransportName = 'tcp' | 'tls' | 'ssh' | 'podman';
export const TRANSPORTS: TransportName[] = ['tcp', 'tls', 'ssh', 'podman'];

/** A HOME whose ~/.ssh/known_hosts already trusts the rig's sshd (ours and the docker CLI's ssh both read it). */
export function trustedHome(rig: Rig): string {
  const home = mkdtempSync(path.join(tmpdir(), 'eb-home-'));
  mkdirSync(path.join(home, '.ssh'), { mode: 0o700 });
  copyFileSync(path.join(rig.sshDir, 'known_hosts'), path.join(home, '.ssh', 'known_hosts'));
  return home;
}

/** connectEngine arguments (config + env) that reach one rig engine the way a user would: through DOCKER_HOST. */
export function engineSetup(rig: Rig, name: TransportName | 'local'): { config: ConnectConfig; env: NodeJS.ProcessEnv } {
  const base: NodeJS.ProcessEnv = { HOME: process.env.HOME, PATH: process.env.PATH };
  switch (name) {
    case 'local':
      return { config: {}, env: base };
    case 'tcp':
      return { config: {}, env: { ...base, DOCKER_HOST: rig.tcp } };
    case 'tls':
      return { config: {}, env: { ...base, DOCKER_HOST: rig.tls, DOCKER_TLS_VERIFY: '1', DOCKER_CERT_PATH: rig.tlsCertDir } };
    case 'ssh':
      return { config: {}, env: { ...base, HOME: trustedHome(rig), DOCKER_HOST: rig.ssh, SSH_AUTH_SOCK: rig.sshAgent } };
    case 'podman':
      return { config: {}, env: { ...base, DOCKER_HOST: rig.podman } };
  }
}

/** The host key the rig's sshd presents, as a known_hosts key blob. */
export function rigHostKey(rig: Rig): string {
  return readFileSync(path.join(rig.sshDir, 'host_ed25519.pub'), 'utf8').split(' ')[1];
}
