/**
 * USE-matrix builds from VS Code on an ssh engine (the loopback sshd of scripts/test-engines.sh in front of the
 * real dockerd): they go through the one build runner, so the unknown host key is asked about first, each
 * combination is a row in Builds, and closing the window cancels the matrix and removes its container.
 */
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { copyFileSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';
import { startRig, type Rig } from '../integration/engineRig';
import { dockerCli, IMAGE_SETTINGS, sampleWorkspace, startVsCode, VsCodeSession, waitFor } from './harness';

describe('USE matrix on an ssh engine in VS Code', { timeout: 900_000 }, () => {
  let rig: Rig;
  let vsc: VsCodeSession | undefined;
  let workspace: string;
  let agent: string | undefined;

  before(async () => {
    rig = startRig();
    // The server inherits this environment: the rig's own agent holds the client key; the session's HOME has no
    // known_hosts, so the host key is unknown, as on a user's first connection.
    agent = process.env.SSH_AUTH_SOCK;
    process.env.SSH_AUTH_SOCK = rig.sshAgent;
    workspace = await sampleWorkspace();
    // slow, with two USE flags: a combination that compiles long enough to close the window under it.
    const slow = readFileSync(path.join(workspace, 'app-misc', 'slow', 'slow-1.0.ebuild'), 'utf8');
    mkdirSync(path.join(workspace, 'app-misc', 'slowuse'));
    writeFileSync(path.join(workspace, 'app-misc', 'slowuse', 'slowuse-1.0.ebuild'), slow.replace('SLOT="0"', 'SLOT="0"\nIUSE="alpha beta"'));
  });

  after(async () => {
    await vsc?.close();
    if (agent === undefined) delete process.env.SSH_AUTH_SOCK;
    else process.env.SSH_AUTH_SOCK = agent;
  });

  const start = async () => startVsCode({ workspace, settings: { ...IMAGE_SETTINGS, 'ebuildBuilder.engine': rig.ssh, 'ebuildBuilder.defaultProfile': 'gentoo' } });

  /** Opens the ebuild, runs the matrix command and accepts every offered combination; returns their names. */
  async function runMatrix(session: VsCodeSession, ebuild: string): Promise<string[]> {
    await session.quickOpen(ebuild);
    await session.runCommand('Ebuild Builder: Build with USE combinations…');
    const rows = session.page.locator('.quick-input-widget .monaco-list-row');
    await rows.first().waitFor({ timeout: 30_000 });
    const names: string[] = (await rows.locator('.label-name').allInnerTexts()).map((t: string) => t.trim());
    await session.page.keyboard.press('Enter');
    return names;
  }

  it('asks for the unknown host key, then builds each combination as a row in Builds', async () => {
    vsc = await start();
    await vsc.capture('matrix-ssh', async () => {
      const session = vsc!;
      const names = await runMatrix(session, 'matrix-1.0.ebuild');
      assert.ok(names.length >= 3, `the matrix offers defaults and flipped flags: ${names.join(', ')}`);

      const dialog = session.page.locator('.monaco-dialog-box');
      await dialog.waitFor({ timeout: 60_000 });
      // The fingerprint as ssh prints it: SHA256 of the host key blob, unpadded base64.
      const blob = Buffer.from(readFileSync(path.join(rig.sshDir, 'host_ed25519.pub'), 'utf8').split(' ')[1], 'base64');
      const fingerprint = `SHA256:${createHash('sha256').update(blob).digest('base64').replace(/=+$/, '')}`;
      const text = await dialog.innerText();
      assert.match(text, /The authenticity of host '\[127\.0\.0\.1\]:\d+' can't be established\. ED25519 key fingerprint is /);
      assert.ok(text.includes(fingerprint), `${text} names ${fingerprint}`);
      await session.screenshot('matrix-ssh-host-key');
      await dialog.getByRole('button', { name: 'Trust and Connect' }).click();

      // Trusting writes the key where ssh keeps it, for the next connection and the docker CLI.
      const knownHosts = path.join(session.scratch, 'home', '.ssh', 'known_hosts');
      await waitFor('known_hosts to name the rig', () => existsSync(knownHosts) && readFileSync(knownHosts, 'utf8').includes('[127.0.0.1]:'));

      // The end: the progress notification ("USE combinations of …: 1/9") gives way to the result.
      const toast = await session.waitForNotification(/(All \d+|\d+ of \d+) USE combinations of .*matrix-1\.0/, 600_000);
      const message = await toast.innerText();
      assert.match(message, new RegExp(`All ${names.length} USE combinations of \\S*app-misc/matrix-1\\.0\\S* built\\.`));
      await session.openActivity('Ebuild Builder');
      for (const name of names) {
        const row = session.viewPane('Builds').locator('.monaco-list-row', { hasText: `[${name}]` }).first();
        await row.waitFor({ timeout: 30_000 });
        assert.match(String(await row.getAttribute('aria-label')), /succeeded$/, `row of ${name}`);
      }
      await session.screenshot('matrix-ssh-builds');
    });
  });

  it('closing the window during a matrix cancels it and removes the running combination\'s container', async () => {
    if (!vsc) {
      // Run on its own (--test-name-pattern): a session that already trusts the host, as the first test leaves it.
      vsc = await start();
      mkdirSync(path.join(vsc.scratch, 'home', '.ssh'), { recursive: true, mode: 0o700 });
      copyFileSync(path.join(rig.sshDir, 'known_hosts'), path.join(vsc.scratch, 'home', '.ssh', 'known_hosts'));
    }
    const session = vsc;
    await session.capture('matrix-close', async () => {
      await runMatrix(session, 'slowuse-1.0.ebuild');
      const container = await waitFor('a combination of slowuse to run', () => dockerCli('ps', '-q', '--filter', `label=ebuild-builder.workspace=${workspace}`, '--filter', 'status=running')
        .split('\n').find((id) => id && dockerCli('inspect', '--format', '{{index .Config.Labels "ebuild-builder.atom"}}', id).includes('slowuse')), 120_000);
      await waitFor('the first combination to compile', () => execFileSync('docker', ['logs', container], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).includes('compiling part 2 of 60'), 120_000);
      await session.close();
      vsc = undefined;
      await waitFor('the container to be removed', () => !dockerCli('ps', '-aq', '--filter', `id=${container}`), 60_000);
      // No later combination started after the window closed (other workspaces' builds may run meanwhile).
      await new Promise((r) => setTimeout(r, 3000));
      assert.equal(dockerCli('ps', '-aq', '--filter', `label=ebuild-builder.workspace=${workspace}`), '');
    });
  });
});
