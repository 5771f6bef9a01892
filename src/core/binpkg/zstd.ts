/**
 * zstd decoding with the official zstd decoder compiled to WebAssembly (zstdWasm/: decoder.c, build.sh). A decoder
 * instance per stream; input is copied into its memory and output read from its fixed output buffer, so decoding a
 * multi-GB member allocates nothing per block. zstd's own limits hold: a window above 128 MiB is refused.
 */
import { ZSTD_DECODER_WASM } from './zstdDecoderWasm';

/** The slice of the WebAssembly API used here (this project's lib settings do not declare it; Node has it). */
interface Wasm {
  Module: new (bytes: Uint8Array) => object;
  Instance: new (module: object, imports: object) => { exports: unknown };
}
const wasm = (globalThis as unknown as { WebAssembly: Wasm }).WebAssembly;

interface DecoderExports {
  memory: { buffer: ArrayBuffer };
  zd_init(): number;
  zd_in(): number;
  zd_in_capacity(): number;
  zd_out(): number;
  zd_out_capacity(): number;
  zd_feed(size: number): void;
  zd_step(): number;
  zd_out_size(): number;
  zd_in_left(): number;
  zd_is_error(code: number): number;
  zd_error_name(code: number): number;
  zd_window_too_large(code: number): number;
  zd_window_kib(): number;
}

let compiled: object | undefined;

function newDecoder(): DecoderExports {
  compiled ??= new wasm.Module(Buffer.from(ZSTD_DECODER_WASM, 'base64'));
  const x = new wasm.Instance(compiled, {}).exports as unknown as DecoderExports;
  if (!x.zd_init()) throw new Error('no memory for the zstd decoder');
  return x;
}

function failure(x: DecoderExports, code: number): Error {
  if (x.zd_window_too_large(code)) {
    return new Error(`a frame asks for a ${Math.round((x.zd_window_kib() >>> 0) / 1024)} MiB window, above zstd's default 128 MiB limit`);
  }
  const mem = new Uint8Array(x.memory.buffer);
  const at = x.zd_error_name(code);
  return new Error(Buffer.from(mem.subarray(at, mem.indexOf(0, at))).toString('latin1'));
}

/**
 * Decodes a zstd stream (any number of frames). With `reuse`, each chunk yielded is a view of the decoder's output
 * buffer, valid only until the next chunk is asked for; without, each chunk is a copy the caller may keep.
 */
export async function* zstdStream(source: AsyncIterable<Uint8Array>, reuse = false): AsyncGenerator<Uint8Array> {
  const x = newDecoder();
  const capacity = x.zd_in_capacity();
  const outCapacity = x.zd_out_capacity();
  let any = false;
  let last = 0;
  for await (const chunk of source) {
    if (!chunk.length) continue;
    any = true;
    for (let off = 0; off < chunk.length; ) {
      const n = Math.min(capacity, chunk.length - off);
      new Uint8Array(x.memory.buffer, x.zd_in(), n).set(chunk.subarray(off, off + n));
      off += n;
      x.zd_feed(n);
      for (;;) {
        const before = x.zd_in_left();
        const r = x.zd_step();
        if (x.zd_is_error(r)) throw failure(x, r);
        const size = x.zd_out_size();
        // A call that moved nothing (after a frame ended on a full output buffer) says nothing about the frame.
        if (size || x.zd_in_left() !== before || r === 0) last = r;
        if (size) {
          const view = new Uint8Array(x.memory.buffer, x.zd_out(), size);
          yield reuse ? view : view.slice();
        }
        // Input used up and the output buffer not filled: the decoder has flushed all it can (zstd.h).
        if (x.zd_in_left() === 0 && size < outCapacity) break;
      }
    }
  }
  if (!any) throw new Error('empty stream');
  if (last !== 0) throw new Error('the data ends inside a frame');
}
