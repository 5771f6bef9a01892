/**
 * GPKG (`.gpkg.tar`): an uncompressed outer tar, read by random access (tarMembers), holding `<PF>[-N]/gpkg-1`,
 * `metadata.tar.*`, `image.tar.*`, `Manifest` and optional `*.sig`. Each member is hashed while it streams,
 * metadata is decoded, and the image is listed (never extracted). Structural lies in the outer tar throw;
 * a broken inner member is recorded in `problems` so the Manifest status can still say what went wrong.
 */
import type { ByteSource } from './byteSource';
import { decompressStream, detectCompression, SUFFIX, type Compression } from './decompress';
import { MemberHasher, verifyManifest, type ManifestStatus, type MemberDigest } from './manifest';
import { BinpkgFormatError, LIMITS, displayName } from './safety';
import { peek } from './streamTools';
import { TarScanner, tarMembers, type TarEntry } from './tarScan';

export interface GpkgContents {
  /** `hello-1.0-1`: the directory every member sits in. */
  topDir: string;
  members: { name: string; size: number; compression?: Compression }[];
  names: string[];
  values: Map<string, Buffer>;
  imageEntries: TarEntry[];
  imageCompression?: Compression;
  metadataCompression?: Compression;
  manifest: ManifestStatus;
  signatures: string[];
  problems: string[];
}

export interface GpkgReadOptions {
  /** List the image (default true). */
  listFiles?: boolean;
  /** Hash members and check the Manifest (default true). */
  verify?: boolean;
  /** Called for each image entry as it is found (the list is still collected unless collect is false). */
  onImageEntry?: (e: TarEntry) => void;
  collectImageEntries?: boolean;
}

const MEMBER_RE = /^(gpkg-1|Manifest|(?:metadata|image)\.tar(?:\.[a-z0-9]+)?)(\.sig)?$/;

export async function readGpkg(src: ByteSource, opts: GpkgReadOptions = {}): Promise<GpkgContents> {
  const verify = opts.verify !== false;
  const out: GpkgContents = {
    topDir: '', members: [], names: [], values: new Map(), imageEntries: [], signatures: [], problems: [],
    manifest: { state: 'unverified', signed: false, checks: [], problems: [], summary: 'not checked' },
  };
  const digests = new Map<string, MemberDigest>();
  let manifestText: string | undefined;
  let sawMarker = false;
  try {
    for await (const { entry: h, offset } of outerMembers(src)) {
      const name = h.name;
      if (name.startsWith('/') || name.split('/').includes('..')) {
        throw new BinpkgFormatError(src.name, `member "${displayName(name)}" has an unsafe path`);
      }
      const parts = name.split('/').filter(Boolean);
      if (h.type === 'dir' && parts.length === 1) continue;
      if (parts.length !== 2) throw new BinpkgFormatError(src.name, `member "${displayName(name)}" is not inside a single package directory`);
      if (!out.topDir) out.topDir = parts[0];
      else if (out.topDir !== parts[0]) {
        throw new BinpkgFormatError(src.name, `members in two directories ("${displayName(out.topDir)}" and "${displayName(parts[0])}")`);
      }
      const base = parts[1];
      if (h.type !== 'file') {
        throw new BinpkgFormatError(src.name, `member "${displayName(name)}" is a ${h.type === 'dir' ? 'directory' : h.type}, not a regular file`);
      }
      if (digests.has(base)) throw new BinpkgFormatError(src.name, `member "${displayName(base)}" appears twice`);
      const m = MEMBER_RE.exec(base);
      const hasher = verify ? new MemberHasher() : undefined;
      const member: GpkgContents['members'][number] = { name: base, size: h.size };
      out.members.push(member);
      if (out.members.length === 1 && base !== 'gpkg-1') out.problems.push(`the first member is "${displayName(base)}", not gpkg-1`);
      // One read buffer per member, reused: every reader below is done with a chunk before it asks for the next.
      const entry = src.stream(offset, h.size, true);
      if (!m) {
        out.problems.push(`unknown member "${displayName(base)}" ignored`);
        await consume(entry, hasher);
      } else if (base === 'gpkg-1') {
        sawMarker = true;
        await consume(entry, hasher);
      } else if (m[2]) {
        out.signatures.push(base);
        await consume(entry, hasher);
      } else if (base === 'Manifest') {
        manifestText = (await consume(entry, hasher, LIMITS.smallMemberBytes, `${src.name} (Manifest)`))!.toString('utf8');
      } else if (base.startsWith('metadata.tar')) {
        member.compression = await readInner(entry, hasher, src.name, base, out, 'metadata');
        out.metadataCompression = member.compression;
      } else if (opts.listFiles === false) {
        await consume(entry, hasher);
      } else {
        member.compression = await readInner(entry, hasher, src.name, base, out, 'image', opts);
        out.imageCompression = member.compression;
      }
      if (hasher) digests.set(base, hasher.digest());
      // Metadata only (the artifacts tree): no need to look at a multi-GB image.
      if (!verify && opts.listFiles === false && out.metadataCompression && sawMarker) break;
    }
  } catch (e) {
    if (e instanceof BinpkgFormatError) throw e;
    throw new BinpkgFormatError(src.name, `not a valid GPKG tar archive: ${e instanceof Error ? e.message : String(e)}`);
  }
  if (!sawMarker) throw new BinpkgFormatError(src.name, 'no gpkg-1 member: this is not a GPKG binary package');
  if (!out.members.some((x) => x.name.startsWith('metadata.tar') && !x.name.endsWith('.sig'))) {
    throw new BinpkgFormatError(src.name, 'no metadata.tar member: the package metadata is missing');
  }
  out.manifest = verify
    ? verifyManifest(manifestText, digests, (n) => n === 'Manifest' || n.endsWith('.sig'))
    : { state: 'unverified', signed: false, checks: [], problems: [], summary: 'Manifest not checked' };
  return out;
}

type Entry = AsyncIterable<Uint8Array>;

/** The outer tar's members; what is wrong with the tar itself is said as such. */
async function* outerMembers(src: ByteSource): AsyncGenerator<{ entry: TarEntry; offset: number }> {
  try {
    yield* tarMembers(src);
  } catch (e) {
    const detail = e instanceof BinpkgFormatError ? e.message.slice(e.file.length + 2) : e instanceof Error ? e.message : String(e);
    throw new BinpkgFormatError(src.name, `not a valid GPKG tar archive: ${detail}`);
  }
}

/** Read the rest of an entry through the hasher; keep the bytes when `keep` is given (a size cap). */
async function consume(entry: Entry, hasher: MemberHasher | undefined, keep?: number, label = 'member'): Promise<Buffer | undefined> {
  if (!hasher && keep === undefined) return undefined;
  const parts: Buffer[] = [];
  let got = 0;
  for await (const c of entry) {
    hasher?.update(c);
    if (keep !== undefined) {
      got += c.length;
      if (got > keep) throw new BinpkgFormatError(label, `larger than the ${keep}-byte limit for this member`);
      parts.push(Buffer.from(c));
    }
  }
  return keep !== undefined ? Buffer.concat(parts, got) : undefined;
}

/** Decompress and walk a metadata.tar.* or image.tar.* member; failures become problems, the rest is still hashed. */
async function readInner(
  entry: Entry, hasher: MemberHasher | undefined, file: string, base: string, out: GpkgContents,
  which: 'metadata' | 'image', opts: GpkgReadOptions = {},
): Promise<Compression | undefined> {
  const it = entry[Symbol.asyncIterator]();
  async function* hashed(): AsyncGenerator<Uint8Array> {
    for (;;) {
      const r = await it.next();
      if (r.done) return;
      hasher?.update(r.value);
      yield r.value;
    }
  }
  const label = `${file} (${base})`;
  let kind: Compression | undefined;
  try {
    const { head, stream } = await peek(hashed(), 262);
    kind = detectCompression(head);
    if (!kind) throw new BinpkgFormatError(label, `unknown compression (first bytes ${head.subarray(0, 4).toString('hex')})`);
    const ext = base.slice(base.indexOf('.tar') + 4);
    if (ext !== SUFFIX[kind]) out.problems.push(`${base}: the data is ${kind}, not what the name says`);
    let total = 0;
    const scanner = new TarScanner(label, which === 'metadata'
      ? {
          keep: (e) => (e.type === 'file' ? LIMITS.metadataValueBytes : undefined),
          onEntry: (e, data) => {
            const key = e.name.startsWith('metadata/') ? e.name.slice('metadata/'.length) : '';
            if (e.type !== 'file' || !key || key.includes('/')) {
              if (e.type !== 'dir') out.problems.push(`metadata entry "${displayName(e.name)}" ignored`);
              return;
            }
            if (!out.values.has(key)) out.names.push(key);
            out.values.set(key, data ?? Buffer.alloc(0));
          },
        }
      : {
          onEntry: (e) => {
            opts.onImageEntry?.(e);
            if (opts.collectImageEntries !== false) out.imageEntries.push(e);
          },
        });
    for await (const chunk of decompressStream(kind, stream, label, true)) {
      if (which === 'metadata' && (total += chunk.length) > LIMITS.metadataTarBytes) {
        throw new BinpkgFormatError(label, `decompresses to more than ${LIMITS.metadataTarBytes} bytes`);
      }
      if (!scanner.done) scanner.push(chunk);
    }
    scanner.end();
  } catch (e) {
    if (!(e instanceof BinpkgFormatError)) throw e;
    out.problems.push(e.message);
  }
  for (;;) {
    const r = await it.next();
    if (r.done) break;
    hasher?.update(r.value);
  }
  return kind;
}
