/**
 * "Build Changed Ebuilds on Swarm…" in a real VS Code against the real loopback swarm of scripts/test-swarm.sh (the
 * main dockerd as manager, two more dockerd as workers) with real Portage in the builder test images: the command
 * asks since when, shows the plan by dependency level, builds each changed atom as a row in Builds, says so in a
 * notification, writes the summary table to its output and the packages to artifacts/, and leaves nothing of the run
 * on the swarm; cancelling from the progress notification removes every service and secret of the run. The main
 * engine leaves the swarm again at the end when the rig made it a manager.
 */
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';
import { GitRepo } from '../helpers/gitRepo';
import { machineState, swarmDown, swarmUp, workerLeftovers, type MachineState, type SwarmRig } from '../integration/swarmRig';
import { dockerCli, sampleWorkspace, startVsCode, TEST_IMAGES, VsCodeSession, waitFor, type Locator } from './harness';

const COMMAND = 'Ebuild Builder: Build Changed Ebuilds on Swarm…';

describe('Build Changed Ebuilds on Swarm… in VS Code', { timeout: 1_500_000 }, () => {
  let rig: SwarmRig | undefined;
  let wentIn: MachineState;
  let vsc: VsCodeSession | undefined;
  let repo: GitRepo;

  before(async () => {
    wentIn = await machineState();
    rig = swarmUp();
    const workspace = await sampleWorkspace();
    // The workspace's own settings: the Gentoo test images, and a network the jobs can reach the run's binhost on
    // (a swarm run refuses "none").
    mkdirSync(path.join(workspace, '.vscode'));
    writeFileSync(path.join(workspace, '.vscode', 'settings.json'), JSON.stringify({
      'ebuildBuilder.defaultProfile': 'gentoo',
      'ebuildBuilder.images': { gentoo: TEST_IMAGES.gentoo },
      'ebuildBuilder.gentooTree': `volume:${TEST_IMAGES.tree}`,
      'ebuildBuilder.network': 'bridge',
    }, null, 2));
    // A second slow package, so a cancelled run has two jobs compiling side by side on two nodes.
    const slow = readFileSync(path.join(workspace, 'app-misc', 'slow', 'slow-1.0.ebuild'), 'utf8');
    mkdirSync(path.join(workspace, 'app-misc', 'slower'));
    writeFileSync(path.join(workspace, 'app-misc', 'slower', 'slower-1.0.ebuild'), slow.replace('/usr/share/slow', '/usr/share/slower'));
    repo = new GitRepo(workspace);
    repo.git('init', '-q', '-b', 'main');
    repo.commit('sample overlay');
    vsc = await startVsCode({ workspace });
  });

  after(async () => {
    await vsc?.close();
    if (repo) rmSync(path.dirname(repo.dir), { recursive: true, force: true });
    swarmDown();
    // The user's engine comes out as it went in; no worker engine is left running or mounted.
    assert.deepEqual(await machineState(), wentIn);
    if (rig) assert.deepEqual(workerLeftovers(rig), []);
  });

  /** A commit that touches app-misc/<pkg>/<pkg>-1.0.ebuild of each of `pkgs`: the change set of `HEAD~1`. */
  function touch(...pkgs: string[]): void {
    for (const p of pkgs) {
      const file = path.join(repo.dir, 'app-misc', p, `${p}-1.0.ebuild`);
      writeFileSync(file, readFileSync(file, 'utf8') + '# touched\n');
    }
    repo.commit(`touch ${pkgs.join(' ')}`);
  }

  /** Services, secrets and containers labelled with the run, on the manager and on every worker's engine. */
  function leftovers(run: string): string[] {
    const label = `label=ebuild-builder.run=${run}`;
    const lines = (out: string) => out.split('\n').filter(Boolean);
    const left = [
      ...lines(dockerCli('service', 'ls', '--filter', label, '--format', '{{.Name}}')).map((s) => `service ${s}`),
      ...lines(dockerCli('secret', 'ls', '--filter', label, '--format', '{{.Name}}')).map((s) => `secret ${s}`),
      ...lines(dockerCli('ps', '-a', '--filter', label, '--format', '{{.Names}}')).map((c) => `container ${c} on the manager`),
    ];
    for (const [i, w] of (rig?.workers ?? []).entries()) {
      left.push(...lines(dockerCli('-H', w.socket, 'ps', '-a', '--filter', label, '--format', '{{.Names}}')).map((c) => `container ${c} on w${i + 1}`));
    }
    return left;
  }

  /** Swarm removes a run's containers on their nodes after its services: nothing may be left within a minute. */
  async function assertNothingLeft(run: string): Promise<void> {
    await waitFor(`nothing of run ${run} left on the swarm`, () => {
      const left = leftovers(run);
      if (left.length) throw new Error(left.join(', '));
      return true;
    }, 60_000, 500);
  }

  /** The "Ebuild Builder: swarm" output channel's file (output_logging_<time>/<n>-Ebuild Builder swarm.log: the extension host drops the colon). */
  function swarmOutput(): string {
    const file = (function find(dir: string): string | undefined {
      for (const e of readdirSync(dir, { withFileTypes: true })) {
        const p = path.join(dir, e.name);
        if (e.isDirectory()) {
          const f = find(p);
          if (f) return f;
        } else if (e.name.endsWith('-Ebuild Builder swarm.log')) return p;
      }
      return undefined;
    })(path.join(vsc!.userDataDir, 'logs'));
    return file ? readFileSync(file, 'utf8') : '';
  }

  /**
   * Palette → "Build Changed Ebuilds on Swarm…" → "Since a commit, branch or tag…" → `HEAD~1`; returns the text of
   * the modal that shows the plan (still open).
   */
  async function askSinceHeadParent(session: VsCodeSession): Promise<{ dialog: Locator; text: string }> {
    const dialog = session.page.locator('.monaco-dialog-box');
    // A modal an earlier failed test left open would take the keyboard.
    if (await dialog.isVisible()) {
      await session.page.keyboard.press('Escape');
      await dialog.waitFor({ state: 'hidden', timeout: 10_000 });
    }
    await session.runCommand(COMMAND);
    const pick = session.page.locator('.quick-input-widget').filter({ hasText: 'Since the upstream branch' });
    await pick.waitFor({ timeout: 30_000 });
    // Typed, as a user picks from the keyboard (the pointer would leave a hover over the first row).
    await session.page.locator('.quick-input-widget input').fill('Since a commit');
    await session.page.locator('.quick-input-widget .monaco-list-row.focused', { hasText: 'Since a commit, branch or tag…' }).waitFor({ timeout: 15_000 });
    await session.page.keyboard.press('Enter');
    const box = session.page.locator('.quick-input-widget').filter({ hasText: 'Build the ebuilds changed since' });
    await box.waitFor({ timeout: 30_000 });
    await session.page.locator('.quick-input-widget input').fill('HEAD~1');
    await session.page.keyboard.press('Enter');
    await dialog.waitFor({ timeout: 60_000 });
    return { dialog, text: await dialog.innerText() };
  }

  /** The Builds row of `atom` (app-misc/hello-1.0) once it reads `state`. */
  async function rowEnds(session: VsCodeSession, atom: string, state: string, timeoutMs = 60_000): Promise<void> {
    await session.openActivity('Ebuild Builder');
    await session.treeRow('Builds', `${atom} ${state}`).waitFor({ timeout: timeoutMs });
  }

  it('builds hello and libfoo, then withdep against them, each a row in Builds; the table, the packages, and nothing left on the swarm', async () => {
    const session = vsc!;
    await session.capture('swarm-changed', async () => {
      touch('hello', 'libfoo', 'withdep');
      const { dialog, text } = await askSinceHeadParent(session);
      assert.match(text, /Build 3 changed ebuilds of overlay on the swarm \(the default engine\)\?/);
      assert.match(text, /Changes since HEAD~1\b/);
      // The levels: hello and libfoo side by side, then withdep, which depends on both.
      const level1 = /level 1: (.*)/.exec(text)?.[1] ?? assert.fail(`no level 1 in:\n${text}`);
      assert.deepEqual(level1.split(', ').sort(), ['=app-misc/hello-1.0::testoverlay', '=app-misc/libfoo-1.0::testoverlay']);
      assert.match(text, /level 2: =app-misc\/withdep-1\.0::testoverlay$/m);
      assert.doesNotMatch(text, /level 3/);
      await session.screenshot('swarm-01-plan');
      await dialog.getByRole('button', { name: 'Build on Swarm' }).click();

      await session.waitForNotification(/Swarm: 3 changed ebuilds/, 60_000);
      await rowEnds(session, 'app-misc/hello-1.0', '', 300_000);
      await session.screenshot('swarm-02-running');
      const toast = await session.waitForNotification(/All 3 changed ebuilds built on the swarm\.|swarm builds did not succeed/, 900_000);
      assert.match(await toast.innerText(), /All 3 changed ebuilds built on the swarm\./);
      for (const atom of ['app-misc/hello-1.0', 'app-misc/libfoo-1.0', 'app-misc/withdep-1.0']) await rowEnds(session, atom, 'succeeded', 30_000);
      await session.screenshot('swarm-03-built');

      // "Show Summary" opens the output with the run's notes and the table.
      await toast.getByRole('button', { name: 'Show Summary' }).click();
      const panel = session.page.locator('.part.panel');
      await waitFor('the swarm output to show the table', async () => /atom\s+result\s+phase\s+first finding\s+log/.test(
        (await panel.locator('.view-lines').allInnerTexts()).join('\n').replace(/\u00a0/g, ' ')) || undefined, 30_000);
      await session.screenshot('swarm-04-summary');
      const output = await waitFor('the summary table in the swarm output', () => {
        const o = swarmOutput();
        return /withdep-1\.0::testoverlay +succeeded/.test(o) ? o : '';
      }, 30_000);
      for (const pn of ['hello', 'libfoo', 'withdep']) assert.match(output, new RegExp(`^=app-misc/${pn}-1\\.0::testoverlay +succeeded `, 'm'));
      assert.match(output, /^level 2 of 2: =app-misc\/withdep-1\.0::testoverlay$/m);
      const run = /swarm run ([0-9a-f]{6}) on /.exec(output)?.[1] ?? assert.fail(`no run id in the output:\n${output}`);

      for (const pn of ['hello', 'libfoo', 'withdep']) {
        const dir = path.join(repo.dir, 'artifacts', 'app-misc', pn);
        const packages = existsSync(dir) ? readdirSync(dir).filter((f) => new RegExp(`^${pn}-1\\.0-\\d+\\.gpkg\\.tar$`).test(f)) : [];
        assert.equal(packages.length, 1, `one binary package of ${pn} in artifacts/: ${existsSync(dir) ? readdirSync(dir).join(', ') : 'no folder'}`);
      }
      await assertNothingLeft(run);
    });
  });

  it('cancel in the progress notification removes every service and secret of the run; the rows end cancelled', async () => {
    const session = vsc!;
    await session.capture('swarm-cancel', async () => {
      touch('slow', 'slower');
      const { dialog, text } = await askSinceHeadParent(session);
      assert.match(text, /Build 2 changed ebuilds of overlay on the swarm/);
      await dialog.getByRole('button', { name: 'Build on Swarm' }).click();
      const progress = await session.waitForNotification(/Swarm: 2 changed ebuilds/, 60_000);

      // Both jobs compile (on two nodes), as `docker service logs` on the manager shows.
      const services = await waitFor('the two jobs\' services', () => {
        const names = dockerCli('service', 'ls', '--filter', 'label=ebuild-builder.role=job', '--format', '{{.Name}}').split('\n')
          .filter((n) => /^ebuild-builder-[0-9a-f]{6}-\d+-slow(er)?-1-0$/.test(n));
        return names.length === 2 ? names : undefined;
      }, 300_000, 500);
      const run = /^ebuild-builder-([0-9a-f]{6})-/.exec(services[0])![1];
      for (const service of services) {
        await waitFor(`${service} to compile`, () => execFileSync('docker', ['service', 'logs', '--raw', service], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] })
          .includes('compiling part 2 of 60'), 300_000, 1000);
      }
      assert.ok(leftovers(run).some((l) => l.startsWith('secret ')), `the run has its secrets: ${leftovers(run).join(', ')}`);
      await session.screenshot('swarm-05-compiling');
      await progress.getByRole('button', { name: 'Cancel' }).click();

      await rowEnds(session, 'app-misc/slow-1.0', 'cancelled', 120_000);
      await rowEnds(session, 'app-misc/slower-1.0', 'cancelled', 30_000);
      const toast = await session.waitForNotification(/2 of 2 swarm builds did not succeed/, 120_000);
      assert.match(await toast.innerText(), /app-misc\/slow-1\.0::testoverlay/);
      await session.screenshot('swarm-06-cancelled');
      await assertNothingLeft(run);
      const dir = path.join(repo.dir, 'artifacts', 'app-misc');
      assert.ok(!['slow', 'slower'].some((pn) => existsSync(path.join(dir, pn)) && readdirSync(path.join(dir, pn)).some((f) => f.endsWith('.gpkg.tar'))), 'a cancelled job leaves no package');
    });
  });
});
