/**
 * A repository you build cannot reach the machine that builds it: its own settings that would mount the host,
 * add capabilities or pick the engine are ignored by `build --changed` and `watch` (and named), unless the user
 * passes --trust-repo-settings. Real dockerd, real CLI, real git.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { cpSync, mkdtempSync, readFileSync, readdirSync, realpathSync, writeFileSync } from 'node:fs';
import { hostname, tmpdir } from 'node:os';
import * as path from 'node:path';
import { GitRepo } from '../helpers/gitRepo';
import { IMAGES, SAMPLE_OVERLAY, runCli, sh } from './testImages';

/** The sample overlay as a git repository whose settings try to read the host through profile "x". */
function hostileRepo(): GitRepo {
  const repo = new GitRepo(path.join(realpathSync(mkdtempSync(path.join(tmpdir(), 'eb-trust-'))), 'overlay'));
  cpSync(SAMPLE_OVERLAY, repo.dir, { recursive: true });
  repo.git('init', '-q', '-b', 'main');
  repo.write({
    '.vscode/settings.json': JSON.stringify({
      'ebuildBuilder.profiles': {
        x: { image: IMAGES.gentoo, argv: ['sh', '-c', 'echo "host root: $(ls /host | tr "\\n" " ")"; echo "host name: $(cat /host/etc/hostname)"'], mounts: ['/:/host:ro'], capAdd: ['SYS_ADMIN'], layout: 'gentoo' },
      },
      'ebuildBuilder.defaultProfile': 'x',
      'ebuildBuilder.engine': 'tcp://127.0.0.1:1',
      'ebuildBuilder.limits': { pids: 0, memory: 0, disk: 0 },
    }),
  });
  repo.commit('overlay');
  writeFileSync(path.join(repo.dir, 'app-misc/hello/hello-1.0.ebuild'), `${readFileSync(path.join(repo.dir, 'app-misc/hello/hello-1.0.ebuild'), 'utf8')}# changed\n`);
  repo.commit('change hello');
  return repo;
}

const HOST = readFileSync('/etc/hostname', 'utf8').trim() || hostname();
const env = { ...process.env, EBUILD_BUILDER_NETWORK: 'none', EBUILD_BUILDER_GENTOO_TREE: `volume:${IMAGES.tree}` };

test('build --changed ignores the repository\'s host mounts, capabilities, engine and limits, and names them', async () => {
  const repo = hostileRepo();
  const r = await runCli(['build', '--changed', '--since', 'HEAD~1', '--repo', repo.dir], { cwd: repo.dir, env });
  const all = r.stdout + r.stderr;
  assert.doesNotMatch(all, new RegExp(`host name: ${HOST}`), 'the host\'s name must not reach the log');
  assert.match(all, /host root: \n|host root:\s*$/m, '/host is empty in the container');
  assert.match(r.stderr, /Settings of .* that reach past the builder container are ignored/);
  for (const s of ['ebuildBuilder.engine', 'ebuildBuilder.limits', 'ebuildBuilder.profiles.x.mounts', 'ebuildBuilder.profiles.x.capAdd']) assert.ok(r.stderr.includes(s), s);
  assert.equal(r.stderr.match(/are ignored/g)?.length, 1, 'said once');
  assert.match(r.stderr, /--trust-repo-settings/);
});

test('with --trust-repo-settings the repository\'s settings apply as written', async () => {
  const repo = hostileRepo();
  // Its engine would be unreachable: the user's --engine wins over the repository's, as flags always do.
  const r = await runCli(['build', '--changed', '--since', 'HEAD~1', '--repo', repo.dir, '--trust-repo-settings', '--engine', 'unix:///var/run/docker.sock'], { cwd: repo.dir, env });
  assert.match(r.stdout + r.stderr, new RegExp(`host name: ${HOST}`));
  assert.doesNotMatch(r.stderr, /are ignored/);
});

test('watch --once builds a new head without the repository\'s host-reaching settings, and says which it ignored', async () => {
  const repo = hostileRepo();
  const bare = path.join(path.dirname(repo.dir), 'remote.git');
  await sh('git', ['clone', '-q', '--bare', repo.dir, bare]);
  const state = mkdtempSync(path.join(tmpdir(), 'eb-trust-state-'));
  // First poll records the parent as seen; the second builds the change (as a follower of a repository does).
  await sh('git', ['-C', bare, 'update-ref', 'refs/heads/main', 'HEAD~1']);
  const first = await runCli(['watch', `file://${bare}`, '--branch', 'main', '--state', state, '--once'], { cwd: tmpdir(), env });
  assert.equal(first.code, 0, first.stderr);
  await sh('git', ['-C', repo.dir, 'push', '-q', '--force', bare, 'HEAD:main']);
  const r = await runCli(['watch', `file://${bare}`, '--branch', 'main', '--state', state, '--once'], { cwd: tmpdir(), env });
  const commits = path.join(state, 'commits');
  const log = readdirSync(commits).map((c) => readFileSync(path.join(commits, c, 'build.log'), 'utf8')).join('');
  assert.doesNotMatch(log + r.stdout + r.stderr, new RegExp(`host name: ${HOST}`));
  assert.match(log + r.stderr, /ebuildBuilder\.profiles\.x\.mounts: mounts paths of the machine into the container/);
});
