/**
 * The QA workflows in a real VS Code with real Portage: the build history's estimate in the Builds row (the median
 * of the last builds), "Draft Bug Report…" on a failed build's row, and "Build Reverse Dependencies…".
 */
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { appendFileSync, readdirSync, readFileSync } from 'node:fs';
import * as path from 'node:path';
import { IMAGE_SETTINGS, sampleWorkspace, startVsCode, VsCodeSession, waitFor } from './harness';

describe('QA workflows in VS Code', { timeout: 900_000 }, () => {
  let vsc: VsCodeSession;
  let workspace: string;

  before(async () => {
    workspace = await sampleWorkspace();
    vsc = await startVsCode({ workspace, settings: { ...IMAGE_SETTINGS, 'ebuildBuilder.defaultProfile': 'gentoo' } });
  });

  after(async () => {
    await vsc?.close();
  });

  const rows = (label: string) => vsc.viewPane('Builds').locator(`.monaco-list-row[aria-label="${label}"]`);

  it('after three builds, the Builds row of the next one shows their median as its estimate', () => vsc.capture('qa-estimate', async () => {
    await vsc.explorerCommand(['app-misc', 'hello', 'hello-1.0.ebuild'], 'Build in Gentoo container');
    for (let n = 1; n <= 3; n++) {
      await vsc.openActivity('Ebuild Builder');
      await waitFor(`${n} finished build(s) of hello`, async () => (await rows('app-misc/hello-1.0 succeeded').count()) === n || undefined, 180_000);
      if (n < 3) await vsc.runCommand('Ebuild Builder: Rebuild last');
    }
    const seconds = (await rows('app-misc/hello-1.0 succeeded').allInnerTexts()).map((t: string) => Number(/gentoo · local · (\d+)s/.exec(t)![1]));
    assert.equal(seconds.length, 3);
    const median = [...seconds].sort((a, b) => a - b)[1];

    // A wider side bar, so the whole row shows in the screenshot.
    const bar = await vsc.page.locator('.part.sidebar').boundingBox();
    await vsc.page.mouse.move(bar.x + bar.width + 1, bar.y + 200);
    await vsc.page.mouse.down();
    await vsc.page.mouse.move(bar.x + bar.width + 200, bar.y + 200, { steps: 5 });
    await vsc.page.mouse.up();
    await vsc.runCommand('Ebuild Builder: Rebuild last');
    await vsc.openActivity('Ebuild Builder');
    const running = vsc.viewPane('Builds').locator('.monaco-list-row[aria-label^="app-misc/hello-1.0 "]:not([aria-label$=" succeeded"])').first();
    const text = await waitFor('the running build\'s row with an estimate', async () => {
      const t = await running.innerText({ timeout: 1_000 }).catch(() => '');
      return / of ~\d+s/.test(t) ? t : undefined;
    }, 60_000, 100);
    await vsc.screenshot('qa-01-estimate-in-builds-row');
    assert.match(text, / · \d+s of ~\d+s · gentoo · local/);
    assert.equal(Number(/ of ~(\d+)s/.exec(text)![1]), median, `the estimate is the median of ${seconds.join(', ')}: ${text}`);
    await waitFor('the fourth build to finish', async () => (await rows('app-misc/hello-1.0 succeeded').count()) === 4 || undefined, 180_000);
  }));

  it('"Draft Bug Report…" on a failed build\'s row writes the draft with emerge --info and opens it', () => vsc.capture('qa-report', async () => {
    await vsc.explorerCommand(['app-misc', 'broken', 'broken-1.0.ebuild'], 'Build in Gentoo container');
    await vsc.waitForNotification(/app-misc\/broken-1\.0 failed/, 180_000);
    await vsc.openActivity('Ebuild Builder');
    await vsc.treeRow('Builds', 'app-misc/broken-1.0 failed').waitFor({ timeout: 30_000 });
    await vsc.rowCommand(() => vsc.treeRow('Builds', 'app-misc/broken-1.0 failed'), 'Draft Bug Report…');
    await vsc.waitForNotification(/Bug report drafted: "app-misc\/broken-1\.0: fails to compile \(broken\.c:\d+: expected ‘;’ before ‘return’\)"/, 120_000);
    await waitFor('the draft in an editor', async () => (await vsc.editorTabs()).some((t) => /^app-misc_broken-1\.0-[0-9a-f]{4}\.md/.test(t)) || undefined);
    await vsc.screenshot('qa-02-bug-report-draft');
    const reports = path.join(workspace, 'artifacts', 'reports');
    const md = readdirSync(reports).find((f) => f.endsWith('.md'))!;
    const text = readFileSync(path.join(reports, md), 'utf8');
    assert.match(text, /## emerge --info\n\n```\nPortage 3\.0\.\d+ /);
    assert.ok(readdirSync(reports).some((f) => /^app-misc_broken-1\.0-[0-9a-f]{4}\.build\.log\.gz$/.test(f)));
  }));

  it('"Build with Tests" on a package whose src_test fails: the row says the tests failed, apart from a failed build', () => vsc.capture('qa-tests', async () => {
    await vsc.explorerCommand(['app-misc', 'failtest', 'failtest-1.0.ebuild'], 'Build with Tests');
    await vsc.waitForNotification(/app-misc\/failtest-1\.0 failed in the test phase: the self-test found 1 failure/, 180_000);
    await vsc.openActivity('Ebuild Builder');
    const row = vsc.treeRow('Builds', 'app-misc/failtest-1.0 failed');
    await row.waitFor({ timeout: 30_000 });
    assert.match(await row.innerText(), /tests failed · gentoo · local · \d+s/);
    assert.equal(await row.locator('.codicon-beaker').count(), 1, 'a beaker, not the failed-build icon');
    await vsc.screenshot('qa-05-tests-failed-row');
  }));

  it('"Build Reverse Dependencies…" builds libfoo, then what depends on it, each a row in Builds', () => vsc.capture('qa-rdeps', async () => {
    appendFileSync(path.join(workspace, '.portage', 'package.use'), '>=app-misc/libfoo-1.0 ssl\n');
    await vsc.explorerCommand(['app-misc', 'libfoo', 'libfoo-1.0.ebuild'], 'Build Reverse Dependencies…');
    const pick = vsc.page.locator('.quick-input-widget').filter({ hasText: 'Reverse dependencies of =app-misc/libfoo-1.0::testoverlay' });
    await pick.waitFor({ timeout: 60_000 });
    const labels = await vsc.page.locator('.quick-input-widget .monaco-list-row').allInnerTexts();
    assert.deepEqual(labels.map((l: string) => /^\s*(=\S+?::testoverlay|with tests)/.exec(l)?.[1]), [
      '=app-misc/needs-ssl-1.0::testoverlay', '=app-misc/withdep-1.0::testoverlay', '=app-misc/uses-withdep-1.0::testoverlay', 'with tests',
    ]);
    await vsc.screenshot('qa-03-reverse-dependencies-pick');
    await vsc.page.keyboard.press('Enter');
    await vsc.waitForNotification(/app-misc\/libfoo-1\.0::testoverlay and 3 reverse dependencies built/, 600_000);
    await vsc.openActivity('Ebuild Builder');
    for (const atom of ['app-misc/libfoo-1.0', 'app-misc/needs-ssl-1.0', 'app-misc/withdep-1.0', 'app-misc/uses-withdep-1.0']) {
      await vsc.treeRow('Builds', `${atom} succeeded`).waitFor({ timeout: 30_000 });
    }
    await vsc.screenshot('qa-04-reverse-dependencies-built');
  }));
});
