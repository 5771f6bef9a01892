/**
 * Streaming decompression of package members, chosen by magic bytes (a `.tbz2` usually holds zstd).
 * zstd: fzstd; bzip2: seek-bzip driven one block at a time; xz: xz-decompress (wasm); gzip: node:zlib;
 * lz4: the frame format decoded here (see lz4Frame.ts). Every failure becomes a BinpkgFormatError.
 */
import { Readable, pipeline } from 'node:stream';
import { createGunzip } from 'node:zlib';
import { Decompress as ZstdDecompress } from './fzstdPatched';
import { BinpkgFormatError } from './safety';
import { bunzip2Stream } from './bzip2Stream';
import { lz4FrameStream } from './lz4Frame';

export type Compression = 'zstd' | 'bzip2' | 'xz' | 'gzip' | 'lz4' | 'none';

/** The compression of a member from its first bytes; undefined when unknown (lzip, lzop, brotli, garbage). */
export function detectCompression(head: Uint8Array): Compression | undefined {
  const b = (i: number) => head[i];
  if (b(0) === 0x28 && b(1) === 0xb5 && b(2) === 0x2f && b(3) === 0xfd) return 'zstd';
  if (b(0) === 0x42 && b(1) === 0x5a && b(2) === 0x68 && b(3) >= 0x31 && b(3) <= 0x39) return 'bzip2';
  if (b(0) === 0xfd && b(1) === 0x37 && b(2) === 0x7a && b(3) === 0x58 && b(4) === 0x5a && b(5) === 0) return 'xz';
  if (b(0) === 0x1f && b(1) === 0x8b) return 'gzip';
  if (b(0) === 0x04 && b(1) === 0x22 && b(2) === 0x4d && b(3) === 0x18) return 'lz4';
  if (head.length >= 262 && Buffer.from(head.subarray(257, 262)).toString('latin1') === 'ustar') return 'none';
  return undefined;
}

/** The name Portage gives the member suffix, for messages: `image.tar.zst`. */
export const SUFFIX: Record<Compression, string> = { zstd: '.zst', bzip2: '.bz2', xz: '.xz', gzip: '.gz', lz4: '.lz4', none: '' };

function wrap(file: string, kind: Compression, e: unknown): BinpkgFormatError {
  if (e instanceof BinpkgFormatError) return e;
  const msg = e instanceof Error ? e.message : String(e);
  return new BinpkgFormatError(file, `corrupt ${kind} data: ${msg}`);
}

/** Decompress `source` as `kind`, yielding chunks as they come. */
export async function* decompressStream(kind: Compression, source: AsyncIterable<Uint8Array>, file: string): AsyncGenerator<Uint8Array> {
  try {
    switch (kind) {
      case 'none':
        yield* source;
        return;
      case 'zstd':
        yield* zstdStream(source);
        return;
      case 'bzip2':
        yield* bunzip2Stream(source, file);
        return;
      case 'lz4':
        yield* lz4FrameStream(source, file);
        return;
      case 'gzip':
        yield* throughNode(source, createGunzip());
        return;
      case 'xz':
        yield* xzStream(source);
        return;
    }
  } catch (e) {
    throw wrap(file, kind, e);
  }
}

/** Whole-buffer convenience for small members (metadata, environment.bz2), with an output cap. */
export async function decompressBuffer(kind: Compression, data: Uint8Array, file: string, maxBytes: number): Promise<Buffer> {
  const parts: Uint8Array[] = [];
  let got = 0;
  for await (const c of decompressStream(kind, once(data), file)) {
    got += c.length;
    if (got > maxBytes) throw new BinpkgFormatError(file, `decompresses to more than ${maxBytes} bytes`);
    parts.push(c);
  }
  return Buffer.concat(parts, got);
}

async function* once(data: Uint8Array): AsyncGenerator<Uint8Array> {
  yield data;
}

/** zstd's own decoder refuses windows above 2^27 without --memory; so do we (fzstd would allocate and move it per block). */
const ZSTD_MAX_WINDOW = 1 << 27;

/** Window size a zstd frame header asks for; undefined until enough bytes are there, 0 for skippable frames. */
export function zstdFrameWindow(h: Uint8Array, final: boolean): number | undefined {
  if (h.length < 4) return final ? 0 : undefined;
  const magic = (h[0] | (h[1] << 8) | (h[2] << 16) | (h[3] << 24)) >>> 0;
  if ((magic & 0xfffffff0) === 0x184d2a50) return 0;
  if (magic !== 0xfd2fb528) return 0; // not a frame: fzstd reports it
  if (h.length < 18 && !final) return undefined;
  const flg = h[4];
  const single = (flg >> 5) & 1;
  const fcf = flg >> 6;
  if (!single) {
    const wd = h[5] ?? 0;
    const base = 2 ** (10 + (wd >> 3));
    return base + (base / 8) * (wd & 7);
  }
  const dictBytes = [0, 1, 2, 4][flg & 3];
  const sizeBytes = fcf ? 1 << fcf : 1;
  let size = 0;
  for (let i = sizeBytes - 1; i >= 0; i--) size = size * 256 + (h[5 + dictBytes + i] ?? 0);
  return size + (fcf === 1 ? 256 : 0);
}

interface FzstdInternals {
  s?: unknown;
  c: Uint8Array[];
  push(chunk: Uint8Array, final?: boolean): void;
}

async function* zstdStream(source: AsyncIterable<Uint8Array>): AsyncGenerator<Uint8Array> {
  let out: Uint8Array[] = [];
  // fzstd hands out a freshly allocated array per block (it copies into its window separately).
  const d = new ZstdDecompress((chunk) => {
    if (chunk.length) out.push(chunk);
  }) as unknown as FzstdInternals;
  // Check each frame's window before fzstd allocates it: fzstd re-enters push() at every frame start.
  const push = ZstdDecompress.prototype.push as FzstdInternals['push'];
  d.push = (chunk, final) => {
    if (typeof d.s !== 'object' || d.s === null) {
      const skip = typeof d.s === 'number' ? Math.min(d.s, chunk.length) : 0;
      const head = Buffer.concat([...(skip ? [] : d.c), chunk.subarray(skip)]).subarray(0, 32);
      const ws = zstdFrameWindow(head, !!final);
      if (ws !== undefined && ws > ZSTD_MAX_WINDOW) throw new Error(`a frame asks for a ${Math.round(ws / 2 ** 20)} MiB window, above zstd's default 128 MiB limit`);
    }
    push.call(d, chunk, final);
  };
  let any = false;
  for await (const c of source) {
    if (!c.length) continue;
    any = true;
    d.push(c);
    if (out.length) {
      const ready = out;
      out = [];
      yield* ready;
    }
  }
  if (!any) throw new Error('empty stream');
  d.push(new Uint8Array(0), true);
  yield* out;
}

async function* throughNode(source: AsyncIterable<Uint8Array>, transform: NodeJS.ReadWriteStream): AsyncGenerator<Uint8Array> {
  const input = Readable.from(source, { objectMode: false });
  let failure: unknown;
  pipeline(input, transform, (err) => {
    if (err) failure = err;
  });
  for await (const c of transform as AsyncIterable<Buffer>) yield c;
  if (failure) throw failure;
}

async function* xzStream(source: AsyncIterable<Uint8Array>): AsyncGenerator<Uint8Array> {
  // Loaded on first use: it instantiates a wasm module.
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const { XzReadableStream } = require('xz-decompress') as typeof import('xz-decompress');
  const web = Readable.toWeb(Readable.from(source, { objectMode: false })) as unknown as ReadableStream<Uint8Array>;
  const reader = new XzReadableStream(web).getReader();
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) return;
      if (value?.length) yield value;
    }
  } finally {
    reader.releaseLock();
  }
}
