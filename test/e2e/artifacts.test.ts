/**
 * The Artifacts view and panel in a real VS Code (code-server in Chromium) with the packaged .vsix, after real
 * builds by real Portage in the Gentoo builder test image (test/images/README.md): the GPKGs emerge made.
 * A package built here from an ebuild with a hostile DESCRIPTION and KEYWORDS proves values are shown as text.
 */
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { appendFileSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';
import { IMAGE_SETTINGS, sampleWorkspace, startVsCode, VsCodeSession, waitFor, type Locator } from './harness';

/** Values a package carries from its ebuild, written to break out of the panel's HTML if they were not escaped. */
const EVIL_EBUILD = `# Copyright 2026 Ebuild Builder contributors
# Distributed under the terms of the GNU General Public License v2

EAPI=8

DESCRIPTION="<script>alert(1)</script>"
HOMEPAGE="https://example.invalid/evil"
S="\${WORKDIR}"

LICENSE="MIT"
SLOT="0"
KEYWORDS="<b>amd64</b>"

src_unpack() { :; }

src_install() {
	insinto /usr/share/evil
	newins - marker <<< "evil"
}
`;
/** Binary packages of the Gentoo builder (binpkg-multi-instance): artifacts/cat/pn/pf-<build id>.gpkg.tar; the panel is titled pf-<build id>. */
const HELLO_TAB = 'hello-1.0-1';
const EVIL_TAB = 'evil-1.0-1';

describe('the Artifacts view and panel in VS Code', { timeout: 600_000 }, () => {
  let vsc: VsCodeSession;
  let workspace: string;
  const dialogs: string[] = [];

  before(async () => {
    workspace = await sampleWorkspace();
    mkdirSync(path.join(workspace, 'app-misc', 'evil'));
    writeFileSync(path.join(workspace, 'app-misc', 'evil', 'evil-1.0.ebuild'), EVIL_EBUILD);
    // Its keyword is no keyword Portage knows: accept whatever it says, for this package only.
    appendFileSync(path.join(workspace, '.portage', 'package.accept_keywords'), '=app-misc/evil-1.0 **\n');
    vsc = await startVsCode({ workspace, settings: IMAGE_SETTINGS });
    // An alert() from a package value would surface here.
    vsc.page.on('dialog', (d: { message(): string; dismiss(): Promise<void> }) => { dialogs.push(d.message()); void d.dismiss(); });
  });

  after(async () => {
    await vsc?.close();
  });

  /** The active webview's document (code-server nests the content in a second iframe). */
  const webview = (): Locator => vsc.page.frameLocator('iframe.webview.ready').last().frameLocator('#active-frame');

  /** An editor tab by its exact title. */
  const tab = (title: string): Locator => vsc.page.locator('.tabs-container .tab', { has: vsc.page.locator('.label-name', { hasText: new RegExp(`^${title.replace(/[.]/g, '\\.')}$`) }) }).first();

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
    assert.match(await row.innerText(), /hello-1\.0\s*build 1 · GPKG · \d+(\.\d)? KiB/);
    assert.ok(existsSync(path.join(workspace, 'artifacts', 'app-misc', 'hello', `${HELLO_TAB}.gpkg.tar`)));
    await vsc.treeRow('Artifacts', 'app-misc').waitFor();
    await vsc.page.mouse.move(800, 300); // no hover tooltip in the picture
    await vsc.screenshot('artifacts-01-view');
  }));

  it('opening the package shows its CPV, USE, dependencies and /usr/bin/hello in the file list', () => vsc.capture('artifacts-panel', async () => {
    await openPackage('app-misc/hello-1.0', HELLO_TAB);
    await webview().locator('h1 .cpv', { hasText: 'app-misc/hello-1.0' }).waitFor({ timeout: 60_000 });
    const file = webview().locator('li.file[title="/usr/bin/hello"]');
    await file.waitFor({ timeout: 30_000 });
    assert.match(await file.innerText(), /hello\s+-rwxr-xr-x/);
    const facts: string = await webview().locator('dl.facts').innerText();
    assert.match(facts, /Manifest\s+.*verified/i);
    // The sample overlay's package.env gives hello env/debug.conf (CFLAGS += -g): real Portage recorded it.
    assert.match(facts, /CFLAGS\s+-O2 -pipe -g/);
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
    // Real emerge builds the hostile ebuild; its package carries the values as they were written.
    await vsc.quickOpen('evil-1.0.ebuild');
    await vsc.runCommand('Ebuild Builder: Build in Gentoo container');
    await vsc.openActivity('Ebuild Builder');
    await vsc.treeRow('Builds', 'app-misc/evil-1.0 succeeded').waitFor({ timeout: 180_000 });
    await openPackage('app-misc/evil-1.0', EVIL_TAB);
    const description = webview().locator('p.description');
    await webview().locator('h1 .cpv', { hasText: 'app-misc/evil-1.0' }).waitFor({ timeout: 60_000 });
    assert.equal(await description.innerText(), '<script>alert(1)</script>');
    assert.equal(await webview().locator('dd', { hasText: '<b>amd64</b>' }).count(), 1);
    assert.equal(await webview().locator('b').count(), 0);
    await webview().locator('li.file[title="/usr/share/evil/marker"]').waitFor({ timeout: 30_000 });
    assert.deepEqual(dialogs, []);
    await vsc.screenshot('artifacts-03-escaped');
  }));

  it('the panel keeps its file filter when hidden and shown, and comes back with its package after a reload', () => vsc.capture('artifacts-reload', async () => {
    await tab(HELLO_TAB).click();
    await webview().locator('h1 .cpv', { hasText: 'app-misc/hello-1.0' }).waitFor({ timeout: 30_000 });
    await webview().locator('#filter').fill('bin/');
    // Hiding the panel discards its page; showing it rebuilds the page from the state the script saved.
    await tab(EVIL_TAB).click();
    await webview().locator('h1 .cpv', { hasText: 'app-misc/evil-1.0' }).waitFor({ timeout: 30_000 });
    await tab(HELLO_TAB).click();
    await waitFor('the filter to come back', async () => (await webview().locator('#filter').inputValue().catch(() => '')) === 'bin/', 30_000);
    assert.equal(await webview().locator('li.file').count(), 1, 'the restored filter still applies');
    // A reload restores the panel through the serializer (the workbench persists the webview state on its own schedule).
    await vsc.page.reload();
    await vsc.page.locator('.monaco-workbench').waitFor({ timeout: 60_000 });
    await tab(HELLO_TAB).click({ timeout: 60_000 });
    await webview().locator('h1 .cpv', { hasText: 'app-misc/hello-1.0' }).waitFor({ timeout: 60_000 });
    await webview().locator('li.file[title="/usr/bin/hello"]').waitFor({ timeout: 10_000 });
    await vsc.screenshot('artifacts-04-restored');
  }));

  it('"Compare with another build…" in the panel shows what changed against the chosen package', () => vsc.capture('artifacts-compare', async () => {
    await tab(HELLO_TAB).click();
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
    assert.match(text, /Files removed[\s\S]*\/usr\/share\/evil\/marker/);
    // Portage records the C library hello links against as a runtime dependency; evil installs no binary.
    assert.match(text, /RDEPEND added[\s\S]*sys-libs\/glibc/);
    await section.scrollIntoViewIfNeeded();
    await vsc.screenshot('artifacts-05-compare');
  }));

  it('deleting a package asks first, then removes the file and its row', () => vsc.capture('artifacts-delete', async () => {
    const file = path.join(workspace, 'artifacts', 'app-misc', 'evil', `${EVIL_TAB}.gpkg.tar`);
    assert.ok(existsSync(file));
    await vsc.rowCommand(() => vsc.treeRow('Artifacts', 'app-misc/evil-1.0'), 'Delete…');
    const dialog = vsc.page.locator('.monaco-dialog-box');
    await dialog.waitFor({ timeout: 10_000 });
    assert.match(await dialog.innerText(), /Delete evil-1\.0-1\.gpkg\.tar\?/);
    await vsc.screenshot('artifacts-06-delete-confirm');
    await dialog.getByRole('button', { name: 'Delete' }).click();
    await waitFor('the file to go', () => !existsSync(file), 10_000);
    await waitFor('the row to go', async () => (await vsc.treeRow('Artifacts', 'app-misc/evil-1.0').count()) === 0, 10_000);
  }));

  it('the embedded ebuild and the saved environment open as read-only documents', () => vsc.capture('artifacts-documents', async () => {
    await openPackage('app-misc/hello-1.0', HELLO_TAB);
    await webview().locator('h1 .cpv', { hasText: 'app-misc/hello-1.0' }).waitFor({ timeout: 30_000 });
    await webview().getByRole('button', { name: 'Open ebuild' }).click();
    await waitFor('the ebuild document', async () => (await vsc.editorTabs()).includes('hello-1.0.ebuild'), 30_000);
    await waitFor('the ebuild text', async () => /DESCRIPTION=/.test(await vsc.editorText()), 30_000);
    await vsc.page.keyboard.type('x');
    assert.doesNotMatch(await vsc.editorText(), /^x/m, 'the document is read-only');
    await tab(HELLO_TAB).click();
    await webview().getByRole('button', { name: 'Open environment' }).click();
    await waitFor('the environment document', async () => (await vsc.editorTabs()).includes('hello-1.0.environment'), 30_000);
    await waitFor('the environment text', async () => /declare -x|CHOST=|EAPI/.test(await vsc.editorText()), 30_000);
    // What real Portage saved: the CFLAGS that the sample overlay's package.env (env/debug.conf: -g) gave hello.
    await vsc.page.keyboard.press('Control+F');
    await vsc.page.keyboard.type('declare -x CFLAGS=');
    await vsc.page.keyboard.press('Escape');
    await waitFor('CFLAGS with -g from env/debug.conf', async () => /declare -x CFLAGS="-O2 -pipe -g"/.test(await vsc.editorText()), 30_000);
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
    // Real Portage's own index: its header (ARCH, VERSION …) and the package's entry with its path and build id.
    const written = readFileSync(index, 'utf8');
    assert.match(written, /^ARCH: amd64$/m);
    assert.match(written, /^VERSION: \d+$/m);
    assert.match(written, /^CPV: app-misc\/hello-1\.0$/m);
    assert.match(written, /^BUILD_ID: 1$/m);
    assert.match(written, /^PATH: app-misc\/hello\/hello-1\.0-1\.gpkg\.tar$/m);
    assert.doesNotMatch(written, /evil/, 'the deleted package is gone from the index');
  }));
});
