/**
 * P2: emerge parser throughput and memory on a large log made by repeating the real fixtures, against
 * `grep -c '^>>>'` on the same file in the same run. `P2_BYTES` sets the log size (default 1 GiB).
 * Prints `P2 throughput <MB/s> MB/s ratio-vs-grep <r>` and `P2 rss-growth <MB> MB ratio-vs-grep <r>`, and
 * `P2 line-split-floor`: the same stream only cut into lines (Buffer.indexOf), the ceiling for any parser in
 * JavaScript that looks at every line.
 */
import { spawn, spawnSync } from 'node:child_process';
import { closeSync, createReadStream, existsSync, openSync, readFileSync, readdirSync, rmSync, writeSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { EmergeParser } from '../src/core/emerge';

const ROOT = join(__dirname, '..', '..');
const MB = 1024 * 1024;

function corpus(): Buffer {
  const dirs = ['test/fixtures/emerge', 'test/fixtures/portage/outputs', 'test/fixtures/portage/build-logs'];
  const parts: Buffer[] = [];
  for (const d of dirs) {
    for (const f of readdirSync(join(ROOT, d)).sort()) if (/\.(txt|log)$/.test(f)) parts.push(readFileSync(join(ROOT, d, f)));
  }
  return Buffer.concat(parts);
}

function writeLog(path: string, size: number): number {
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
async function runGrep(file: string): Promise<{ ms: number; maxRssKb?: number; count: string }> {
  const useTime = existsSync('/usr/bin/time');
  const cmd = useTime ? '/usr/bin/time' : 'grep';
  const args = useTime ? ['-f', 'MAXRSS %M', 'grep', '-c', '^>>>', file] : ['-c', '^>>>', file];
  const t0 = process.hrtime.bigint();
  const r = await new Promise<{ out: string; err: string }>((ok, fail) => {
    const p = spawn(cmd, args, { stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    let err = '';
    p.stdout.on('data', (d: Buffer) => (out += d));
    p.stderr.on('data', (d: Buffer) => (err += d));
    p.on('error', fail);
    p.on('close', () => ok({ out, err }));
  });
  const ms = Number(process.hrtime.bigint() - t0) / 1e6;
  const m = /MAXRSS (\d+)/.exec(r.err);
  return { ms, maxRssKb: m ? Number(m[1]) : undefined, count: r.out.trim() };
}

/** Child-process mode, floor: only find the line ends, as the parser's splitter must. */
async function floorWorker(file: string): Promise<void> {
  let lines = 0;
  const t0 = process.hrtime.bigint();
  await new Promise<void>((ok, fail) => {
    const s = createReadStream(file);
    s.on('data', (c) => {
      const chunk = c as Buffer;
      for (let o = chunk.indexOf(10); o >= 0; o = chunk.indexOf(10, o + 1)) lines++;
    });
    s.on('end', ok);
    s.on('error', fail);
  });
  process.stdout.write(JSON.stringify({ ms: Number(process.hrtime.bigint() - t0) / 1e6, lines }) + '\n');
}

/** Child-process mode: parse the file, report time, events and peak RSS growth as JSON. */
async function worker(file: string): Promise<void> {
  // Warm up (JIT, first allocations) so the baseline is the parser at rest.
  const warm = new EmergeParser();
  warm.push(corpus());
  warm.end();
  if (global.gc) global.gc();
  const base = process.memoryUsage.rss();
  let peak = base;
  let events = 0;
  let bytes = 0;
  let chunks = 0;
  const p = new EmergeParser();
  const t0 = process.hrtime.bigint();
  await new Promise<void>((ok, fail) => {
    const s = createReadStream(file); // default 64 KiB reads, like any stream consumer
    s.on('data', (c) => {
      const chunk = c as Buffer;
      bytes += chunk.length;
      events += p.push(chunk).length;
      // Sampling RSS costs ~60 µs; every 16th chunk (1 MiB) is plenty for a peak and keeps it off the parser's time.
      if ((++chunks & 15) === 0) {
        const rss = process.memoryUsage.rss();
        if (rss > peak) peak = rss;
      }
    });
    s.on('end', ok);
    s.on('error', fail);
  });
  events += p.end().length;
  const ms = Number(process.hrtime.bigint() - t0) / 1e6;
  process.stdout.write(JSON.stringify({ ms, bytes, events, rssGrowth: peak - base }) + '\n');
}

export async function run(): Promise<void> {
  const size = Number(process.env.P2_BYTES ?? 1024 * MB);
  const file = join(tmpdir(), `ebuild-builder-p2-${process.pid}.log`);
  try {
    const bytes = writeLog(file, size);
    await runGrep(file); // warm the page cache so both read from memory
    const grep = await runGrep(file);
    const child = spawnSync(process.execPath, ['--expose-gc', __filename, '--p2-worker', file], { encoding: 'utf8', maxBuffer: MB });
    if (child.status !== 0) throw new Error(`parser worker failed: ${child.stderr}`);
    const ours = JSON.parse(child.stdout.trim().split('\n').pop() ?? '{}') as { ms: number; bytes: number; events: number; rssGrowth: number };
    const floorRun = spawnSync(process.execPath, [__filename, '--p2-floor', file], { encoding: 'utf8', maxBuffer: MB });
    const floor = JSON.parse(floorRun.stdout.trim().split('\n').pop() ?? '{}') as { ms: number };
    const oursMBs = bytes / MB / (ours.ms / 1000);
    const grepMBs = bytes / MB / (grep.ms / 1000);
    const growthMB = ours.rssGrowth / MB;
    console.log(`P2 log-size ${(bytes / MB).toFixed(0)} MiB ratio-vs-grep n/a`);
    console.log(`P2 throughput ${oursMBs.toFixed(1)} MB/s ratio-vs-grep ${(oursMBs / grepMBs).toFixed(3)}`);
    const floorMBs = bytes / MB / (floor.ms / 1000);
    console.log(`P2 line-split-floor ${floorMBs.toFixed(1)} MB/s ratio-vs-grep ${(floorMBs / grepMBs).toFixed(3)}`);
    console.log(`P2 rss-growth ${growthMB.toFixed(1)} MB ratio-vs-grep ${grep.maxRssKb ? (growthMB / (grep.maxRssKb / 1024)).toFixed(2) : 'n/a'}`);
  } finally {
    rmSync(file, { force: true });
  }
}

if (require.main === module && process.argv[2] === '--p2-floor') {
  floorWorker(process.argv[3]).catch((e) => {
    console.error(e);
    process.exitCode = 1;
  });
}

if (require.main === module && process.argv[2] === '--p2-worker') {
  worker(process.argv[3]).catch((e) => {
    console.error(e);
    process.exitCode = 1;
  });
}
