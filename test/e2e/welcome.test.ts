/**
 * The welcome views, in a real VS Code: a folder without an overlay, and an engine that does not answer. Each
 * says what is wrong and has a button that fixes it (or checks again).
 */
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, mkdirSync, mkdtempSync, readFileSync } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { startVsCode, VsCodeSession, waitFor } from './harness';

describe('welcome views', { timeout: 300_000 }, () => {
  let vsc: VsCodeSession;
  let folder: string;

  before(async () => {
    folder = path.join(mkdtempSync(path.join(os.tmpdir(), 'ebb-ws-')), 'my-overlay');
    mkdirSync(folder);
    vsc = await startVsCode({ workspace: folder, settings: { 'ebuildBuilder.engine': 'unix:///nonexistent/docker.sock' } });
    await vsc.openActivity('Ebuild Builder');
  });

  after(async () => {
    await vsc?.close();
  });

  it('an unreachable engine is explained in the Builds view, with a way to check again', () => vsc.capture('engine-unreachable', async () => {
    const welcome = vsc.viewPane('Builds').locator('.welcome-view-content');
    await welcome.getByText(/Cannot reach the Docker engine/).waitFor({ timeout: 60_000 });
    await welcome.getByRole('button', { name: 'Check Again' }).waitFor();
    await welcome.getByRole('button', { name: 'Choose Engine' }).waitFor();
  }));

  it('a folder without an overlay offers to become one, and then lists it', () => vsc.capture('no-overlay', async () => {
    const welcome = vsc.viewPane('Overlays').locator('.welcome-view-content');
    await welcome.getByText(/No Portage overlay found/).waitFor({ timeout: 60_000 });
    await vsc.screenshot('13-welcome-no-overlay-engine-unreachable');
    await welcome.getByRole('button', { name: 'Make This Folder an Overlay' }).click();
    const input = vsc.page.locator('.quick-input-widget input');
    await input.waitFor();
    assert.equal(await input.inputValue(), 'my-overlay');
    await vsc.page.keyboard.press('Enter');
    await waitFor('profiles/repo_name', () => existsSync(path.join(folder, 'profiles', 'repo_name')));
    assert.equal(readFileSync(path.join(folder, 'profiles', 'repo_name'), 'utf8'), 'my-overlay\n');
    await vsc.treeRow('Overlays', 'my-overlay').waitFor({ timeout: 30_000 });
    await vsc.screenshot('14-overlay-created');
  }));
});
