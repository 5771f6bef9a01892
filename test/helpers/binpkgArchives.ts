/**
 * Builders for binary packages in tests: tar archives through tar-stream, raw tar headers for lies
 * tar-stream refuses to write, GPKG outer tars with a correct Manifest, XPAK files, and compression
 * through the system tools when they exist (zstd, bzip2, xz, lz4) or node:zlib (gzip).
 */
import { createHash } from 'node:crypto';
import { execFileSync, spawnSync } from 'node:child_process';
import { gzipSync } from 'node:zlib';
import * as tar from 'tar-stream';
import { encodeXpak } from '../../src/core/binpkg/xpak';

export interface TarItem {
  name: string;
  data?: Buffer | string;
  type?: 'file' | 'directory' | 'symlink' | 'link';
  linkname?: string;
  mode?: number;
}

export async function makeTar(items: TarItem[]): Promise<Buffer> {
  const pack = tar.pack();
  const chunks: Buffer[] = [];
  pack.on('data', (c: unknown) => {
    chunks.push(c as Buffer);
  });
  const done = new Promise<void>((res, rej) => {
    pack.on('end', () => res());
    pack.on('error', rej);
  });
  for (const it of items) {
    const data = it.data === undefined ? undefined : Buffer.from(it.data);
    const header = { name: it.name, type: it.type ?? 'file', linkname: it.linkname, mode: it.mode ?? (it.type === 'directory' ? 0o755 : 0o644), uid: 0, gid: 0, uname: 'root', gname: 'root', mtime: new Date(1795505652000) };
    await new Promise<void>((res, rej) => {
      pack.entry(header, data ?? Buffer.alloc(0), (e) => (e ? rej(e) : res()));
    });
  }
  pack.finalize();
  await done;
  return Buffer.concat(chunks);
}

/** A ustar header with any size and type, checksum correct: for archives that lie about themselves. */
export function rawTarHeader(name: string, size: number, type = '0', linkname = ''): Buffer {
  const h = Buffer.alloc(512);
  h.write(name, 0, 100, 'utf8');
  h.write('0000644\0', 100);
  h.write('0000000\0', 108);
  h.write('0000000\0', 116);
  h.write(size.toString(8).padStart(11, '0') + '\0', 124);
  h.write('00000000000\0', 136);
  h.write(type, 156);
  h.write(linkname, 157, 100);
  h.write('ustar\u000000', 257, 'latin1');
  h.fill(0x20, 148, 156);
  let sum = 0;
  for (const b of h) sum += b;
  h.write(sum.toString(8).padStart(6, '0') + '\0 ', 148, 'latin1');
  return h;
}

export function hasTool(tool: string): boolean {
  return spawnSync(tool, ['--version'], { stdio: 'ignore' }).status === 0;
}

export function compress(kind: 'zstd' | 'bzip2' | 'xz' | 'lz4' | 'gzip', data: Buffer): Buffer {
  if (kind === 'gzip') return gzipSync(data);
  const args: Record<string, string[]> = { zstd: ['-q', '-c'], bzip2: ['-c'], xz: ['-c'], lz4: ['-q', '-c'] };
  return execFileSync(kind, args[kind], { input: data, maxBuffer: 1 << 30 });
}

export function manifestFor(members: { name: string; data: Buffer }[]): string {
  return members
    .map((m) => `DATA ${m.name} ${m.data.length} BLAKE2B ${createHash('blake2b512').update(m.data).digest('hex')} SHA512 ${createHash('sha512').update(m.data).digest('hex')}\n`)
    .join('');
}

/** A GPKG outer tar; `manifest: true` computes a correct Manifest for the members given. */
export async function makeGpkg(top: string, members: { name: string; data: Buffer }[], manifest: boolean | string = true): Promise<Buffer> {
  const items: TarItem[] = members.map((m) => ({ name: `${top}/${m.name}`, data: m.data }));
  if (manifest !== false) items.push({ name: `${top}/Manifest`, data: manifest === true ? manifestFor(members) : manifest });
  return makeTar(items);
}

export function metadataItems(values: Record<string, string>): TarItem[] {
  return Object.entries(values).map(([k, v]) => ({ name: `metadata/${k}`, data: v }));
}

/** A minimal but complete GPKG built in memory (gzip members, pure JS). */
export async function simpleGpkg(opts: { top?: string; metadata?: Record<string, string>; image?: TarItem[] } = {}): Promise<Buffer> {
  const metadata = opts.metadata ?? { CATEGORY: 'app-misc\n', PF: 'demo-1.0\n', SLOT: '0\n', USE: 'amd64\n', IUSE: '\n', DESCRIPTION: 'demo\n' };
  const image = opts.image ?? [{ name: 'image/', type: 'directory' }, { name: 'image/usr/bin/demo', data: 'x', mode: 0o755 }];
  const meta = compress('gzip', await makeTar(metadataItems(metadata)));
  const img = compress('gzip', await makeTar(image));
  return makeGpkg(opts.top ?? 'demo-1.0', [
    { name: 'gpkg-1', data: Buffer.alloc(0) },
    { name: 'metadata.tar.gz', data: meta },
    { name: 'image.tar.gz', data: img },
  ]);
}

/** An XPAK package: compressed tarball then the XPAK trailer. */
export function makeXpak(tarball: Buffer, entries: Record<string, string | Buffer>): Buffer {
  return Buffer.concat([tarball, encodeXpak(entries)]);
}
