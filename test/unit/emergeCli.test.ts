/** `ebuild-builder parse LOG [--json]` on saved logs. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { EVENT_TYPES } from '../../src/core/emerge';
import { FIXTURES } from './emergeFixtureHelpers';
import { runMain } from '../helpers/cliRun';

const cli = (args: string[]) => runMain(args, FIXTURES, {});

test('parse --json prints one event object per line', async () => {
  const r = await cli(['parse', 'portage/outputs/die-install-color.txt', '--json']);
  assert.equal(r.code, 0);
  const events = r.out.trim().split('\n').map((l) => JSON.parse(l) as { type: string; inputLine: number });
  assert.ok(events.every((e) => EVENT_TYPES.includes(e.type as never) && e.inputLine >= 1));
  const failure = events.find((e) => e.type === 'build-failure') as unknown as { cpv: string; phase: string; reason: string; frames: { file: string; line: number }[] };
  assert.equal(failure.cpv, 'app-misc/dies-1.0');
  assert.equal(failure.phase, 'install');
  assert.deepEqual(failure.frames.map((f) => `${f.file}:${f.line}`), ['ebuild.sh:143', 'environment:193']);
});

test('parse prints a human summary of the findings', async () => {
  const r = await cli(['parse', join(FIXTURES, 'portage/outputs/use-change-nocolor.txt')]);
  assert.equal(r.code, 0);
  assert.match(r.out, /emerge needs a use change in package\.use: >=app-misc\/libfoo-1\.0 ssl \(required by app-misc\/needs-ssl-1\.0::testoverlay\)/);
  const c = await cli(['parse', 'portage/outputs/compile-fail-nocolor.pipe.txt']);
  assert.match(c.out, /build failure: app-misc\/broken-1\.0::testoverlay failed in the compile phase: emake failed/);
  assert.match(c.out, /compiler error: broken\.c:5:30: expected/);
});

test('a missing log is a user error naming the file', async () => {
  const r = await cli(['parse', 'no/such/file.log']);
  assert.equal(r.code, 2);
  assert.match(r.err, /Cannot read the log 'no\/such\/file\.log': it does not exist/);
  const dir = await cli(['parse', 'emerge']);
  assert.equal(dir.code, 2);
  assert.match(dir.err, /is a directory/);
  const none = await cli(['parse']);
  assert.equal(none.code, 2);
});
