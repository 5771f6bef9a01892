/**
 * The seam between a ContainerSpec and an engine: how sources reach the container and how packages and logs
 * come back. On an engine that shares this machine's filesystem, sources are read-only bind mounts and the
 * packages folder is a bind mount of a staging folder; elsewhere everything goes through putArchive/getArchive.
 */
import type Docker from 'dockerode';
import type { ContainerInput, ContainerSpec } from '../core/buildModel';
import { extractFiles, packContents } from './archive';

export interface TransferProgress {
  bytes: number;
  ms: number;
}

export interface Transport {
  readonly name: 'bind' | 'upload';
  /** Mounts for HostConfig.Mounts (bind transport only). */
  mounts(spec: ContainerSpec, stagingDir: string): Docker.MountSettings[];
  /** True when the packages folder is bound to `stagingDir`; else `download` brings packages back. */
  packagesBound(spec: ContainerSpec): boolean;
  /** Puts what is not bound into the created (not yet started) container. */
  upload(container: Docker.Container, spec: ContainerSpec, onProgress?: (p: TransferProgress) => void): Promise<void>;
  /**
   * Copies the regular files at/under `containerPath` into `localDir` ([] when the path does not exist).
   * `stripFirst`: a folder's own name is dropped, so its contents land directly in `localDir`.
   */
  download(container: Docker.Container, containerPath: string, localDir: string, opts: DownloadOptions): Promise<string[]>;
}

export interface DownloadOptions {
  stripFirst: boolean;
  /** Only files modified at or after this time (a shared cache folder holds older packages too). */
  newerThan?: Date;
}

type ContentInput = Extract<ContainerInput, { kind: 'content' }>;

export async function downloadFiles(container: Docker.Container, containerPath: string, localDir: string, opts: DownloadOptions): Promise<string[]> {
  let stream: NodeJS.ReadableStream;
  try {
    stream = await container.getArchive({ path: containerPath });
  } catch (e) {
    if ((e as { statusCode?: number }).statusCode === 404) return [];
    throw e;
  }
  return extractFiles(stream, localDir, opts);
}

export const bindTransport: Transport = {
  name: 'bind',
  mounts(spec, stagingDir) {
    const mounts: Docker.MountSettings[] = [];
    for (const input of spec.inputs) {
      if (input.kind === 'content') continue;
      mounts.push({ Type: 'bind', Source: input.hostPath, Target: input.containerPath, ReadOnly: true });
    }
    if (!spec.packagesDirIsCache) mounts.push({ Type: 'bind', Source: stagingDir, Target: spec.packagesDir, ReadOnly: false });
    return mounts;
  },
  packagesBound: (spec) => !spec.packagesDirIsCache,
  async upload(container, spec, onProgress) {
    const contents = spec.inputs.filter((i): i is ContentInput => i.kind === 'content');
    if (!contents.length) return;
    const start = Date.now();
    await container.putArchive(packContents(contents), { path: '/' });
    onProgress?.({ bytes: contents.reduce((n, c) => n + Buffer.byteLength(c.content), 0), ms: Date.now() - start });
  },
  download: downloadFiles,
};

