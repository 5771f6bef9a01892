/**
 * Shared set-up for tests against the real dockerd with the stand-in builder images
 * (test/standins/README.md: they stand in for Portage, everything around them is real).
 */
import { execFile, spawn } from 'node:child_process';
import { cpSync, mkdtempSync, realpathSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { promisify } from 'node:util';
import Docker from 'dockerode';
import { DEFAULT_BUILD_CONFIG, type BuildConfig } from '../../src/core/buildConfig';
import { LABEL_BUILD, LABEL_WORKSPACE } from '../../src/core/buildModel';

export const ROOT = path.resolve(__dirname, '..', '..', '..');
export const SAMPLE_OVERLAY = path.join(ROOT, 'examples', 'overlay');
export const CLI = path.join(ROOT, 'dist', 'cli.js');
export const STANDIN = {
  sabayon: 'ebuild-builder/standin-sabayon:test',
  gentoo: 'ebuild-builder/standin-gentoo:test',
  portage: 'ebuild-builder/standin-portage:test',
  eit: 'ebuild-builder/standin-eit:test',
};

export function docker(): Docker {
  return new Docker({ socketPath: '/var/run/docker.sock', host: undefined } as Docker.DockerOptions);
}

/** Settings that point the real profiles at the stand-ins (offline: no network, no Hub). */
export function standinConfig(over: Partial<BuildConfig> = {}, lineDelay = '0'): BuildConfig {
  return {
    ...DEFAULT_BUILD_CONFIG,
    images: { sabayon: STANDIN.sabayon, gentoo: STANDIN.gentoo, eit: STANDIN.eit },
    gentooTree: `volume:${STANDIN.portage}`,
    network: 'none',
    caches: { distfiles: false, binpkgs: false, ccache: false },
    env: { STANDIN_LINE_DELAY: lineDelay },
    stopGraceSeconds: 2,
    ...over,
  };
}

/** The same, as env for the CLI (what the README's run command and CI use). */
export function standinEnv(lineDelay = '0'): NodeJS.ProcessEnv {
  return {
    ...process.env,
    EBUILD_BUILDER_IMAGE_SABAYON: STANDIN.sabayon,
    EBUILD_BUILDER_IMAGE_GENTOO: STANDIN.gentoo,
    EBUILD_BUILDER_IMAGE_EIT: STANDIN.eit,
    EBUILD_BUILDER_GENTOO_TREE: `volume:${STANDIN.portage}`,
    EBUILD_BUILDER_NETWORK: 'none',
    STANDIN_LINE_DELAY: lineDelay,
  };
}

/** A fresh copy of the sample overlay as a workspace folder (tests edit overrides freely). */
export function sampleWorkspace(name = 'ws'): string {
  const dir = realpathSync(mkdtempSync(path.join(tmpdir(), 'eb-it-')));
  const ws = path.join(dir, name);
  cpSync(SAMPLE_OVERLAY, ws, { recursive: true });
  return ws;
}

export interface CliRun {
  code: number | null;
  stdout: string;
  stderr: string;
}

export function runCli(args: string[], opts: { cwd: string; env?: NodeJS.ProcessEnv; uid?: number }): Promise<CliRun> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [CLI, ...args], { cwd: opts.cwd, env: opts.env ?? standinEnv(), uid: opts.uid });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d) => (stdout += d));
    child.stderr.on('data', (d) => (stderr += d));
    child.on('close', (code) => resolve({ code, stdout, stderr }));
  });
}

/** Builder containers on the engine; with `workspace`, only those of builds from that workspace folder. */
export async function builderContainers(workspace?: string): Promise<Docker.ContainerInfo[]> {
  const label = workspace ? [LABEL_BUILD, `${LABEL_WORKSPACE}=${workspace}`] : [LABEL_BUILD];
  return docker().listContainers({ all: true, filters: { label } });
}

export const sh = promisify(execFile);
