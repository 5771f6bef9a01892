/**
 * The Sabayon builder's contract (design §4.1) against the Sabayon test image: the real image's layout (package.license
 * a file, VOLUMEs, the /etc/portage checkout) behind a builder script that parses and acts as the real one does.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { readEnvironment } from '../../src/core/binpkg/readPackage';
import { connectLocal } from '../../src/docker/engine';
import { startRefresh } from '../../src/docker/refreshBuilder';
import { IMAGES, ROOT, buildIn, docker, imageConfig, mergeList, sampleWorkspace, sh, volumeNames } from './testImages';

const HELLO = 'app-misc/hello/hello-1.0.ebuild';

test('the sample overlay, with its package.license file, builds; the header says the licences are moot here', async () => {
  const ws = sampleWorkspace();
  writeFileSync(path.join(ws, '.portage', 'package.license'), 'app-misc/eula TestEULA\n');
  const { result, stdout, prepared } = await buildIn(ws, 'app-misc/eula/eula-1.0.ebuild', 'sabayon');
  assert.equal(result.state, 'succeeded', stdout);
  assert.ok(prepared.spec.notes.some((n) => /package\.license is not used: the Sabayon builder accepts every licence/.test(n)));
  assert.ok(!prepared.spec.inputs.some((i) => i.containerPath.includes('package.license')), 'nothing is mounted where the image has a file');
});

test('a build and a cancelled build leave the volume list as it was (the image\'s VOLUMEs go with the container)', async () => {
  const ws = sampleWorkspace();
  const warm = await buildIn(ws, HELLO, 'sabayon');
  assert.equal(warm.result.state, 'succeeded');
  const before = await volumeNames();
  const again = await buildIn(ws, HELLO, 'sabayon');
  assert.equal(again.result.state, 'succeeded');
  assert.deepEqual(await volumeNames(), before, 'after a build');
  const cancelled = await buildIn(ws, 'app-misc/slow/slow-1.0.ebuild', 'sabayon', {}, (p) => {
    p.handle.onEvent((e) => {
      if (e.type === 'output' && e.data.toString().includes('compiling part 2 of 60')) void p.handle.cancel();
    });
  });
  assert.equal(cancelled.result.state, 'cancelled');
  assert.deepEqual(await volumeNames(), before, 'after a cancel');
});

test('no sync and no equo step runs unless asked; asked, the header says so and the steps run (and fail loudly offline)', async () => {
  const ws = sampleWorkspace();
  const quiet = await buildIn(ws, HELLO, 'sabayon');
  assert.equal(quiet.result.state, 'succeeded');
  assert.ok(quiet.prepared.spec.notes.some((n) => n.startsWith('portage sync off, equo upgrade off')));
  assert.doesNotMatch(quiet.stdout + quiet.stderr, /layman -S|emerge --sync|equo up/);
  // Docker withholds what Portage's namespace sandboxes need: they are off, so no phase warns about them.
  assert.doesNotMatch(quiet.stdout + quiet.stderr, /Unable to unshare/);
  const asked = await buildIn(ws, HELLO, 'sabayon', { sabayon: { sync: true, equo: true, overlays: [], tree: '' } });
  assert.ok(asked.prepared.spec.notes.some((n) => n.startsWith('portage sync on, equo upgrade on')));
  const all = asked.stdout + asked.stderr;
  assert.match(all, /\[test image\] layman -S/);
  assert.match(all, /\[test image\] equo up/);
  assert.match(all, /cannot reach the Entropy repositories/);
  assert.match(all, /rsync:\/\/rsync\.gentoo\.org|Could not|failed/i, 'the real emerge --sync tried and failed offline');
  assert.equal(asked.result.state, 'succeeded', 'the builder goes on after failed sync steps, as the real script does');
});

test('a make.conf fragment with only MAKEOPTS keeps the image\'s ACCEPT_KEYWORDS, CFLAGS and USE', async () => {
  const ws = sampleWorkspace();
  writeFileSync(path.join(ws, '.portage', 'make.conf'), 'MAKEOPTS="-j3"\nEBUILD_BUILDER_FRAGMENT="yes"\n');
  const { result, stdout } = await buildIn(ws, HELLO, 'sabayon');
  assert.equal(result.state, 'succeeded', stdout);
  assert.match(stdout, /^ACCEPT_KEYWORDS="amd64 ~amd64"$/m, 'Sabayon\'s ~amd64 is still accepted');
  assert.match(stdout, /^USE="[^"]*\bunicode\b/m, 'Sabayon\'s USE flags are still set');
  const env = (await readEnvironment(result.artifacts[0])) ?? '';
  assert.match(env, /declare -x CFLAGS="-O2 -march=x86-64 -pipe\b/, 'the image\'s CFLAGS');
  assert.match(env, /EBUILD_BUILDER_FRAGMENT="yes"/, 'the fragment\'s own variable');
});

test('an env value the builder overwrites is named in a warning', async () => {
  const ws = sampleWorkspace();
  const { prepared } = await buildIn(ws, HELLO, 'sabayon', { env: { ACCEPT_LICENSE: '-* @FREE' } });
  assert.ok(prepared.spec.notes.some((n) => /^warning: ACCEPT_LICENSE=-\* @FREE is overwritten: the Sabayon builder sets ACCEPT_LICENSE="\*"/.test(n)), prepared.spec.notes.join('\n'));
});

test('extra layman overlays go after the atom, so the atom is still built; the workspace overlay is never given to layman', async () => {
  const ws = sampleWorkspace();
  const { result, stdout, stderr, prepared } = await buildIn(ws, HELLO, 'sabayon', { sabayon: { sync: false, equo: false, overlays: ['kde'], tree: '' } });
  assert.deepEqual(prepared.spec.argv, ['=app-misc/hello-1.0', '--overlay', 'kde']);
  assert.equal(result.state, 'succeeded', stdout + stderr);
  assert.match(stderr, /\[test image\] layman -f -a kde/);
  assert.doesNotMatch(stderr, /layman -f -a testoverlay/);
  assert.match(stdout, /Completed \(1 of 1\) app-misc\/hello-1\.0::testoverlay/);
});

test('a mount that cannot start names the workspace file, the container path and what to do', async () => {
  const image = 'ebuild-builder/test-sabayon-file-layout:test';
  const ctx = mkdtempSync(path.join(tmpdir(), 'eb-layout-'));
  // An image whose checkout has package.use as a file, where the profile mounts custom.use inside a folder.
  writeFileSync(path.join(ctx, 'Dockerfile'), `FROM ${IMAGES.sabayon}\nRUN cd /opt/sabayon-build/conf/intel/portage && rm -r package.use && touch package.use\n`);
  await sh('docker', ['build', '-q', '--network', 'none', '-t', image, ctx], { env: { ...process.env, DOCKER_BUILDKIT: '0' } });
  rmSync(ctx, { recursive: true, force: true });
  try {
    const ws = sampleWorkspace();
    appendUse(ws);
    const { result } = await buildIn(ws, HELLO, 'sabayon', { images: { sabayon: image } });
    assert.equal(result.state, 'error');
    const msg = result.error!.toString();
    assert.ok(msg.includes(path.join(ws, '.portage', 'package.use')), msg);
    assert.ok(msg.includes('/opt/sabayon-build/conf/intel/portage/package.use/custom.use'), msg);
    assert.match(msg, /a file on that path where a folder is needed/);
    assert.doesNotMatch(msg, /Check the engine/);
  } finally {
    await docker().getImage(image).remove({ force: true }).catch(() => undefined);
  }
});

function appendUse(ws: string): void {
  const f = path.join(ws, '.portage', 'package.use');
  writeFileSync(f, `${readFileSync(f, 'utf8')}app-misc/hello -doc\n`);
}

test('refresh: a sync that works is saved; later builds use the synced tree; a failing one saves nothing', async () => {
  const syncable = 'ebuild-builder/test-sabayon-syncable:test';
  const ctx = mkdtempSync(path.join(tmpdir(), 'eb-sync-'));
  // Upstream is a newer tree on a file:// URI (Portage's rsync module takes those): it adds app-misc/synced.
  cpSync(path.join(ROOT, 'test', 'fixtures', 'portage', 'repos', 'gentoo'), path.join(ctx, 'next'), { recursive: true });
  const pkg = path.join(ctx, 'next', 'app-misc', 'synced');
  cpSync(path.join(ROOT, 'examples', 'overlay', 'app-misc', 'libfoo'), pkg, { recursive: true });
  rmSync(path.join(pkg, 'libfoo-1.0.ebuild'));
  writeFileSync(path.join(pkg, 'synced-1.0.ebuild'), 'EAPI=8\nDESCRIPTION="Only in the synced tree"\nHOMEPAGE="https://example.invalid"\nS="${WORKDIR}"\nLICENSE="MIT"\nSLOT="0"\nKEYWORDS="amd64"\nsrc_unpack() { :; }\nsrc_install() { insinto /usr/share/synced; newins - marker <<< synced; }\n');
  writeFileSync(path.join(ctx, 'next', 'metadata', 'timestamp.chk'), 'Thu, 03 Dec 2026 00:00:00 +0000\n');
  writeFileSync(path.join(ctx, 'Dockerfile'), `FROM ${IMAGES.sabayon}\nCOPY next /srv/gentoo-next\nRUN cd /opt/sabayon-build/conf/intel/portage && sed -i 's#^sync-uri = .*#sync-uri = file:///srv/gentoo-next#' repos.conf/gentoo.conf && git -c user.name=t -c user.email=t@t commit -qam "sync from /srv"\n`);
  await sh('docker', ['build', '-q', '--network', 'none', '-t', syncable, ctx], { env: { ...process.env, DOCKER_BUILDKIT: '0' } });
  rmSync(ctx, { recursive: true, force: true });
  const engine = connectLocal();
  const logDir = mkdtempSync(path.join(tmpdir(), 'eb-refresh-'));
  const saved = 'ebuild-builder/test-sabayon-refreshed:test';
  let tree = '';
  try {
    const failing = await startRefresh({ engine, config: imageConfig(), image: syncable, tag: saved, sync: true, equo: true, logDir });
    const failed = await failing.handle.done;
    assert.equal(failed.state, 'failed', 'the equo upgrade cannot work offline');
    assert.ok(!(await volumeNames()).includes(failing.treeVolume), 'a failed refresh leaves no tree volume');
    await assert.rejects(docker().getImage(saved).inspect(), 'a failed refresh saves nothing');

    const ok = await startRefresh({ engine, config: imageConfig(), image: syncable, tag: saved, sync: true, equo: false, logDir });
    const done = await ok.handle.done;
    assert.equal(done.state, 'succeeded', readFileSync(ok.logPath, 'utf8'));
    tree = ok.treeVolume;
    const info = await docker().getImage(saved).inspect();
    assert.deepEqual(info.Config.Entrypoint, ['/usr/bin/tini', '--', '/usr/sbin/builder'], 'the saved image runs the builder again');

    const ws = sampleWorkspace();
    writeFileSync(path.join(ws, 'app-misc', 'hello', 'hello-1.0.ebuild'), readFileSync(path.join(ws, HELLO), 'utf8').replace('SLOT="0"', 'SLOT="0"\nRDEPEND="app-misc/synced"'));
    const built = await buildIn(ws, HELLO, 'sabayon', { images: { sabayon: saved }, sabayon: { sync: false, equo: false, overlays: [], tree } });
    assert.equal(built.result.state, 'succeeded', built.stdout + built.stderr);
    assert.ok(mergeList(built.stdout).some((l) => /app-misc\/synced-1\.0::gentoo/.test(l)), 'the synced tree is the one built from');
  } finally {
    for (const img of [saved, syncable]) await docker().getImage(img).remove({ force: true }).catch(() => undefined);
    if (tree) await docker().getVolume(tree).remove().catch(() => undefined);
    rmSync(logDir, { recursive: true, force: true });
  }
});
