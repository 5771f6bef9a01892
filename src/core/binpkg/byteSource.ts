/**
 * Random access to a package's bytes: a file read piece by piece (a 2 GB package is never loaded whole)
 * or a Buffer (tests, fuzzing). Readers take a ByteSource so both behave the same.
 */
import { open, type FileHandle } from 'node:fs/promises';

export interface ByteSource {
  /** Shown in error messages: the file path, or a label for in-memory data. */
  readonly name: string;
  readonly size: number;
  /** Exactly `length` bytes at `offset` (fewer only if the source ends). */
  read(offset: number, length: number): Promise<Buffer>;
  /**
   * The bytes of [offset, offset+length) in chunks. With `reuse`, one buffer is read into again and again: a chunk is
   * valid only until the next is asked for (a 1 GiB member then leaves no garbage behind).
   */
  stream(offset: number, length: number, reuse?: boolean): AsyncIterable<Buffer>;
  close(): Promise<void>;
}

const CHUNK = 1024 * 1024;

class FileSource implements ByteSource {
  constructor(readonly name: string, readonly size: number, private readonly fh: FileHandle) {}

  async read(offset: number, length: number): Promise<Buffer> {
    const len = Math.max(0, Math.min(length, this.size - offset));
    return this.readInto(Buffer.allocUnsafe(len), offset, len);
  }

  async *stream(offset: number, length: number, reuse = false): AsyncIterable<Buffer> {
    const end = Math.min(this.size, offset + length);
    const buf = reuse ? Buffer.allocUnsafe(Math.max(0, Math.min(CHUNK, end - offset))) : undefined;
    for (let pos = offset; pos < end; ) {
      const chunk = buf ? await this.readInto(buf, pos, Math.min(CHUNK, end - pos)) : await this.read(pos, Math.min(CHUNK, end - pos));
      if (chunk.length === 0) return;
      pos += chunk.length;
      yield chunk;
    }
  }

  private async readInto(buf: Buffer, offset: number, length: number): Promise<Buffer> {
    let done = 0;
    while (done < length) {
      const { bytesRead } = await this.fh.read(buf, done, length - done, offset + done);
      if (bytesRead === 0) break;
      done += bytesRead;
    }
    return buf.subarray(0, done);
  }

  close(): Promise<void> {
    return this.fh.close();
  }
}

class BufferSource implements ByteSource {
  readonly size: number;
  constructor(readonly name: string, private readonly buf: Buffer) {
    this.size = buf.length;
  }
  async read(offset: number, length: number): Promise<Buffer> {
    return this.buf.subarray(Math.max(0, offset), Math.max(0, Math.min(this.size, offset + length)));
  }
  async *stream(offset: number, length: number): AsyncIterable<Buffer> {
    const end = Math.min(this.size, offset + length);
    for (let pos = offset; pos < end; pos += CHUNK) yield this.buf.subarray(pos, Math.min(end, pos + CHUNK));
  }
  async close(): Promise<void> {}
}

export async function openFileSource(path: string): Promise<ByteSource> {
  const fh = await open(path, 'r');
  try {
    const st = await fh.stat();
    if (!st.isFile()) throw new Error('not a regular file');
    return new FileSource(path, st.size, fh);
  } catch (e) {
    await fh.close();
    throw e;
  }
}

export function bufferSource(name: string, buf: Buffer | Uint8Array): ByteSource {
  return new BufferSource(name, Buffer.isBuffer(buf) ? buf : Buffer.from(buf.buffer, buf.byteOffset, buf.byteLength));
}
