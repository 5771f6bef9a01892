/**
 * P1: builds on remote engines, per transport (tcp, tls, ssh, podman on loopback: scripts/test-engines.sh).
 *  - build-start: command → first output byte of a Sabayon build (real emerge in the Sabayon test image,
 *    test/images/README.md) of the sample overlay's hello, sources uploaded;
 *    peer: `docker create` + `docker cp` of each input + `docker start -a`, same DOCKER_HOST, same image and args.
 *  - upload / download / upload+download: putting the build's inputs into a created container and bringing the
 *    packages folder back; peer: `docker cp` both ways.
 * Median of P1_RUNS (default 3) runs. Prints `P1 <transport> <metric> <value> <unit> ratio-vs-docker-cli <r>`.
 */
import { spawn } from 'node:child_process';
import { chmodSync, cpSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { makeBuildRequest } from '../src/core/buildRequest';
import type { ContainerSpec } from '../src/core/buildModel';
import { containerSpecFor } from '../src/core/profiles';
import { startBuild } from '../src/docker/build';
import { newBuildId } from '../src/docker/buildEbuild';
import { connectEngine, type ConnectedEngine } from '../src/docker/connect';
import { downloadDir, uploadInputs, uploadTransport } from '../src/docker/uploadTransport';
import { engineSetup, startRig, TRANSPORTS, type Rig, type TransportName } from '../test/integration/engineRig';
import { imageConfig, sampleWorkspace } from '../test/integration/testImages';

const RUNS = Number(process.env.P1_RUNS ?? 3);

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

export async function run(): Promise<void> {
  const rig = startRig();
  for (const t of TRANSPORTS) await benchTransport(rig, t);
}

async function benchTransport(rig: Rig, t: TransportName): Promise<void> {
  const { config, env } = engineSetup(rig, t);
  const cliEnv = dockerCliEnv(rig, t, env);
  const engine = await connectEngine(config, env);
  try {
    const ws = sampleWorkspace();
    const buildConfig = imageConfig();
    const request = await makeBuildRequest(path.join(ws, 'app-misc/hello/hello-1.0.ebuild'), { workspaceFolders: [ws], config: buildConfig, profile: 'sabayon' });
    const spec = await containerSpecFor(request, buildConfig, newBuildId());
    const ours = { start: [] as number[], up: [] as number[], down: [] as number[] };
    const cli = { start: [] as number[], up: [] as number[], down: [] as number[] };
    for (let i = 0; i < RUNS; i++) {
      ours.start.push(await ourBuildStart(engine, spec, request.artifactsDir));
      cli.start.push(await cliBuildStart(spec, cliEnv));
      const [u, d] = await ourTransfer(engine, spec);
      ours.up.push(u); ours.down.push(d);
      const [cu, cd] = await cliTransfer(spec, cliEnv);
      cli.up.push(cu); cli.down.push(cd);
    }
    const line = (metric: string, a: number[], b: number[]) =>
      console.log(`P1 ${t} ${metric} ${median(a).toFixed(0)} ms ratio-vs-docker-cli ${(median(a) / median(b)).toFixed(2)}`);
    line('build-start', ours.start, cli.start);
    line('upload', ours.up, cli.up);
    line('download', ours.down, cli.down);
    line('upload+download', ours.up.map((u, i) => u + ours.down[i]), cli.up.map((u, i) => u + cli.down[i]));
  } finally {
    await engine.close();
  }
}

/** startBuild → first output byte; the build then runs to its end (not timed). */
async function ourBuildStart(engine: ConnectedEngine, spec: ContainerSpec, artifactsDir: string): Promise<number> {
  const buildId = newBuildId();
  const t0 = performance.now();
  const handle = startBuild({
    engine, spec: { ...spec, labels: { ...spec.labels, 'ebuild-builder.build': buildId } }, buildId, artifactsDir,
    logPath: path.join(artifactsDir, 'logs', `${buildId}.log`), keepContainerOnFailure: false, stopGraceSeconds: 1, transport: uploadTransport,
  });
  let first = 0;
  handle.onEvent((e) => { if (e.type === 'output' && !first) first = performance.now() - t0; });
  const result = await handle.done;
  if (result.state !== 'succeeded' || !first) throw new Error(`P1: the build on ${engine.url} did not succeed: ${result.error ?? result.state}`);
  return first;
}

/** Our upload of the inputs into a fresh container, and the download of its packages folder after a run. */
async function ourTransfer(engine: ConnectedEngine, spec: ContainerSpec): Promise<[number, number]> {
  const c = await engine.docker.createContainer(createBody(spec));
  try {
    const t0 = performance.now();
    await uploadInputs(c, spec.inputs);
    const up = performance.now() - t0;
    await c.start();
    await c.wait();
    const dir = mkdtempSync(path.join(tmpdir(), 'eb-p1-'));
    const t1 = performance.now();
    const files = await downloadDir(c, spec.packagesDir, dir, { stripFirst: true });
    const down = performance.now() - t1;
    if (!files.length) throw new Error(`P1: no packages came back from ${engine.url}`);
    rmSync(dir, { recursive: true, force: true });
    return [up, down];
  } finally {
    // With its anonymous volumes: the Sabayon image declares VOLUMEs (the tree, packages) that would pile up.
    await c.remove({ force: true, v: true });
  }
}

function createBody(spec: ContainerSpec) {
  return {
    Image: spec.image, Entrypoint: spec.entrypoint, Cmd: spec.argv, Env: Object.entries(spec.env).map(([k, v]) => `${k}=${v}`),
    Tty: spec.tty, HostConfig: { NetworkMode: spec.network, Init: spec.init || undefined },
  };
}

/** The same with the docker CLI: create, cp each input, start -a until the first byte. */
async function cliBuildStart(spec: ContainerSpec, env: NodeJS.ProcessEnv): Promise<number> {
  const t0 = performance.now();
  const id = (await docker(createArgs(spec), env)).trim();
  try {
    await cliUpload(id, spec, env);
    let first = 0;
    await docker(['start', '-a', id], env, () => { if (!first) first = performance.now() - t0; });
    if (!first) throw new Error('P1: docker start -a printed nothing');
    return first;
  } finally {
    await docker(['rm', '-f', '-v', id], env);
  }
}

async function cliTransfer(spec: ContainerSpec, env: NodeJS.ProcessEnv): Promise<[number, number]> {
  const id = (await docker(createArgs(spec), env)).trim();
  try {
    const t0 = performance.now();
    await cliUpload(id, spec, env);
    const up = performance.now() - t0;
    await docker(['start', '-a', id], env);
    const dir = mkdtempSync(path.join(tmpdir(), 'eb-p1cli-'));
    const t1 = performance.now();
    await docker(['cp', `${id}:${spec.packagesDir}`, path.join(dir, 'packages')], env);
    const down = performance.now() - t1;
    rmSync(dir, { recursive: true, force: true });
    return [up, down];
  } finally {
    await docker(['rm', '-f', '-v', id], env);
  }
}

function createArgs(spec: ContainerSpec): string[] {
  const args = ['create'];
  if (spec.network) args.push('--network', spec.network);
  if (spec.init) args.push('--init');
  if (spec.tty) args.push('-t');
  for (const [k, v] of Object.entries(spec.env)) args.push('-e', `${k}=${v}`);
  if (spec.entrypoint?.length) args.push('--entrypoint', spec.entrypoint[0]);
  args.push(spec.image, ...(spec.entrypoint?.slice(1) ?? []), ...spec.argv);
  return args;
}

/**
 * The inputs laid out under a staging folder as the container must see them, then one `docker cp staging/. id:/`
 * (docker cp cannot create missing parents, so this is the fastest a script can do it). Staging time counts.
 */
async function cliUpload(id: string, spec: ContainerSpec, env: NodeJS.ProcessEnv): Promise<void> {
  const tmp = mkdtempSync(path.join(tmpdir(), 'eb-p1in-'));
  chmodSync(tmp, 0o755);
  try {
    for (const input of spec.inputs) {
      const dest = path.join(tmp, input.containerPath);
      mkdirSync(path.dirname(dest), { recursive: true });
      if (input.kind === 'content') writeFileSync(dest, input.content, { mode: input.mode ?? 0o644 });
      else cpSync(input.hostPath, dest, input.kind === 'file' ? { dereference: true } : { recursive: true, verbatimSymlinks: true });
    }
    await docker(['cp', `${tmp}/.`, `${id}:/`], env);
  } finally {
    rmSync(tmp, { recursive: true, force: true });
  }
}

function docker(args: string[], env: NodeJS.ProcessEnv, onFirstByte?: () => void): Promise<string> {
  return new Promise((resolve, reject) => {
    const child = spawn('docker', args, { env, stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    let err = '';
    child.stdout.on('data', (d: Buffer) => { onFirstByte?.(); out += d.toString(); });
    child.stderr.on('data', (d: Buffer) => { onFirstByte?.(); err += d.toString(); });
    child.on('error', reject);
    child.on('close', (code) => (code === 0 ? resolve(out) : reject(new Error(`docker ${args.join(' ')}: exit ${code}: ${err.trim()}`))));
  });
}

/** The docker CLI with the same engine; its ssh reads known_hosts through a wrapper (ssh ignores $HOME). */
function dockerCliEnv(rig: Rig, t: TransportName, env: NodeJS.ProcessEnv): NodeJS.ProcessEnv {
  const out: NodeJS.ProcessEnv = { ...env, PATH: process.env.PATH, DOCKER_CONFIG: mkdtempSync(path.join(tmpdir(), 'eb-p1cfg-')) };
  if (t === 'ssh') {
    const bin = mkdtempSync(path.join(tmpdir(), 'eb-p1bin-'));
    mkdirSync(bin, { recursive: true });
    const wrapper = path.join(bin, 'ssh');
    writeFileSync(wrapper, `#!/bin/sh\nexec /usr/bin/ssh -o UserKnownHostsFile=${path.join(rig.sshDir, 'known_hosts')} -o BatchMode=yes "$@"\n`);
    chmodSync(wrapper, 0o755);
    out.PATH = `${bin}:${process.env.PATH}`;
  }
  return out;
}
