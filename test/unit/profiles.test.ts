import { test } from 'node:test';
import assert from 'node:assert/strict';
import { cpSync, mkdirSync, mkdtempSync, realpathSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { DEFAULT_BUILD_CONFIG, type BuildConfig } from '../../src/core/buildConfig';
import { makeBuildRequest } from '../../src/core/buildRequest';
import { ciWorkflow } from '../../src/core/ciWorkflows';
import { BUILTIN_PROFILES, containerSpecFor, pkgcheckProfile, profileLayout, profileNames } from '../../src/core/profiles';
import { GENTOO_EMERGE_ARGS, gentooSpec, treeSnapshotName } from '../../src/core/profiles/gentoo';
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

test('sabayon: the atom without ::repo, the overlay at /usr/local/local_portage, overrides as custom.<kind> where the checkout has folders', async () => {
  const ws = workspace();
  const s = await spec(ws, 'sabayon', { env: { BUILDER_JOBS: '4' } });
  assert.equal(s.image, 'sabayon/builder-amd64:latest', 'the default names the real image');
  assert.deepEqual(s.argv, ['=app-misc/needs-ssl-1.0'], 'the script would hand ::testoverlay to layman');
  assert.equal(s.entrypoint, undefined, "the image's tini entrypoint is kept");
  assert.equal(s.env.BUILDER_JOBS, '4');
  assert.equal(s.env.SKIP_PORTAGE_SYNC, '1', 'no sync unless asked');
  assert.equal(s.env.USE_EQUO, '0', 'no equo upgrade unless asked');
  assert.equal(s.env.ACCEPT_LICENSE, undefined);
  const at = (p: string) => s.inputs.find((i) => i.containerPath === p);
  assert.equal(at('/usr/local/local_portage')?.kind, 'dir');
  const use = at('/opt/sabayon-build/conf/intel/portage/package.use/custom.use');
  assert.ok(use && use.kind === 'file' && use.hostPath === path.join(ws, '.portage', 'package.use'));
  assert.ok(at('/opt/sabayon-build/conf/intel/portage/package.accept_keywords/custom.accept_keywords'));
  assert.ok(!s.inputs.some((i) => i.containerPath.includes('package.license')), 'package.license is a file in the checkout: nothing is mounted under it');
  assert.ok(at('/opt/sabayon-build/conf/intel/portage/env/debug.conf'), 'env/ files one by one: Sabayon\'s own env/ stays visible');
  assert.ok(s.notes.some((n) => n.startsWith('package.license is not used')));
  assert.equal(s.packagesDir, '/usr/portage/packages');
  assert.equal(s.labels['ebuild-builder.atom'], '=app-misc/needs-ssl-1.0::testoverlay');
  assert.deepEqual(s.volumes.map((v) => v.containerPath), ['/usr/portage/distfiles'], 'no binpkg cache without a plan; no entropy cache with equo off');
});

test('sabayon: sync, equo and layman overlays when asked; overlays after the atom; a make.conf fragment is merged by the entry script', async () => {
  const ws = workspace();
  writeFileSync(path.join(ws, '.portage', 'make.conf'), 'MAKEOPTS="-j3"\n');
  const s = await spec(ws, 'sabayon', { sabayon: { sync: true, equo: true, overlays: ['kde', 'plab'], tree: '' } });
  assert.deepEqual(s.argv, ['=app-misc/needs-ssl-1.0', '--overlay', 'kde', 'plab']);
  assert.equal(s.env.SKIP_PORTAGE_SYNC, '0');
  assert.equal(s.env.USE_EQUO, '1');
  assert.ok(s.volumes.some((v) => v.containerPath === '/var/lib/entropy/client/packages'));
  assert.deepEqual(s.entrypoint?.slice(0, 4), ['/usr/bin/tini', '--', '/bin/sh', '-c']);
  assert.match(s.entrypoint![4], /cat \/etc\/portage\/make\.conf > "\$m"/);
  assert.match(s.entrypoint![4], /exec \/usr\/sbin\/builder "\$@"$/);
  assert.equal(s.env.MAKE_CONF, undefined, 'set by the entry script, to the merged copy');
  const warned = await spec(ws, 'sabayon', { env: { ACCEPT_LICENSE: '@FREE' } });
  assert.ok(warned.notes.some((n) => n.startsWith('warning: ACCEPT_LICENSE=@FREE is overwritten')));
});

test('sabayon: a package.use folder is joined into one custom.use; --quiet is taken out, --verbose and the binpkg rules put in', async () => {
  const ws = workspace();
  const { rmSync } = await import('node:fs');
  rmSync(path.join(ws, '.portage', 'package.use'));
  mkdirSync(path.join(ws, '.portage', 'package.use'));
  writeFileSync(path.join(ws, '.portage', 'package.use', 'a'), 'app-misc/a x');
  writeFileSync(path.join(ws, '.portage', 'package.use', 'b'), 'app-misc/b y\n');
  const s = await spec(ws, 'sabayon', { env: { EMERGE_DEFAULTS_ARGS: '--quiet --buildpkg' }, emergeArgs: ['--jobs=2'] });
  const use = s.inputs.find((i) => i.containerPath.endsWith('custom.use'));
  assert.deepEqual(use && use.kind === 'content' ? use.content : undefined, 'app-misc/a x\napp-misc/b y\n');
  assert.equal(s.env.EMERGE_DEFAULTS_ARGS, '--buildpkg --verbose --binpkg-respect-use=y --binpkg-changed-deps=y --usepkg-exclude=app-misc/needs-ssl --jobs=2');
  await assert.rejects(spec(ws, 'sabayon', { emergeArgs: ['--exclude=a b'] }), /reads EMERGE_DEFAULTS_ARGS as shell words/);
});

test('gentoo: composed emerge argv, overlays in /var/db/repos with repos.conf, overrides under /etc/portage, tree snapshot', async () => {
  const ws = workspace();
  const s = await spec(ws, 'gentoo', { env: { FEATURES: 'test' } });
  assert.equal(s.image, 'gentoo/stage3:latest');
  assert.deepEqual(s.argv, [...GENTOO_EMERGE_ARGS, '--binpkg-respect-use=y', '--binpkg-changed-deps=y', '--usepkg-exclude=app-misc/needs-ssl', '=app-misc/needs-ssl-1.0::testoverlay']);
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

test('a new built-in profile is one descriptor: it shows in validation, the profile list, specs, override layout and CI', async () => {
  const throwaway = {
    name: 'musl', displayName: 'Gentoo musl', defaultImage: 'gentoo/stage3:musl', layout: 'gentoo' as const, pkgcheck: true,
    spec: async (...args: Parameters<typeof gentooSpec>) => ({ ...gentooSpec(...args), notes: ['musl builder'] }),
  };
  BUILTIN_PROFILES.push(throwaway);
  try {
    const { config, problems } = validateBuildConfig({ profile: 'musl' });
    assert.deepEqual(problems, []);
    assert.equal(config.profile, 'musl');
    assert.deepEqual(profileNames(config), ['sabayon', 'gentoo', 'musl'], '"Build with profile…" lists it');
    assert.equal(profileLayout('musl', config), 'gentoo');
    assert.equal(pkgcheckProfile(config, 'musl'), 'musl');
    const ws = workspace();
    const s = await spec(ws, 'musl');
    assert.equal(s.image, 'gentoo/stage3:musl');
    assert.deepEqual(s.notes, ['musl builder']);
    const { content } = ciWorkflow('github', { profile: 'musl', env: {}, cli: { kind: 'url', url: 'https://example.org/e.tgz', sha512: 'ab'.repeat(64) } });
    assert.match(content, /--profile musl/);
    assert.match(content, /gentoo\/stage3:musl/, 'the CI cache step uses its image');
    assert.match(validateBuildConfig({ profiles: { musl: { image: 'x', argv: ['y'] } } }).problems[0].message, /uses a built-in profile's name/);
  } finally {
    BUILTIN_PROFILES.splice(BUILTIN_PROFILES.indexOf(throwaway), 1);
  }
});
