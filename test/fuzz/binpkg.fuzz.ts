/**
 * Mutation fuzzer for the binary-package readers. Seeds are the real fixture packages plus generated ones
 * (uncompressed inner tars so mutations reach the tar walker, gzip members, an XPAK); each input is a seed
 * with bit flips, byte smashes, truncation, insertions or lengths overwritten. The only acceptable failure
 * is a BinpkgFormatError; anything else, or an input that takes longer than the time limit, is a finding.
 *
 *   FUZZ_COUNT=1000000 FUZZ_SEED=1 node out/test/fuzz/binpkg.fuzz.js
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { bufferSource } from '../../src/core/binpkg/byteSource';
import { readBinaryPackageFrom } from '../../src/core/binpkg/readPackage';
import { parsePackagesIndex, formatPackagesIndex } from '../../src/core/binpkg/packagesIndex';
import { parseDepString, reduceDepString } from '../../src/core/binpkg/metadata';
import { BinpkgFormatError } from '../../src/core/binpkg/safety';
import { compress, makeGpkg, makeTar, makeXpak, metadataItems } from '../helpers/binpkgArchives';

export interface FuzzResult {
  count: number;
  refused: number;
  read: number;
  failures: { input: string; error: string }[];
  ms: number;
}

const FIX = join(__dirname, '../../../test/fixtures/portage/binpkgs');

async function seeds(): Promise<{ name: string; bytes: Buffer }[]> {
  const out: { name: string; bytes: Buffer }[] = [
    'gpkg-single/app-misc/hello-1.0.gpkg.tar',
    'xpak-single/app-misc/hello-1.0.tbz2',
    'xpak-single-bzip2/app-misc/hello-1.0.tbz2',
    'withdep/app-misc/withdep/withdep-1.0-1.gpkg.tar',
  ].map((p) => ({ name: p.split('/').pop()!, bytes: readFileSync(join(FIX, p)) }));
  const meta = { CATEGORY: 'app-misc\n', PF: 'f-1\n', SLOT: '0\n', IUSE: '+a b\n', USE: 'a\n', RDEPEND: 'a? ( x/y ) || ( p/q r/s )\n', BUILD_ID: '2' };
  const image = await makeTar([
    { name: 'image/', type: 'directory' },
    { name: 'image/usr/bin/f', data: 'binary', mode: 0o755 },
    { name: 'image/usr/lib/l', type: 'symlink', linkname: '../bin/f' },
    { name: 'image/usr/share/' + 'n'.repeat(150), data: 'pax' },
  ]);
  const metaTar = await makeTar(metadataItems(meta));
  const members = (m: Buffer, i: Buffer, sfx: string) => [
    { name: 'gpkg-1', data: Buffer.alloc(0) }, { name: `metadata.tar${sfx}`, data: m }, { name: `image.tar${sfx}`, data: i },
  ];
  out.push({ name: 'f-1-2.gpkg.tar', bytes: await makeGpkg('f-1-2', members(metaTar, image, '')) });
  out.push({ name: 'f-1-2.gpkg.tar', bytes: await makeGpkg('f-1-2', members(compress('gzip', metaTar), compress('gzip', image), '.gz')) });
  out.push({ name: 'f-1-2.xpak', bytes: makeXpak(await makeTar([{ name: './usr/bin/f', data: 'x' }]), meta) });
  return out;
}

/** xorshift32: reproducible from FUZZ_SEED. */
function rng(seed: number): () => number {
  let x = seed >>> 0 || 0x9e3779b9;
  return () => {
    x ^= x << 13;
    x ^= x >>> 17;
    x ^= x << 5;
    return (x >>> 0) / 0x100000000;
  };
}

function mutate(src: Buffer, r: () => number): Buffer {
  let b = Buffer.from(src);
  const pick = (n: number) => Math.floor(r() * n);
  const rounds = 1 + pick(4);
  for (let k = 0; k < rounds; k++) {
    const at = pick(b.length || 1);
    switch (pick(8)) {
      case 0: b[at] ^= 1 << pick(8); break;
      case 1: b[at] = [0, 0xff, 0x7f, 0x80, 0x30, 0x37, 0x20][pick(7)]; break;
      case 2: b = b.subarray(0, pick(b.length + 1)); break;
      case 3: b = Buffer.concat([b.subarray(0, at), Buffer.from([pick(256), pick(256)]), b.subarray(at)]); break;
      case 4: b = Buffer.concat([b.subarray(0, at), b.subarray(Math.min(b.length, at + 1 + pick(600)))]); break;
      case 5: if (b.length >= 8) b.writeUInt32BE([0, 1, 0xffffffff, 0x7fffffff, b.length, pick(1 << 20)][pick(6)], Math.max(0, b.length - 8 - pick(Math.min(b.length - 8, 4096) + 1) * (r() < 0.5 ? 0 : 1))); break;
      case 6: { // an octal size/checksum field of some tar header
        const hdr = pick(Math.max(1, Math.floor(b.length / 512))) * 512;
        const field = [124, 148, 100, 257, 156, 345][pick(6)];
        if (hdr + field + 12 <= b.length) b.write(['77777777777', '00000000000', '1', '\0', 'x', 'L'][pick(6)], hdr + field, 'latin1');
        break;
      }
      default: for (let i = 0; i < 16 && at + i < b.length; i++) b[at + i] = pick(256);
    }
  }
  return b;
}

function withTimeout<T>(p: Promise<T>, ms: number): Promise<T> {
  let timer: NodeJS.Timeout;
  return Promise.race([p, new Promise<T>((_, rej) => { timer = setTimeout(() => rej(new Error(`no result after ${ms} ms (hang)`)), ms); })]).finally(() => clearTimeout(timer));
}

export async function runFuzz(count: number, seed = 1, opts: { timeoutMs?: number; saveDir?: string; progress?: (n: number) => void; skip?: number; trace?: (i: number, input: Buffer) => void } = {}): Promise<FuzzResult> {
  const r = rng(seed);
  const corpus = await seeds();
  const res: FuzzResult = { count: 0, refused: 0, read: 0, failures: [], ms: 0 };
  const started = Date.now();
  for (let i = 0; i < count; i++) {
    const s = corpus[Math.floor(r() * corpus.length)];
    const input = mutate(s.bytes, r);
    if (i < (opts.skip ?? 0)) continue;
    opts.trace?.(i, input);
    res.count++;
    try {
      const pkg = await withTimeout(readBinaryPackageFrom(bufferSource(s.name, input)), opts.timeoutMs ?? 10_000);
      JSON.stringify(pkg);
      res.read++;
    } catch (e) {
      if (e instanceof BinpkgFormatError) res.refused++;
      else {
        const file = opts.saveDir ? join(opts.saveDir, `fuzz-failure-${seed}-${i}.bin`) : '';
        if (file) writeFileSync(file, input);
        res.failures.push({ input: file || `${s.name} #${i}`, error: (e as Error)?.stack ?? String(e) });
        if (res.failures.length >= 20) break;
      }
    }
    // The text formats must never throw at all.
    if (i % 16 === 0) {
      const text = input.toString('latin1', 0, Math.min(input.length, 4096));
      try {
        formatPackagesIndex(parsePackagesIndex(text));
        reduceDepString(text, ['a']);
        parseDepString(text);
      } catch (e) {
        res.failures.push({ input: `text of ${s.name} #${i}`, error: (e as Error)?.stack ?? String(e) });
      }
    }
    if (opts.progress && i % 10000 === 0) opts.progress(i);
  }
  res.ms = Date.now() - started;
  return res;
}

if (require.main === module) {
  const count = Number(process.env.FUZZ_COUNT ?? 10000);
  const seed = Number(process.env.FUZZ_SEED ?? 1);
  const saveDir = process.env.FUZZ_SAVE_DIR ?? process.cwd();
  // FUZZ_TRACE=1 saves each input before reading it, to catch one that never returns.
  const trace = process.env.FUZZ_TRACE
    ? (i: number, input: Buffer) => {
        writeFileSync(join(saveDir, 'fuzz-current.bin'), input);
        process.stderr.write(`${i}\n`);
      }
    : undefined;
  runFuzz(count, seed, { saveDir, skip: Number(process.env.FUZZ_SKIP ?? 0), trace, progress: (n) => n && process.stderr.write(`fuzz: ${n}\n`) }).then((r) => {
    console.log(`fuzz: ${r.count} inputs, ${r.read} read, ${r.refused} refused with BinpkgFormatError, ${r.failures.length} failures, ${(r.ms / 1000).toFixed(1)} s`);
    for (const f of r.failures) console.log(`FAIL ${f.input}\n${f.error}`);
    process.exitCode = r.failures.length ? 1 : 0;
  });
}
