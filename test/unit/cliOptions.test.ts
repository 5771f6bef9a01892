/** Every verb of the CLI answers a mistyped option the same way: exit 2, the option named, its own --help as the next step. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { commands } from '../../src/cli/commands';
import { runMain } from '../helpers/cliRun';

test('an unknown option is refused by every command, before anything runs, naming the command\'s --help', async () => {
  const cwd = mkdtempSync(join(tmpdir(), 'eb-cliopt-'));
  // No engine to reach: a command that tried one before parsing would fail with another message.
  const env = { ...process.env, DOCKER_HOST: 'unix:///nonexistent/docker.sock' };
  for (const c of commands) {
    const r = await runMain([c.name, '--no-such-option'], cwd, env);
    assert.equal(r.code, 2, `${c.name}: ${r.err}`);
    assert.match(r.err, /Unknown option '--no-such-option'/, c.name);
    assert.ok(r.err.includes(`ebuild-builder ${c.name} --help`), `${c.name} names its own --help: ${r.err}`);
  }
});
