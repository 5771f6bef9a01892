/**
 * "Run pkgcheck on This Package" in a real VS Code with the packaged .vsix and the real dockerd: pkgcheck runs in the
 * builder image with the Gentoo build's inputs and its results land in the Problems panel at pkgcheck's lines.
 * The Gentoo builder test image has real pkgcheck and pkgcore from PyPI (test/images/README.md). The image without
 * pkgcheck is its base, real Portage and nothing more, as gentoo/stage3 is.
 */
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';
import { IMAGE_SETTINGS, sampleWorkspace, startVsCode, TEST_IMAGES, VsCodeSession, waitFor } from './harness';

/** Real Portage on the test images' Debian base, without pkgcheck (scripts/build-test-images.sh builds the others on it). */
const NO_PKGCHECK_IMAGE = 'ebuild-builder/test-portage:bookworm';
const SETTINGS = {
  ...IMAGE_SETTINGS,
  'ebuildBuilder.images': { ...(IMAGE_SETTINGS['ebuildBuilder.images'] as object), gentoo: NO_PKGCHECK_IMAGE },
};
const COMMAND = 'Ebuild Builder: Run pkgcheck on This Package';

describe('pkgcheck in the builder container, from VS Code', { timeout: 420_000 }, () => {
  let vsc: VsCodeSession;
  let dobinLine: number;

  before(async () => {
    const ws = await sampleWorkspace();
    // Trailing whitespace on one line: what pkgcheck's WhitespaceFound check reports.
    const file = path.join(ws, 'app-misc', 'hello', 'hello-1.0.ebuild');
    const lines = readFileSync(file, 'utf8').split('\n');
    dobinLine = lines.findIndex((l) => l.includes('dobin hello')) + 1;
    lines[dobinLine - 1] += '  ';
    writeFileSync(file, lines.join('\n'));
    vsc = await startVsCode({ workspace: ws, settings: SETTINGS });
    const row = await vsc.revealInExplorer(['app-misc', 'hello', 'hello-1.0.ebuild']);
    await row.dblclick();
    await waitFor('the ebuild to open', async () => (await vsc.editorTabs()).includes('hello-1.0.ebuild'));
  });

  after(async () => {
    await vsc?.close();
  });

  it('with an image without pkgcheck, the user is told which image lacks it and what to use', () => vsc.capture('pkgcheck-missing', async () => {
    await vsc.runCommand(COMMAND);
    const toast = await vsc.waitForNotification(/pkgcheck is not in ebuild-builder\/test-portage:bookworm; use an image with dev-util\/pkgcheck/, 90_000);
    assert.match(await toast.innerText(), /ebuildBuilder\.pkgcheck\.image/);
    await vsc.screenshot('23-pkgcheck-image-without-pkgcheck');
    await vsc.runCommand('Notifications: Clear All Notifications');
  }));

  it('with ebuildBuilder.pkgcheck.image set, its results appear in the Problems panel on the line pkgcheck names', () => vsc.capture('pkgcheck-results', async () => {
    // A workspace setting, as a user would scope an image to one overlay.
    mkdirSync(path.join(vsc.workspace, '.vscode'), { recursive: true });
    writeFileSync(path.join(vsc.workspace, '.vscode', 'settings.json'), JSON.stringify({ 'ebuildBuilder.pkgcheck.image': TEST_IMAGES.gentoo }));
    // Settings are read live, but a command run before the change arrives still sees the old image: run until it does.
    let said = '';
    await waitFor('pkgcheck results from the image that has pkgcheck', async () => {
      await vsc.runCommand(COMMAND);
      // The outcome: the result count, or an error (not the "pkgcheck hello in the builder container" progress).
      const done = await vsc.waitForNotification(/pkgcheck: \d+ results? for|pkgcheck is not in|pkgcheck failed|Ebuild Builder:/, 90_000);
      said = await done.innerText();
      await vsc.runCommand('Notifications: Clear All Notifications');
      if (/pkgcheck is not in/.test(said)) throw new Error(`the notification said: ${said}`);
      return true;
    }, 180_000, 1000);
    // Real pkgcheck on the sample package: the trailing whitespace is all it finds.
    assert.match(said, /pkgcheck: 1 result for hello/);
    await vsc.page.keyboard.press('Control+Shift+M');
    const problem = vsc.page.locator('.markers-panel .monaco-list-row', { hasText: 'Whitespace Found' }).first();
    await problem.waitFor({ timeout: 30_000 });
    const text: string = await problem.innerText();
    assert.match(text, /pkgcheck\W+WhitespaceFound/, 'the source is pkgcheck, the code its result class');
    assert.match(text, new RegExp(`\\[Ln ${dobinLine}, Col 1\\]`), `on the line with trailing whitespace: ${text}`);
    await vsc.screenshot('24-pkgcheck-results-in-problems');
  }));
});
