/**
 * One entry point for a binary package of either format: `readBinaryPackage(path)` gives the CPV, the
 * metadata by Portage key, the file list (install paths, never extracted), the Manifest status and any
 * problems. This is what the CLI `inspect`, the artifacts tree and the artifacts panel show.
 */
import { basename } from 'node:path';
import { splitPackageVersion } from '../atom';
import { openFileSource, type ByteSource } from './byteSource';
import { decompressStream, detectCompression, type Compression } from './decompress';
import { readGpkg } from './gpkg';
import type { ManifestStatus } from './manifest';
import { decodeEnvironment, decodeMetadata, splitUse, type UseState } from './metadata';
import { BinpkgFormatError, normaliseImagePath, symlinkEscapes } from './safety';
import { peek } from './streamTools';
import { TarScanner, type TarEntry, type TarEntryType } from './tarScan';
import { readXpak } from './xpak';

export type BinpkgFormat = 'gpkg' | 'xpak';

export interface BinpkgFile {
  /** Install path: `/usr/bin/hello`. Control characters are shown escaped. */
  path: string;
  size: number;
  /** Permission bits (0o755). */
  mode: number;
  type: TarEntryType;
  linkTarget?: string;
  uid: number;
  gid: number;
  uname: string;
  gname: string;
  mtime: number;
  /** Why this entry could not be installed safely (climbs out of the root, absolute, symlink out). */
  unsafe?: string;
}

export interface BinaryPackage {
  file: string;
  format: BinpkgFormat;
  /** `app-misc/hello-1.0` */
  cpv: string;
  category: string;
  pf: string;
  pn?: string;
  version?: string;
  buildId?: number;
  /** Size of the package file in bytes. */
  size: number;
  /** Text metadata by Portage key (CATEGORY, PF, SLOT, USE, IUSE, RDEPEND, …), trailing newline removed. */
  metadata: Record<string, string>;
  /** Metadata entry names as stored (includes environment.bz2 and the ebuild). */
  metadataKeys: string[];
  use: UseState;
  ebuild?: { name: string; text: string };
  environment: { present: boolean; compressedSize: number };
  files: BinpkgFile[];
  compression: { image?: Compression; metadata?: Compression };
  manifest: ManifestStatus;
  /** GPKG signature members (`image.tar.zst.sig`, …); not verified. */
  signatures: string[];
  /** Problems found while reading, for the user to see (unsafe paths, corrupt members, odd layout). */
  problems: string[];
}

export interface ReadOptions {
  listFiles?: boolean;
  /** Hash GPKG members against the Manifest (default true). */
  verify?: boolean;
}

const NO_MANIFEST: ManifestStatus = { state: 'not-applicable', signed: false, checks: [], problems: [], summary: 'XPAK packages carry no Manifest' };

export async function readBinaryPackage(path: string, opts: ReadOptions = {}): Promise<BinaryPackage> {
  let src: ByteSource;
  try {
    src = await openFileSource(path);
  } catch (e) {
    throw new BinpkgFormatError(path, `cannot be read: ${(e as Error).message}`, 'Check that the file exists and is readable.');
  }
  try {
    return await readBinaryPackageFrom(src, opts);
  } finally {
    await src.close();
  }
}

async function detectFormat(src: ByteSource): Promise<BinpkgFormat> {
  const tail = await src.read(Math.max(0, src.size - 4), 4);
  if (tail.toString('latin1') === 'STOP') return 'xpak';
  const head = await src.read(0, 262);
  if (head.toString('latin1', 257, 262) === 'ustar') return 'gpkg';
  throw new BinpkgFormatError(src.name, 'neither a GPKG (.gpkg.tar) nor an XPAK (.tbz2/.xpak) binary package');
}

export async function readBinaryPackageFrom(src: ByteSource, opts: ReadOptions = {}): Promise<BinaryPackage> {
  const format = await detectFormat(src);
  const problems: string[] = [];
  let names: string[];
  let values: Map<string, Buffer>;
  let entries: TarEntry[] = [];
  let root: string;
  let manifest = NO_MANIFEST;
  let signatures: string[] = [];
  const compression: BinaryPackage['compression'] = {};
  let dirBuildId: number | undefined;
  if (format === 'gpkg') {
    const g = await readGpkg(src, { listFiles: opts.listFiles, verify: opts.verify });
    ({ names, values, manifest, signatures } = g);
    entries = g.imageEntries;
    problems.push(...g.problems);
    compression.image = g.imageCompression;
    compression.metadata = g.metadataCompression;
    root = 'image';
    const m = /-(\d+)$/.exec(g.topDir);
    if (m) dirBuildId = Number(m[1]);
  } else {
    const x = await readXpak(src);
    ({ names, values } = x);
    root = '';
    if (opts.listFiles !== false) {
      const r = await listTarball(src, x.tarballLength);
      entries = r.entries;
      compression.image = r.compression;
      if (r.problem) problems.push(r.problem);
    }
  }
  const decoded = decodeMetadata(names, values);
  const md = decoded.metadata;
  const category = md.CATEGORY?.trim() ?? '';
  const pf = md.PF?.trim() ?? '';
  if (!category || !pf) throw new BinpkgFormatError(src.name, `metadata lacks ${!category ? 'CATEGORY' : 'PF'}: not a usable binary package`);
  const split = splitPackageVersion(pf);
  const fileBuildId = /-(\d+)\.xpak$/.exec(basename(src.name))?.[1];
  const idText = md.BUILD_ID?.trim();
  const buildId = idText && /^\d+$/.test(idText) ? Number(idText) : dirBuildId ?? (fileBuildId ? Number(fileBuildId) : undefined);
  const files = toFiles(entries, root, problems);
  return {
    file: src.name, format, cpv: `${category}/${pf}`, category, pf, pn: split?.pn, version: split?.version, buildId,
    size: src.size, metadata: md, metadataKeys: decoded.keys, use: splitUse(md.USE, md.IUSE), ebuild: decoded.ebuild,
    environment: { present: !!decoded.environmentBz2, compressedSize: decoded.environmentBz2?.length ?? 0 },
    files, compression, manifest, signatures, problems,
  };
}

/** List the compressed tarball at the start of an XPAK package. */
async function listTarball(src: ByteSource, length: number): Promise<{ entries: TarEntry[]; compression?: Compression; problem?: string }> {
  const entries: TarEntry[] = [];
  const label = `${src.name} (image tarball)`;
  try {
    const { head, stream } = await peek(src.stream(0, length), 262);
    const kind = detectCompression(head);
    if (!kind) throw new BinpkgFormatError(label, `unknown compression (first bytes ${head.subarray(0, 4).toString('hex')})`);
    const scanner = new TarScanner(label, { onEntry: (e) => entries.push(e) });
    for await (const chunk of decompressStream(kind, stream, label, true)) if (!scanner.done) scanner.push(chunk);
    scanner.end();
    return { entries, compression: kind };
  } catch (e) {
    if (!(e instanceof BinpkgFormatError)) throw e;
    return { entries, problem: e.message };
  }
}

function toFiles(entries: TarEntry[], root: string, problems: string[]): BinpkgFile[] {
  const files: BinpkgFile[] = [];
  let unsafe = 0;
  for (const e of entries) {
    const { path, unsafe: why } = normaliseImagePath(e.name, root);
    if (path === '/' && !why) continue; // the image root itself
    const f: BinpkgFile = { path, size: e.size, mode: e.mode, type: e.type, uid: e.uid, gid: e.gid, uname: e.uname, gname: e.gname, mtime: e.mtime };
    if (why) f.unsafe = why;
    if (e.type === 'symlink') {
      f.linkTarget = e.linkname;
      if (!why && symlinkEscapes(path, e.linkname)) f.unsafe = 'symlink points outside the package root';
    } else if (e.type === 'hardlink') {
      const t = normaliseImagePath(e.linkname, root);
      f.linkTarget = t.path;
      if (t.unsafe && !why) f.unsafe = `hard link target ${t.unsafe}`;
    }
    if (f.unsafe && ++unsafe <= 20) problems.push(`unsafe entry ${f.path}: ${f.unsafe}`);
    files.push(f);
  }
  if (unsafe > 20) problems.push(`…and ${unsafe - 20} more unsafe entries`);
  return files;
}

/** The saved build environment of a package, decompressed on demand. */
export async function readEnvironment(path: string): Promise<string | undefined> {
  const src = await openFileSource(path);
  try {
    const format = await detectFormat(src);
    let bz2: Buffer | undefined;
    if (format === 'xpak') bz2 = (await readXpak(src)).values.get('environment.bz2');
    else bz2 = (await readGpkg(src, { listFiles: false, verify: false })).values.get('environment.bz2');
    return bz2 ? await decodeEnvironment(src.name, bz2) : undefined;
  } finally {
    await src.close();
  }
}
