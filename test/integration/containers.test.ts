/**
 * Kept containers, "save builder state" and `clean`, with real Portage (test/images/README.md). On the loopback TCP
 * engine of scripts/test-engines.sh: `clean` removes every builder container of an engine, and the machine's own
 * engine runs other suites' builds at the same time.
 */
import { before, test } from 'node:test';
import assert from 'node:assert/strict';
import { LABEL_BUILD, LABEL_WORKSPACE } from '../../src/core/buildModel';
import { startRig } from './engineRig';
import { runCli, sampleWorkspace, sh } from './testImages';

let engine: string;
before(() => {
  engine = startRig().tcp;
});

async function builderContainersOn(ws: string): Promise<{ name: string; build: string }[]> {
  const { stdout } = await sh('docker', ['-H', engine, 'ps', '-a', '--filter', `label=${LABEL_BUILD}`, '--filter', `label=${LABEL_WORKSPACE}=${ws}`,
    '--format', `{{.Names}}\t{{.Label "${LABEL_BUILD}"}}`]);
  return stdout.split('\n').filter(Boolean).map((l) => {
    const [name, build] = l.split('\t');
    return { name, build };
  });
}

test('a failed build kept with --keep can be saved as an image holding Portage\'s build dir, and clean removes it', async () => {
  const ws = sampleWorkspace();
  const r = await runCli(['build', 'app-misc/dies/dies-1.0.ebuild', '--keep', '--json', '--engine', engine], { cwd: ws });
  assert.equal(r.code, 1, r.stderr);
  const start = JSON.parse(r.stdout.split('\n')[0]) as { log: string };
  const buildId = /-([0-9a-f]{4})\.log$/.exec(start.log)![1];
  const [kept] = await builderContainersOn(ws);
  assert.ok(kept, 'the container is kept after the failure');
  assert.ok(kept.build.startsWith(buildId));
  const tag = `ebuild-builder/saved-test:${buildId}`;
  const saved = await runCli(['save', kept.build, tag, '--engine', engine], { cwd: ws });
  assert.equal(saved.code, 0, saved.stderr);
  assert.match(saved.stdout, new RegExp(`saved ${kept.build} as ${tag.replace(/[/.]/g, '\\$&')}`));
  try {
    // What a user saves the state for: the failed build's work dir and Portage's log, as emerge left them.
    const log = await sh('docker', ['-H', engine, 'run', '--rm', '--network', 'none', '--entrypoint', 'cat', tag, '/var/tmp/portage/app-misc/dies-1.0/temp/build.log']);
    assert.match(log.stdout, /ERROR: app-misc\/dies-1\.0::testoverlay failed \(install phase\)/);
    assert.match(log.stdout, /custom message/);
  } finally {
    await sh('docker', ['-H', engine, 'rmi', tag]).catch(() => undefined);
  }
  const cleaned = await runCli(['clean', '--engine', engine], { cwd: ws });
  assert.equal(cleaned.code, 0, cleaned.stderr);
  assert.ok(cleaned.stdout.includes(`removed ${kept.name} (=app-misc/dies-1.0::testoverlay`), cleaned.stdout);
  assert.deepEqual(await builderContainersOn(ws), []);
  const missing = await runCli(['save', 'nosuchbuild', 'x/y', '--engine', engine], { cwd: ws });
  assert.equal(missing.code, 2);
  assert.match(missing.stderr, /no builder container "nosuchbuild"/);
});
