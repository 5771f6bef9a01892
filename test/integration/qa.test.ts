/**
 * The QA workflows on real Portage (the builder test images, test/images/README.md), through the CLI as a user runs
 * it: reverse dependencies built against the freshly built package, builds with tests, bug report drafts with
 * `emerge --info` and the compressed log, the CI's pkgcheck QA difference, and the build history's estimate.
 */
import { test, describe, after } from 'node:test';
import assert from 'node:assert/strict';
import { appendFileSync, existsSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';
import { gunzipSync } from 'node:zlib';
import yaml from 'js-yaml';
import { CLI, imageEnv, runCli, sampleWorkspace } from './testImages';
import { GitRepo } from '../helpers/gitRepo';
import { runBash } from '../helpers/ciScript';

const tempDirs: string[] = [];
after(() => {
  for (const d of tempDirs) rmSync(d, { recursive: true, force: true });
});

function workspace(): string {
  const ws = sampleWorkspace();
  tempDirs.push(path.dirname(ws));
  return ws;
}

/** Summary rows as [atom, result, phase, first finding] (the log column has a timestamp). */
function summaryRows(stdout: string): string[][] {
  const lines = stdout.split('\n');
  const start = lines.findIndex((l) => /^atom\s+result\s+phase/.test(l));
  return lines.slice(start + 1).filter((l) => l.startsWith('=')).map((l) => l.split(/\s{2,}/).slice(0, 4));
}

/** The log of each summary row, by atom. */
function logsOf(stdout: string, ws: string): Map<string, string> {
  const lines = stdout.split('\n').filter((l) => l.startsWith('=') && / artifacts\/logs\//.test(l));
  return new Map(lines.map((l) => [l.split(/\s+/)[0], path.join(ws, l.slice(l.indexOf('artifacts/logs/')).trim())]));
}

const mergeList = (log: string) => readFileSync(log, 'utf8').split('\n').filter((l) => /^\[(ebuild|binary)\s/.test(l));

describe('reverse dependencies', () => {
  test('a change to libfoo with --rdeps builds needs-ssl and the withdep chain, in order, each against the fresh libfoo, and not the unrelated ones', async () => {
    const ws = workspace();
    // needs-ssl asks libfoo for USE=ssl: the workspace says so once, for every build.
    appendFileSync(path.join(ws, '.portage', 'package.use'), '>=app-misc/libfoo-1.0 ssl\n');
    const first = await runCli(['build', 'app-misc/libfoo/libfoo-1.0.ebuild', '--profile', 'gentoo'], { cwd: ws });
    assert.equal(first.code, 0, first.stderr.slice(-3000));
    // The change: libfoo's package from before is stale from here on; only the one built now may be used.
    appendFileSync(path.join(ws, 'app-misc/libfoo/libfoo-1.0.ebuild'), '# changed\n');

    const run = await runCli(['build', 'app-misc/libfoo', '--rdeps', '--profile', 'gentoo', '--keep-going'], { cwd: ws });
    assert.equal(run.code, 0, `${run.stdout.slice(-3000)}\n${run.stderr.slice(-3000)}`);
    assert.match(run.stderr, /Reverse dependencies of =app-misc\/libfoo-1\.0::testoverlay in testoverlay:\n {3}1\. =app-misc\/needs-ssl-1\.0::testoverlay {2}\(RDEPEND app-misc\/libfoo\[ssl\]\)\n {3}2\. =app-misc\/withdep-1\.0::testoverlay .*\n {3}3\. =app-misc\/uses-withdep-1\.0::testoverlay {2}\(DEPEND app-misc\/libfoo:=; RDEPEND app-misc\/libfoo:=\)\n/);
    assert.deepEqual(summaryRows(run.stdout), [
      ['=app-misc/libfoo-1.0::testoverlay', 'succeeded', '-', '-'],
      ['=app-misc/needs-ssl-1.0::testoverlay', 'succeeded', '-', '-'],
      ['=app-misc/withdep-1.0::testoverlay', 'succeeded', '-', '-'],
      ['=app-misc/uses-withdep-1.0::testoverlay', 'succeeded', '-', '-'],
    ]);
    const plan = run.stderr.slice(run.stderr.indexOf('Reverse dependencies of'), run.stderr.indexOf('>>> ebuild-builder:'));
    assert.doesNotMatch(plan, /unrelated|hello/, 'unrelated (its comment names libfoo) and hello (a dependency of withdep) are no reverse dependencies');

    // libfoo was built from its changed ebuild (a second binary package), and every reverse dependency took that one.
    const logs = logsOf(run.stdout, ws);
    assert.deepEqual(mergeList(logs.get('=app-misc/libfoo-1.0::testoverlay')!).map((l) => l.replace(/\s+\d+ KiB$/, '')), ['[ebuild  N     ] app-misc/libfoo-1.0::testoverlay  USE="ssl"']);
    const fresh = readdirSync(path.join(ws, 'artifacts/app-misc/libfoo')).filter((f) => f.endsWith('.gpkg.tar')).sort();
    assert.deepEqual(fresh, ['libfoo-1.0-1.gpkg.tar', 'libfoo-1.0-2.gpkg.tar']);
    for (const atom of ['=app-misc/needs-ssl-1.0::testoverlay', '=app-misc/withdep-1.0::testoverlay', '=app-misc/uses-withdep-1.0::testoverlay']) {
      const list = mergeList(logs.get(atom)!);
      assert.ok(list.some((l) => /^\[binary +N +\] app-misc\/libfoo-1\.0-2::testoverlay +USE="ssl"/.test(l)), `${atom} takes the fresh libfoo (-2):\n${list.join('\n')}`);
      assert.ok(list.some((l) => l.startsWith('[ebuild') && l.includes(atom.slice(1).replace(/::.*/, ''))), `${atom} itself is built from its ebuild`);
    }
    // uses-withdep comes after withdep and takes the withdep just built.
    assert.ok(mergeList(logs.get('=app-misc/uses-withdep-1.0::testoverlay')!).some((l) => /^\[binary .*\] app-misc\/withdep-1\.0-1::testoverlay/.test(l)));
  });

  test('--limit builds the first N; the rest are listed as not built', async () => {
    const ws = workspace();
    appendFileSync(path.join(ws, '.portage', 'package.use'), '>=app-misc/libfoo-1.0 ssl\n');
    const run = await runCli(['build', 'app-misc/libfoo/libfoo-1.0.ebuild', '--rdeps', '--limit', '1', '--profile', 'gentoo', '--json'], { cwd: ws });
    assert.equal(run.code, 0, run.stderr.slice(-3000));
    const summary = run.stdout.split('\n').filter((l) => l.startsWith('{')).map((l) => JSON.parse(l)).find((e) => e.type === 'rdeps-summary');
    assert.deepEqual(summary.outcomes.map((o: { atom: string; result: string }) => [o.atom, o.result]), [
      ['=app-misc/libfoo-1.0::testoverlay', 'succeeded'],
      ['=app-misc/needs-ssl-1.0::testoverlay', 'succeeded'],
      ['=app-misc/withdep-1.0::testoverlay', 'not built'],
      ['=app-misc/uses-withdep-1.0::testoverlay', 'not built'],
    ]);
    assert.deepEqual(summary.targetUse, ['ssl']);
  });
});

describe('builds with tests, and the build history', () => {
  test('--test on a package whose src_test fails: fails in phase test with its finding; without --test it passes; history keeps both and estimates', async () => {
    const ws = workspace();
    const ebuild = 'app-misc/failtest/failtest-1.0.ebuild';
    const tested = await runCli(['build', ebuild, '--profile', 'gentoo', '--test'], { cwd: ws });
    assert.equal(tested.code, 1, tested.stderr.slice(-3000));
    assert.match(tested.stderr, />>> ebuild-builder: with tests: FEATURES=test, and USE=test \(IUSE has it\)\n/);
    assert.match(tested.stdout, /^\[ebuild {2}N {5}\] app-misc\/failtest-1\.0::testoverlay {2}USE="test"/m, 'Portage turned USE=test on');
    assert.match(tested.stdout, /ERROR: app-misc\/failtest-1\.0::testoverlay failed \(test phase\):/);
    assert.match(tested.stderr, />>> ebuild-builder: tests of app-misc\/failtest-1\.0 failed \(test phase\): the self-test found 1 failure\n/);

    const json = await runCli(['build', ebuild, '--profile', 'gentoo', '--test', '--json'], { cwd: ws });
    const failure = json.stdout.split('\n').filter((l) => l.startsWith('{')).map((l) => JSON.parse(l)).find((e) => e.type === 'test-failure');
    assert.deepEqual({ ...failure, log: undefined }, { type: 'test-failure', atom: 'app-misc/failtest-1.0', phase: 'test', finding: 'the self-test found 1 failure', log: undefined });

    const plain = await runCli(['build', ebuild, '--profile', 'gentoo'], { cwd: ws });
    assert.equal(plain.code, 0, plain.stderr.slice(-3000));
    assert.match(plain.stdout, /Test phase \[disabled because of RESTRICT=test\]: app-misc\/failtest-1\.0/);
    const again = await runCli(['build', ebuild, '--profile', 'gentoo'], { cwd: ws });
    assert.equal(again.code, 0);
    const seconds = (s: string) => Number(/succeeded \(exit 0\) in ([\d.]+) s/.exec(s)![1]);
    assert.match(again.stderr, new RegExp(`>>> ebuild-builder: app-misc/failtest-1\\.0 usually ${seconds(plain.stderr).toFixed(1)} s \\(the last build with gentoo\\)\\n`));

    const history = await runCli(['history', 'app-misc/failtest', '--json'], { cwd: ws });
    const h = JSON.parse(history.stdout);
    assert.deepEqual(h.entries.map((e: { state: string }) => e.state), ['failed', 'failed', 'succeeded', 'succeeded']);
    const ms = h.entries.filter((e: { state: string }) => e.state === 'succeeded').map((e: { durationMs: number }) => e.durationMs);
    assert.deepEqual(h.estimates.gentoo, { ms: (ms[0] + ms[1]) / 2, of: 2 });
  });

  test('a --rdeps run with tests: a reverse dependency\'s failing tests are a section apart in the summary', async () => {
    const ws = workspace();
    writeFileSync(path.join(ws, 'app-misc/failtest/failtest-1.0.ebuild'), readFileSync(path.join(ws, 'app-misc/failtest/failtest-1.0.ebuild'), 'utf8').replace('IUSE="test"', 'IUSE="test"\nRDEPEND="app-misc/hello"'));
    const run = await runCli(['build', 'app-misc/hello', '--rdeps', '--profile', 'gentoo', '--test', '--keep-going'], { cwd: ws });
    assert.equal(run.code, 1, run.stderr.slice(-3000));
    const rows = summaryRows(run.stdout);
    assert.deepEqual(rows.map((r) => r.slice(0, 3)), [
      ['=app-misc/hello-1.0::testoverlay', 'succeeded', '-'],
      ['=app-misc/failtest-1.0::testoverlay', 'failed (1)', 'test'],
      ['=app-misc/unrelated-1.0::testoverlay', 'succeeded', '-'],
      ['=app-misc/withdep-1.0::testoverlay', 'succeeded', '-'],
    ]);
    assert.match(run.stdout, /\nTests failed \(test phase, apart from the build failures above\):\n {2}=app-misc\/failtest-1\.0::testoverlay {2}the self-test found 1 failure\n/);
  });
});

describe('bug report drafts', () => {
  test('a report for broken: the summary line, the compiler error, emerge --info, and a log attachment that decompresses to the build log', async () => {
    const ws = workspace();
    const build = await runCli(['build', 'app-misc/broken/broken-1.0.ebuild', '--profile', 'gentoo'], { cwd: ws });
    assert.equal(build.code, 1);
    const log = /full log: (.*\.log)\n/.exec(build.stderr)![1];
    const id = /-([0-9a-f]{4})\.log$/.exec(log)![1];
    const report = await runCli(['report', id], { cwd: ws });
    assert.equal(report.code, 0, report.stderr);
    assert.match(report.stderr, /running emerge --info in the gentoo builder/);
    const [summary, reportLine, attachmentLine] = report.stdout.trim().split('\n');
    assert.match(summary, /^app-misc\/broken-1\.0: fails to compile \(broken\.c:\d+: expected ‘;’ before ‘return’\)$/);
    const md = readFileSync(reportLine.replace(/^report: /, ''), 'utf8');
    assert.ok(md.includes('```\n' + summary + '\n```'), md);
    assert.match(md, /fails in the \*\*compile\*\* phase/);
    assert.match(md, /- \*\*compiler error\*\*: broken\.c:\d+: expected ‘;’ before ‘return’/);
    assert.match(md, /## emerge --info\n\n```\nPortage 3\.0\.\d+ \(python [^\n]*\n[\s\S]*\ntestoverlay\n {4}location: \/var\/db\/repos\/testoverlay\n[\s\S]*\nUnset: [^\n]*\n```/);
    const attachment = attachmentLine.replace(/^attachment: /, '');
    assert.match(path.basename(attachment), new RegExp(`^app-misc_broken-1\\.0-${id}\\.build\\.log\\.gz$`));
    const buildLog = log.replace(/\.log$/, '.build.log');
    assert.ok(existsSync(buildLog));
    assert.deepEqual(gunzipSync(readFileSync(attachment)), readFileSync(buildLog));
    assert.match(gunzipSync(readFileSync(attachment)).toString(), /error: expected ‘;’ before ‘return’/);
  });

  test('a Sabayon build\'s report takes emerge --info from the builder\'s own output, without running it again', async () => {
    const ws = workspace();
    const build = await runCli(['build', 'app-misc/broken/broken-1.0.ebuild', '--profile', 'sabayon'], { cwd: ws });
    assert.equal(build.code, 1);
    const log = /full log: (.*\.log)\n/.exec(build.stderr)![1];
    const report = await runCli(['report', log], { cwd: ws });
    assert.equal(report.code, 0, report.stderr);
    assert.doesNotMatch(report.stderr, /running emerge --info/);
    const md = readFileSync(/report: (.*)\n/.exec(report.stdout)![1], 'utf8');
    assert.match(md, /## emerge --info\n\n```\nPortage 3\.0\.\d+ /);
    assert.match(md, /built with the `sabayon` builder/);
  });
});

describe('the CI QA difference on pull requests', () => {
  test('on a fixture repository: a new pkgcheck result appears (on its changed line), an old one does not', async () => {
    const repo = new GitRepo(workspace());
    repo.git('init', '-q', '-b', 'main');
    const hello = path.join(repo.dir, 'app-misc/hello/hello-1.0.ebuild');
    // The old result: trailing whitespace, there before the change and still there after it (on a moved line).
    writeFileSync(hello, readFileSync(hello, 'utf8').replace('SLOT="0"\n', 'SLOT="0" \n'));
    const base = repo.commit('base with an old QA result');
    writeFileSync(hello, '# a line that moves the others\n' + readFileSync(hello, 'utf8').replace(/^KEYWORDS=.*$/m, '$&\nRDEPEND="app-misc/does-not-exist"'));
    repo.commit('a change with a new QA result');
    const depLine = readFileSync(hello, 'utf8').split('\n').findIndex((l) => l.startsWith('RDEPEND=')) + 1;

    for (const kind of ['github', 'gitlab'] as const) {
      const init = await runCli(['ci', 'init', kind, '--profile', 'gentoo', '--image', 'ebuild-builder/test-gentoo:test', '--cli-url', 'https://example.org/ebuild-builder.tgz', '--cli-sha512', 'ab'.repeat(64)], { cwd: repo.dir });
      assert.equal(init.code, 0, init.stderr);
    }
    const env = { ...imageEnv(), EBUILD_BUILDER: `${process.execPath} ${CLI}` };
    const bash = (script: string, extra: Record<string, string>) => runBash(script, repo.dir, { ...env, ...extra });

    const gh = yaml.load(readFileSync(path.join(repo.dir, '.github/workflows/ebuild-builder.yml'), 'utf8')) as { jobs: { build: { steps: { name?: string; run?: string }[] } } };
    const qa = await bash(gh.jobs.build.steps.find((s) => s.name === 'QA difference (pkgcheck)')!.run!, { BASE: base });
    assert.equal(qa.code, 1, `a new error fails the step:\n${qa.stdout}\n${qa.stderr}`);
    assert.ok(qa.stdout.includes(`::error file=app-misc/hello/hello-1.0.ebuild,line=${depLine},title=pkgcheck app-misc/hello-1.0%3A NonexistentDeps (new in this change)::Nonexistent Deps (attr: RDEPEND; nonexistent: app-misc/does-not-exist)\n`), qa.stdout);
    assert.doesNotMatch(qa.stdout, /Whitespace/, 'the old result is not reported');
    assert.match(qa.stderr, /result\(s\) on the head, 1 on the base; \d+ new/);
    assert.equal(repo.git('worktree', 'list').split('\n').length, 1, 'no worktree is left behind');

    const gl = yaml.load(readFileSync(path.join(repo.dir, '.gitlab-ci.yml'), 'utf8')) as Record<string, { after_script: string[] }>;
    await bash(gl['ebuild-builder'].after_script.find((s) => s.includes('qa-diff'))!, { CI_MERGE_REQUEST_DIFF_BASE_SHA: base, CI_COMMIT_BEFORE_SHA: '' });
    const issues = JSON.parse(readFileSync(path.join(repo.dir, 'gl-code-quality-qa.json'), 'utf8')) as { check_name: string; location: unknown }[];
    assert.ok(issues.some((i) => i.check_name === 'pkgcheck/NonexistentDeps' && JSON.stringify(i.location) === JSON.stringify({ path: 'app-misc/hello/hello-1.0.ebuild', lines: { begin: depLine } })), JSON.stringify(issues));
    assert.ok(!issues.some((i) => i.check_name.includes('Whitespace')));
  });
});
