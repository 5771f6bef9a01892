/** Cancelling builds on the real dockerd: nothing may be left behind, whatever the moment. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readdirSync } from 'node:fs';
import * as path from 'node:path';
import { prepareBuild } from '../../src/docker/buildEbuild';
import { builderContainers, docker, sampleWorkspace, standinConfig } from './standins';

test('cancel mid-build: the container is gone within the grace period, no partial artifacts', async () => {
  const ws = sampleWorkspace();
  const { handle, spec } = await prepareBuild(path.join(ws, 'app-misc/hello/hello-1.0.ebuild'), {
    workspaceFolders: [ws], config: standinConfig({ stopGraceSeconds: 2 }, '0.05'), profile: 'sabayon',
  });
  let containerName = '';
  const running = new Promise<void>((resolve) => handle.onEvent((e) => { if (e.type === 'output') resolve(); }));
  await running;
  const list = await builderContainers();
  containerName = list.find((c) => c.Labels['ebuild-builder.build'] === spec.labels['ebuild-builder.build'])?.Names[0] ?? '';
  assert.ok(containerName, 'the build container runs while output streams');
  const t0 = Date.now();
  await handle.cancel();
  const elapsed = Date.now() - t0;
  const result = await handle.done;
  assert.equal(result.state, 'cancelled');
  assert.ok(elapsed < (2 + 5) * 1000, `cancel took ${elapsed} ms`);
  const left = await builderContainers();
  assert.ok(!left.some((c) => c.Names[0] === containerName), 'the container was removed');
  assert.ok(!existsSync(path.join(ws, 'artifacts', 'app-misc')), 'no partial artifacts');
});

test('100 builds cancelled at random moments leave 0 containers with the label', async () => {
  const ws = sampleWorkspace();
  const config = standinConfig({ stopGraceSeconds: 1 }, '0.01');
  const count = Number(process.env.CANCEL_COUNT ?? 100);
  const parallel = 4;
  const outcomes: Record<string, number> = {};
  let next = 0;
  // A fixed-seed generator so a failure can be replayed.
  let seed = 42;
  const rand = () => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);
  async function worker() {
    while (next < count) {
      next++;
      const delay = Math.floor(rand() * 1500);
      const pkg = ['hello', 'dies', 'broken', 'needs-ssl'][Math.floor(rand() * 4)];
      const { handle } = await prepareBuild(path.join(ws, `app-misc/${pkg}/${pkg}-1.0.ebuild`), { workspaceFolders: [ws], config, profile: rand() < 0.5 ? 'sabayon' : 'gentoo' });
      const timer = setTimeout(() => void handle.cancel(), delay);
      const result = await handle.done;
      clearTimeout(timer);
      outcomes[result.state] = (outcomes[result.state] ?? 0) + 1;
    }
  }
  await Promise.all(Array.from({ length: parallel }, worker));
  assert.equal(await builderContainers(ws).then((l) => l.length), 0, `left containers after ${JSON.stringify(outcomes)}`);
  assert.ok((outcomes.cancelled ?? 0) > count / 4, `most builds were cancelled: ${JSON.stringify(outcomes)}`);
  assert.ok(!readdirSync(path.join(ws, 'artifacts')).includes('.incoming'), 'no staging folders left');
  // The engine itself is still fine.
  await docker().ping();
});
