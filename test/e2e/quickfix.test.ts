/**
 * The USE-change loop a user sees, in a real VS Code (code-server in Chromium) with the packaged .vsix and a real
 * Docker engine running the Gentoo builder test image (real Portage; test/images/README.md):
 * build needs-ssl → a diagnostic on its RDEPEND line → the quick fix adds the line emerge proposed to
 * .portage/package.use → rebuild → real emerge builds libfoo with USE=ssl and needs-ssl, diagnostic gone.
 * The keyword (testing-2.0: ~amd64) and licence (eula: TestEULA, outside @FREE) fixes end in a real build too.
 */
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { IMAGE_SETTINGS, sampleWorkspace, startVsCode, VsCodeSession, waitFor } from './harness';

const EBUILD = ['app-misc', 'needs-ssl', 'needs-ssl-1.0.ebuild'];
const FIX = /Add ">=app-misc\/libfoo-1\.0 ssl" to \.portage\/package\.use$/;

describe('a USE-change block becomes a quick fix in VS Code', { timeout: 600_000 }, () => {
  let vsc: VsCodeSession;
  let workspace: string;
  let packageUse: string;
  let original: Buffer;

  before(async () => {
    workspace = await sampleWorkspace();
    packageUse = path.join(workspace, '.portage', 'package.use');
    original = readFileSync(packageUse);
    vsc = await startVsCode({ workspace, settings: IMAGE_SETTINGS });
  });

  after(async () => {
    await vsc?.close();
  });

  /** Error squiggles on the editor line that starts with RDEPEND= (overlay rows share their line's `top`). */
  const squiggles = async (): Promise<number> => {
    const editor = vsc.page.locator('.editor-group-container.active');
    const style: string = (await editor.locator('.view-lines .view-line', { hasText: /^RDEPEND=/ }).first().getAttribute('style', { timeout: 5_000 })) ?? '';
    const top = /top:\s*([\d.]+px)/.exec(style)?.[1];
    if (!top) return -1;
    const rows = editor.locator('.view-overlays > div');
    let n = 0;
    for (let i = 0; i < (await rows.count()); i++) {
      if (new RegExp(`top:\\s*${top}`).test((await rows.nth(i).getAttribute('style')) ?? '')) n += await rows.nth(i).locator('.squiggly-error').count();
    }
    return n;
  };

  const openEbuild = (name: string) => vsc.quickOpen(name);

  /** Builds the active editor's ebuild from the editor's context menu. */
  const buildFromEditor = async (name: string) => {
    await openEbuild(name);
    await vsc.page.locator('.editor-group-container.active .view-lines').click({ button: 'right' });
    await vsc.clickMenuItem('Build in Gentoo container');
  };

  it('the failed build puts an error on the RDEPEND line, in the Problems panel and under the build', () => vsc.capture('quickfix-diagnostic', async () => {
    await vsc.explorerCommand(EBUILD, 'Build in Gentoo container');
    await vsc.openActivity('Ebuild Builder');
    const failed = vsc.treeRow('Builds', 'app-misc/needs-ssl-1.0 failed');
    await failed.waitFor({ timeout: 180_000 });
    // Real emerge (--binpkg-respect-use) says it in its "no ebuilds built with USE flags" form.
    const out = (await vsc.terminalBufferText()).replace(/\n/g, '');
    assert.match(out, /emerge: there are no ebuilds built with USE flags to satisfy "app-misc\/libfoo\[ssl\]"/);
    assert.match(out, /- app-misc\/libfoo-1\.0::testoverlay \(Change USE: \+ssl\)/);
    await vsc.screenshot('quickfix-01-build-failed');
    await vsc.runCommand('Notifications: Clear All Notifications');

    // The finding is listed under its build.
    // The row's own click shows the output; the twistie expands it.
    if ((await failed.getAttribute('aria-expanded')) !== 'true') await failed.locator('.monaco-tl-twistie').click();
    const finding = vsc.viewPane('Builds').locator('.monaco-list-row[aria-label^="error: emerge needs a USE change"]').first();
    await finding.waitFor({ timeout: 30_000 });
    assert.match(await finding.innerText(), /needs-ssl-1\.0\.ebuild:14/);

    // Clicking it opens the ebuild at the RDEPEND line, underlined.
    await finding.click();
    await waitFor('the ebuild editor', async () => (await vsc.editorTabs()).some((t) => t.startsWith('needs-ssl-1.0.ebuild')));
    await waitFor('a squiggle on RDEPEND', async () => (await squiggles()) > 0, 30_000);
    await vsc.page.keyboard.press('Control+Shift+M');
    const problem = vsc.page.locator('.markers-panel .monaco-list-row', { hasText: '>=app-misc/libfoo-1.0 ssl' }).first();
    await problem.waitFor({ timeout: 30_000 });
    const text = await problem.innerText();
    assert.match(text, /emerge needs a USE change: add ">=app-misc\/libfoo-1\.0 ssl" to package\.use/);
    assert.match(text, /emerge\s*\(?autounmask-use\)?/);
    assert.match(text, /\[Ln 14, Col 1\]/);
    await vsc.screenshot('quickfix-02-diagnostic');
  }));

  it('the quick fix appends exactly the line emerge proposed to .portage/package.use', () => vsc.capture('quickfix-apply', async () => {
    // Cursor on the RDEPEND line, then Ctrl+. lists the fixes.
    await vsc.page.locator('.editor-group-container.active .view-lines').click();
    await vsc.page.keyboard.press('Control+G');
    await vsc.page.locator('.quick-input-widget input').fill(':14');
    await vsc.page.keyboard.press('Enter');
    await vsc.page.keyboard.press('Control+.');
    const item = vsc.page.locator('.action-widget .monaco-list-row', { hasText: FIX }).first();
    await item.waitFor({ timeout: 30_000 });
    const items = await vsc.page.locator('.action-widget .monaco-list-row').allInnerTexts();
    assert.ok(items.some((t: string) => /with its "# required by" comment/.test(t)), items.join(' | '));
    assert.ok(items.some((t: string) => /^Rebuild app-misc\/needs-ssl-1\.0 \(gentoo\)/.test(t)), items.join(' | '));
    await vsc.screenshot('quickfix-03-actions');
    // The menu's pointer guard swallows early clicks: choose with the keyboard, as users do.
    const focused = vsc.page.locator('.action-widget .monaco-list-row.focused');
    await waitFor('the fix to be focused', async () => {
      if (FIX.test((await focused.getAttribute('aria-label').catch(() => '')) ?? '')) return true;
      await vsc.page.keyboard.press('ArrowDown');
      return false;
    }, 10_000);
    await vsc.page.keyboard.press('Enter');
    await vsc.waitForNotification(/Added ">=app-misc\/libfoo-1\.0 ssl" to \.portage\/package\.use/);
    const now = readFileSync(packageUse);
    assert.deepEqual(now.subarray(0, original.length), original, 'every existing byte is kept');
    assert.equal(now.subarray(original.length).toString(), '>=app-misc/libfoo-1.0 ssl\n');
    await vsc.screenshot('quickfix-04-applied');
  }));

  it('rebuilding from the notification succeeds and the diagnostic goes away', () => vsc.capture('quickfix-rebuild', async () => {
    const toast = await vsc.waitForNotification(/Added ">=app-misc\/libfoo-1\.0 ssl"/);
    await toast.getByRole('button', { name: 'Rebuild' }).click();
    await vsc.openActivity('Ebuild Builder');
    await vsc.treeRow('Builds', 'app-misc/needs-ssl-1.0 succeeded').waitFor({ timeout: 180_000 });
    // Real emerge built libfoo with the flag the line sets, then needs-ssl, both from their ebuilds.
    const out = await vsc.terminalBufferText();
    assert.match(out, /\[ebuild {2}N {5}\] app-misc\/libfoo-1\.0::testoverlay {2}USE="ssl"/);
    assert.match(out, /\[ebuild {2}N {5}\] app-misc\/needs-ssl-1\.0::testoverlay/);
    assert.match(out, />>> Completed \(2 of 2\) app-misc\/needs-ssl-1\.0::testoverlay/);
    await vsc.treeRow('Artifacts', 'app-misc/libfoo-1.0').waitFor({ timeout: 60_000 });
    await vsc.treeRow('Artifacts', 'app-misc/needs-ssl-1.0').waitFor({ timeout: 60_000 });
    await waitFor('the squiggle to go', async () => (await squiggles()) === 0, 30_000);
    // The build's terminal took the panel: show the Problems panel again and look there.
    await vsc.page.keyboard.press('Control+Shift+M');
    await vsc.page.locator('.markers-panel').first().waitFor({ timeout: 30_000 });
    await waitFor('the problem to go', async () => (await vsc.page.locator('.markers-panel .monaco-list-row', { hasText: 'libfoo' }).count()) === 0, 30_000);
    await vsc.screenshot('quickfix-05-rebuilt');
  }));

  it('"USE flags for this build…" shows the flag package.use now sets, and unticking it removes the line again', () => vsc.capture('quickfix-use-picker', async () => {
    await openEbuild('libfoo-1.0.ebuild');
    await vsc.page.locator('.editor-group-container.active .view-lines').click({ button: 'right' });
    await vsc.clickMenuItem('USE flags for this build…');
    const ssl = vsc.page.locator('.quick-input-widget .monaco-list-row', { hasText: 'ssl' }).first();
    await ssl.waitFor({ timeout: 30_000 });
    assert.equal(await ssl.getAttribute('aria-checked'), 'true', 'ssl is on: the quick fix line sets it');
    await vsc.screenshot('quickfix-06-use-picker');
    await ssl.click();
    await waitFor('ssl to be unticked', async () => (await ssl.getAttribute('aria-checked')) === 'false', 10_000);
    await vsc.page.keyboard.press('Enter');
    await vsc.waitForNotification(/Updated the USE flags of app-misc\/libfoo-1\.0 in \.portage\/package\.use/);
    assert.deepEqual(readFileSync(packageUse), original, 'the line the fix added is gone, every other byte is as it was');
  }));

  it('a keyword change is fixed from the finding\'s context menu in the Builds view', () => vsc.capture('quickfix-tree-menu', async () => {
    const keywords = path.join(workspace, '.portage', 'package.accept_keywords');
    const before = readFileSync(keywords);
    await vsc.runCommand('Notifications: Clear All Notifications');
    await buildFromEditor('testing-2.0.ebuild');
    await vsc.openActivity('Ebuild Builder');
    const failed = vsc.treeRow('Builds', 'app-misc/testing-2.0 failed');
    await failed.waitFor({ timeout: 180_000 });
    if ((await failed.getAttribute('aria-expanded')) !== 'true') await failed.locator('.monaco-tl-twistie').click();
    const finding = vsc.viewPane('Builds').locator('.monaco-list-row[aria-label^="error: emerge needs a keyword change"]').first();
    await finding.waitFor({ timeout: 30_000 });
    assert.match(await finding.innerText(), /keyword change: =app-misc\/testing-2\.0 ~amd64/);
    await finding.click({ button: 'right' });
    const items = await vsc.menuItems('Go to finding');
    assert.ok(items.includes('Rebuild'), items.join(', '));
    await vsc.screenshot('quickfix-07-tree-menu');
    await vsc.clickMenuItem('Add the line emerge proposed');
    // A testing keyword is the user's call: a dialog says what it unmasks before anything is written.
    const dialog = vsc.page.locator('.monaco-dialog-box');
    await dialog.waitFor({ timeout: 30_000 });
    assert.match(await dialog.innerText(), /Accept ~amd64 for =app-misc\/testing-2\.0\?[\s\S]*testing or unkeyworded/);
    await vsc.screenshot('quickfix-07b-keyword-consent');
    await dialog.getByRole('button', { name: 'Accept Keyword' }).click();
    const toast = await vsc.waitForNotification(/Added "=app-misc\/testing-2\.0 ~amd64" to \.portage\/package\.accept_keywords/);
    const now = readFileSync(keywords);
    assert.deepEqual(now.subarray(0, before.length), before);
    assert.equal(now.subarray(before.length).toString(), '=app-misc/testing-2.0 ~amd64\n');
    await toast.getByRole('button', { name: 'Rebuild' }).click();
    await vsc.treeRow('Builds', 'app-misc/testing-2.0 succeeded').waitFor({ timeout: 180_000 });
    // Real emerge accepted ~amd64 for this version (the merge list still marks it "~": a testing keyword, accepted)
    // and built and merged it.
    const out = await vsc.terminalBufferText();
    assert.match(out, /\[ebuild {2}N {4}~\] app-misc\/testing-2\.0::testoverlay/);
    assert.match(out, />>> app-misc\/testing-2\.0 merged\./);
    await vsc.treeRow('Artifacts', 'app-misc/testing-2.0').waitFor({ timeout: 60_000 });
    await vsc.page.mouse.move(800, 300);
    await vsc.screenshot('quickfix-08-tree-rebuilt');
  }));

  it('a licence outside @FREE is accepted from the finding\'s context menu, and the rebuild succeeds', () => vsc.capture('quickfix-licence', async () => {
    const licences = path.join(workspace, '.portage', 'package.license');
    const before = readFileSync(licences);
    await vsc.runCommand('Notifications: Clear All Notifications');
    await buildFromEditor('eula-1.0.ebuild');
    await vsc.openActivity('Ebuild Builder');
    const failed = vsc.treeRow('Builds', 'app-misc/eula-1.0 failed');
    await failed.waitFor({ timeout: 180_000 });
    assert.match((await vsc.terminalBufferText()).replace(/\n/g, ''), /The following license changes are necessary to proceed:/);
    if ((await failed.getAttribute('aria-expanded')) !== 'true') await failed.locator('.monaco-tl-twistie').click();
    const finding = vsc.viewPane('Builds').locator('.monaco-list-row[aria-label^="error: emerge needs a licence change"]').first();
    await finding.waitFor({ timeout: 30_000 });
    assert.match(await finding.innerText(), />=app-misc\/eula-1\.0 TestEULA/);
    // Accepting a licence is the user's decision: its text opens beside, and a dialog asks. Dismissed, nothing is written.
    await vsc.rowCommand(() => finding, 'Add the line emerge proposed');
    const dialog = vsc.page.locator('.monaco-dialog-box');
    await dialog.waitFor({ timeout: 30_000 });
    assert.match(await dialog.innerText(), /Accept the licence TestEULA for >=app-misc\/eula-1\.0\?[\s\S]*The text of TestEULA is open beside this editor/);
    await waitFor('the licence text in an editor', async () => (await vsc.editorTabs()).some((t) => t.startsWith('TestEULA')));
    await vsc.screenshot('quickfix-08a-licence-consent');
    await dialog.getByRole('button', { name: 'Cancel' }).click();
    await vsc.waitForNotification(/Nothing was written: ">=app-misc\/eula-1\.0 TestEULA" was not accepted\./);
    assert.deepEqual(readFileSync(licences), before, 'dismissed: package.license is untouched');
    await vsc.rowCommand(() => finding, 'Add the line emerge proposed');
    await dialog.waitFor({ timeout: 30_000 });
    await dialog.getByRole('button', { name: 'Accept Licence' }).click();
    const toast = await vsc.waitForNotification(/Added ">=app-misc\/eula-1\.0 TestEULA" to \.portage\/package\.license/);
    const now = readFileSync(licences);
    assert.deepEqual(now.subarray(0, before.length), before);
    assert.equal(now.subarray(before.length).toString(), '>=app-misc/eula-1.0 TestEULA\n');
    await toast.getByRole('button', { name: 'Rebuild' }).click();
    await vsc.treeRow('Builds', 'app-misc/eula-1.0 succeeded').waitFor({ timeout: 180_000 });
    assert.match(await vsc.terminalBufferText(), />>> Completed \(1 of 1\) app-misc\/eula-1\.0::testoverlay/);
    await vsc.treeRow('Artifacts', 'app-misc/eula-1.0').waitFor({ timeout: 60_000 });
    await vsc.page.mouse.move(800, 300);
    await vsc.screenshot('quickfix-08b-licence-rebuilt');
  }));

  it('a compile failure is an error on the emake line whose compiler error opens the saved build log', () => vsc.capture('quickfix-compile-failure', async () => {
    await vsc.runCommand('Notifications: Clear All Notifications');
    await buildFromEditor('broken-1.0.ebuild');
    await vsc.openActivity('Ebuild Builder');
    const failed = vsc.treeRow('Builds', 'app-misc/broken-1.0 failed');
    await failed.waitFor({ timeout: 180_000 });
    if ((await failed.getAttribute('aria-expanded')) !== 'true') await failed.locator('.monaco-tl-twistie').click();
    const finding = vsc.viewPane('Builds').locator('.monaco-list-row[aria-label^="error: app-misc/broken-1.0 failed in the compile phase: emake failed"]').first();
    await finding.waitFor({ timeout: 30_000 });
    assert.match(await finding.innerText(), /broken-1\.0\.ebuild:21/);
    await finding.click();
    await waitFor('the broken ebuild', async () => (await vsc.editorTabs()).some((t) => t.startsWith('broken-1.0.ebuild')));
    await vsc.page.keyboard.press('Control+Shift+M');
    const problem = vsc.page.locator('.markers-panel .monaco-list-row', { hasText: 'emake failed' }).first();
    await problem.waitFor({ timeout: 30_000 });
    assert.match(await problem.innerText(), /\[Ln 21, Col 2\]/);
    // gcc's own error (real gcc, so where it really is: line 4, column 29), linked to the saved build log.
    const related = vsc.page.locator('.markers-panel .monaco-list-row', { hasText: /broken\.c:4:29: error: expected/ }).first();
    await related.waitFor({ timeout: 30_000 });
    await vsc.screenshot('quickfix-09-compile-failure');
    await related.click();
    await waitFor('the build log', async () => (await vsc.editorTabs()).some((t) => t.includes('broken-1.0 (gentoo).build.log')), 30_000);
    await waitFor('the log at the compiler error', async () => /broken\.c:4:29: error: expected/.test(await vsc.editorText()), 30_000);
    await vsc.screenshot('quickfix-10-log-at-error');
  }));
});
