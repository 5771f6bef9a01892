/**
 * A build that forks without end, fills the disk or eats the memory ends as a failed build naming the limit and
 * its setting, in bounded time, and leaves no container; the engine still answers. Real Portage, real cgroups.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { cpSync } from 'node:fs';
import * as path from 'node:path';
import { ROOT, builderContainers, buildIn, docker, sampleWorkspace } from './testImages';

const HOSTILE = path.join(ROOT, 'test', 'fixtures', 'hostile-packages');

const cases = [
  { pkg: 'forkbomb', limits: { pids: 256, memory: 'auto' as const, disk: 64 * 1024 ** 3 }, code: 'limit-pids', words: /process limit \(256 processes at once\)[\s\S]*ebuildBuilder\.limits\.pids/ },
  { pkg: 'fills-disk', limits: { pids: 4096, memory: 'auto' as const, disk: 512 * 1024 ** 2 }, code: 'limit-disk', words: /disk limit \(512 MiB written\)[\s\S]*ebuildBuilder\.limits\.disk/ },
  { pkg: 'eats-memory', limits: { pids: 4096, memory: 384 * 1024 ** 2, disk: 64 * 1024 ** 3 }, code: 'limit-memory', words: /memory limit \(384 MiB\)[\s\S]*ebuildBuilder\.limits\.memory/ },
];

for (const c of cases) {
  test(`gentoo: ${c.pkg} fails with a message naming its limit, and leaves no container`, { timeout: 180_000 }, async () => {
    const ws = sampleWorkspace();
    cpSync(HOSTILE, ws, { recursive: true });
    const { result } = await buildIn(ws, `app-misc/${c.pkg}/${c.pkg}-1.0.ebuild`, 'gentoo', { limits: c.limits });
    assert.equal(result.state, 'failed');
    assert.equal(result.error?.code, c.code, result.error?.toString());
    assert.match(result.error!.toString(), c.words);
    assert.equal((await builderContainers(ws)).length, 0);
    await docker().ping();
  });
}

test('builds run without the capabilities no phase needs and cannot gain privileges', async () => {
  const ws = sampleWorkspace();
  let host: { CapDrop?: string[]; SecurityOpt?: string[]; PidsLimit?: number; Memory?: number } | undefined;
  const { result } = await buildIn(ws, 'app-misc/hello/hello-1.0.ebuild', 'gentoo', {}, (p) => {
    p.handle.onEvent((e) => {
      if (e.type !== 'state' || e.state !== 'running') return;
      void builderContainers(ws).then(async ([c]) => {
        if (c) host = (await docker().getContainer(c.Id).inspect()).HostConfig;
      });
    });
  });
  assert.equal(result.state, 'succeeded');
  assert.ok(host, 'inspected while running');
  assert.ok(host.CapDrop?.includes('NET_RAW') && host.CapDrop.includes('MKNOD'));
  assert.ok(host.SecurityOpt?.includes('no-new-privileges'));
  assert.equal(host.PidsLimit, 4096);
  assert.ok((host.Memory ?? 0) > 0, 'a memory limit by default');
});
