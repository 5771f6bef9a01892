/**
 * Publishing through a builder image: the container specs (what runs, what it reads, where its result is) and
 * the CLI's refusals, before any engine is involved. The runs themselves: test/integration/publish.test.ts.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, mkdirSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DEFAULT_BUILD_CONFIG } from '../../src/core/buildConfig';
import { LABEL_BUILD } from '../../src/core/buildModel';
import {
  checkEntropyRepoName, EIT_DEFAULT_IMAGE, EMAINT_SCRIPT, emaintSpec, ENTROPY_SCRIPT, entropyServerConf, entropySpec, PUBLISH_PACKAGES_IN,
} from '../../src/core/profiles/publish';
import { isUserError } from '../../src/core/userError';
import { runMain } from '../helpers/cliRun';

const config = { ...DEFAULT_BUILD_CONFIG, gentooTree: 'volume:gentoo/portage:latest' };

test('emaint runs over a read-only copy of the artifacts folder with the tree snapshot, and only the index comes back', () => {
  const spec = emaintSpec({ packagesDir: '/home/u/ws/artifacts', config, id: 'abc' });
  assert.equal(spec.image, 'gentoo/stage3:latest');
  assert.deepEqual(spec.entrypoint, ['/bin/sh', '-c', EMAINT_SCRIPT, 'ebuild-builder-emaint']);
  assert.deepEqual(spec.argv, []);
  assert.deepEqual(spec.inputs, [{ kind: 'dir', hostPath: '/home/u/ws/artifacts', containerPath: PUBLISH_PACKAGES_IN }]);
  assert.deepEqual(spec.volumesFrom, [{ container: 'ebuild-builder-tree-gentoo-portage-latest', image: 'gentoo/portage:latest' }]);
  assert.equal(spec.packagesDir, '/var/tmp/ebuild-builder/index');
  assert.match(EMAINT_SCRIPT, /emaint binhost --fix/);
  assert.equal(spec.labels[LABEL_BUILD], 'abc', 'labelled, so "Clean up builder containers" finds a leftover');
  assert.equal(spec.tty, false);
  assert.deepEqual(spec.volumes, [], 'no cache volume is touched');
  const own = emaintSpec({ packagesDir: '/a', config: { ...config, images: { gentoo: 'my/stage3:1' }, gentooTree: 'host:/srv/gentoo' }, id: 'x' });
  assert.equal(own.image, 'my/stage3:1');
  assert.deepEqual(own.inputs[1], { kind: 'dir', hostPath: '/srv/gentoo', containerPath: '/var/db/repos/gentoo', origin: 'ebuildBuilder.gentooTree (host:/srv/gentoo)' });
});

test('the Entropy run passes the repository name in the environment and server.conf, never in the script', () => {
  const spec = entropySpec({ packagesDir: '/p', config, id: 'id1', repository: 'repo.example.org', description: 'My repo' });
  assert.equal(spec.image, EIT_DEFAULT_IMAGE);
  assert.equal(spec.env.REPOSITORY_NAME, 'repo.example.org');
  assert.ok(!ENTROPY_SCRIPT.includes('repo.example.org'));
  assert.deepEqual(spec.entrypoint, ['/bin/bash', '-c', ENTROPY_SCRIPT, 'ebuild-builder-eit']);
  for (const step of ['eit init --quick "$REPOSITORY_NAME"', 'eit inject "${pkgs[@]}"', 'eit commit --quick', 'eit push --quick --force']) {
    assert.ok(ENTROPY_SCRIPT.includes(step), step);
  }
  const conf = spec.inputs.find((i) => i.containerPath === '/etc/entropy/server.conf');
  assert.ok(conf && conf.kind === 'content');
  assert.match(conf.content, /^default-repository = repo\.example\.org$/m);
  assert.match(conf.content, /^repository = repo\.example\.org\|My repo\|file:\/\/\/sabayon\/artifacts$/m);
  assert.equal(spec.packagesDir, '/sabayon/artifacts');
  assert.equal(entropySpec({ packagesDir: '/p', config: { ...config, images: { eit: 'local/eit:2' } }, id: 'i', repository: 'r' }).image, 'local/eit:2');
});

test('a description cannot add lines or fields to server.conf', () => {
  const conf = entropyServerConf('r', 'one|two\nrepository = evil|x|file:///etc');
  assert.equal(conf.split('\n').filter((l) => l.startsWith('repository')).length, 1);
  assert.match(conf, /^repository = r\|one two repository = evil x file:\/\/\/etc\|file:\/\/\/sabayon\/artifacts$/m);
});

test('repository names that are not plain names are refused with what to use instead', () => {
  for (const ok of ['r', 'sabayon-limbo', 'repo.example.org', 'my_repo2']) assert.equal(checkEntropyRepoName(ok), ok);
  for (const bad of ['', '-x', '.hidden', 'a b', 'a;rm -rf /', '$(id)', 'a\nb', 'a|b', 'x'.repeat(65), '../up']) {
    assert.throws(() => checkEntropyRepoName(bad), (e: unknown) => isUserError(e) && e.code === 'bad-repo-name' && /letters, digits/.test(e.action ?? ''), JSON.stringify(bad));
  }
});

test('publish refuses wrong flags before touching an engine, and says what to write instead', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'publish-flags-'));
  try {
    mkdirSync(join(dir, 'artifacts'));
    const engineless = { ...process.env, DOCKER_HOST: 'tcp://127.0.0.1:1' };
    const method = await runMain(['publish', 'artifacts', '--method', 'rsync'], dir, engineless);
    assert.equal(method.code, 2);
    assert.match(method.err, /--method "rsync" is not one of index, emaint, entropy/);
    const noRepo = await runMain(['publish', 'artifacts', '--method', 'entropy'], dir, engineless);
    assert.equal(noRepo.code, 2);
    assert.match(noRepo.err, /needs --repository NAME/);
    const stray = await runMain(['publish', 'artifacts', '--repository', 'r'], dir, engineless);
    assert.equal(stray.code, 2);
    assert.match(stray.err, /go with --method entropy/);
    assert.deepEqual(readdirSync(join(dir, 'artifacts')), [], 'nothing written');
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
