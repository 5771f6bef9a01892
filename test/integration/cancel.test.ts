/** Cancelling builds of real Portage on the real dockerd: nothing may be left behind, whatever the moment. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readdirSync } from 'node:fs';
import * as path from 'node:path';
import { prepareBuild } from '../../src/docker/buildEbuild';
import { builderContainers, docker, imageConfig, sampleWorkspace } from './testImages';

/** Volumes no container uses (what a removed container would leave); other suites' running builds hold theirs. */
async function danglingVolumes(): Promise<string[]> {
  const r = await docker().listVolumes({ filters: { dangling: ['true'] } });
  return (r.Volumes ?? []).map((v) => v.Name);
}

const SLOW = 'app-misc/slow/slow-1.0.ebuild';

for (const profile of ['sabayon', 'gentoo'] as const) {
  test(`${profile}: cancel while emerge compiles: the container is gone within the grace period, no package, no partial artifacts`, async () => {
    const ws = sampleWorkspace();
    const { handle, spec } = await prepareBuild(path.join(ws, SLOW), { workspaceFolders: [ws], config: imageConfig({ stopGraceSeconds: 2 }), profile });
    let output = '';
    // Real emerge in src_compile: its "compiling part N of 60" lines stream while the container runs.
    const compiling = new Promise<void>((resolve) => handle.onEvent((e) => {
      if (e.type !== 'output') return;
      output += e.data.toString('utf8');
      if (/compiling part 2 of 60\n/.test(output)) resolve();
    }));
    await Promise.race([compiling, handle.done.then((r) => assert.fail(`the build ended (${r.state}) before compiling:\n${output}`))]);
    assert.match(output, />>> Compiling source in /);
    const running = (await builderContainers(ws)).find((c) => c.Labels['ebuild-builder.build'] === spec.labels['ebuild-builder.build']);
    assert.ok(running, 'the build container runs while output streams');
    assert.equal(running.State, 'running');
    const t0 = Date.now();
    await handle.cancel();
    const elapsed = Date.now() - t0;
    const result = await handle.done;
    assert.equal(result.state, 'cancelled');
    assert.ok(elapsed < (2 + 5) * 1000, `cancel took ${elapsed} ms`);
    assert.doesNotMatch(output, /compiling part 60 of 60/, 'the compile was cut short');
    assert.deepEqual(result.artifacts, []);
    assert.deepEqual(await builderContainers(ws), [], 'the container was removed');
    assert.ok(!existsSync(path.join(ws, 'artifacts', 'app-misc')), 'no partial artifacts');
  });
}

test('gentoo: a cancel that comes after the build ended changes nothing: its package stays, no staging folder, no container', async () => {
  const ws = sampleWorkspace();
  const { handle } = await prepareBuild(path.join(ws, 'app-misc/hello/hello-1.0.ebuild'), { workspaceFolders: [ws], config: imageConfig(), profile: 'gentoo' });
  const result = await handle.done;
  assert.equal(result.state, 'succeeded');
  await handle.cancel(); // a Cancel clicked as the build ended
  assert.equal(result.artifacts.length, 1);
  assert.ok(existsSync(result.artifacts[0]), 'the package is still in the artifacts folder');
  assert.deepEqual(readdirSync(path.join(ws, 'artifacts')).filter((n) => n.startsWith('.')), [], 'no staging folder');
  assert.deepEqual(await builderContainers(ws), []);
});

test('100 builds cancelled at random moments of real emerge runs leave 0 containers with the label and no volumes', async (t) => {
  const ws = sampleWorkspace();
  const config = imageConfig({ stopGraceSeconds: 1 });
  const count = Number(process.env.CANCEL_COUNT ?? 100);
  const parallel = 4;
  const outcomes: Record<string, number> = {};
  let next = 0;
  // A fixed-seed generator so a failure can be replayed.
  let seed = 42;
  const rand = () => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);
  // Warm the tree snapshot and the cache volumes first, so the volume list afterwards shows only what the cancels left.
  for (const profile of ['sabayon', 'gentoo']) {
    const { handle } = await prepareBuild(path.join(ws, 'app-misc/hello/hello-1.0.ebuild'), { workspaceFolders: [ws], config, profile });
    assert.equal((await handle.done).state, 'succeeded');
  }
  const volumesBefore = await danglingVolumes();
  async function worker() {
    while (next < count) {
      next++;
      // A real build runs for seconds (hello about 6 s alone, two to three times that with four at once on two
      // cores; needs-ssl fails in dependency calculation): the moments span create, start, dependency calculation,
      // the phases, packaging and the end of the build (a cancel once the container has exited changes nothing).
      const delay = Math.floor(rand() * 12_000);
      const pkg = ['hello', 'dies', 'broken', 'needs-ssl'][Math.floor(rand() * 4)];
      const { handle } = await prepareBuild(path.join(ws, `app-misc/${pkg}/${pkg}-1.0.ebuild`), { workspaceFolders: [ws], config, profile: rand() < 0.5 ? 'sabayon' : 'gentoo' });
      const timer = setTimeout(() => void handle.cancel(), delay);
      const result = await handle.done;
      clearTimeout(timer);
      outcomes[result.state] = (outcomes[result.state] ?? 0) + 1;
    }
  }
  await Promise.all(Array.from({ length: parallel }, worker));
  t.diagnostic(`outcomes: ${JSON.stringify(outcomes)}`);
  assert.equal(await builderContainers(ws).then((l) => l.length), 0, `left containers after ${JSON.stringify(outcomes)}`);
  assert.ok((outcomes.cancelled ?? 0) > count / 4, `most builds were cancelled: ${JSON.stringify(outcomes)}`);
  assert.ok((outcomes.succeeded ?? 0) + (outcomes.failed ?? 0) > 0, `some builds ran to their end: ${JSON.stringify(outcomes)}`);
  assert.equal(outcomes.error ?? 0, 0, `no build ended in an error: ${JSON.stringify(outcomes)}`);
  assert.ok(!readdirSync(path.join(ws, 'artifacts')).includes('.incoming'), 'no staging folders left');
  const left = (await danglingVolumes()).filter((v) => !volumesBefore.includes(v) && !v.startsWith('ebuild-builder-'));
  assert.deepEqual(left, [], 'no anonymous volumes (the Sabayon image\'s VOLUMEs) left behind');
  // The engine itself is still fine.
  await docker().ping();
});
