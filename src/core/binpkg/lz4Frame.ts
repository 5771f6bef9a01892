/**
 * Streaming LZ4 frame decoder (what `lz4 -c` writes; Portage's BINPKG_COMPRESS=lz4). The block
 * decoder is lz4js's algorithm with bounds checks added: lz4js trusts its input, and a hostile
 * match length would make it spin for billions of iterations.
 */
import { BinpkgFormatError } from './safety';

const MAGIC = 0x184d2204;
const BLOCK_MAX: Record<number, number> = { 4: 64 << 10, 5: 256 << 10, 6: 1 << 20, 7: 4 << 20 };
const HISTORY = 64 * 1024;

export async function* lz4FrameStream(source: AsyncIterable<Uint8Array>, file: string): AsyncGenerator<Uint8Array> {
  const it = source[Symbol.asyncIterator]();
  let buf = Buffer.alloc(0);
  let pos = 0;
  let ended = false;
  const need = async (n: number): Promise<boolean> => {
    while (buf.length - pos < n && !ended) {
      const r = await it.next();
      if (r.done) ended = true;
      else {
        buf = Buffer.concat([buf.subarray(pos), r.value]);
        pos = 0;
      }
    }
    return buf.length - pos >= n;
  };
  const take = async (n: number, what: string): Promise<Buffer> => {
    if (!(await need(n))) throw new BinpkgFormatError(file, `lz4 data ends inside the ${what}`);
    const b = buf.subarray(pos, pos + n);
    pos += n;
    return b;
  };
  let frames = 0;
  while (await need(4)) {
    const magic = (await take(4, 'frame magic')).readUInt32LE(0);
    if ((magic & 0xfffffff0) === 0x184d2a50) {
      const skip = (await take(4, 'skippable frame')).readUInt32LE(0);
      await take(skip, 'skippable frame');
      continue;
    }
    if (magic !== MAGIC) {
      if (frames > 0) return; // trailing garbage after complete frames, as lz4 tolerates
      throw new BinpkgFormatError(file, 'not an lz4 frame');
    }
    frames++;
    const [flg, bd] = await take(2, 'frame header');
    if (flg >> 6 !== 1) throw new BinpkgFormatError(file, 'unsupported lz4 frame version');
    const blockMax = BLOCK_MAX[(bd >> 4) & 7];
    if (!blockMax) throw new BinpkgFormatError(file, 'invalid lz4 block size');
    const blockChecksum = (flg & 0x10) !== 0;
    const contentChecksum = (flg & 0x04) !== 0;
    const independent = (flg & 0x20) !== 0;
    await take((flg & 0x08 ? 8 : 0) + (flg & 0x01 ? 4 : 0) + 1, 'frame header');
    let history = Buffer.alloc(0);
    for (;;) {
      const word = (await take(4, 'block size')).readUInt32LE(0);
      if (word === 0) break;
      const raw = (word & 0x80000000) !== 0;
      const size = word & 0x7fffffff;
      if (size > blockMax) throw new BinpkgFormatError(file, `lz4 block of ${size} bytes exceeds the frame's ${blockMax}`);
      const data = await take(size, 'block');
      if (blockChecksum) await take(4, 'block checksum');
      let block: Buffer;
      if (raw) block = Buffer.from(data);
      else {
        const dst = Buffer.allocUnsafe(history.length + blockMax);
        history.copy(dst, 0);
        const end = decodeBlock(data, dst, history.length, file);
        block = dst.subarray(history.length, end);
        if (!independent) history = Buffer.from(dst.subarray(Math.max(0, end - HISTORY), end));
      }
      if (raw && !independent) history = Buffer.from(Buffer.concat([history, block]).subarray(-HISTORY));
      if (block.length) yield block;
    }
    if (contentChecksum) await take(4, 'content checksum');
  }
  if (frames === 0) throw new BinpkgFormatError(file, 'empty lz4 stream');
}

/** Decode one block into dst starting at dStart (dst[0..dStart) is the history window). */
function decodeBlock(src: Uint8Array, dst: Uint8Array, dStart: number, file: string): number {
  const bad = (why: string) => new BinpkgFormatError(file, `corrupt lz4 block: ${why}`);
  let s = 0;
  let d = dStart;
  const sEnd = src.length;
  const dEnd = dst.length;
  while (s < sEnd) {
    const token = src[s++];
    let lit = token >> 4;
    if (lit === 15) {
      let b: number;
      do {
        if (s >= sEnd) throw bad('literal length runs past the block');
        b = src[s++];
        lit += b;
      } while (b === 255);
    }
    if (s + lit > sEnd || d + lit > dEnd) throw bad('literals run past the block');
    dst.set(src.subarray(s, s + lit), d);
    s += lit;
    d += lit;
    if (s >= sEnd) break;
    if (s + 2 > sEnd) throw bad('truncated match offset');
    const offset = src[s] | (src[s + 1] << 8);
    s += 2;
    if (offset === 0 || offset > d) throw bad('match offset points before the window');
    let len = token & 15;
    if (len === 15) {
      let b: number;
      do {
        if (s >= sEnd) throw bad('match length runs past the block');
        b = src[s++];
        len += b;
      } while (b === 255);
    }
    len += 4;
    if (d + len > dEnd) throw bad('match runs past the block size');
    for (let i = d - offset, n = i + len; i < n; ) dst[d++] = dst[i++];
  }
  return d;
}
