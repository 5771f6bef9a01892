/**
 * Shared set-up for tests against the real dockerd with the builder test images (test/images/README.md): real
 * Portage playing gentoo/stage3 + gentoo/portage and sabayon/builder-amd64; only Entropy's eit is a stand-in.
 */
import { execFile, spawn } from 'node:child_process';
import { cpSync, mkdtempSync, realpathSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { promisify } from 'node:util';
import Docker from 'dockerode';
import { DEFAULT_BUILD_CONFIG, type BuildConfig } from '../../src/core/buildConfig';
import { LABEL_BUILD, LABEL_WORKSPACE } from '../../src/core/buildModel';
import type { BuildResult, RunEvent } from '../../src/core/buildRun';
import { EmergeParser, type EmergeEvent } from '../../src/core/emerge';
import { findingsOf, type Finding } from '../../src/core/findings';
import { prepareBuild, type PreparedBuild } from '../../src/docker/buildEbuild';
import { useTestStateDir } from '../helpers/testStateDir';

export const ROOT = path.resolve(__dirname, '..', '..', '..');
export const SAMPLE_OVERLAY = path.join(ROOT, 'examples', 'overlay');
export const CLI = path.join(ROOT, 'dist', 'cli.js');
export const IMAGES = {
  sabayon: 'ebuild-builder/test-sabayon:test',
  gentoo: 'ebuild-builder/test-gentoo:test',
  tree: 'ebuild-builder/test-gentoo-tree:test',
  eit: 'ebuild-builder/test-eit:test',
};
/** Test packages beyond the sample overlay's (slow, qa-issues, fetch-fail, masked, withdep), copied in by sampleWorkspace. */
export const BUILD_PACKAGES = path.join(ROOT, 'test', 'fixtures', 'build-packages');
/** A second overlay with full Manifests, one of them wrong. */
export const DIGEST_OVERLAY = path.join(ROOT, 'test', 'fixtures', 'digest-overlay');
/** Records of the binary-package caches for this test file, apart from the user's; its cache volumes go when it ends. */
useTestStateDir('eb-state-');

export function docker(): Docker {
  return new Docker({ socketPath: '/var/run/docker.sock', host: undefined } as Docker.DockerOptions);
}

/** Settings that point the real profiles at the test images (offline: no network, no Hub). Caches as a user has them. */
export function imageConfig(over: Partial<BuildConfig> = {}): BuildConfig {
  return {
    ...DEFAULT_BUILD_CONFIG,
    images: { sabayon: IMAGES.sabayon, gentoo: IMAGES.gentoo, eit: IMAGES.eit },
    gentooTree: `volume:${IMAGES.tree}`,
    network: 'none',
    stopGraceSeconds: 2,
    ...over,
  };
}

/** The same, as env for the CLI (what the README's run command and CI use). */
export function imageEnv(): NodeJS.ProcessEnv {
  return {
    ...process.env,
    EBUILD_BUILDER_IMAGE_SABAYON: IMAGES.sabayon,
    EBUILD_BUILDER_IMAGE_GENTOO: IMAGES.gentoo,
    EBUILD_BUILDER_IMAGE_EIT: IMAGES.eit,
    EBUILD_BUILDER_GENTOO_TREE: `volume:${IMAGES.tree}`,
    EBUILD_BUILDER_NETWORK: 'none',
  };
}

/** A fresh copy of the sample overlay, with the test packages, as a workspace folder (tests edit it freely). */
export function sampleWorkspace(name = 'ws'): string {
  const dir = realpathSync(mkdtempSync(path.join(tmpdir(), 'eb-it-')));
  const ws = path.join(dir, name);
  cpSync(SAMPLE_OVERLAY, ws, { recursive: true });
  cpSync(BUILD_PACKAGES, ws, { recursive: true });
  return ws;
}

export interface CliRun {
  code: number | null;
  stdout: string;
  stderr: string;
}

export function runCli(args: string[], opts: { cwd: string; env?: NodeJS.ProcessEnv; uid?: number }): Promise<CliRun> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [CLI, ...args], { cwd: opts.cwd, env: opts.env ?? imageEnv(), uid: opts.uid });
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

export interface TestBuild {
  prepared: PreparedBuild;
  result: BuildResult;
  stdout: string;
  stderr: string;
  states: string[];
  /** What the parser read from the build's output (both streams). */
  events: EmergeEvent[];
  findings: Finding[];
}

/** Builds `rel` (relative to `ws`) through prepareBuild, as VS Code and the CLI do, and collects what a user would see. */
export async function buildIn(ws: string, rel: string, profile: string, over: Partial<BuildConfig> = {}, onStart?: (p: PreparedBuild) => void): Promise<TestBuild> {
  const prepared = await prepareBuild(path.join(ws, rel), { workspaceFolders: [ws], config: imageConfig(over), profile });
  const out: { stream: string; text: string }[] = [];
  const states: string[] = [];
  const events: EmergeEvent[] = [];
  const parser = new EmergeParser((e) => events.push(e));
  prepared.handle.onEvent((e: RunEvent) => {
    if (e.type === 'output') {
      out.push({ stream: e.stream, text: e.data.toString('utf8') });
      parser.push(e.data, e.stream);
    }
    if (e.type === 'state') states.push(e.state);
  });
  onStart?.(prepared);
  const result = await prepared.handle.done;
  parser.end();
  const stdout = out.filter((o) => o.stream === 'stdout').map((o) => o.text).join('');
  const stderr = out.filter((o) => o.stream === 'stderr').map((o) => o.text).join('');
  return { prepared, result, stdout, stderr, states, events, findings: findingsOf(events) };
}

/** Lines of the merge list (`[ebuild  N     ] cat/pkg-1.0::repo`, `[binary …]`) of a build's output. */
export function mergeList(stdout: string): string[] {
  return stdout.split('\n').filter((l) => /^\[(ebuild|binary)\s/.test(l));
}

/** Names of the volumes on the engine (to see that a build leaves none behind). */
export async function volumeNames(): Promise<string[]> {
  const r = await docker().listVolumes();
  return (r.Volumes ?? []).map((v) => v.Name).sort();
}
