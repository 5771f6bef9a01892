import { test, describe } from 'node:test';
import assert from 'node:assert/strict';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { gunzipSync } from 'node:zlib';
import { bugSummaryLine, draftBugReport, emergeInfoFromLog, logNameParts } from '../../src/core/bugReport';
import { findBuildLog, writeBugReport } from '../../src/core/bugReportFiles';
import { parseAll } from '../../src/core/emerge';
import { discoverOverlays } from '../../src/core/overlays';
import { splitPackageVersion } from '../../src/core/atom';
import { isUserError } from '../../src/core/userError';

const FIXTURES = path.join(__dirname, '..', '..', '..', 'test', 'fixtures', 'portage');
const SAMPLE = path.join(__dirname, '..', '..', '..', 'examples', 'overlay');
const COMPILE_FAIL = readFileSync(path.join(FIXTURES, 'outputs', 'compile-fail-nocolor.txt'), 'utf8');
const INFO = readFileSync(path.join(FIXTURES, 'emerge-info.txt'), 'utf8');
const isCpv = (cpv: string) => Boolean(splitPackageVersion(cpv.split('/')[1] ?? ''));

describe('bug report drafts', () => {
  test('the summary line is in Gentoo\'s words, with the first error', () => {
    assert.equal(bugSummaryLine('app-misc/broken-1.0', 'compile', "broken.c:5: expected ';' before 'return'"), "app-misc/broken-1.0: fails to compile (broken.c:5: expected ';' before 'return')");
    assert.equal(bugSummaryLine('app-misc/x-1', 'test', 'a test failed'), 'app-misc/x-1: fails tests (a test failed)');
    assert.equal(bugSummaryLine('app-misc/x-1', undefined, undefined), 'app-misc/x-1: cannot be emerged');
    assert.equal(bugSummaryLine('app-misc/x-1', 'install', 'x'.repeat(300)).length, 'app-misc/x-1: fails to install ()'.length + 100);
  });

  test('emerge --info is found in a log between the Portage line and Unset:', () => {
    const log = `>>> something before\n${INFO.trimEnd()}\n\n>>> Emerging (1 of 1) app-misc/hello-1.0::testoverlay\n`;
    const info = emergeInfoFromLog(log)!;
    assert.match(info, /^Portage 3\.0\.82 \(/);
    assert.match(info, /\nUnset: {2}EMERGE_DEFAULT_OPTS, .*$/);
    assert.equal(emergeInfoFromLog(COMPILE_FAIL), undefined);
  });

  test('a real compile failure: summary with the compiler error, phase, findings, USE, overrides, emerge --info', () => {
    const log = `[ebuild  N     ] app-misc/broken-1.0::testoverlay  USE="-doc ssl" 0 KiB\n${COMPILE_FAIL}`;
    const report = draftBugReport({
      cpv: 'app-misc/broken-1.0', repo: 'testoverlay', profile: 'gentoo', image: 'gentoo/stage3:latest', exitCode: 1, logText: log, logPath: '/w/artifacts/logs/x.log',
      emergeInfo: { text: INFO }, overrides: [{ name: '.portage/package.use', text: '# a comment\n>=app-misc/libfoo-1.0 ssl\n' }, { name: '.portage/package.mask', text: '# only comments\n' }],
      attachment: { name: 'app-misc_broken-1.0-0fda.build.log.gz', of: "Portage's build.log of the package" },
    }, parseAll(log));
    assert.match(report.summary, /^app-misc\/broken-1\.0: fails to compile \(broken\.c:5(:30)?: .*expected ‘;’ before ‘return’/);
    assert.equal(report.phase, 'compile');
    const md = report.markdown;
    assert.match(md, /^# Bug report draft: app-misc\/broken-1\.0\n/);
    assert.ok(md.includes('```\n' + report.summary + '\n```'), md);
    assert.match(md, /fails in the \*\*compile\*\* phase \(exit status 1\), built with the `gentoo` builder \(image `gentoo\/stage3:latest`\)/);
    assert.match(md, / \* ERROR: app-misc\/broken-1\.0::testoverlay failed \(compile phase\):/);
    assert.match(md, /## USE flags\n\n```\nUSE="-doc ssl"\n```/);
    assert.match(md, /`\.portage\/package\.use`:\n\n```\n>=app-misc\/libfoo-1\.0 ssl\n```/);
    assert.ok(!md.includes('package.mask'), 'a file of comments only is left out');
    assert.ok(md.includes(INFO.trimEnd()), 'emerge --info in full');
    assert.match(md, /Attached: `app-misc_broken-1\.0-0fda\.build\.log\.gz`/);
  });

  test('a log name gives the package, profile and build id; a version-like tail stays in the version', () => {
    assert.deepEqual(logNameParts('app-misc_broken-1.0-gentoo-20261124-104931-0fda.log', isCpv), { cpv: 'app-misc/broken-1.0', profile: 'gentoo', id: '0fda' });
    assert.deepEqual(logNameParts('app-misc_hello-1.0-r1-my-gentoo-20261124-104931-0fda.log', isCpv), { cpv: 'app-misc/hello-1.0-r1', profile: 'my-gentoo', id: '0fda' });
    assert.equal(logNameParts('app-misc_broken-1.0-gentoo-20261124-104931-0fda.build.log', isCpv), undefined);
  });

  test('report files: the draft and a gzip attachment that decompresses to Portage\'s build.log; BUILD-ID finds the log', async () => {
    const ws = mkdtempSync(path.join(tmpdir(), 'eb-report-'));
    try {
      cpSync(SAMPLE, ws, { recursive: true });
      const logs = path.join(ws, 'artifacts', 'logs');
      mkdirSync(logs, { recursive: true });
      const log = path.join(logs, 'app-misc_broken-1.0-gentoo-20261124-104931-0fda.log');
      writeFileSync(log, COMPILE_FAIL);
      const buildLog = readFileSync(path.join(FIXTURES, 'build-logs', 'compile-fail__app-misc_broken-1.0.build.log'));
      writeFileSync(log.replace(/\.log$/, '.build.log'), buildLog);
      assert.equal(await findBuildLog('0fda', logs, ws), log);
      assert.equal(await findBuildLog('0fda12345678', logs, ws), log, 'a full build id is matched by its start');
      await assert.rejects(findBuildLog('beef', logs, ws), (e: unknown) => isUserError(e) && e.code === 'no-such-log');

      const asked: string[] = [];
      const { overlays } = await discoverOverlays([ws]);
      const written = await writeBugReport({
        logPath: log, workspace: ws, overridesFolder: '.portage', overlays,
        emergeInfo: async (ebuild, profile) => { asked.push(`${path.relative(ws, ebuild)} ${profile}`); return INFO; },
      });
      assert.deepEqual(asked, ['app-misc/broken/broken-1.0.ebuild gentoo'], 'emerge --info asked of the build\'s builder');
      assert.equal(written.report, path.join(ws, 'artifacts', 'reports', 'app-misc_broken-1.0-0fda.md'));
      assert.equal(written.attachment, path.join(ws, 'artifacts', 'reports', 'app-misc_broken-1.0-0fda.build.log.gz'));
      assert.deepEqual(gunzipSync(readFileSync(written.attachment)), buildLog);
      const md = readFileSync(written.report, 'utf8');
      assert.ok(md.includes(written.summary) && md.includes('Portage 3.0.82'), md);
      assert.ok(md.includes('`.portage/package.env`:\n\n```\napp-misc/hello debug.conf\n```'), md);
      assert.ok(!existsSync(`${written.report}.part`));
    } finally {
      rmSync(ws, { recursive: true, force: true });
    }
  });
});
