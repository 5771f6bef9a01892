/**
 * P2: emerge parser throughput and memory on two logs of `P2_BYTES` (default 1 GiB), each against
 * `grep -c '^>>>'` on the same file and against its line-split floor (the same reads only cut into lines with
 * Buffer.indexOf: the ceiling for any JavaScript parser that looks at every line), all in the same run:
 * - the event-dense log: the real fixtures repeated, an event every ~6 lines (the worst case);
 * - the real-shaped log: a large C/C++ build inside emerge (bench/buildLogGenerator.ts, seeded).
 * Prints `P2 throughput|line-split-floor|rss-growth …` for the dense log and `P2 real-…` for the real-shaped one.
 * Both workers read 128 KiB chunks synchronously: Node's default 64 KiB stream reads at ~0.3 GB/s on small VMs, which
 * would measure the reader rather than the parser.
 */
import { spawn, spawnSync } from 'node:child_process';
import { closeSync, existsSync, openSync, readFileSync, readSync, readdirSync, rmSync, writeSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { EmergeParser } from '../src/core/emerge';
import { writeBuildLog } from './buildLogGenerator';

const ROOT = join(__dirname, '..', '..');
const MB = 1024 * 1024;
/** 128 KiB: on this kind of VM, reads of 256 KiB and more copy at a fifth of the speed (1.4 vs 7 GB/s). */
const CHUNK = 128 * 1024;

function corpus(): Buffer {
  const dirs = ['test/fixtures/emerge', 'test/fixtures/portage/outputs', 'test/fixtures/portage/build-logs'];
  const parts: Buffer[] = [];
  for (const d of dirs) {
    for (const f of readdirSync(join(ROOT, d)).sort()) if (/\.(txt|log)$/.test(f)) parts.push(readFileSync(join(ROOT, d, f)));
  }
  return Buffer.concat(parts);
}

function writeDenseLog(path: string, size: number): number {
  const unit = corpus();
  const block = Buffer.concat(Array(Math.max(1, Math.floor((8 * MB) / unit.length))).fill(unit));
  const fd = openSync(path, 'w');
  let written = 0;
  try {
    while (written < size) {
      const n = Math.min(block.length, size - written);
      writeSync(fd, block, 0, n);
      written += n;
    }
  } finally {
    closeSync(fd);
  }
  return written;
}

/** grep's wall time and max RSS (KiB, from /usr/bin/time when present). */
async function runGrep(file: string): Promise<{ ms: number; maxRssKb?: number }> {
  const useTime = existsSync('/usr/bin/time');
  const cmd = useTime ? '/usr/bin/time' : 'grep';
  const args = useTime ? ['-f', 'MAXRSS %M', 'grep', '-c', '^>>>', file] : ['-c', '^>>>', file];
  const t0 = process.hrtime.bigint();
  const err = await new Promise<string>((ok, fail) => {
    // stdout is a pipe: GNU grep stops at the first match when it writes to /dev/null.
    const p = spawn(cmd, args, { stdio: ['ignore', 'pipe', 'pipe'] });
    let e = '';
    p.stdout.resume();
    p.stderr.on('data', (d: Buffer) => (e += d));
    p.on('error', fail);
    p.on('close', () => ok(e));
  });
  const ms = Number(process.hrtime.bigint() - t0) / 1e6;
  const m = /MAXRSS (\d+)/.exec(err);
  return { ms, maxRssKb: m ? Number(m[1]) : undefined };
}

/** Reads `file` in CHUNK-sized chunks into one reused buffer (the parser copies what it keeps). */
function eachChunk(file: string, fn: (chunk: Buffer) => void): void {
  const fd = openSync(file, 'r');
  const buf = Buffer.allocUnsafe(CHUNK);
  try {
    for (let n = readSync(fd, buf, 0, CHUNK, null); n > 0; n = readSync(fd, buf, 0, CHUNK, null)) fn(n === CHUNK ? buf : buf.subarray(0, n));
  } finally {
    closeSync(fd);
  }
}

/** The JIT warm-up: the first 64 MiB, three times (its own loop: a shared one would be deoptimised by the switch). */
function warmUp(file: string, fn: (chunk: Buffer) => void): void {
  const fd = openSync(file, 'r');
  const buf = Buffer.allocUnsafe(CHUNK);
  try {
    for (let round = 0; round < 3; round++) {
      for (let pos = 0; pos < 64 * MB; pos += CHUNK) {
        const n = readSync(fd, buf, 0, CHUNK, pos);
        if (n <= 0) break;
        fn(n === CHUNK ? buf : buf.subarray(0, n));
      }
    }
  } finally {
    closeSync(fd);
  }
}

/** Child-process mode, floor: only find the line ends, as any line-by-line parser must. */
function floorWorker(file: string): void {
  let lines = 0;
  const count = (c: Buffer) => {
    for (let o = c.indexOf(10); o >= 0; o = c.indexOf(10, o + 1)) lines++;
  };
  warmUp(file, count); // as the parser's
  lines = 0;
  const t0 = process.hrtime.bigint();
  eachChunk(file, count);
  process.stdout.write(JSON.stringify({ ms: Number(process.hrtime.bigint() - t0) / 1e6, lines }) + '\n');
}

/** Child-process mode: parse the file, report time, events and peak RSS growth as JSON. */
function worker(file: string): void {
  // Warm up (JIT, first allocations) so the baseline is the parser at rest: the fixtures, and the start of the
  // file itself (a sparse log runs other code paths hot than the fixtures do).
  const warm = new EmergeParser();
  warm.push(corpus());
  warmUp(file, (chunk) => warm.push(chunk));
  warm.end();
  if (global.gc) global.gc();
  const base = process.memoryUsage.rss();
  let peak = base;
  let events = 0;
  let bytes = 0;
  let chunks = 0;
  const p = new EmergeParser();
  const t0 = process.hrtime.bigint();
  eachChunk(file, (chunk) => {
    bytes += chunk.length;
    events += p.push(chunk).length;
    // Sampling RSS costs up to ~0.7 ms here; every 64 MiB (the parser holds no more than a few lines and a block).
    if ((++chunks & 511) === 0) {
      const rss = process.memoryUsage.rss();
      if (rss > peak) peak = rss;
    }
  });
  events += p.end().length;
  const ms = Number(process.hrtime.bigint() - t0) / 1e6;
  peak = Math.max(peak, process.memoryUsage.rss());
  process.stdout.write(JSON.stringify({ ms, bytes, events, rssGrowth: peak - base }) + '\n');
}

function child<T>(mode: string, file: string): T {
  const r = spawnSync(process.execPath, ['--expose-gc', __filename, mode, file], { encoding: 'utf8', maxBuffer: MB });
  if (r.status !== 0) throw new Error(`${mode} failed: ${r.stderr}`);
  return JSON.parse(r.stdout.trim().split('\n').pop() ?? '{}') as T;
}

/** Measures one log and prints its lines, metric names prefixed with `prefix`. */
async function measure(file: string, bytes: number, prefix: string): Promise<void> {
  await runGrep(file); // warm the page cache so every reader reads from memory
  const grep = await runGrep(file);
  const ours = child<{ ms: number; events: number; rssGrowth: number }>('--p2-worker', file);
  const floor = child<{ ms: number }>('--p2-floor', file);
  const mbs = (ms: number) => bytes / MB / (ms / 1000);
  const growthMB = ours.rssGrowth / MB;
  console.log(`P2 ${prefix}log-size ${(bytes / MB).toFixed(0)} MiB ratio-vs-grep n/a`);
  console.log(`P2 ${prefix}throughput ${mbs(ours.ms).toFixed(1)} MB/s ratio-vs-grep ${(mbs(ours.ms) / mbs(grep.ms)).toFixed(3)} ratio-vs-floor ${(floor.ms / ours.ms).toFixed(3)}`);
  console.log(`P2 ${prefix}line-split-floor ${mbs(floor.ms).toFixed(1)} MB/s ratio-vs-grep ${(mbs(floor.ms) / mbs(grep.ms)).toFixed(3)}`);
  console.log(`P2 ${prefix}rss-growth ${growthMB.toFixed(1)} MB ratio-vs-grep ${grep.maxRssKb ? (growthMB / (grep.maxRssKb / 1024)).toFixed(2) : 'n/a'}`);
  console.log(`P2 ${prefix}events ${ours.events} events ratio-vs-grep n/a`);
}

export async function run(): Promise<void> {
  const size = Number(process.env.P2_BYTES ?? 1024 * MB);
  const file = join(tmpdir(), `ebuild-builder-p2-${process.pid}.log`);
  try {
    await measure(file, writeDenseLog(file, size), '');
    await measure(file, writeBuildLog(file, size), 'real-');
  } finally {
    rmSync(file, { force: true });
  }
}

if (require.main === module && process.argv[2] === '--p2-floor') floorWorker(process.argv[3]);
if (require.main === module && process.argv[2] === '--p2-worker') worker(process.argv[3]);
