/**
 * Streaming decompression of package members, chosen by magic bytes (a `.tbz2` usually holds zstd).
 * zstd: the official decoder as WebAssembly (zstd.ts); bzip2: seek-bzip driven one block at a time; xz: xz-decompress (wasm); gzip: node:zlib;
 * lz4: the frame format decoded here (see lz4Frame.ts). Every failure becomes a BinpkgFormatError.
 */
import { Readable, pipeline } from 'node:stream';
import { createGunzip } from 'node:zlib';
import { BinpkgFormatError } from './safety';
import { bunzip2Stream } from './bzip2Stream';
import { lz4FrameStream } from './lz4Frame';
import { zstdStream } from './zstd';

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

/**
 * Decompress `source` as `kind`, yielding chunks as they come. With `reuse`, a chunk may be overwritten once the next
 * one is asked for (zstd hands out its output buffer): for callers that are done with each chunk before the next.
 */
export async function* decompressStream(kind: Compression, source: AsyncIterable<Uint8Array>, file: string, reuse = false): AsyncGenerator<Uint8Array> {
  // Only zstd and a plain tar take each chunk in before asking for the next; the other decoders may hold on to it.
  if (reuse && kind !== 'zstd' && kind !== 'none') source = copies(source);
  try {
    switch (kind) {
      case 'none':
        yield* source;
        return;
      case 'zstd':
        yield* zstdStream(source, reuse);
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

async function* copies(source: AsyncIterable<Uint8Array>): AsyncGenerator<Uint8Array> {
  for await (const c of source) yield new Uint8Array(c);
}

async function* once(data: Uint8Array): AsyncGenerator<Uint8Array> {
  yield data;
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
