/**
 * WORKDIR, T and D of a kept build as files VS Code can open: `ebuild-build:/<build id>/work/…`, `/temp/…`,
 * `/image/…`. Read over the engine's archive API (so remote engines work too); writes only inside WORKDIR.
 */
import * as vscode from 'vscode';
import { buildPaths } from '../../core/keptBuild';
import { isUserError } from '../../core/userError';
import { listKeptDir, readKeptFile, statKept, writable, writeKeptFile } from '../../docker/keptActions';
import type { Ctx } from '../ctx';
import type { BuildRecord } from '../builds';
import type { KeptEngines } from './keptEngines';

export const KEPT_SCHEME = 'ebuild-build';
export const KEPT_AREAS = [
  ['work', 'WORKDIR', 'sources and build tree (editable)'],
  ['temp', 'T', 'build.log, environment'],
  ['image', 'D', 'what src_install installed'],
] as const;

export function keptUri(record: BuildRecord, area: string, rest = ''): vscode.Uri {
  return vscode.Uri.from({ scheme: KEPT_SCHEME, path: `/${record.id}/${area}${rest ? `/${rest.replace(/^\/+/, '')}` : ''}` });
}

export class KeptFileSystem implements vscode.FileSystemProvider {
  private readonly emitter = new vscode.EventEmitter<vscode.FileChangeEvent[]>();
  readonly onDidChangeFile = this.emitter.event;

  constructor(private readonly ctx: Ctx, private readonly engines: KeptEngines) {}

  /** The record and the container path a URI names. */
  private resolve(uri: vscode.Uri): { record: BuildRecord; path: string } {
    const [, id, area, ...rest] = uri.path.split('/');
    const record = this.ctx.builds.get(id);
    if (!record?.kept) throw vscode.FileSystemError.FileNotFound(`${uri.path}: that build is no longer kept in this window.`);
    const paths = buildPaths(record.kept.info);
    const base = area === 'work' ? paths.work : area === 'temp' ? paths.temp : area === 'image' ? paths.image : undefined;
    if (!base) throw vscode.FileSystemError.FileNotFound(uri);
    const relative = rest.join('/');
    if (relative.split('/').includes('..')) throw vscode.FileSystemError.NoPermissions('Paths with .. are not followed.');
    return { record, path: relative ? `${base}/${relative}` : base };
  }

  private async run<T>(uri: vscode.Uri, op: (r: { record: BuildRecord; path: string }) => Promise<T>): Promise<T> {
    const r = this.resolve(uri);
    try {
      return await op(r);
    } catch (e) {
      if (e instanceof vscode.FileSystemError) throw e;
      const message = isUserError(e) ? e.toString() : (e as Error).message;
      if (isUserError(e) && e.code === 'kept-read-only') throw vscode.FileSystemError.NoPermissions(message);
      if (isUserError(e) && e.code === 'kept-path') throw vscode.FileSystemError.FileNotFound(message);
      throw vscode.FileSystemError.Unavailable(message);
    }
  }

  watch(): vscode.Disposable {
    return new vscode.Disposable(() => undefined);
  }

  stat(uri: vscode.Uri): Promise<vscode.FileStat> {
    return this.run(uri, async ({ record, path }) => {
      const engine = await this.engines.engineFor(record);
      const s = await statKept(engine, record.kept!, path);
      if (!s) throw vscode.FileSystemError.FileNotFound(`${path} is not in the kept build.`);
      return {
        type: s.type === 'directory' ? vscode.FileType.Directory : s.type === 'symlink' ? vscode.FileType.SymbolicLink : vscode.FileType.File,
        ctime: s.mtime, mtime: s.mtime, size: s.size,
        permissions: writable(record.kept!, path) ? undefined : vscode.FilePermission.Readonly,
      };
    });
  }

  readDirectory(uri: vscode.Uri): Promise<[string, vscode.FileType][]> {
    return this.run(uri, async ({ record, path }) => {
      const engine = await this.engines.engineFor(record);
      const entries = await listKeptDir(engine, record.kept!, path);
      return entries
        .sort((a, b) => (a.type === b.type ? a.name.localeCompare(b.name) : a.type === 'directory' ? -1 : 1))
        .map((e) => [e.name, e.type === 'directory' ? vscode.FileType.Directory : e.type === 'symlink' ? vscode.FileType.SymbolicLink : vscode.FileType.File]);
    });
  }

  readFile(uri: vscode.Uri): Promise<Uint8Array> {
    return this.run(uri, async ({ record, path }) => readKeptFile(await this.engines.engineFor(record), record.kept!, path));
  }

  writeFile(uri: vscode.Uri, content: Uint8Array): Promise<void> {
    return this.run(uri, async ({ record, path }) => {
      await writeKeptFile(await this.engines.engineFor(record), record.kept!, path, Buffer.from(content));
      this.emitter.fire([{ type: vscode.FileChangeType.Changed, uri }]);
    });
  }

  createDirectory(): void {
    throw vscode.FileSystemError.NoPermissions('New folders are made by the build; edit the files that are there.');
  }

  delete(): void {
    throw vscode.FileSystemError.NoPermissions('Files of a kept build are not deleted from the editor; use a shell in the build.');
  }

  rename(): void {
    throw vscode.FileSystemError.NoPermissions('Files of a kept build are not renamed from the editor; use a shell in the build.');
  }
}
