/**
 * XPAK (`.tbz2`, `.xpak`): `[compressed tarball][XPAKPACK u32 index_len u32 data_len index data XPAKSTOP][u32 len]["STOP"]`,
 * all integers big-endian. Read from the end of the file with two small reads; every length is checked
 * against the file before it is trusted.
 */
import type { ByteSource } from './byteSource';
import { BinpkgFormatError, LIMITS, displayName } from './safety';

export interface XpakData {
  /** Bytes [0, tarballLength) hold the compressed image tarball. */
  tarballLength: number;
  /** Entry names in index order. */
  names: string[];
  values: Map<string, Buffer>;
}

const PACK = Buffer.from('XPAKPACK');
const STOP = Buffer.from('XPAKSTOP');

export async function readXpak(src: ByteSource): Promise<XpakData> {
  if (src.size < 8 + 24) throw new BinpkgFormatError(src.name, `too small for an XPAK trailer (${src.size} bytes)`);
  const tail = await src.read(src.size - 8, 8);
  if (tail.toString('latin1', 4, 8) !== 'STOP') {
    throw new BinpkgFormatError(src.name, 'no XPAK trailer ("STOP" missing at the end): not a Portage binary package, or truncated');
  }
  const len = tail.readUInt32BE(0);
  if (len < 24 || len + 8 > src.size) {
    throw new BinpkgFormatError(src.name, `XPAK trailer declares ${len} bytes of metadata, but the file has only ${src.size - 8} before it`);
  }
  if (len > LIMITS.xpakBytes) throw new BinpkgFormatError(src.name, `XPAK metadata of ${len} bytes is larger than the ${LIMITS.xpakBytes}-byte limit`);
  const start = src.size - 8 - len;
  const seg = await src.read(start, len);
  const { names, values } = parseXpakSegment(src.name, seg);
  return { tarballLength: start, names, values };
}

/** Parse `XPAKPACK … XPAKSTOP` (pure; used by the fuzzer directly). */
function parseXpakSegment(file: string, seg: Buffer): { names: string[]; values: Map<string, Buffer> } {
  const bad = (d: string): never => {
    throw new BinpkgFormatError(file, `corrupt XPAK metadata: ${d}`);
  };
  if (seg.length < 24 || !seg.subarray(0, 8).equals(PACK)) bad('"XPAKPACK" missing where the trailer says the metadata starts');
  if (!seg.subarray(seg.length - 8).equals(STOP)) bad('"XPAKSTOP" missing before the trailer');
  const indexLen = seg.readUInt32BE(8);
  const dataLen = seg.readUInt32BE(12);
  if (16 + indexLen + dataLen + 8 !== seg.length) {
    bad(`index (${indexLen}) and data (${dataLen}) lengths do not add up to the ${seg.length}-byte segment`);
  }
  const index = seg.subarray(16, 16 + indexLen);
  const data = seg.subarray(16 + indexLen, 16 + indexLen + dataLen);
  const names: string[] = [];
  const values = new Map<string, Buffer>();
  let i = 0;
  while (i < index.length) {
    if (i + 4 > index.length) bad('index entry header cut short');
    const nameLen = index.readUInt32BE(i);
    if (nameLen === 0 || i + 4 + nameLen + 8 > index.length) bad(`index entry at ${i} has an impossible name length ${nameLen}`);
    const name = index.toString('utf8', i + 4, i + 4 + nameLen);
    const off = index.readUInt32BE(i + 4 + nameLen);
    const len = index.readUInt32BE(i + 8 + nameLen);
    if (off + len > data.length) bad(`entry "${displayName(name)}" points past the data area (${off}+${len} > ${data.length})`);
    if (values.has(name)) bad(`entry "${displayName(name)}" appears twice`);
    names.push(name);
    values.set(name, data.subarray(off, off + len));
    i += 12 + nameLen;
  }
  return { names, values };
}

/** Encode entries as Portage's xpak_mem does (sorted by byte value). Used to build test packages. */
export function encodeXpak(entries: Record<string, string | Buffer>): Buffer {
  const names = Object.keys(entries).sort((a, b) => Buffer.compare(Buffer.from(a), Buffer.from(b)));
  const idx: Buffer[] = [];
  const dat: Buffer[] = [];
  let off = 0;
  for (const n of names) {
    const v = Buffer.isBuffer(entries[n]) ? (entries[n] as Buffer) : Buffer.from(entries[n] as string);
    const nb = Buffer.from(n);
    const h = Buffer.alloc(4 + nb.length + 8);
    h.writeUInt32BE(nb.length, 0);
    nb.copy(h, 4);
    h.writeUInt32BE(off, 4 + nb.length);
    h.writeUInt32BE(v.length, 8 + nb.length);
    idx.push(h);
    dat.push(v);
    off += v.length;
  }
  const index = Buffer.concat(idx);
  const data = Buffer.concat(dat);
  const head = Buffer.alloc(16);
  PACK.copy(head);
  head.writeUInt32BE(index.length, 8);
  head.writeUInt32BE(data.length, 12);
  const seg = Buffer.concat([head, index, data, STOP]);
  const trailer = Buffer.alloc(8);
  trailer.writeUInt32BE(seg.length, 0);
  trailer.write('STOP', 4, 'latin1');
  return Buffer.concat([seg, trailer]);
}
