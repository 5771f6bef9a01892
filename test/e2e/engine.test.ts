/**
 * The engine UI in a real VS Code: the status bar names the engine and how it was chosen, and "Switch Docker
 * Engine…" lists the Docker contexts of the session's HOME and writes the chosen one to the workspace settings.
 */
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { startVsCode, VsCodeSession, waitFor } from './harness';

const CONTEXT = 'e2e-box';
const SOCKET_URL = 'unix:///var/run/docker.sock';

describe('engine status and switching', { timeout: 300_000 }, () => {
  let vsc: VsCodeSession;
  let folder: string;

  before(async () => {
    // The server inherits this process's environment: the docker CLI's variables would decide the engine instead.
    for (const v of ['DOCKER_HOST', 'DOCKER_CONTEXT', 'DOCKER_CONFIG', 'DOCKER_TLS_VERIFY', 'DOCKER_CERT_PATH']) delete process.env[v];
    folder = path.join(mkdtempSync(path.join(os.tmpdir(), 'ebb-ws-')), 'overlay');
    mkdirSync(folder);
    vsc = await startVsCode({ workspace: folder });
    // HOME of the server is <scratch>/home; contexts are read when the picker opens, so writing them now is in time.
    const docker = path.join(vsc.scratch, 'home', '.docker');
    const meta = path.join(docker, 'contexts', 'meta', createHash('sha256').update(CONTEXT).digest('hex'));
    mkdirSync(meta, { recursive: true });
    writeFileSync(path.join(docker, 'config.json'), JSON.stringify({ auths: {} }));
    writeFileSync(path.join(meta, 'meta.json'), JSON.stringify({
      Name: CONTEXT, Metadata: { Description: 'e2e test context' }, Endpoints: { docker: { Host: SOCKET_URL, SkipTLSVerify: false } },
    }));
    // The extension activates with its views (package.json activationEvents).
    await vsc.openActivity('Ebuild Builder');
  });

  after(async () => {
    await vsc?.close();
  });

  const engineItem = () => vsc.page.locator('.statusbar-item', { hasText: SOCKET_URL }).first();

  it('the status bar shows the engine and how it was chosen', () => vsc.capture('engine-status', async () => {
    await engineItem().waitFor({ timeout: 60_000 });
    const label = await waitFor('status item label', async () => (await engineItem().locator('a').first().getAttribute('aria-label')) || (await engineItem().getAttribute('aria-label')));
    assert.match(String(label), /Docker engine unix:\/\/\/var\/run\/docker\.sock, chosen by default socket/);
    await waitFor('Builds view description', async () => ((await vsc.viewPane('Builds').locator('.pane-header').innerText()) as string).includes(SOCKET_URL));
    await vsc.screenshot('engine-status-bar');
  }));

  it('"Switch Docker Engine…" lists the Docker context; choosing it updates the status bar and the setting', () => vsc.capture('engine-switch', async () => {
    await vsc.runCommand('Ebuild Builder: Switch Docker Engine…');
    const rows = vsc.page.locator('.quick-input-widget .monaco-list-row');
    const row = rows.filter({ hasText: CONTEXT }).first();
    await row.waitFor({ timeout: 15_000 });
    const texts: string[] = await rows.allInnerTexts();
    assert.ok(texts.some((t) => /docker CLI's choice/.test(t)), texts.join(' | '));
    assert.ok(texts.some((t) => /Enter an engine URL/.test(t)), texts.join(' | '));
    assert.match(await row.innerText(), new RegExp(SOCKET_URL.replace(/[/.]/g, '\\$&')));
    await vsc.screenshot('engine-switch-picker');
    await row.click();
    const settingsFile = path.join(folder, '.vscode', 'settings.json');
    await waitFor('workspace setting', () => existsSync(settingsFile) && JSON.parse(readFileSync(settingsFile, 'utf8'))['ebuildBuilder.engine'] === CONTEXT);
    await waitFor('status bar names the context', async () => {
      const el = engineItem();
      const label = String((await el.locator('a').first().getAttribute('aria-label').catch(() => '')) || (await el.getAttribute('aria-label').catch(() => '')));
      return label.includes(`context "${CONTEXT}"`) ? label : undefined;
    });
    await vsc.screenshot('engine-switched');
  }));
});
