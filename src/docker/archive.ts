/** Tar streams to and from containers (putArchive/getArchive), with nothing written outside the target folder. */
import { createWriteStream, promises as fs } from 'node:fs';
import * as path from 'node:path';
import { pipeline } from 'node:stream/promises';
import type { Readable } from 'node:stream';
import * as tar from 'tar-stream';
import type { ContainerInput } from '../core/buildModel';

/** A tar of generated files (`content` inputs), named relative to `/` so it extracts at the root. */
export function packContents(inputs: Extract<ContainerInput, { kind: 'content' }>[]): Readable {
  const pack = tar.pack();
  const dirs = new Set<string>();
  for (const input of inputs) {
    const rel = input.containerPath.replace(/^\/+/, '');
    const parts = rel.split('/');
    for (let i = 1; i < parts.length; i++) {
      const d = parts.slice(0, i).join('/');
      if (!dirs.has(d)) {
        dirs.add(d);
        pack.entry({ name: `${d}/`, type: 'directory', mode: 0o755 });
      }
    }
    pack.entry({ name: rel, mode: input.mode ?? 0o644 }, Buffer.from(input.content, 'utf8'));
  }
  pack.finalize();
  return pack as unknown as Readable;
}

export interface ExtractOptions {
  /** Drop the first path component (getArchive names entries after the requested folder). */
  stripFirst: boolean;
  /** Only regular files modified at or after this time. */
  newerThan?: Date;
}

/** Safe extraction: regular files only, no absolute paths, no `..`, never outside `destDir`. Returns the files written. */
export async function extractFiles(stream: NodeJS.ReadableStream, destDir: string, opts: ExtractOptions): Promise<string[]> {
  const root = path.resolve(destDir);
  const written: string[] = [];
  const extract = tar.extract();
  extract.on('entry', (header, body, next) => {
    const done = (err?: unknown) => (err ? next(err as Error) : next());
    let name = header.name.replace(/\\/g, '/').replace(/^\.\//, '');
    if (opts.stripFirst) name = name.split('/').slice(1).join('/');
    const target = path.resolve(root, name);
    const safe = name !== '' && !name.startsWith('/') && !name.split('/').includes('..') && target.startsWith(root + path.sep);
    const fresh = !opts.newerThan || !header.mtime || header.mtime.getTime() >= Math.floor(opts.newerThan.getTime() / 1000) * 1000;
    if (header.type !== 'file' || !safe || !fresh) {
      body.resume();
      body.on('end', () => done());
      return;
    }
    fs.mkdir(path.dirname(target), { recursive: true })
      .then(() => pipeline(body, createWriteStream(target, { mode: 0o644 })))
      .then(() => {
        written.push(target);
        done();
      }, done);
  });
  await pipeline(stream as Readable, extract);
  return written;
}
