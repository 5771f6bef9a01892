/** Kept containers, "save builder state" and `clean`, on the real dockerd. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { docker, builderContainers, runCli, sampleWorkspace } from './standins';

test('a failed build kept with --keep can be saved as an image, and clean removes it', async () => {
  const ws = sampleWorkspace();
  const r = await runCli(['build', 'app-misc/dies/dies-1.0.ebuild', '--keep', '--json'], { cwd: ws });
  assert.equal(r.code, 1);
  const start = JSON.parse(r.stdout.split('\n')[0]) as { log: string };
  const buildId = /-([0-9a-f]{4})\.log$/.exec(start.log)![1];
  const kept = (await builderContainers()).find((c) => c.Labels['ebuild-builder.workspace'] === ws);
  assert.ok(kept, 'the container is kept after the failure');
  assert.ok(kept.Labels['ebuild-builder.build'].startsWith(buildId));
  const tag = `ebuild-builder/saved-test:${buildId}`;
  const saved = await runCli(['save', kept.Labels['ebuild-builder.build'], tag], { cwd: ws });
  assert.equal(saved.code, 0, saved.stderr);
  const image = await docker().getImage(tag).inspect();
  assert.ok(image.Id);
  await docker().getImage(tag).remove();
  const cleaned = await runCli(['clean'], { cwd: ws });
  assert.equal(cleaned.code, 0);
  assert.match(cleaned.stdout, /removed ebuild-builder-dies-/);
  assert.equal((await builderContainers()).filter((c) => c.Labels['ebuild-builder.workspace'] === ws).length, 0);
  const missing = await runCli(['save', 'nosuchbuild', 'x/y'], { cwd: ws });
  assert.equal(missing.code, 2);
  assert.match(missing.stderr, /no builder container "nosuchbuild"/);
});
