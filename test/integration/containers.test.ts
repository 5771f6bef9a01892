/** Kept containers, "save builder state" and `clean`, on the real dockerd with real Portage (test/images/README.md). */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { docker, builderContainers, runCli, sampleWorkspace, sh } from './testImages';

test('a failed build kept with --keep can be saved as an image holding Portage\'s build dir, and clean removes it', async () => {
  const ws = sampleWorkspace();
  const r = await runCli(['build', 'app-misc/dies/dies-1.0.ebuild', '--keep', '--json'], { cwd: ws });
  assert.equal(r.code, 1, r.stderr);
  const start = JSON.parse(r.stdout.split('\n')[0]) as { log: string };
  const buildId = /-([0-9a-f]{4})\.log$/.exec(start.log)![1];
  const kept = (await builderContainers(ws))[0];
  assert.ok(kept, 'the container is kept after the failure');
  assert.ok(kept.Labels['ebuild-builder.build'].startsWith(buildId));
  assert.equal(kept.State, 'exited');
  const tag = `ebuild-builder/saved-test:${buildId}`;
  const saved = await runCli(['save', kept.Labels['ebuild-builder.build'], tag], { cwd: ws });
  assert.equal(saved.code, 0, saved.stderr);
  assert.match(saved.stdout, new RegExp(`saved ${kept.Labels['ebuild-builder.build']} as ${tag.replace(/[/.]/g, '\\$&')}`));
  try {
    const image = await docker().getImage(tag).inspect();
    assert.ok(image.Id);
    // What a user saves the state for: the failed build's work dir and Portage's log, as emerge left them.
    const log = await sh('docker', ['run', '--rm', '--network', 'none', '--entrypoint', 'cat', tag, '/var/tmp/portage/app-misc/dies-1.0/temp/build.log']);
    assert.match(log.stdout, /ERROR: app-misc\/dies-1\.0::testoverlay failed \(install phase\)/);
    assert.match(log.stdout, /custom message/);
  } finally {
    await docker().getImage(tag).remove().catch(() => undefined);
  }
  const cleaned = await runCli(['clean'], { cwd: ws });
  assert.equal(cleaned.code, 0);
  assert.match(cleaned.stdout, /removed ebuild-builder-dies-/);
  assert.equal((await builderContainers(ws)).length, 0);
  const missing = await runCli(['save', 'nosuchbuild', 'x/y'], { cwd: ws });
  assert.equal(missing.code, 2);
  assert.match(missing.stderr, /no builder container "nosuchbuild"/);
});
