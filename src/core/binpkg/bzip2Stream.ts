/**
 * Streaming bzip2 with seek-bzip. seek-bzip decodes synchronously from a byte source, so we read ahead
 * far enough that one whole block (at most ~2.3 MB compressed) is buffered, then decode that block.
 * Memory stays at a few MB whatever the size of the input. Handles concatenated streams (pbzip2, lbzip2).
 */
import { BinpkgFormatError } from './safety';

interface BunzipInstance {
  _init_block(): boolean;
  _read_bunzip(): number;
  _start_bunzip(input: unknown, output: unknown): void;
  reader: { read(bits: number): number };
  streamCRC: number;
}
type BunzipCtor = new (input: unknown, output: unknown) => BunzipInstance;
// eslint-disable-next-line @typescript-eslint/no-require-imports
const Bunzip = require('seek-bzip') as BunzipCtor;

/** Read-ahead before each block: larger than the largest possible compressed bzip2 block. */
const READ_AHEAD = 4 * 1024 * 1024;
const OUT_CHUNK = 256 * 1024;

export async function* bunzip2Stream(source: AsyncIterable<Uint8Array>, file: string): AsyncGenerator<Uint8Array> {
  const it = source[Symbol.asyncIterator]();
  let buf = Buffer.alloc(0);
  let pos = 0;
  let ended = false;
  let consumedBefore = 0;
  const fill = async (want: number) => {
    if (ended || buf.length - pos >= want) return;
    // Gather chunks first and copy once: concatenating per chunk would copy the read-ahead over and over.
    const parts: Buffer[] = [buf.subarray(pos)];
    let have = buf.length - pos;
    while (have < want) {
      const r = await it.next();
      if (r.done) {
        ended = true;
        break;
      }
      parts.push(Buffer.from(r.value.buffer, r.value.byteOffset, r.value.byteLength));
      have += r.value.length;
    }
    consumedBefore += pos;
    buf = Buffer.concat(parts, have);
    pos = 0;
  };
  const input = {
    readByte(): number {
      if (pos < buf.length) return buf[pos++];
      if (ended) throw new BinpkgFormatError(file, `bzip2 data ends early (after ${consumedBefore + pos} bytes)`);
      throw new BinpkgFormatError(file, 'bzip2 block larger than any valid block');
    },
    read(target: Uint8Array, off: number, len: number): number {
      let n = 0;
      while (n < len && pos < buf.length) target[off + n++] = buf[pos++];
      return n === 0 && len > 0 ? -1 : n;
    },
    eof(): boolean {
      return ended && pos >= buf.length;
    },
  };
  let out = Buffer.allocUnsafe(OUT_CHUNK);
  let outPos = 0;
  const ready: Buffer[] = [];
  const output = {
    writeByte(b: number): void {
      out[outPos++] = b;
      if (outPos === OUT_CHUNK) {
        ready.push(out);
        out = Buffer.allocUnsafe(OUT_CHUNK);
        outPos = 0;
      }
    },
    flush(): void {},
  };

  await fill(READ_AHEAD);
  if (buf.length === 0) throw new BinpkgFormatError(file, 'empty bzip2 stream');
  let bz: BunzipInstance;
  try {
    bz = new Bunzip(input, output);
  } catch (e) {
    throw asFormatError(file, e);
  }
  for (;;) {
    await fill(READ_AHEAD);
    if (input.eof()) break;
    let more: boolean;
    try {
      more = bz._init_block();
      if (more) bz._read_bunzip();
      else {
        const crc = bz.reader.read(32) >>> 0;
        if (crc !== bz.streamCRC) throw new BinpkgFormatError(file, 'bzip2 stream checksum mismatch');
      }
    } catch (e) {
      throw asFormatError(file, e);
    }
    if (ready.length) yield* ready.splice(0);
    if (!more) {
      await fill(READ_AHEAD);
      if (input.eof()) break;
      // Another stream follows (pbzip2 output): it must start with its own "BZh" header.
      try {
        bz._start_bunzip(input, output);
      } catch (e) {
        throw asFormatError(file, e);
      }
    }
  }
  if (outPos) yield out.subarray(0, outPos);
}

function asFormatError(file: string, e: unknown): BinpkgFormatError {
  if (e instanceof BinpkgFormatError) return e;
  return new BinpkgFormatError(file, `corrupt bzip2 data: ${e instanceof Error ? e.message : String(e)}`);
}
