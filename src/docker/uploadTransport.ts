/**
 * The remote side of the transport seam: an engine on another machine cannot bind-mount our folders, so
 * overlays, overrides and generated files are packed into one tar and put into the created container before it
 * starts (symlinks, modes and times kept; VCS folders, node_modules, and the overlay's top-level artifacts/,
 * distfiles/ and dot entries left out: Portage reads none of them), and
 * packages and logs come back with getArchive, extracted safely (transport.ts).
 */
import { createReadStream, promises as fs } from 'node:fs';
import * as path from 'node:path';
import { Transform, type Readable } from 'node:stream';
import type Docker from 'dockerode';
import * as tar from 'tar-stream';
import type { ContainerInput } from '../core/buildModel';
import { UserError } from '../core/userError';
import { downloadFiles, type DownloadOptions, type Transport, type TransferProgress } from './transport';

/** Never needed by a build, often large. */
const SKIP_ANYWHERE = new Set(['.git', '.svn', '.hg', 'node_modules']);
/** Build outputs and caches that sit at the top of a workspace overlay (top-level dot entries too: .vscode, .portage, .github). */
const SKIP_AT_TOP = new Set(['artifacts', 'distfiles']);
const skipped = (name: string, top: boolean) => SKIP_ANYWHERE.has(name) || (top && (SKIP_AT_TOP.has(name) || name.startsWith('.')));

export interface UploadStats {
  bytes: number;
  files: number;
  ms: number;
}

export const uploadTransport: Transport = {
  name: 'upload',
  mounts: () => [],
  packagesBound: () => false,
  async upload(container, spec, onProgress) {
    await uploadInputs(container, spec.inputs, onProgress);
  },
  download: downloadDir,
};

/** Packs the inputs and puts them at their container paths; reports bytes sent and time taken. */
export async function uploadInputs(container: Docker.Container, inputs: ContainerInput[], onProgress?: (p: TransferProgress) => void): Promise<UploadStats> {
  const start = Date.now();
  const { stream, done } = packInputs(inputs);
  let bytes = 0;
  // Count in transform(), not with a 'data' listener: that would start the flow before putArchive pipes it.
  const counted = new Transform({ transform(chunk: Buffer, _enc, cb) { bytes += chunk.length; cb(null, chunk); } });
  stream.on('error', (e) => counted.destroy(e));
  stream.pipe(counted);
  // Names are relative to `/`, which always exists (putArchive needs an existing target: engines.md).
  const put = container.putArchive(counted as unknown as NodeJS.ReadableStream, { path: '/' });
  const [files] = await Promise.all([done, put]);
  const stats = { bytes, files, ms: Date.now() - start };
  onProgress?.({ bytes: stats.bytes, ms: stats.ms });
  return stats;
}

/** A tar of all inputs, entries named by their container paths relative to `/`. `done` resolves to the entry count. */
type EntryHeader = Omit<Parameters<ReturnType<typeof tar.pack>['entry']>[0], 'uid' | 'gid' | 'uname' | 'gname'>;

export function packInputs(inputs: ContainerInput[]): { stream: Readable; done: Promise<number> } {
  const pack = tar.pack();
  let count = 0;
  const add = (header: EntryHeader, body?: Buffer | string): Promise<void> =>
    new Promise((resolve, reject) => {
      count++;
      pack.entry({ uid: 0, gid: 0, uname: 'root', gname: 'root', ...header }, body as Buffer, (err) => (err ? reject(err) : resolve()));
    });
  const addFile = async (hostPath: string, name: string, st: import('node:fs').Stats): Promise<void> => {
    count++;
    await new Promise<void>((resolve, reject) => {
      const entry = pack.entry({ name, type: 'file', size: st.size, mode: st.mode & 0o7777, mtime: st.mtime, uid: 0, gid: 0, uname: 'root', gname: 'root' },
        (err) => (err ? reject(err) : resolve()));
      const src = createReadStream(hostPath);
      src.on('error', (e) => { entry.destroy(e); reject(e); });
      src.pipe(entry);
    });
  };
  const walk = async (hostPath: string, name: string, top: boolean): Promise<void> => {
    const st = await fs.lstat(hostPath);
    if (st.isSymbolicLink()) {
      await add({ name, type: 'symlink', linkname: await fs.readlink(hostPath), mode: 0o777, mtime: st.mtime });
    } else if (st.isDirectory()) {
      await add({ name: `${name}/`, type: 'directory', mode: st.mode & 0o7777, mtime: st.mtime });
      const children = (await fs.readdir(hostPath)).sort();
      for (const child of children) {
        if (skipped(child, top)) continue;
        await walk(path.join(hostPath, child), `${name}/${child}`, false);
      }
    } else if (st.isFile()) {
      await addFile(hostPath, name, st);
    } // sockets, fifos and devices have no place in an overlay
  };
  const done = (async () => {
    for (const input of inputs) {
      const name = relName(input.containerPath);
      if (input.kind === 'content') {
        await add({ name, type: 'file', mode: input.mode ?? 0o644, mtime: new Date() }, Buffer.from(input.content, 'utf8'));
        continue;
      }
      try {
        if (input.kind === 'file') {
          // A file input is its content (a symlinked override file uploads what it points to, as a bind mount shows).
          await addFile(input.hostPath, name, await fs.stat(input.hostPath));
        } else {
          await walk(await fs.realpath(input.hostPath), name, true);
        }
      } catch (e) {
        throw new UserError(`Cannot upload ${input.hostPath} to ${input.containerPath}: ${(e as Error).message}.`,
          'Check that the folder exists and is readable, then build again.', 'upload-failed');
      }
    }
    pack.finalize();
    return count;
  })();
  done.catch((e) => pack.destroy(e));
  return { stream: pack as unknown as Readable, done };
}

function relName(containerPath: string): string {
  const rel = path.posix.normalize(containerPath).replace(/^\/+/, '').replace(/\/+$/, '');
  if (!rel || rel.split('/').includes('..')) throw new UserError(`The container path "${containerPath}" is not a valid upload target.`, 'Use an absolute path inside the container.', 'upload-failed');
  return rel;
}

/**
 * Brings `containerPath` back into `localDir` (regular files only, nothing outside `localDir`). A path that does
 * not exist gives [] — docker says 404, podman a 500 "no such file or directory".
 */
export async function downloadDir(container: Docker.Container, containerPath: string, localDir: string, opts: DownloadOptions = { stripFirst: true }): Promise<string[]> {
  try {
    return await downloadFiles(container, containerPath, localDir, opts);
  } catch (e) {
    const err = e as { statusCode?: number; message?: string; json?: { message?: string } };
    if (/no such file or directory|could not find the file/i.test(`${err.message ?? ''} ${err.json?.message ?? ''}`)) return [];
    throw e;
  }
}

