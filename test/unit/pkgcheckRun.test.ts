/** pkgcheck in the builder container: which profile's image and inputs it uses, and the spec it runs (no Docker here). */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import * as path from 'node:path';
import { DEFAULT_BUILD_CONFIG, type BuildConfig } from '../../src/core/buildConfig';
import { makeBuildRequest } from '../../src/core/buildRequest';
import { gentooSpec } from '../../src/core/profiles/gentoo';
import { NO_PKGCHECK_MARKER, PKGCHECK_MAIN_REPO_CONF, pkgcheckSpec } from '../../src/docker/pkgcheckRun';
import { pkgcheckProfile } from '../../src/core/profiles';

const ROOT = path.resolve(__dirname, '..', '..', '..');
const WS = path.join(ROOT, 'examples', 'overlay');
const EBUILD = path.join(WS, 'app-misc', 'hello', 'hello-1.0.ebuild');

function config(over: Partial<BuildConfig> = {}): BuildConfig {
  return { ...DEFAULT_BUILD_CONFIG, images: { gentoo: 'example/stage3-pkgcheck:1' }, ...over };
}

test('the Sabayon builder does not fit a pkgcheck run: it falls back to gentoo; Gentoo-layout custom profiles are kept', () => {
  const profiles: BuildConfig['profiles'] = {
    musl: { image: 'gentoo/stage3:musl', argv: ['emerge', '${atom}'], layout: 'gentoo' },
    legacy: { image: 'sabayon/builder-amd64', argv: ['${atom}'], layout: 'sabayon' },
  };
  assert.equal(pkgcheckProfile(config()), 'gentoo', 'the default profile is sabayon');
  assert.equal(pkgcheckProfile(config({ profile: 'gentoo' })), 'gentoo');
  assert.equal(pkgcheckProfile(config({ profiles }), 'musl'), 'musl');
  assert.equal(pkgcheckProfile(config({ profiles }), 'legacy'), 'gentoo');
});

test('the spec is the Gentoo build of the ebuild with pkgcheck in place of emerge, and no caches or tty', async () => {
  const cfg = config({ tty: true, caches: { distfiles: true, binpkgs: true, ccache: true } });
  const request = await makeBuildRequest(EBUILD, { workspaceFolders: [WS], config: cfg, profile: 'gentoo' });
  const build = gentooSpec(request, cfg, 'b1');
  const spec = await pkgcheckSpec(request, cfg, 'b1', ['--keywords=-RedundantVersion']);
  assert.equal(spec.image, 'example/stage3-pkgcheck:1');
  assert.deepEqual(spec.inputs.slice(0, -1), build.inputs, 'same overlays, repos.conf and overrides as the build');
  // pkgcore, unlike Portage, does not add its default gentoo entry once /etc/portage/repos.conf exists.
  assert.deepEqual(spec.inputs.at(-1), { kind: 'content', containerPath: PKGCHECK_MAIN_REPO_CONF.path, content: PKGCHECK_MAIN_REPO_CONF.content });
  assert.match(PKGCHECK_MAIN_REPO_CONF.content, /^\[DEFAULT\]\nmain-repo = gentoo\n\n\[gentoo\]\nlocation = \/var\/db\/repos\/gentoo\n$/);
  assert.ok(build.inputs.every((i) => i.containerPath > PKGCHECK_MAIN_REPO_CONF.path || !i.containerPath.startsWith('/etc/portage/repos.conf/')), 'sorts before the overlays\' entries');
  assert.deepEqual(spec.volumesFrom, build.volumesFrom, 'same tree');
  assert.deepEqual(spec.argv, ['scan', '-R', 'JsonStream', '-r', '/var/db/repos/testoverlay', '--keywords=-RedundantVersion', 'app-misc/hello']);
  assert.equal(spec.entrypoint?.[0], '/bin/sh');
  assert.match(spec.entrypoint![2], /command -v pkgcheck/);
  assert.ok(spec.entrypoint![2].includes(NO_PKGCHECK_MARKER));
  assert.match(spec.entrypoint![2], /exec pkgcheck "\$@"$/);
  assert.doesNotMatch(spec.entrypoint![2], /emerge/);
  assert.deepEqual(spec.volumes, []);
  assert.equal(spec.tty, false, 'JsonStream on stdout must not be merged with stderr');
});
