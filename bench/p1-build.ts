/**
 * P1: build start and overhead through this project's engine code vs the docker CLI on the same image, same run.
 * - first-output: from the call (startBuild / spawning `docker run`) to the first byte of the container's output;
 * - noop-overhead: the whole life of a container that does nothing (create, start, wait, collect, remove).
 * first-output is also set beside the engine's limit: the bare Engine API sequence (create with the same body →
 * attach → start → first byte) in raw HTTP on the same socket, no library, nothing else asked.
 * Median of P1_RUNS runs (default 7) each, interleaved so load affects all alike.
 */
import { spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import * as http from 'node:http';
import { loadavg, tmpdir } from 'node:os';
import * as path from 'node:path';
import type { ContainerSpec } from '../src/core/buildModel';
import { createOptions, startBuild, type StartBuildOptions } from '../src/docker/build';
import { connectLocal, localSocketPath } from '../src/docker/engine';
import { bindTransport } from '../src/docker/transport';

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

/** One Engine API call over the socket; the JSON answer. */
function api(agent: http.Agent, method: string, path: string, body?: unknown): Promise<{ Id?: string }> {
  return new Promise((resolve, reject) => {
    const data = body === undefined ? undefined : JSON.stringify(body);
    const req = http.request({ socketPath: localSocketPath(), agent, method, path, headers: data ? { 'Content-Type': 'application/json', 'Content-Length': Buffer.byteLength(data) } : {} }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => {
        const text = Buffer.concat(chunks).toString();
        if ((res.statusCode ?? 500) >= 300) reject(new Error(`${method} ${path}: ${res.statusCode} ${text}`));
        else resolve(text ? JSON.parse(text) : {});
      });
    });
    req.on('error', reject);
    req.end(data);
  });
}

/** The engine's limit: create (the body startBuild sends) → attach (hijacked) → start → first byte, raw HTTP. */
async function engineLimit(argv: string[]): Promise<{ first: number }> {
  const dir = mkdtempSync(path.join(tmpdir(), 'eb-p1-'));
  const staging = path.join(dir, 'staging');
  mkdirSync(staging);
  const opts: StartBuildOptions = { engine: connectLocal(), spec: spec(argv), buildId: `p1l${Date.now()}`, artifactsDir: dir, logPath: path.join(dir, 'log'), keepContainerOnFailure: false, stopGraceSeconds: 1 };
  const body = createOptions(opts, bindTransport, staging, 0);
  const agent = new http.Agent({ keepAlive: true });
  let id: string | undefined;
  try {
    const t0 = process.hrtime.bigint();
    id = (await api(agent, 'POST', '/containers/create', body)).Id!;
    const socket = await new Promise<import('node:net').Socket>((resolve, reject) => {
      const req = http.request({ socketPath: localSocketPath(), method: 'POST', path: `/containers/${id}/attach?stream=1&stdout=1&stderr=1`, headers: { Connection: 'Upgrade', Upgrade: 'tcp' } });
      req.on('upgrade', (_res, sock, head) => {
        if (head.length) sock.unshift(head);
        resolve(sock);
      });
      req.on('response', (res) => reject(new Error(`attach: ${res.statusCode}`)));
      req.on('error', reject);
      req.end();
    });
    const firstByte = new Promise<number>((resolve, reject) => {
      socket.once('data', () => resolve(Number(process.hrtime.bigint() - t0) / 1e6));
      socket.once('close', () => reject(new Error('the container printed nothing')));
    });
    await api(agent, 'POST', `/containers/${id}/start`);
    const first = await firstByte;
    socket.destroy();
    return { first };
  } finally {
    if (id) await api(agent, 'DELETE', `/containers/${id}?force=1&v=1`).catch(() => undefined);
    agent.destroy();
    rmSync(dir, { recursive: true, force: true });
  }
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
  const limit: number[] = [];
  await ours(['true']); // warm every path once (image layers in page cache)
  await dockerCli(['true']);
  await engineLimit(['echo', 'warm']);
  for (let i = 0; i < runs; i++) {
    a.first.push((await ours(['echo', 'first byte'])).first);
    b.first.push((await dockerCli(['echo', 'first byte'])).first);
    limit.push((await engineLimit(['echo', 'first byte'])).first);
    a.noop.push((await ours(['true'])).total);
    b.noop.push((await dockerCli(['true'])).total);
  }
  const line = (metric: string, x: number[], y: number[]) =>
    console.log(`P1 ${metric} ${median(x).toFixed(0)} ms ratio-vs-docker-cli ${(median(x) / median(y)).toFixed(2)}`);
  line('first-output', a.first, b.first);
  console.log(`P1 first-output ${median(a.first).toFixed(0)} ms ratio-vs-engine-limit ${(median(a.first) / median(limit)).toFixed(2)} (limit: bare Engine API create → attach → start → first byte ${median(limit).toFixed(0)} ms; docker run ${median(b.first).toFixed(0)} ms)`);
  line('noop-overhead', a.noop, b.noop);
  console.log(`# P1 load average ${loadavg().map((l) => l.toFixed(2)).join(' ')}`);
}
