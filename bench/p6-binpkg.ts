/**
 * P6: listing the files of a large GPKG (random files, image.tar.zst) with this project's reader versus
 * `tar -xOf PKG <top>/image.tar.zst | zstd -dc | tar -t`, in the same run. Both are measured as processes from
 * spawn to exit; peak memory is the reader's own maxRSS, and for tar the sum over the three concurrent
 * processes (GNU time's %M). Node's own baseline is the peak RSS of a Node process that does nothing; the reader's
 * growth over it is what the reader costs (goal: at most 32 MB). Size: P6_BYTES (default 1 GiB). Prints:
 *   P6 list-time <s> s ratio-vs-tar <r>
 *   P6 peak-rss <MB> MB ratio-vs-tar <r>
 *   P6 peak-rss-growth <MB> MB over-node-baseline <MB> MB
 */
import { spawn, spawnSync } from 'node:child_process';
import { createHash, randomBytes } from 'node:crypto';
import { createReadStream, createWriteStream, mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Readable, Writable } from 'node:stream';
import * as tar from 'tar-stream';

const MiB = 1024 * 1024;

function ensureTool(tool: string, pkg: string): void {
  if (spawnSync(tool, ['--version'], { stdio: 'ignore' }).status === 0) return;
  const r = spawnSync('flock', ['/tmp/apt.lock', 'apt-get', 'install', '-y', pkg], { stdio: 'ignore' });
  if (r.status !== 0) throw new Error(`${tool} is missing and "apt-get install ${pkg}" failed`);
}

/** 'close' waits for stdio we hold; a process whose stdout was handed to the next one only reaches 'exit'. */
function exited(p: ReturnType<typeof spawn>, what: string, event: 'exit' | 'close' = 'exit'): Promise<void> {
  return new Promise((res, rej) => {
    p.on('error', rej);
    p.on(event, (code) => (code === 0 ? res() : rej(new Error(`${what} exited with ${code}`))));
  });
}

function finished(s: Writable): Promise<void> {
  return new Promise((res, rej) => {
    s.on('finish', () => res());
    s.on('error', rej);
  });
}

/** Random files under stage/image, about `bytes` in total. */
function makeImage(stage: string, bytes: number): number {
  let total = 0;
  let n = 0;
  while (total < bytes) {
    const dir = join(stage, 'image/usr/share/p6', `d${String(n >> 7).padStart(3, '0')}`);
    if (n % 128 === 0) mkdirSync(dir, { recursive: true });
    const size = Math.min(bytes - total, 64 * 1024 + Math.floor(Math.random() * 448 * 1024));
    writeFileSync(join(dir, `f${n}.bin`), randomBytes(size));
    total += size;
    n++;
  }
  return n;
}

async function hashFile(path: string): Promise<string> {
  const sha = createHash('sha512');
  const b2 = createHash('blake2b512');
  let size = 0;
  for await (const c of createReadStream(path)) {
    sha.update(c as Buffer);
    b2.update(c as Buffer);
    size += (c as Buffer).length;
  }
  return `${size} BLAKE2B ${b2.digest('hex')} SHA512 ${sha.digest('hex')}`;
}

export async function makeGpkg(work: string, bytes: number): Promise<{ path: string; member: string; files: number }> {
  const stage = join(work, 'stage');
  const files = makeImage(stage, bytes);
  const image = join(work, 'image.tar.zst');
  const t = spawn('tar', ['-C', stage, '--owner=0', '--group=0', '--numeric-owner', '-cf', '-', 'image'], { stdio: ['ignore', 'pipe', 'inherit'] });
  const z = spawn('zstd', ['-q', '-T0', '-c'], { stdio: [t.stdout!, 'pipe', 'inherit'] });
  const out = createWriteStream(image);
  z.stdout!.pipe(out);
  await Promise.all([exited(t, 'tar -c'), exited(z, 'zstd'), finished(out)]);
  rmSync(stage, { recursive: true, force: true });

  const metaPack = tar.pack();
  const meta: Record<string, string> = { CATEGORY: 'app-misc\n', PF: 'p6-1.0\n', SLOT: '0\n', EAPI: '8\n', USE: 'amd64\n', IUSE: '\n', BUILD_ID: '1' };
  for (const [k, v] of Object.entries(meta)) metaPack.entry({ name: `metadata/${k}` }, v);
  metaPack.finalize();
  const metaTar: Buffer[] = [];
  for await (const c of metaPack as unknown as AsyncIterable<Buffer>) metaTar.push(c);
  const metaZst = spawnSync('zstd', ['-q', '-c'], { input: Buffer.concat(metaTar) }).stdout;
  const metaFile = join(work, 'metadata.tar.zst');
  writeFileSync(metaFile, metaZst);
  const empty = join(work, 'gpkg-1');
  writeFileSync(empty, '');
  const manifest = [`DATA gpkg-1 ${await hashFile(empty)}`, `DATA metadata.tar.zst ${await hashFile(metaFile)}`, `DATA image.tar.zst ${await hashFile(image)}`].join('\n') + '\n';

  const top = 'p6-1.0-1';
  const path = join(work, `${top}.gpkg.tar`);
  const pack = tar.pack();
  const dest = createWriteStream(path);
  (pack as unknown as Readable).pipe(dest);
  const add = (name: string, data: Buffer | string) => new Promise<void>((res, rej) => pack.entry({ name: `${top}/${name}`, mode: 0o644 }, data, (e) => (e ? rej(e) : res())));
  await add('gpkg-1', '');
  await add('metadata.tar.zst', readFileSync(metaFile));
  await new Promise<void>((res, rej) => {
    const sink = pack.entry({ name: `${top}/image.tar.zst`, size: statSync(image).size, mode: 0o644 }, (e) => (e ? rej(e) : res()));
    createReadStream(image).pipe(sink as unknown as Writable);
  });
  await add('Manifest', manifest);
  pack.finalize();
  await finished(dest);
  rmSync(image);
  return { path, member: `${top}/image.tar.zst`, files };
}

async function runReader(pkg: string, verify: boolean): Promise<{ seconds: number; rssMB: number; files: number }> {
  const start = process.hrtime.bigint();
  const args = [join(__dirname, 'binpkgListChild.js'), pkg, ...(verify ? ['--verify'] : [])];
  const p = spawn(process.execPath, args, { stdio: ['ignore', 'pipe', 'inherit'] });
  let out = '';
  p.stdout!.on('data', (c: Buffer) => (out += c.toString()));
  await exited(p, 'reader', 'close');
  const seconds = Number(process.hrtime.bigint() - start) / 1e9;
  const r = JSON.parse(out) as { files: number; maxRssKB: number; problems: string[] };
  if (r.problems.length) throw new Error(`reader reported problems: ${r.problems.join('; ')}`);
  return { seconds, rssMB: r.maxRssKB / 1024, files: r.files };
}

/** Peak RSS of a Node process that only starts and exits: what every Node program pays before doing anything. */
function nodeBaselineMB(): number {
  const r = spawnSync(process.execPath, ['-e', 'process.stdout.write(String(process.resourceUsage().maxRSS))']);
  return Number(r.stdout.toString()) / 1024;
}

async function runTar(pkg: string, member: string, work: string): Promise<{ seconds: number; rssMB: number; lines: number }> {
  const rss = [0, 1, 2].map((i) => join(work, `rss${i}`));
  const timed = (i: number, argv: string[]) => ['-f', '%M', '-o', rss[i], ...argv];
  const start = process.hrtime.bigint();
  const a = spawn('/usr/bin/time', timed(0, ['tar', '-xOf', pkg, member]), { stdio: ['ignore', 'pipe', 'inherit'] });
  const b = spawn('/usr/bin/time', timed(1, ['zstd', '-q', '-dc']), { stdio: [a.stdout!, 'pipe', 'inherit'] });
  const c = spawn('/usr/bin/time', timed(2, ['tar', '-tf', '-']), { stdio: [b.stdout!, 'pipe', 'inherit'] });
  let lines = 0;
  c.stdout!.on('data', (d: Buffer) => {
    for (const x of d) if (x === 10) lines++;
  });
  await Promise.all([exited(a, 'tar -x'), exited(b, 'zstd -d'), exited(c, 'tar -t', 'close')]);
  const seconds = Number(process.hrtime.bigint() - start) / 1e9;
  const rssMB = rss.reduce((s, f) => s + Number(readFileSync(f, 'utf8').trim().split('\n').pop()), 0) / 1024;
  return { seconds, rssMB, lines };
}

export async function run(): Promise<void> {
  const bytes = Number(process.env.P6_BYTES ?? 1024 * MiB);
  ensureTool('zstd', 'zstd');
  ensureTool('/usr/bin/time', 'time');
  const work = mkdtempSync(join(tmpdir(), 'p6-binpkg-'));
  try {
    const t0 = Date.now();
    const pkg = await makeGpkg(work, bytes);
    const size = statSync(pkg.path).size;
    console.log(`# P6 package: ${(size / MiB).toFixed(0)} MiB gpkg, ${pkg.files} random files, made in ${((Date.now() - t0) / 1000).toFixed(1)} s`);
    const tarRun = await runTar(pkg.path, pkg.member, work);
    const ours = await runReader(pkg.path, false);
    const verified = await runReader(pkg.path, true);
    const baseline = nodeBaselineMB();
    // tar -t also prints the image/ root and the directories; the reader lists everything but the root.
    if (ours.files !== tarRun.lines - 1) console.log(`# P6 warning: reader listed ${ours.files} entries, tar ${tarRun.lines - 1}`);
    const r = (a: number, b: number) => (a / b).toFixed(2);
    console.log(`P6 list-time ${ours.seconds.toFixed(2)} s ratio-vs-tar ${r(ours.seconds, tarRun.seconds)}`);
    console.log(`P6 peak-rss ${ours.rssMB.toFixed(1)} MB ratio-vs-tar ${r(ours.rssMB, tarRun.rssMB)}`);
    console.log(`P6 peak-rss-growth ${(ours.rssMB - baseline).toFixed(1)} MB over-node-baseline ${baseline.toFixed(1)} MB (with Manifest check ${(verified.rssMB - baseline).toFixed(1)} MB)`);
    console.log(`P6 list-and-verify-time ${verified.seconds.toFixed(2)} s ratio-vs-tar ${r(verified.seconds, tarRun.seconds)}`);
    console.log(`# P6 tar pipeline: ${tarRun.seconds.toFixed(2)} s, ${tarRun.rssMB.toFixed(1)} MB (sum of 3 processes); reader with Manifest check: ${verified.rssMB.toFixed(1)} MB`);
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}
