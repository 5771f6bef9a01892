/**
 * A push-driven tar reader for the members inside a package (image.tar, metadata.tar, the XPAK tarball).
 * It walks headers (ustar, GNU long names, pax) and skips file data without copying it, so listing a
 * large image costs little more than decompressing it. Data is kept only for entries the caller asks for.
 */
import type { ByteSource } from './byteSource';
import { BinpkgFormatError, LIMITS, displayName } from './safety';

export type TarEntryType = 'file' | 'dir' | 'symlink' | 'hardlink' | 'char' | 'block' | 'fifo' | 'other';

export interface TarEntry {
  name: string;
  type: TarEntryType;
  size: number;
  mode: number;
  uid: number;
  gid: number;
  uname: string;
  gname: string;
  mtime: number;
  linkname: string;
}

export interface TarScanOptions {
  /** Return a byte limit to receive the entry's data in onEntry, or undefined to skip it. */
  keep?: (e: TarEntry) => number | undefined;
  onEntry: (e: TarEntry, data?: Buffer) => void;
}

const BLOCK = 512;
const TYPES: Record<string, TarEntryType> = {
  '0': 'file', '\0': 'file', '7': 'file', '1': 'hardlink', '2': 'symlink', '3': 'char', '4': 'block', '5': 'dir', '6': 'fifo',
};

export class TarScanner {
  private header = Buffer.alloc(BLOCK);
  private headerFill = 0;
  private remaining = 0; // data bytes of the current entry still to come
  private padding = 0;
  private collecting?: { parts: Buffer[]; got: number; entry?: TarEntry; meta?: string };
  private pending: { path?: string; linkpath?: string; size?: number; uname?: string; gname?: string; mtime?: number } = {};
  private offset = 0;
  private zeroBlocks = 0;
  private finished = false;
  private entries = 0;

  constructor(private readonly file: string, private readonly opts: TarScanOptions) {}

  /** Whether the end-of-archive marker has been seen. */
  get done(): boolean {
    return this.finished;
  }

  push(chunk: Uint8Array): void {
    let i = 0;
    const n = chunk.length;
    while (i < n && !this.finished) {
      if (this.remaining > 0) {
        const take = Math.min(this.remaining, n - i);
        if (this.collecting) this.collect(chunk.subarray(i, i + take));
        this.remaining -= take;
        i += take;
        this.offset += take;
        if (this.remaining === 0) this.finishData();
        continue;
      }
      if (this.padding > 0) {
        const take = Math.min(this.padding, n - i);
        this.padding -= take;
        i += take;
        this.offset += take;
        continue;
      }
      const take = Math.min(BLOCK - this.headerFill, n - i);
      this.header.set(chunk.subarray(i, i + take), this.headerFill);
      this.headerFill += take;
      i += take;
      if (this.headerFill === BLOCK) {
        this.headerFill = 0;
        this.onHeader();
        this.offset += BLOCK;
      }
    }
  }

  /** Bytes to push before the next header: the data of an extended header being read (0 between entries). */
  get pendingData(): number {
    return this.collecting ? this.remaining + this.padding : 0;
  }

  /** Steps over the data (and padding) of the entry just announced, as if it had been pushed; returns its length. */
  skipData(): number {
    const n = this.remaining + this.padding;
    this.offset += n;
    this.remaining = 0;
    this.padding = 0;
    return n;
  }

  /** The input ended: fails if it stopped inside an entry. */
  end(): void {
    if (this.finished) return;
    if (this.remaining > 0 || this.headerFill > 0 || this.collecting) {
      throw new BinpkgFormatError(this.file, `tar data ends in the middle of an entry (at byte ${this.offset})`);
    }
    this.finished = true; // GNU tar also accepts a missing end-of-archive marker
  }

  private fail(detail: string): never {
    throw new BinpkgFormatError(this.file, `${detail} (tar header at byte ${this.offset})`);
  }

  private onHeader(): void {
    const h = this.header;
    if (isZero(h)) {
      if (++this.zeroBlocks >= 2) this.finished = true;
      return;
    }
    if (this.zeroBlocks) this.fail('data after an end-of-archive block');
    if (!checksumOk(h)) this.fail('bad tar header checksum');
    const flag = String.fromCharCode(h[156]);
    const size = this.pending.size ?? num(h, 124, 12, () => this.fail('bad size field'));
    if (size > Number.MAX_SAFE_INTEGER) this.fail('entry size too large');
    const padded = (BLOCK - (size % BLOCK)) % BLOCK;
    if (flag === 'x' || flag === 'g' || flag === 'L' || flag === 'K') {
      if (size > LIMITS.smallMemberBytes) this.fail(`extended header of ${size} bytes`);
      this.startData(size, padded, { parts: [], got: 0, meta: flag });
      return;
    }
    if (++this.entries > LIMITS.imageEntries) this.fail(`more than ${LIMITS.imageEntries} entries`);
    const ustar = h.toString('latin1', 257, 263) === 'ustar\0';
    const prefix = ustar ? cstr(h, 345, 155) : '';
    const rawName = cstr(h, 0, 100);
    const p = this.pending;
    const entry: TarEntry = {
      name: p.path ?? (prefix ? `${prefix}/${rawName}` : rawName),
      type: TYPES[flag] ?? 'other',
      size,
      mode: num(h, 100, 8, () => 0) & 0o7777,
      uid: num(h, 108, 8, () => 0),
      gid: num(h, 116, 8, () => 0),
      uname: p.uname ?? cstr(h, 265, 32),
      gname: p.gname ?? cstr(h, 297, 32),
      mtime: p.mtime ?? num(h, 136, 12, () => 0),
      linkname: p.linkpath ?? cstr(h, 157, 100),
    };
    this.pending = {};
    // Hard links, devices and directories carry no data whatever size they claim (GNU tar semantics).
    const dataSize = entry.type === 'hardlink' || entry.type === 'symlink' || entry.type === 'dir' ? 0 : size;
    if (entry.type === 'hardlink' || entry.type === 'symlink' || entry.type === 'dir') entry.size = 0;
    const keep = this.opts.keep?.(entry);
    if (keep !== undefined) {
      if (dataSize > keep) this.fail(`entry "${displayName(entry.name)}" declares ${dataSize} bytes, more than the ${keep} allowed`);
      this.startData(dataSize, (BLOCK - (dataSize % BLOCK)) % BLOCK, { parts: [], got: 0, entry });
      return;
    }
    this.opts.onEntry(entry);
    this.startData(dataSize, (BLOCK - (dataSize % BLOCK)) % BLOCK, undefined);
  }

  private startData(size: number, padding: number, collecting: TarScanner['collecting']): void {
    this.remaining = size;
    this.padding = padding;
    this.collecting = collecting;
    if (size === 0) this.finishData();
  }

  private collect(part: Uint8Array): void {
    const c = this.collecting!;
    c.parts.push(Buffer.from(part));
    c.got += part.length;
  }

  private finishData(): void {
    const c = this.collecting;
    if (!c) return;
    this.collecting = undefined;
    const data = Buffer.concat(c.parts, c.got);
    if (c.entry) {
      this.opts.onEntry(c.entry, data);
      return;
    }
    if (c.meta === 'L') this.pending.path = cstr(data, 0, data.length);
    else if (c.meta === 'K') this.pending.linkpath = cstr(data, 0, data.length);
    else if (c.meta === 'x') this.applyPax(data);
  }

  private applyPax(data: Buffer): void {
    let i = 0;
    while (i < data.length) {
      const sp = data.indexOf(0x20, i);
      if (sp < 0) this.fail('malformed pax header');
      const len = Number(data.toString('latin1', i, sp));
      if (!Number.isInteger(len) || len <= sp - i + 1 || i + len > data.length) this.fail('malformed pax record length');
      const rec = data.toString('utf8', sp + 1, i + len - 1);
      const eq = rec.indexOf('=');
      if (eq < 0) this.fail('malformed pax record');
      const key = rec.slice(0, eq);
      const value = rec.slice(eq + 1);
      if (key === 'path') this.pending.path = value;
      else if (key === 'linkpath') this.pending.linkpath = value;
      else if (key === 'uname') this.pending.uname = value;
      else if (key === 'gname') this.pending.gname = value;
      else if (key === 'mtime') this.pending.mtime = Math.floor(Number(value)) || 0;
      else if (key === 'size') {
        const s = Number(value);
        if (!/^\d+$/.test(value) || !Number.isSafeInteger(s)) this.fail('malformed pax size');
        this.pending.size = s;
      }
      i += len;
    }
  }
}

function isZero(b: Buffer): boolean {
  for (let i = 0; i < BLOCK; i++) if (b[i] !== 0) return false;
  return true;
}

function checksumOk(h: Buffer): boolean {
  let unsigned = 0;
  let signed = 0;
  for (let i = 0; i < BLOCK; i++) {
    const v = i >= 148 && i < 156 ? 0x20 : h[i];
    unsigned += v;
    signed += v > 127 ? v - 256 : v;
  }
  const want = num(h, 148, 8, () => -1);
  return want === unsigned || want === signed;
}

function cstr(b: Buffer, off: number, len: number): string {
  const end = b.indexOf(0, off);
  return b.toString('utf8', off, end < 0 || end > off + len ? off + len : end);
}

/** Octal text (NUL/space terminated) or GNU base-256. */
function num(b: Buffer, off: number, len: number, bad: () => number): number {
  if (b[off] & 0x80) {
    let v = b[off] & 0x7f;
    for (let i = 1; i < len; i++) v = v * 256 + b[off + i];
    return v;
  }
  let v = 0;
  let i = off;
  const end = off + len;
  while (i < end && b[i] === 0x20) i++;
  let digits = 0;
  for (; i < end; i++) {
    const c = b[i];
    if (c === 0 || c === 0x20) break;
    if (c < 0x30 || c > 0x37) return bad();
    v = v * 8 + (c - 0x30);
    digits++;
  }
  return digits ? v : 0;
}

/**
 * The entries of an uncompressed tar read by random access (a GPKG's outer tar): each entry with the offset of its
 * data, which is never read here. Headers go through TarScanner, so both tar layers are parsed by one reader.
 */
export async function* tarMembers(src: ByteSource): AsyncGenerator<{ entry: TarEntry; offset: number }> {
  let announced: TarEntry | undefined;
  const scanner = new TarScanner(src.name, { onEntry: (e) => (announced = e) });
  for (let off = 0; !scanner.done; ) {
    const block = off < src.size ? await src.read(off, scanner.pendingData || BLOCK) : Buffer.alloc(0);
    if (!block.length) {
      scanner.end();
      break;
    }
    scanner.push(block);
    off += block.length;
    if (!announced) continue;
    const entry = announced;
    announced = undefined;
    if (off + entry.size > src.size) {
      throw new BinpkgFormatError(src.name, `entry "${displayName(entry.name)}" declares ${entry.size} bytes, more than the file holds`);
    }
    yield { entry, offset: off };
    off += scanner.skipData();
  }
}
