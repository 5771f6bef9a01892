import { test } from 'node:test';
import assert from 'node:assert/strict';
import { cpSync, mkdirSync, mkdtempSync, realpathSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { DEFAULT_BUILD_CONFIG, type BuildConfig } from '../../src/core/buildConfig';
import { makeBuildRequest } from '../../src/core/buildRequest';
import { containerSpecFor } from '../../src/core/profiles';
import { GENTOO_EMERGE_ARGS, treeSnapshotName } from '../../src/core/profiles/gentoo';
import { expandArgv } from '../../src/core/profiles/custom';
import { validateBuildConfig } from '../../src/core/profiles/validate';

const SAMPLE = path.resolve(__dirname, '..', '..', '..', 'examples', 'overlay');

function workspace(): string {
  const ws = path.join(realpathSync(mkdtempSync(path.join(tmpdir(), 'eb-prof-'))), 'ws');
  cpSync(SAMPLE, ws, { recursive: true });
  return ws;
}

async function spec(ws: string, profile: string, config: Partial<BuildConfig> = {}) {
  const cfg = { ...DEFAULT_BUILD_CONFIG, ...config };
  const req = await makeBuildRequest(path.join(ws, 'app-misc/needs-ssl/needs-ssl-1.0.ebuild'), { workspaceFolders: [ws], config: cfg, profile });
  return containerSpecFor(req, cfg, 'b1');
}

test('sabayon: the atom as argument, the overlay at /usr/local/local_portage, overrides as custom.<kind>, only the user env', async () => {
  const ws = workspace();
  const s = await spec(ws, 'sabayon', { env: { BUILDER_JOBS: '4' } });
  assert.equal(s.image, 'sabayon/builder-amd64:latest', 'the default names the real image');
  assert.deepEqual(s.argv, ['=app-misc/needs-ssl-1.0::testoverlay']);
  assert.equal(s.entrypoint, undefined, "the image's tini entrypoint is kept");
  assert.deepEqual(s.env, { BUILDER_JOBS: '4' }, 'nothing hard-coded: builder versions differ');
  const at = (p: string) => s.inputs.find((i) => i.containerPath === p);
  assert.equal(at('/usr/local/local_portage')?.kind, 'dir');
  assert.deepEqual(at('/opt/sabayon-build/conf/intel/portage/package.use/custom.use'), { kind: 'file', hostPath: path.join(ws, '.portage', 'package.use'), containerPath: '/opt/sabayon-build/conf/intel/portage/package.use/custom.use' });
  assert.ok(at('/opt/sabayon-build/conf/intel/portage/package.keywords/custom.keywords'), 'package.accept_keywords → custom.keywords');
  assert.ok(at('/opt/sabayon-build/conf/intel/portage/env'));
  assert.equal(s.packagesDir, '/usr/portage/packages');
  assert.equal(s.labels['ebuild-builder.atom'], '=app-misc/needs-ssl-1.0::testoverlay');
  assert.deepEqual(s.volumes.map((v) => v.containerPath), ['/usr/portage/distfiles', '/var/lib/entropy/client/packages']);
});

test('sabayon: a package.use folder is joined into one custom.use; --quiet is taken out so errors reach the output', async () => {
  const ws = workspace();
  const { rmSync } = await import('node:fs');
  rmSync(path.join(ws, '.portage', 'package.use'));
  mkdirSync(path.join(ws, '.portage', 'package.use'));
  writeFileSync(path.join(ws, '.portage', 'package.use', 'a'), 'app-misc/a x');
  writeFileSync(path.join(ws, '.portage', 'package.use', 'b'), 'app-misc/b y\n');
  const s = await spec(ws, 'sabayon', { env: { EMERGE_DEFAULTS_ARGS: '--quiet --buildpkg' }, emergeArgs: ['--jobs=2'] });
  const use = s.inputs.find((i) => i.containerPath.endsWith('custom.use'));
  assert.deepEqual(use && use.kind === 'content' ? use.content : undefined, 'app-misc/a x\napp-misc/b y\n');
  assert.equal(s.env.EMERGE_DEFAULTS_ARGS, '--buildpkg --jobs=2');
});

test('gentoo: composed emerge argv, overlays in /var/db/repos with repos.conf, overrides under /etc/portage, tree snapshot', async () => {
  const ws = workspace();
  const s = await spec(ws, 'gentoo', { env: { FEATURES: 'test' } });
  assert.equal(s.image, 'gentoo/stage3:latest');
  assert.deepEqual(s.argv, [...GENTOO_EMERGE_ARGS, '=app-misc/needs-ssl-1.0::testoverlay']);
  assert.ok(s.argv.includes('--autounmask=y') && s.argv.includes('--buildpkg'));
  assert.equal(s.env.FEATURES, '-ipc-sandbox -network-sandbox -pid-sandbox -mount-sandbox test', 'the sandbox choice is explicit, the user FEATURES follow');
  const conf = s.inputs.find((i) => i.containerPath === '/etc/portage/repos.conf/testoverlay.conf');
  assert.equal(conf?.kind === 'content' && conf.content, '[testoverlay]\nlocation = /var/db/repos/testoverlay\nmasters = gentoo\nauto-sync = no\n');
  assert.ok(s.inputs.some((i) => i.containerPath === '/etc/portage/package.accept_keywords/zz-ebuild-builder'));
  assert.deepEqual(s.volumesFrom, [{ container: treeSnapshotName('gentoo/portage:latest'), image: 'gentoo/portage:latest' }]);
  assert.equal(s.init, true);
  const host = await spec(ws, 'gentoo', { gentooTree: 'host:/srv/gentoo' });
  assert.ok(host.inputs.some((i) => i.kind === 'dir' && i.hostPath === '/srv/gentoo' && i.containerPath === '/var/db/repos/gentoo'));
  await assert.rejects(spec(ws, 'gentoo', { gentooTree: 'tree' }), /ebuildBuilder\.gentooTree is "tree"/);
});

test('gentoo: a workspace repository named "gentoo" is the tree; nothing else is mounted over it', async () => {
  const ws = workspace();
  const tree = path.join(ws, 'gentoo');
  mkdirSync(path.join(tree, 'profiles'), { recursive: true });
  writeFileSync(path.join(tree, 'profiles', 'repo_name'), 'gentoo\n');
  const s = await spec(ws, 'gentoo');
  assert.deepEqual(s.volumesFrom, []);
  assert.equal(s.inputs.filter((i) => i.containerPath === '/var/db/repos/gentoo').length, 1);
});

test('user-defined profiles: ${atom} and ${overlays} expand, and bad settings are named', async () => {
  const ws = workspace();
  const { config, problems } = validateBuildConfig({ profiles: { mine: { image: 'me/builder', argv: ['build', '${atom}', '--overlays', '${overlays}'], layout: 'gentoo', mounts: ['/srv/x:/x:ro'] } }, profile: 'mine' });
  assert.deepEqual(problems, []);
  const s = await spec(ws, 'mine', config);
  assert.deepEqual(s.argv, ['build', '=app-misc/needs-ssl-1.0::testoverlay', '--overlays', 'testoverlay']);
  assert.equal(s.image, 'me/builder');
  assert.ok(s.inputs.some((i) => i.containerPath === '/x'));
  const bad = validateBuildConfig({ profiles: { x: { image: 3, argv: 'emerge' } }, stopGraceSeconds: 'soon', caches: { distfiles: 'yes' }, profile: 'nope' });
  const messages = bad.problems.map((p) => p.message).join('\n');
  assert.match(messages, /ebuildBuilder\.profiles\.x\.image is 3/);
  assert.match(messages, /ebuildBuilder\.profiles\.x\.argv is "emerge", but it must be a non-empty array/);
  assert.match(messages, /ebuildBuilder\.stopGraceSeconds is "soon"/);
  assert.match(messages, /ebuildBuilder\.caches/);
  assert.match(messages, /The profile "nope"/);
  assert.equal(bad.config.profile, 'sabayon', 'wrong values fall back to defaults');
  assert.deepEqual(expandArgv(['a${atom}b'], { atom: '=c/p-1', overlays: [] } as never), ['a=c/p-1b']);
});
