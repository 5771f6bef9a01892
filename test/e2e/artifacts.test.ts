/**
 * The Artifacts view and panel in a real VS Code (code-server in Chromium) with the packaged .vsix, after a real
 * build by the Gentoo stand-in builder (it writes the real GPKG of hello from test/fixtures/portage/binpkgs).
 * A package made here with a hostile DESCRIPTION proves values are shown as text.
 */
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';
import { copyWorkspace, startVsCode, VsCodeSession, waitFor, type Locator } from './harness';
import { simpleGpkg } from '../helpers/binpkgArchives';

const SETTINGS = {
  'ebuildBuilder.images': { sabayon: 'ebuild-builder/standin-sabayon:test', gentoo: 'ebuild-builder/standin-gentoo:test' },
  'ebuildBuilder.gentooTree': 'volume:ebuild-builder/standin-portage:test',
  'ebuildBuilder.network': 'none',
};

describe('the Artifacts view and panel in VS Code', { timeout: 600_000 }, () => {
  let vsc: VsCodeSession;
  let workspace: string;
  const dialogs: string[] = [];

  before(async () => {
    workspace = await copyWorkspace('examples/overlay');
    vsc = await startVsCode({ workspace, settings: SETTINGS });
    // An alert() from a package value would surface here.
    vsc.page.on('dialog', (d: { message(): string; dismiss(): Promise<void> }) => { dialogs.push(d.message()); void d.dismiss(); });
  });

  after(async () => {
    await vsc?.close();
  });

  /** The active webview's document (code-server nests the content in a second iframe). */
  const webview = (): Locator => vsc.page.frameLocator('iframe.webview.ready').last().frameLocator('#active-frame');

  /** Clicks the package's row until its panel tab shows (a refresh can replace the row under the pointer). */
  const openPackage = async (label: string, tab: string) => {
    const row = vsc.treeRow('Artifacts', label);
    await row.waitFor({ timeout: 60_000 });
    await waitFor(`the ${tab} panel`, async () => {
      if ((await vsc.editorTabs()).includes(tab)) return true;
      await row.click();
      return waitFor(`the ${tab} tab`, async () => (await vsc.editorTabs()).includes(tab), 5_000).catch(() => false);
    }, 60_000, 100);
    return row;
  };

  it('after a build, the Artifacts view lists the package with its format and size', () => vsc.capture('artifacts-list', async () => {
    await vsc.explorerCommand(['app-misc', 'hello', 'hello-1.0.ebuild'], 'Build in Gentoo container');
    await vsc.openActivity('Ebuild Builder');
    await vsc.treeRow('Builds', 'app-misc/hello-1.0 succeeded').waitFor({ timeout: 180_000 });
    const row = vsc.treeRow('Artifacts', 'app-misc/hello-1.0');
    await row.waitFor({ timeout: 60_000 });
    assert.match(await row.innerText(), /hello-1\.0\s*GPKG · \d+(\.\d)? KiB/);
    await vsc.treeRow('Artifacts', 'app-misc').waitFor();
    await vsc.page.mouse.move(800, 300); // no hover tooltip in the picture
    await vsc.screenshot('artifacts-01-view');
  }));

  it('opening the package shows its CPV, USE, dependencies and /usr/bin/hello in the file list', () => vsc.capture('artifacts-panel', async () => {
    await openPackage('app-misc/hello-1.0', 'hello-1.0');
    await webview().locator('h1 .cpv', { hasText: 'app-misc/hello-1.0' }).waitFor({ timeout: 60_000 });
    const file = webview().locator('li.file[title="/usr/bin/hello"]');
    await file.waitFor({ timeout: 30_000 });
    assert.match(await file.innerText(), /hello\s+-rwxr-xr-x/);
    assert.match(await webview().locator('dl.facts').innerText(), /Manifest\s+.*verified/i);
    // The filter narrows the tree to matching paths.
    await webview().locator('#filter').fill('share/doc');
    await waitFor('the filter to hide /usr/bin/hello', async () => (await file.count()) === 0, 10_000);
    await webview().locator('#filter').fill('');
    await file.waitFor({ timeout: 10_000 });
    await vsc.runCommand('View: Hide Panel');
    await webview().locator('#filter').fill('hello');
    await file.scrollIntoViewIfNeeded();
    await vsc.screenshot('artifacts-02-panel');
  }));

  it('a DESCRIPTION holding <script> is shown as text and never runs', () => vsc.capture('artifacts-escaping', async () => {
    const bytes = await simpleGpkg({
      top: 'evil-1.0',
      metadata: { CATEGORY: 'app-misc\n', PF: 'evil-1.0\n', SLOT: '0\n', USE: 'amd64\n', IUSE: '\n', DESCRIPTION: '<script>alert(1)</script>\n', KEYWORDS: '<b>amd64</b>\n' },
    });
    mkdirSync(path.join(workspace, 'artifacts', 'app-misc'), { recursive: true });
    writeFileSync(path.join(workspace, 'artifacts', 'app-misc', 'evil-1.0.gpkg.tar'), bytes);
    await openPackage('app-misc/evil-1.0', 'evil-1.0');
    const description = webview().locator('p.description');
    await webview().locator('h1 .cpv', { hasText: 'app-misc/evil-1.0' }).waitFor({ timeout: 60_000 });
    assert.equal(await description.innerText(), '<script>alert(1)</script>');
    assert.equal(await webview().locator('dd', { hasText: '<b>amd64</b>' }).count(), 1);
    assert.equal(await webview().locator('b').count(), 0);
    assert.deepEqual(dialogs, []);
    await vsc.screenshot('artifacts-03-escaped');
  }));

  it('the panel keeps its file filter when hidden and shown, and comes back with its package after a reload', () => vsc.capture('artifacts-reload', async () => {
    await vsc.page.locator('.tabs-container .tab', { hasText: 'hello-1.0' }).first().click();
    await webview().locator('h1 .cpv', { hasText: 'app-misc/hello-1.0' }).waitFor({ timeout: 30_000 });
    await webview().locator('#filter').fill('bin/');
    // Hiding the panel discards its page; showing it rebuilds the page from the state the script saved.
    await vsc.page.locator('.tabs-container .tab', { hasText: 'evil-1.0' }).first().click();
    await webview().locator('h1 .cpv', { hasText: 'app-misc/evil-1.0' }).waitFor({ timeout: 30_000 });
    await vsc.page.locator('.tabs-container .tab', { hasText: 'hello-1.0' }).first().click();
    await waitFor('the filter to come back', async () => (await webview().locator('#filter').inputValue().catch(() => '')) === 'bin/', 30_000);
    assert.equal(await webview().locator('li.file').count(), 1, 'the restored filter still applies');
    // A reload restores the panel through the serializer (the workbench persists the webview state on its own schedule).
    await vsc.page.reload();
    await vsc.page.locator('.monaco-workbench').waitFor({ timeout: 60_000 });
    await vsc.page.locator('.tabs-container .tab', { hasText: 'hello-1.0' }).first().click({ timeout: 60_000 });
    await webview().locator('h1 .cpv', { hasText: 'app-misc/hello-1.0' }).waitFor({ timeout: 60_000 });
    await webview().locator('li.file[title="/usr/bin/hello"]').waitFor({ timeout: 10_000 });
    await vsc.screenshot('artifacts-04-restored');
  }));

  it('"Compare with another build…" in the panel shows what changed against the chosen package', () => vsc.capture('artifacts-compare', async () => {
    await vsc.page.locator('.tabs-container .tab', { hasText: 'hello-1.0' }).first().click();
    await webview().locator('h1 .cpv', { hasText: 'app-misc/hello-1.0' }).waitFor({ timeout: 30_000 });
    await webview().getByRole('button', { name: 'Compare with another build…' }).click();
    const pick = vsc.page.locator('.quick-input-widget .monaco-list-row', { hasText: 'app-misc/evil-1.0' }).first();
    await pick.waitFor({ timeout: 30_000 });
    await pick.click();
    const section = webview().locator('section.compare');
    await section.waitFor({ timeout: 30_000 });
    const text = await section.innerText();
    assert.match(text, /Compared with app-misc\/evil-1\.0/);
    assert.match(text, /Files added[\s\S]*\/usr\/bin\/hello/);
    assert.match(text, /RDEPEND added[\s\S]*sys-libs\/glibc/);
    await section.scrollIntoViewIfNeeded();
    await vsc.screenshot('artifacts-05-compare');
  }));

  it('deleting a package asks first, then removes the file and its row', () => vsc.capture('artifacts-delete', async () => {
    const file = path.join(workspace, 'artifacts', 'app-misc', 'evil-1.0.gpkg.tar');
    await vsc.rowCommand(() => vsc.treeRow('Artifacts', 'app-misc/evil-1.0'), 'Delete…');
    const dialog = vsc.page.locator('.monaco-dialog-box');
    await dialog.waitFor({ timeout: 10_000 });
    assert.match(await dialog.innerText(), /Delete evil-1\.0\.gpkg\.tar\?/);
    await vsc.screenshot('artifacts-06-delete-confirm');
    await dialog.getByRole('button', { name: 'Delete' }).click();
    await waitFor('the file to go', () => !existsSync(file), 10_000);
    await waitFor('the row to go', async () => (await vsc.treeRow('Artifacts', 'app-misc/evil-1.0').count()) === 0, 10_000);
  }));

  it('the embedded ebuild and the saved environment open as read-only documents', () => vsc.capture('artifacts-documents', async () => {
    await openPackage('app-misc/hello-1.0', 'hello-1.0');
    await webview().locator('h1 .cpv', { hasText: 'app-misc/hello-1.0' }).waitFor({ timeout: 30_000 });
    await webview().getByRole('button', { name: 'Open ebuild' }).click();
    await waitFor('the ebuild document', async () => (await vsc.editorTabs()).includes('hello-1.0.ebuild'), 30_000);
    await waitFor('the ebuild text', async () => /DESCRIPTION=/.test(await vsc.editorText()), 30_000);
    await vsc.page.keyboard.type('x');
    assert.doesNotMatch(await vsc.editorText(), /^x/m, 'the document is read-only');
    await vsc.page.locator('.tabs-container .tab', { hasText: /^hello-1\.0$/ }).first().click();
    await webview().getByRole('button', { name: 'Open environment' }).click();
    await waitFor('the environment document', async () => (await vsc.editorTabs()).includes('hello-1.0.environment'), 30_000);
    await waitFor('the environment text', async () => /declare -x|CHOST=|EAPI/.test(await vsc.editorText()), 30_000);
    await vsc.screenshot('artifacts-07-documents');
  }));

  /** Runs "Publish artifacts as a binhost…" from the Artifacts view's title bar and picks a method. */
  const publish = async (method: RegExp) => {
    await vsc.openActivity('Ebuild Builder');
    const header = vsc.page.locator('.pane-header[aria-label^="Artifacts"]').first();
    await header.hover();
    await header.locator('.action-label[aria-label="Publish artifacts as a binhost…"]').click();
    const row = vsc.page.locator('.quick-input-widget .monaco-list-row', { hasText: method }).first();
    await row.waitFor({ timeout: 30_000 });
    await vsc.screenshot('artifacts-08-publish-methods');
    await row.click();
  };

  it('"Publish artifacts as a binhost…" writes the Packages index, then emaint in the Gentoo builder rewrites it', () => vsc.capture('artifacts-publish', async () => {
    const index = path.join(workspace, 'artifacts', 'Packages');
    await publish(/Write the Packages index/);
    const toast = await vsc.waitForNotification(/Published 1 package as a binhost: .*artifacts\/Packages/);
    assert.ok(existsSync(`${index}.gz`));
    assert.match(readFileSync(index, 'utf8'), /^CPV: app-misc\/hello-1\.0$/m);
    assert.doesNotMatch(readFileSync(index, 'utf8'), /^ARCH:/m, 'a new index of ours carries only what the packages tell');
    await vsc.screenshot('artifacts-09-published');
    await toast.getByRole('button', { name: 'Open Packages' }).click();
    await waitFor('the Packages editor', async () => (await vsc.editorTabs()).includes('Packages'), 30_000);

    await publish(/emaint binhost --fix/);
    await vsc.waitForNotification(/Published 1 package as a binhost/, 120_000);
    // emaint's own index (the stand-in's header starts with ARCH, as Portage's does).
    assert.match(readFileSync(index, 'utf8'), /^ARCH: amd64$/m);
    assert.match(readFileSync(index, 'utf8'), /^PATH: app-misc\/hello-1\.0\.gpkg\.tar$/m);
  }));
});
