import { test, describe, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { copyFileSync, mkdirSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { PassThrough } from 'node:stream';
import { runChangedBuilds, type BuildFn } from '../../src/cli/changedBuilds';
import { parseBuildFlags } from '../../src/cli/buildRun';
import { GitRepo, ebuild, overlayFiles } from '../helpers/gitRepo';

const FIXTURES = join(__dirname, '../../../test/fixtures/portage/outputs');
// Which real capture each fake build "prints": a compile failure, a keyword block, or success.
const CAPTURE: Record<string, [string, number]> = {
  'broken-1.0': ['compile-fail-nocolor.pipe.txt', 1],
  'testing-2.0': ['keyword-change-nocolor.pipe.txt', 1],
};

function recorder() {
  const calls: string[] = [];
  const build: BuildFn = async (ebuildPath, flags) => {
    const name = basename(ebuildPath, '.ebuild');
    calls.push(name);
    const [capture, exitCode] = CAPTURE[name] ?? ['success-gpkg-nocolor.pipe.txt', 0];
    const logPath = join(flags.workspace!, 'artifacts', 'logs', `${name}.log`);
    mkdirSync(dirname(logPath), { recursive: true });
    copyFileSync(join(FIXTURES, capture), logPath);
    return { state: exitCode ? 'failed' : 'succeeded', exitCode, logPath, artifacts: [], durationMs: 1, image: 'fake', argv: [] };
  };
  return { build, calls };
}

describe('build --changed (container builds replaced by a recorder replaying real captures)', () => {
  let repo: GitRepo;
  before(() => {
    repo = GitRepo.init();
    repo.write({ ...overlayFiles(), 'app-misc/hello/hello-1.0.ebuild': ebuild(), 'app-misc/broken/broken-1.0.ebuild': ebuild(), 'app-misc/testing/testing-2.0.ebuild': ebuild() });
    repo.commit('initial');
    repo.write({
      'app-misc/broken/broken-1.0.ebuild': ebuild('# changed'),
      'app-misc/hello/hello-1.0.ebuild': ebuild('RDEPEND="app-misc/testing"'),
      'app-misc/testing/testing-2.0.ebuild': ebuild('# changed'),
    });
    repo.commit('three changes');
  });
  after(() => repo.cleanup());

  async function run(args: string[]) {
    const f = recorder();
    const stdout = new PassThrough();
    const stderr = new PassThrough();
    let out = '';
    stdout.on('data', (c) => (out += c));
    stderr.on('data', () => {});
    const code = await runChangedBuilds(parseBuildFlags(['--changed', '--since', 'HEAD~1', ...args]), { stdout, stderr, cwd: repo.dir, env: process.env }, f.build);
    return { code, out, calls: f.calls };
  }

  test('stops at the first failure; the rest is listed as not built', async () => {
    const r = await run([]);
    assert.equal(r.code, 1);
    assert.deepEqual(r.calls, ['broken-1.0']);
    const rows = r.out.trim().split('\n').slice(1);
    assert.match(rows[0], /^=app-misc\/broken-1\.0::testlay\s+failed \(1\)\s+compile\s+broken\.c:5: expected ‘;’ before ‘return’\s+artifacts\/logs\/broken-1\.0\.log$/);
    assert.match(rows[1], /=app-misc\/testing-2\.0::testlay\s+not built/);
    assert.match(rows[2], /=app-misc\/hello-1\.0::testlay\s+not built/);
  });

  test('--keep-going builds everything in dependency order and names each failure', async () => {
    const r = await run(['--keep-going']);
    assert.equal(r.code, 1);
    assert.deepEqual(r.calls, ['broken-1.0', 'testing-2.0', 'hello-1.0']);
    assert.match(r.out, /=app-misc\/testing-2\.0::testlay\s+failed \(1\)\s+dependencies\s+package\.accept_keywords: =app-misc\/testing-2\.0 ~amd64/);
    assert.match(r.out, /=app-misc\/hello-1\.0::testlay\s+succeeded\s+-\s+-\s+artifacts\/logs\/hello-1\.0\.log/);
  });

  test('--json ends with a summary object', async () => {
    const r = await run(['--keep-going', '--json']);
    const last = JSON.parse(r.out.trim().split('\n').pop()!);
    assert.equal(last.type, 'changed-summary');
    assert.deepEqual(last.outcomes.map((o: { result: string }) => o.result), ['failed', 'failed', 'succeeded']);
  });
});
