/**
 * P1: build start and overhead through this project's engine code vs the docker CLI on the same image, same run.
 * - first-output: from the call (startBuild / spawning `docker run`) to the first byte of the container's output;
 * - noop-overhead: the whole life of a container that does nothing (create, start, wait, collect, remove).
 * Median of P1_RUNS runs (default 7) each, interleaved so load affects both alike.
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import type { ContainerSpec } from '../src/core/buildModel';
import { startBuild } from '../src/docker/build';
import { connectLocal } from '../src/docker/engine';

/** The Debian base of the builder test images (scripts/build-test-images.sh): a container that runs `echo` or `true`. */
const IMAGE = process.env.P1_IMAGE ?? 'ebuild-builder/test-debian:bookworm';
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

function spec(argv: string[]): ContainerSpec {
  return {
    image: IMAGE, argv, env: {}, inputs: [], packagesDir: '/tmp/packages', packagesDirIsCache: false, logPaths: [],
    volumes: [], volumesFrom: [], labels: { 'ebuild-builder.build': 'bench' }, capAdd: [], securityOpt: [], tty: false,
    network: 'none', init: false, notes: [],
  };
}

async function ours(argv: string[]): Promise<{ first: number; total: number }> {
  const dir = mkdtempSync(path.join(tmpdir(), 'eb-p1-'));
  const t0 = process.hrtime.bigint();
  let first = -1;
  const handle = startBuild({ engine: connectLocal(), spec: spec(argv), buildId: `p1${Date.now()}`, artifactsDir: dir, logPath: path.join(dir, 'log'), keepContainerOnFailure: false, stopGraceSeconds: 1 });
  handle.onEvent((e) => {
    if (e.type === 'output' && first < 0) first = Number(process.hrtime.bigint() - t0) / 1e6;
  });
  const r = await handle.done;
  const total = Number(process.hrtime.bigint() - t0) / 1e6;
  rmSync(dir, { recursive: true, force: true });
  if (r.state !== 'succeeded') throw new Error(`bench build ${r.state}: ${r.error?.message}`);
  return { first, total };
}

function dockerCli(argv: string[]): Promise<{ first: number; total: number }> {
  return new Promise((resolve, reject) => {
    const t0 = process.hrtime.bigint();
    let first = -1;
    const child = spawn('docker', ['run', '--rm', '--network', 'none', IMAGE, ...argv], { stdio: ['ignore', 'pipe', 'inherit'] });
    child.stdout.on('data', () => {
      if (first < 0) first = Number(process.hrtime.bigint() - t0) / 1e6;
    });
    child.on('error', reject);
    child.on('close', (code) => (code === 0 ? resolve({ first, total: Number(process.hrtime.bigint() - t0) / 1e6 }) : reject(new Error(`docker run exited ${code}`))));
  });
}

export async function run(): Promise<void> {
  const runs = Number(process.env.P1_RUNS ?? 7);
  const a = { first: [] as number[], noop: [] as number[] };
  const b = { first: [] as number[], noop: [] as number[] };
  await ours(['true']); // warm both paths once (image layers in page cache)
  await dockerCli(['true']);
  for (let i = 0; i < runs; i++) {
    a.first.push((await ours(['echo', 'first byte'])).first);
    b.first.push((await dockerCli(['echo', 'first byte'])).first);
    a.noop.push((await ours(['true'])).total);
    b.noop.push((await dockerCli(['true'])).total);
  }
  const line = (metric: string, x: number[], y: number[]) =>
    console.log(`P1 ${metric} ${median(x).toFixed(0)} ms ratio-vs-docker-cli ${(median(x) / median(y)).toFixed(2)}`);
  line('first-output', a.first, b.first);
  line('noop-overhead', a.noop, b.noop);
}
