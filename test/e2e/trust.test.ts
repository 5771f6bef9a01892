/**
 * Workspace Trust in a real VS Code: in Restricted Mode the extension still loads (logs, overlays), but offers no
 * build and says why.
 */
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { copyWorkspace, startVsCode, VsCodeSession } from './harness';

describe('an untrusted workspace', { timeout: 300_000 }, () => {
  let vsc: VsCodeSession;

  before(async () => {
    vsc = await startVsCode({ workspace: await copyWorkspace('examples/overlay'), workspaceTrust: true });
    // The trust modal comes some seconds after load and blocks every click until answered.
    const no = vsc.page.locator('.monaco-dialog-box').getByRole('button', { name: /No, I don.t trust/ });
    await no.waitFor({ timeout: 60_000 });
    await no.click();
    await vsc.page.locator('.statusbar-item', { hasText: 'Restricted Mode' }).first().waitFor({ timeout: 30_000 });
  });

  after(async () => {
    await vsc?.close();
  });

  it('offers no build in the explorer context menu of an .ebuild', () => vsc.capture('untrusted-menu', async () => {
    await vsc.rightClickExplorer(['app-misc', 'hello', 'hello-1.0.ebuild']);
    const items = await vsc.menuItems();
    assert.ok(items.includes('Copy Path'));
    assert.deepEqual(items.filter((i) => /^Build /.test(i)), [], `menu: ${items.join(', ')}`);
    await vsc.screenshot('07-untrusted-no-build-in-menu');
    await vsc.closeMenu();
  }));

  it('says in the Builds view why builds are disabled, and still lists the overlays', () => vsc.capture('untrusted-view', async () => {
    await vsc.openActivity('Ebuild Builder');
    const welcome = vsc.viewPane('Builds').locator('.welcome-view-content');
    await welcome.getByText(/Builds are disabled in Restricted Mode/).waitFor({ timeout: 60_000 });
    await welcome.getByRole('button', { name: 'Manage Workspace Trust' }).waitFor();
    // The extension itself runs in Restricted Mode (limited support): the overlays are still listed.
    await vsc.treeRow('Overlays', 'testoverlay').waitFor({ timeout: 60_000 });
    await vsc.screenshot('08-untrusted-builds-view');
  }));
});
