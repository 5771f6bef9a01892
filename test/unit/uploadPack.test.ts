/**
 * What goes over the wire to a remote engine: the tar packInputs makes from an overlay, override files and
 * generated files (read back with tar-stream and with GNU tar, which is what the engine side resembles).
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { buffer } from 'node:stream/consumers';
import * as tar from 'tar-stream';
import { packInputs } from '../../src/docker/uploadTransport';
import { isUserError } from '../../src/core/userError';

interface Seen { name: string; type: string; mode: number; linkname?: string; body: string; uid?: number }

async function entries(tarBytes: Buffer): Promise<Seen[]> {
  const out: Seen[] = [];
  const ex = tar.extract();
  ex.on('entry', (h, body, next) => {
    const chunks: Buffer[] = [];
    body.on('data', (d: unknown) => chunks.push(d as Buffer));
    body.on('end', () => {
      out.push({ name: h.name, type: h.type ?? '', mode: (h.mode ?? 0) & 0o7777, linkname: h.linkname ?? undefined, body: Buffer.concat(chunks).toString('utf8'), uid: h.uid });
      next();
    });
  });
  ex.end(tarBytes);
  await new Promise<void>((r) => ex.on('finish', () => r()));
  return out;
}

function overlay(): string {
  const ov = mkdtempSync(path.join(tmpdir(), 'eb-pack-'));
  const pkg = path.join(ov, 'app-misc', 'café');
  mkdirSync(path.join(pkg, 'files'), { recursive: true });
  for (const d of ['.git', '.vscode', 'node_modules', 'artifacts', 'distfiles', 'profiles']) mkdirSync(path.join(ov, d));
  writeFileSync(path.join(ov, '.vscode', 'settings.json'), '{}');
  writeFileSync(path.join(pkg, 'files', '.keep'), '');
  writeFileSync(path.join(ov, '.git', 'HEAD'), 'x');
  writeFileSync(path.join(ov, 'artifacts', 'old.tbz2'), 'x');
  writeFileSync(path.join(ov, 'distfiles', 'big.tar.gz'), 'x');
  writeFileSync(path.join(ov, 'profiles', 'repo_name'), 'cafe\n');
  writeFileSync(path.join(pkg, 'café-1.0.ebuild'), 'EAPI=8\n');
  symlinkSync('café-1.0.ebuild', path.join(pkg, 'café-1.0-r1.ebuild'));
  writeFileSync(path.join(pkg, 'files', 'fix.sh'), '#!/bin/sh\n', { mode: 0o755 });
  // Deeper than a ustar name field holds (100 bytes): needs a long-name header.
  const deep = path.join(pkg, 'files', 'a'.repeat(60), 'b'.repeat(60));
  mkdirSync(deep, { recursive: true });
  writeFileSync(path.join(deep, 'c'.repeat(40) + '.patch'), 'long\n');
  mkdirSync(path.join(pkg, 'files', 'distfiles'));
  writeFileSync(path.join(pkg, 'files', 'distfiles', 'kept'), 'only the top-level distfiles/ is skipped\n');
  return ov;
}

test('an overlay goes over as it is: symlinks as symlinks, modes kept, non-ASCII and long names intact, root-owned', async () => {
  const ov = overlay();
  const { stream, done } = packInputs([{ kind: 'dir', hostPath: ov, containerPath: '/var/db/repos/cafe/' }]);
  const bytes = await buffer(stream);
  await done;
  const seen = await entries(bytes);
  const by = (n: string) => seen.find((e) => e.name === `var/db/repos/cafe/${n}`);
  assert.equal(by('app-misc/café/café-1.0-r1.ebuild')?.type, 'symlink');
  assert.equal(by('app-misc/café/café-1.0-r1.ebuild')?.linkname, 'café-1.0.ebuild');
  assert.equal(by('app-misc/café/files/fix.sh')?.mode, 0o755);
  assert.equal(by('app-misc/café/café-1.0.ebuild')?.body, 'EAPI=8\n');
  assert.equal(by(`app-misc/café/files/${'a'.repeat(60)}/${'b'.repeat(60)}/${'c'.repeat(40)}.patch`)?.body, 'long\n');
  assert.equal(by('app-misc/café/files/distfiles/kept')?.type, 'file');
  assert.ok(seen.every((e) => e.uid === 0), 'owned by root in the container');
  const names = seen.map((e) => e.name);
  assert.equal(by('app-misc/café/files/.keep')?.type, 'file', 'dot files below the top are kept');
  for (const skipped of ['.git', '.vscode', 'node_modules', 'artifacts', 'distfiles']) {
    assert.ok(!names.some((n) => n.startsWith(`var/db/repos/cafe/${skipped}`)), `${skipped} stays home`);
  }
  // GNU tar reads it the same way (the engine side unpacks with a Go tar reader of the same format).
  const listing = execFileSync('tar', ['-tvf', '-'], { input: bytes, encoding: 'utf8' });
  assert.match(listing, /^lrwxrwxrwx root\/root .* var\/db\/repos\/cafe\/app-misc\/café\/café-1\.0-r1\.ebuild -> café-1\.0\.ebuild$/m);
  assert.match(listing, /^-rwxr-xr-x root\/root .* var\/db\/repos\/cafe\/app-misc\/café\/files\/fix\.sh$/m);
});

test('override files upload their content (a symlinked file as what it points to), generated files with their mode', async () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'eb-pack-'));
  writeFileSync(path.join(dir, 'real.use'), 'app-misc/hello doc\n');
  symlinkSync('real.use', path.join(dir, 'package.use'));
  const { stream, done } = packInputs([
    { kind: 'file', hostPath: path.join(dir, 'package.use'), containerPath: '/etc/portage/package.use/custom' },
    { kind: 'content', content: '[cafe]\nlocation = /var/db/repos/cafe\n', containerPath: '/etc/portage/repos.conf/cafe.conf' },
    { kind: 'content', content: '#!/bin/sh\n', containerPath: '/usr/local/bin/hook', mode: 0o755 },
  ]);
  const seen = await entries(await buffer(stream));
  assert.equal(await done, 3);
  assert.deepEqual(seen.map((e) => [e.name, e.type, e.mode.toString(8), e.body]), [
    ['etc/portage/package.use/custom', 'file', '644', 'app-misc/hello doc\n'],
    ['etc/portage/repos.conf/cafe.conf', 'file', '644', '[cafe]\nlocation = /var/db/repos/cafe\n'],
    ['usr/local/bin/hook', 'file', '755', '#!/bin/sh\n'],
  ]);
});

test('a missing overlay folder is a UserError naming it, and the stream ends with that error', async () => {
  const { stream, done } = packInputs([{ kind: 'dir', hostPath: '/nonexistent/overlay', containerPath: '/var/db/repos/x' }]);
  const streamError = new Promise<unknown>((r) => stream.on('error', r));
  stream.resume();
  await assert.rejects(done, (e: unknown) => isUserError(e) && /Cannot upload \/nonexistent\/overlay to \/var\/db\/repos\/x/.test(e.message));
  assert.ok(isUserError(await streamError), 'putArchive sees the same error and aborts the request');
});
