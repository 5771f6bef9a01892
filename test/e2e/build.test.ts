/**
 * The build flow a user sees, in a real VS Code (code-server in Chromium) with the packaged .vsix and a real
 * Docker engine running the builder test images: real Portage, real emerge (test/images/README.md).
 */
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';
import { builderContainerIds, dockerCli, IMAGE_SETTINGS, newRunningBuilder, sampleWorkspace, startVsCode, TEST_IMAGES, VsCodeSession, waitFor } from './harness';

function filesUnder(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { recursive: true, withFileTypes: true }).filter((d) => d.isFile()).map((d) => path.join(d.parentPath ?? d.path, d.name));
}

describe('building from the explorer in VS Code', { timeout: 600_000 }, () => {
  let vsc: VsCodeSession;
  let workspace: string;

  before(async () => {
    workspace = await sampleWorkspace();
    mkdirSync(path.join(workspace, '.vscode'));
    writeFileSync(path.join(workspace, '.vscode', 'tasks.json'), JSON.stringify({
      version: '2.0.0',
      tasks: [{ type: 'ebuild-builder', ebuild: 'app-misc/hello/hello-1.0.ebuild', profile: 'gentoo', label: 'build hello in gentoo', problemMatcher: [] }],
    }));
    vsc = await startVsCode({ workspace, settings: IMAGE_SETTINGS });
  });

  after(async () => {
    await vsc?.close();
  });

  it('the context menu of an .ebuild offers the builds, and that of another file does not', () => vsc.capture('context-menu', async () => {
    await vsc.rightClickExplorer(['app-misc', 'hello', 'metadata.xml']);
    const other = await vsc.menuItems();
    assert.ok(!other.some((i) => i.startsWith('Build in')), `no build items for metadata.xml, got ${other.join(', ')}`);
    await vsc.closeMenu();

    await vsc.rightClickExplorer(['app-misc', 'hello', 'hello-1.0.ebuild'], 'Build in Sabayon container');
    const items = await vsc.menuItems();
    assert.ok(items.includes('Build in Sabayon container'), `menu: ${items.join(', ')}`);
    assert.ok(items.includes('Build in Gentoo container'), `menu: ${items.join(', ')}`);
    await vsc.screenshot('01-explorer-context-menu');
  }));

  it('choosing "Build in Sabayon container" streams the build into a terminal headed by the image and command', () => vsc.capture('build-streams', async () => {
    await vsc.clickMenuItem('Build in Sabayon container');
    await vsc.waitForTerminalText(/>>> (Emerging \(1 of 1\) app-misc\/hello-1\.0|Unpacking|Compiling)|succeeded/);
    await vsc.screenshot('02-build-streaming');
    const done = await vsc.waitForTerminalText(/succeeded \(exit 0\)/);
    // Binary packages of the builder's PKGDIR (binpkg-multi-instance): cat/pn/pf-<build id>.xpak.
    assert.match(done, /artifacts\/app-misc\/hello\/hello-1\.0-\d+\.xpak/);
    const all = await vsc.terminalBufferText();
    assert.match(all, new RegExp(`image\\s+${TEST_IMAGES.sabayon.replace(/[/.]/g, '\\$&')}`));
    assert.match(all, /command\s+.*=app-misc\/hello-1\.0/);
    // The profile's notes: what the Sabayon builder is told to skip, and where binary packages come from.
    // (Long lines wrap in the terminal: the rows are joined again for these.)
    const flat = all.replace(/\n/g, '');
    assert.match(flat, /note\s+portage sync off, equo upgrade off/);
    assert.match(flat, /note\s+binary packages: cache volume ebuild-builder-sabayon-binpkgs-\S+; built from source, never from a binary package: app-misc\/hello\b/);
    // Real Portage: the builder script's emerge --info, the merge list, the phases and the merge.
    assert.match(all, /Portage 3\.\d+\.\d+ \(python 3/);
    assert.match(all, /\[ebuild {2}N {5}\] app-misc\/hello-1\.0::testoverlay/);
    assert.match(all, />>> Emerging \(1 of 1\) app-misc\/hello-1\.0::testoverlay/);
    assert.match(all, />>> Compiling source in \/var\/tmp\/portage\/app-misc\/hello-1\.0\/work\/hello-1\.0/);
    assert.match(all, />>> \/usr\/bin\/hello/);
    assert.match(all, />>> Completed \(1 of 1\) app-misc\/hello-1\.0::testoverlay/);
  }));

  it('the Builds view shows the build as succeeded and the artifacts folder has the package', () => vsc.capture('build-succeeded', async () => {
    await vsc.openActivity('Ebuild Builder');
    const row = vsc.treeRow('Builds', 'app-misc/hello-1.0 succeeded');
    await row.waitFor({ timeout: 30_000 });
    assert.match(await row.innerText(), /sabayon · local · \d+s/);
    const packages = filesUnder(path.join(workspace, 'artifacts')).filter((f) => /\.(tbz2|xpak|gpkg\.tar)$/.test(f));
    assert.deepEqual(packages.map((f) => path.relative(workspace, f)), [path.join('artifacts', 'app-misc', 'hello', 'hello-1.0-1.xpak')]);
    // The package Portage made is listed in the Artifacts view, with its build id and format.
    const artifact = vsc.treeRow('Artifacts', 'app-misc/hello-1.0');
    await artifact.waitFor({ timeout: 60_000 });
    assert.match(await artifact.innerText(), /hello-1\.0\s*build 1 · XPAK · \d+(\.\d)? KiB/);
    await vsc.page.mouse.move(800, 300); // no hover tooltip in the picture
    await vsc.screenshot('03-build-succeeded');
  }));

  it('a failing build shows as failed, and its log opens in an editor at the error', () => vsc.capture('build-failed', async () => {
    await vsc.explorerCommand(['app-misc', 'broken', 'broken-1.0.ebuild'], 'Build in Sabayon container');
    const toast = await vsc.waitForNotification(/app-misc\/broken-1\.0 failed in the compile phase: emake failed/, 120_000);
    await vsc.openActivity('Ebuild Builder');
    await vsc.treeRow('Builds', 'app-misc/broken-1.0 failed').waitFor({ timeout: 30_000 });
    await toast.getByRole('button', { name: 'Open Build Log' }).click();
    await waitFor('the log editor', async () => (await vsc.editorTabs()).some((t) => t.includes('broken-1.0')));
    const text = await waitFor('the error line', async () => {
      const t = await vsc.editorText();
      return /\* ERROR: app-misc\/broken-1\.0::testoverlay failed \(compile phase\)/.test(t) ? t : '';
    });
    // What real gcc and make said, a few lines above Portage's error.
    assert.match(text, /broken\.c:4:29: error: expected [‘']?;[’']? before [‘']?return/);
    assert.match(text, /make: \*\*\* \[Makefile:2: broken\] Error 1/);
    assert.doesNotMatch(text, /\x1b\[/, 'the log is shown without terminal escapes');
    // Document symbols per package and phase: sticky scroll (outline model) pins the package's line above the error.
    await waitFor('the package line pinned by sticky scroll', async () =>
      /Emerging \(1 of 1\) app-misc\/broken-1\.0/.test(await vsc.stickyScrollText()));
    await vsc.screenshot('04-build-failed-log');
  }));

  it('a build task from tasks.json runs with Run Task and shows in the Builds view', () => vsc.capture('build-task', async () => {
    await vsc.runCommand('Tasks: Run Task');
    const row = vsc.page.locator('.quick-input-widget .monaco-list-row', { hasText: 'build hello in gentoo' }).first();
    await row.waitFor({ timeout: 30_000 });
    await row.click();
    // The task's own terminal: only the Gentoo build ends with a GPKG (another terminal may say "succeeded" too).
    const done = await vsc.waitForTerminalText(/artifacts\/app-misc\/hello\/hello-1\.0-\d+\.gpkg\.tar/);
    assert.match(done, /succeeded \(exit 0\)/);
    await vsc.openActivity('Ebuild Builder');
    await vsc.viewPane('Builds').locator('.monaco-list-row[aria-label="app-misc/hello-1.0 succeeded"]', { hasText: 'gentoo' })
      .first().waitFor({ timeout: 30_000 });
    await vsc.screenshot('05-build-task');
  }));
});

describe('cancelling a build in VS Code', { timeout: 420_000 }, () => {
  let vsc: VsCodeSession;
  let workspace: string;

  before(async () => {
    // app-misc/slow compiles for about a minute, printing "compiling part N of 60" each second: the build is still
    // running when it is cancelled.
    workspace = await sampleWorkspace();
    vsc = await startVsCode({ workspace, settings: IMAGE_SETTINGS });
  });

  after(async () => {
    await vsc?.close();
  });

  it('cancel from the Builds view stops the container', () => vsc.capture('build-cancel', async () => {
    const before = new Set(builderContainerIds());
    await vsc.explorerCommand(['app-misc', 'slow', 'slow-1.0.ebuild'], 'Build in Sabayon container');
    const container = await newRunningBuilder(before);
    // Real emerge is in src_compile.
    await vsc.waitForTerminalText(/compiling part \d+ of 60/, 120_000);
    await vsc.openActivity('Ebuild Builder');
    const row = vsc.treeRow('Builds', 'app-misc/slow-1.0 running');
    await row.waitFor({ timeout: 30_000 });
    assert.match(await row.innerText(), /compile/, 'a running build shows its phase');
    await vsc.screenshot('06a-build-running');
    await vsc.rowCommand(() => row, 'Cancel build');
    await vsc.treeRow('Builds', 'app-misc/slow-1.0 cancelled').waitFor({ timeout: 60_000 });
    await waitFor('the container to stop', () => !dockerCli('ps', '-q', '--filter', `id=${container}`, '--filter', 'status=running'), 30_000);
    const text = await vsc.waitForTerminalText(/cancelled/, 30_000);
    assert.doesNotMatch(text, /compiling part 60 of 60/, 'cancelled before the compile finished');
    assert.ok(!filesUnder(path.join(workspace, 'artifacts', 'app-misc')).some((f) => f.includes('slow-1.0')), 'a cancelled build leaves no package');
    await vsc.screenshot('06b-build-cancelled');
  }));

  it('closing the terminal of a running build asks whether to cancel it', () => vsc.capture('close-terminal', async () => {
    const before = new Set(builderContainerIds());
    // The explorer's rows move while the first build's logs appear: start this one from the editor.
    await vsc.quickOpen('slow-1.0.ebuild');
    await vsc.runCommand('Ebuild Builder: Build in Sabayon container');
    await newRunningBuilder(before);
    await vsc.runCommand('Terminal: Kill the Active Terminal Instance');
    const toast = await vsc.waitForNotification(/The build of app-misc\/slow-1\.0 is still running\. Cancel it\?/);
    await vsc.screenshot('06c-close-running-terminal');
    await toast.getByRole('button', { name: 'Cancel Build' }).click();
    await vsc.openActivity('Ebuild Builder');
    await waitFor('the second build to be cancelled', async () =>
      (await vsc.viewPane('Builds').locator('.monaco-list-row[aria-label="app-misc/slow-1.0 cancelled"]').count()) === 2, 60_000);
  }));

  it('closing VS Code during a build stops and removes its container', () => vsc.capture('close-window', async () => {
    const before = new Set(builderContainerIds());
    await vsc.quickOpen('slow-1.0.ebuild');
    await vsc.runCommand('Ebuild Builder: Build in Sabayon container');
    const container = await newRunningBuilder(before);
    await vsc.waitForTerminalText(/compiling part \d+ of 60/, 120_000);
    await vsc.close();
    await waitFor('the container to be removed', () => !dockerCli('ps', '-aq', '--filter', `id=${container}`), 60_000);
  }));
});
