/**
 * Debugging a failed build where it failed, in a real VS Code with real Portage: the failure notification's
 * "Keep for Debugging", a shell in ${S}, broken.c opened from the build's row and fixed, "Rerun Phase…" compile on
 * to a package (the row turns succeeded), "Save Changes as Patch…" writing files/ of the package.
 */
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import * as path from 'node:path';
import { dockerCli, IMAGE_SETTINGS, sampleWorkspace, startVsCode, VsCodeSession, waitFor } from './harness';

describe('a failed build kept for debugging in VS Code', { timeout: 900_000 }, () => {
  let vsc: VsCodeSession;
  let workspace: string;
  /** Waits until the quick input with this title (or placeholder) is open, so typing goes there. */
  const quickInput = (text: string) => waitFor(`the quick input "${text}"`, async () =>
    (await vsc.page.locator('.quick-input-widget').filter({ hasText: text }).count()) > 0
    || (await vsc.page.locator(`.quick-input-widget input[placeholder^="${text.replace(/"/g, '\\"')}"]`).count()) > 0 || undefined, 60_000);

  before(async () => {
    workspace = await sampleWorkspace();
    vsc = await startVsCode({ workspace, settings: { ...IMAGE_SETTINGS, 'ebuildBuilder.defaultProfile': 'gentoo' } });
  });

  after(async () => {
    // Kept builds of this workspace go with it.
    for (const id of dockerCli('ps', '-aq', '--filter', 'label=ebuild-builder.kept', '--filter', `label=ebuild-builder.workspace=${workspace}`).split('\n').filter(Boolean)) {
      const image = dockerCli('inspect', '-f', '{{.Config.Image}}', id);
      dockerCli('rm', '-fv', id);
      try { dockerCli('rmi', '-f', image); } catch { /* shared or gone */ }
    }
    await vsc?.close();
  });

  it('the failure notification offers "Keep for Debugging"; kept, the row says so and the container waits', () => vsc.capture('kept-keep', async () => {
    await vsc.explorerCommand(['app-misc', 'broken', 'broken-1.0.ebuild'], 'Build in Gentoo container');
    const toast = await vsc.waitForNotification(/app-misc\/broken-1\.0 failed/, 180_000);
    await vsc.screenshot('kept-01-failure-notification');
    await toast.getByRole('button', { name: 'Keep for Debugging' }).click();
    const next = await vsc.waitForNotification(/is kept for debugging/);
    await vsc.openActivity('Ebuild Builder');
    const row = vsc.treeRow('Builds', 'app-misc/broken-1.0 failed');
    await row.waitFor({ timeout: 30_000 });
    assert.match(await row.innerText(), /kept · gentoo/);
    const kept = await waitFor('a kept container of this workspace', () =>
      dockerCli('ps', '-aq', '--filter', 'label=ebuild-builder.kept', '--filter', `label=ebuild-builder.workspace=${workspace}`) || undefined);
    assert.ok(kept);
    await vsc.screenshot('kept-02-kept-row');
    await next.getByRole('button', { name: 'Open Shell in Build' }).click();
  }));

  it('"Open Shell in Build" shows a prompt in ${S}, as the build user, with the build\'s environment', () => vsc.capture('kept-shell', async () => {
    await vsc.waitForTerminalText(/\[app-misc\/broken-1\.0\] \/var\/tmp\/portage\/app-misc\/broken-1\.0\/work\/broken-1\.0 \$/, 60_000);
    await vsc.page.keyboard.type('echo "user=$(id -un) S=$S"; type emake | head -1\n');
    const text = await vsc.waitForTerminalText(/user=portage S=\/var\/tmp\/portage\/app-misc\/broken-1\.0\/work\/broken-1\.0/);
    assert.match(text, /emake is \/usr\/lib\/portage\/bin\/ebuild-helpers\/emake/);
    await vsc.screenshot('kept-03-shell-in-S');
  }));

  it('broken.c opens from the build\'s WORKDIR row; the fix is saved into the kept build', () => vsc.capture('kept-edit', async () => {
    await vsc.openActivity('Ebuild Builder');
    const row = vsc.treeRow('Builds', 'app-misc/broken-1.0 failed');
    if ((await row.getAttribute('aria-expanded')) !== 'true') await row.locator('.monaco-tl-twistie').click();
    const work = vsc.viewPane('Builds').locator('.monaco-list-row[aria-label^="WORKDIR"]').first();
    await work.waitFor({ timeout: 30_000 });
    await work.click();
    const s = vsc.viewPane('Builds').locator('.monaco-list-row[aria-label^="broken-1.0"]').first();
    await s.waitFor({ timeout: 30_000 });
    await s.click();
    const source = vsc.viewPane('Builds').locator('.monaco-list-row[aria-label^="broken.c"]').first();
    await source.waitFor({ timeout: 30_000 });
    await source.click();
    await waitFor('broken.c in an editor', async () => (await vsc.editorTabs()).some((t) => t.startsWith('broken.c')));
    // Read from the container over the archive API: it shows once it arrives.
    await waitFor('broken.c\'s text from the kept build', async () => /puts\("no semicolon"\)/.test(await vsc.editorText()) || undefined);
    await vsc.screenshot('kept-04-broken-c-from-workdir');
    // Put the semicolon where gcc said it is missing: the end of line 4.
    await vsc.page.locator('.editor-instance .monaco-editor .view-lines').first().click();
    await vsc.page.keyboard.press('Control+Home');
    for (let i = 0; i < 3; i++) await vsc.page.keyboard.press('ArrowDown');
    await vsc.page.keyboard.press('End');
    await vsc.page.keyboard.type(';');
    await vsc.page.keyboard.press('Control+S');
    await waitFor('the saved fix in the kept build', async () => {
      const id = dockerCli('ps', '-aq', '--filter', 'label=ebuild-builder.kept', '--filter', `label=ebuild-builder.workspace=${workspace}`);
      try {
        return dockerCli('exec', id, 'cat', '/var/tmp/portage/app-misc/broken-1.0/work/broken-1.0/broken.c').includes('puts("no semicolon");') || undefined;
      } catch {
        return undefined;
      }
    }, 30_000);
    await vsc.screenshot('kept-05-fixed-and-saved');
  }));

  it('"Rerun Phase…" compile, then on to the package: the row turns succeeded', () => vsc.capture('kept-rerun', async () => {
    await vsc.runCommand('Ebuild Builder: Rerun Phase…');
    // The phases come from the kept build (its EAPI and DEFINED_PHASES): wait for the list before choosing.
    await quickInput('Rerun a phase of app-misc/broken-1.0 (EAPI 8)');
    await vsc.screenshot('kept-06a-rerun-phases');
    await vsc.page.keyboard.type('compile');
    await vsc.page.keyboard.press('Enter');
    await quickInput('And then?');
    await vsc.page.keyboard.type('then on to the binary package');
    await vsc.page.keyboard.press('Enter');
    await vsc.treeRow('Builds', 'app-misc/broken-1.0 succeeded').waitFor({ timeout: 180_000 });
    const out = await vsc.terminalBufferText();
    assert.match(out, /ebuild \/var\/db\/repos\/testoverlay\/app-misc\/broken\/broken-1\.0\.ebuild compile/);
    assert.match(out, />>> Source compiled\./);
    assert.match(out, /ebuild-builder: ebuild .* package/);
    await vsc.screenshot('kept-06-rerun-succeeded');
  }));

  it('"Save Changes as Patch…" writes files/ of the package and offers PATCHES', () => vsc.capture('kept-patch', async () => {
    await vsc.runCommand('Ebuild Builder: Save Changes as Patch…');
    await quickInput('Save the changes in app-misc/broken-1.0\'s WORKDIR as a patch');
    await vsc.page.keyboard.press('Control+A');
    await vsc.page.keyboard.type('broken-1.0-semicolon.patch\n');
    const toast = await vsc.waitForNotification(/Saved broken-1\.0-semicolon\.patch \(broken\.c\)/, 120_000);
    const patch = path.join(workspace, 'app-misc', 'broken', 'files', 'broken-1.0-semicolon.patch');
    assert.ok(existsSync(patch));
    assert.match(readFileSync(patch, 'utf8'), /^--- a\/broken\.c\n\+\+\+ b\/broken\.c\n/);
    await toast.getByRole('button', { name: 'Add to PATCHES' }).click();
    await waitFor('PATCHES in the ebuild', () => readFileSync(path.join(workspace, 'app-misc', 'broken', 'broken-1.0.ebuild'), 'utf8').includes('PATCHES=( "${FILESDIR}"/broken-1.0-semicolon.patch )') || undefined);
    await vsc.revealInExplorer(['app-misc', 'broken', 'files', 'broken-1.0-semicolon.patch']);
    await vsc.screenshot('kept-07-patch-in-explorer');
  }));
});
