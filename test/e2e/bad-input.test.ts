/**
 * What a user is told when a build cannot start as asked, in a real VS Code: a setting of the wrong type, a file
 * that is not an ebuild, an unsaved ebuild, an ebuild outside any overlay, and a second build of the same atom.
 * Builds run real emerge in the Sabayon builder test image (test/images/README.md).
 */
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, promises as fs, readFileSync, writeFileSync } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { BUILD_PACKAGES, IMAGE_SETTINGS, ROOT, startVsCode, VsCodeSession, waitFor } from './harness';

describe('bad input in VS Code', { timeout: 420_000 }, () => {
  let vsc: VsCodeSession;

  before(async () => {
    // A workspace holding the sample overlay and, beside it, an ebuild that belongs to no overlay.
    const ws = path.join(mkdtempSync(path.join(os.tmpdir(), 'ebb-ws-')), 'workspace');
    await fs.cp(path.join(ROOT, 'examples', 'overlay'), path.join(ws, 'overlay'), { recursive: true });
    // app-misc/slow compiles for about a minute: the second-build case has a running build to collide with.
    await fs.cp(BUILD_PACKAGES, path.join(ws, 'overlay'), { recursive: true });
    mkdirSync(path.join(ws, 'stray', 'app-misc', 'stray'), { recursive: true });
    writeFileSync(path.join(ws, 'stray', 'app-misc', 'stray', 'stray-1.0.ebuild'), 'EAPI=8\nSLOT="0"\nKEYWORDS="amd64"\n');
    vsc = await startVsCode({
      workspace: ws,
      settings: {
        ...IMAGE_SETTINGS,
        // Wrong type on purpose: emergeArgs must be an array.
        'ebuildBuilder.emergeArgs': '--keep-going',
      },
    });
  });

  after(async () => {
    await vsc?.close();
  });

  it('a setting of the wrong type is named, with what it must be', () => vsc.capture('bad-setting', async () => {
    await vsc.openActivity('Ebuild Builder');
    const toast = await vsc.waitForNotification(/ebuildBuilder\.emergeArgs/);
    const text = await toast.innerText();
    assert.match(text, /must be an array of strings/);
    await toast.getByRole('button', { name: 'Open Setting' }).waitFor();
    await vsc.screenshot('09-bad-setting');
  }));

  it('building a file that is not an ebuild says so', () => vsc.capture('not-ebuild', async () => {
    const row = await vsc.revealInExplorer(['overlay', 'app-misc', 'hello', 'metadata.xml']);
    await row.click();
    await waitFor('metadata.xml to open', async () => (await vsc.editorTabs()).includes('metadata.xml'));
    await vsc.runCommand('Ebuild Builder: Build in Sabayon container');
    await vsc.waitForNotification(/"metadata\.xml" is not an ebuild/);
  }));

  it('an ebuild outside any overlay gets a message naming the problem', () => vsc.capture('outside-overlay', async () => {
    await vsc.explorerCommand(['stray', 'app-misc', 'stray', 'stray-1.0.ebuild'], 'Build in Sabayon container');
    const toast = await vsc.waitForNotification(/overlay/i);
    assert.match(await toast.innerText(), /stray-1\.0\.ebuild|overlay/);
    await vsc.screenshot('10-outside-overlay');
  }));

  it('an unsaved ebuild is offered a save, and then builds', () => vsc.capture('unsaved', async () => {
    const file = path.join(vsc.workspace, 'overlay', 'app-misc', 'slow', 'slow-1.0.ebuild');
    const row = await vsc.revealInExplorer(['overlay', 'app-misc', 'slow', 'slow-1.0.ebuild']);
    await row.dblclick();
    await waitFor('the ebuild to open', async () => (await vsc.editorTabs()).includes('slow-1.0.ebuild'));
    await vsc.page.locator('.editor-group-container.active .monaco-editor .view-lines').first().click();
    await vsc.page.keyboard.press('Control+End');
    await vsc.page.keyboard.type('\n# edited\n');
    await vsc.runCommand('Ebuild Builder: Build in Sabayon container');
    const toast = await vsc.waitForNotification(/"slow-1\.0\.ebuild" has unsaved changes/);
    await vsc.screenshot('11-unsaved-ebuild');
    await toast.getByRole('button', { name: 'Save and Build' }).click();
    // Real emerge gets as far as compiling the saved ebuild (its output soon scrolls the header out of view).
    await vsc.waitForTerminalText(/compiling part \d+ of 60/, 120_000);
    assert.match(await vsc.terminalBufferText(), /Ebuild Builder\s+app-misc\/slow-1\.0/);
    assert.ok(!(await vsc.page.locator('.tabs-container .tab.dirty').count()), 'the ebuild was saved');
    assert.match(readFileSync(file, 'utf8'), /\n# edited\n/, 'what is built is what was typed');
  }));

  it('a second build of the same ebuild offers to cancel the running one or wait', () => vsc.capture('twice', async () => {
    await vsc.explorerCommand(['overlay', 'app-misc', 'slow', 'slow-1.0.ebuild'], 'Build in Sabayon container');
    const toast = await vsc.waitForNotification(/app-misc\/slow-1\.0 is already building/);
    await toast.getByRole('button', { name: 'Build When It Finishes' }).waitFor();
    await vsc.screenshot('12-already-building');
    await toast.getByRole('button', { name: 'Cancel It and Build' }).click();
    await vsc.openActivity('Ebuild Builder');
    await vsc.treeRow('Builds', 'app-misc/slow-1.0 cancelled').waitFor({ timeout: 60_000 });
    const second = vsc.treeRow('Builds', 'app-misc/slow-1.0 running');
    await second.waitFor({ timeout: 60_000 });
    await vsc.rowCommand(() => second, 'Cancel build');
    await waitFor('both builds to be cancelled', async () =>
      (await vsc.viewPane('Builds').locator('.monaco-list-row[aria-label="app-misc/slow-1.0 cancelled"]').count()) === 2, 60_000);
  }));
});
