/**
 * "Run pkgcheck on This Package" in a real VS Code with the packaged .vsix and the real dockerd: pkgcheck runs in the
 * builder image with the Gentoo build's inputs and its results land in the Problems panel at pkgcheck's lines.
 * pkgcheck is not available offline: the image that "has" it is the stand-in gentoo image plus a stand-in pkgcheck
 * script (test/standins/pkgcheck/pkgcheck; it runs pkgcheck's WhitespaceFound check and prints JsonStream records).
 */
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';
import { buildPkgcheckStandin } from '../integration/pkgcheckStandin';
import { copyWorkspace, startVsCode, VsCodeSession, waitFor } from './harness';

const SETTINGS = {
  'ebuildBuilder.images': { gentoo: 'ebuild-builder/standin-gentoo:test' },
  'ebuildBuilder.gentooTree': 'volume:ebuild-builder/standin-portage:test',
  'ebuildBuilder.network': 'none',
};
const COMMAND = 'Ebuild Builder: Run pkgcheck on This Package';

describe('pkgcheck in the builder container, from VS Code', { timeout: 420_000 }, () => {
  let vsc: VsCodeSession;
  let pkgcheckImage: string;
  let dobinLine: number;

  before(async () => {
    pkgcheckImage = buildPkgcheckStandin();
    const ws = await copyWorkspace('examples/overlay');
    // Trailing whitespace on one line: what the stand-in's WhitespaceFound check reports.
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
    const toast = await vsc.waitForNotification(/pkgcheck is not in ebuild-builder\/standin-gentoo:test; use an image with dev-util\/pkgcheck/, 90_000);
    assert.match(await toast.innerText(), /ebuildBuilder\.pkgcheck\.image/);
    await vsc.screenshot('23-pkgcheck-image-without-pkgcheck');
    await vsc.runCommand('Notifications: Clear All Notifications');
  }));

  it('with ebuildBuilder.pkgcheck.image set, its results appear in the Problems panel on the line pkgcheck names', () => vsc.capture('pkgcheck-results', async () => {
    // A workspace setting, as a user would scope an image to one overlay.
    mkdirSync(path.join(vsc.workspace, '.vscode'), { recursive: true });
    writeFileSync(path.join(vsc.workspace, '.vscode', 'settings.json'), JSON.stringify({ 'ebuildBuilder.pkgcheck.image': pkgcheckImage }));
    // Settings are read live, but a command run before the change arrives still sees the old image: run until it does.
    await waitFor('pkgcheck results from the image that has pkgcheck', async () => {
      await vsc.runCommand(COMMAND);
      // The outcome: the result count, or an error (not the "pkgcheck hello in the builder container" progress).
      const done = await vsc.waitForNotification(/pkgcheck: \d+ results? for|pkgcheck is not in|pkgcheck failed|Ebuild Builder:/, 90_000);
      const text: string = await done.innerText();
      await vsc.runCommand('Notifications: Clear All Notifications');
      if (!/pkgcheck: 1 result for hello/.test(text)) throw new Error(`the notification said: ${text}`);
      return true;
    }, 180_000, 1000);
    await vsc.page.keyboard.press('Control+Shift+M');
    const problem = vsc.page.locator('.markers-panel .monaco-list-row', { hasText: 'Whitespace Found' }).first();
    await problem.waitFor({ timeout: 30_000 });
    const text: string = await problem.innerText();
    assert.match(text, /pkgcheck\W+WhitespaceFound/, 'the source is pkgcheck, the code its result class');
    assert.match(text, new RegExp(`\\[Ln ${dobinLine}, Col 1\\]`), `on the line with trailing whitespace: ${text}`);
    await vsc.screenshot('24-pkgcheck-results-in-problems');
  }));
});
