import { test, describe } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import {
  addToHistory, describeEstimate, estimateDuration, formatHistory, historyFile, historyOf, KEPT_PER_PACKAGE, median, packageOf,
  readHistory, recordHistory, type HistoryEntry,
} from '../../src/core/buildHistory';
import { runMain } from '../helpers/cliRun';

const entry = (cpv: string, durationMs: number, over: Partial<HistoryEntry> = {}): HistoryEntry => ({ cpv, profile: 'gentoo', durationMs, state: 'succeeded', endedAt: 1_700_000_000_000, ...over });

describe('build history', () => {
  test('the estimate is the median of the last successful builds of the package with that profile, any version', () => {
    let h: HistoryEntry[] = [];
    for (const [cpv, ms] of [['app-misc/hello-1.0', 10_000], ['app-misc/hello-1.0', 30_000], ['app-misc/hello-1.1', 20_000]] as const) h = addToHistory(h, entry(cpv, ms));
    h = addToHistory(h, entry('app-misc/hello-1.1', 1_000, { state: 'failed' }));
    h = addToHistory(h, entry('app-misc/hello-1.1', 99_000, { profile: 'sabayon' }));
    h = addToHistory(h, entry('app-misc/other-1.0', 5_000));
    assert.deepEqual(estimateDuration(h, '=app-misc/hello-2.0::testoverlay', 'gentoo'), { ms: 20_000, of: 3 });
    assert.deepEqual(estimateDuration(h, 'app-misc/hello-1.0', 'sabayon'), { ms: 99_000, of: 1 });
    assert.equal(estimateDuration(h, 'app-misc/new-1.0', 'gentoo'), undefined);
    assert.equal(describeEstimate({ ms: 20_000, of: 3 }, 'gentoo'), 'usually 20.0 s (median of the last 3 builds with gentoo)');
    assert.equal(median([4, 1, 3, 2]), 2.5);
  });

  test('only the last few count, and only so many are kept per package and profile', () => {
    let h: HistoryEntry[] = [];
    for (let i = 1; i <= KEPT_PER_PACKAGE + 5; i++) h = addToHistory(h, entry('app-misc/hello-1.0', i * 1000));
    h = addToHistory(h, entry('app-misc/other-1.0', 1));
    assert.equal(h.filter((e) => e.cpv === 'app-misc/hello-1.0').length, KEPT_PER_PACKAGE);
    assert.equal(h[0].durationMs, 6000, 'the oldest ones went');
    assert.deepEqual(estimateDuration(h, 'app-misc/hello-1.0', 'gentoo'), { ms: 23_000, of: 5 });
  });

  test('an atom selects entries as Portage would (cat/pn, =cat/pn-ver, >=, a repository)', () => {
    const h = [entry('app-misc/hello-1.0', 1), entry('app-misc/hello-2.0', 2), entry('app-misc/hello-world-1.0', 3)];
    assert.deepEqual(historyOf(h, 'app-misc/hello').map((e) => e.durationMs), [1, 2]);
    assert.deepEqual(historyOf(h, '>=app-misc/hello-2').map((e) => e.durationMs), [2]);
    assert.deepEqual(historyOf(h, 'app-misc/hello-1.0').map((e) => e.durationMs), [1]);
    assert.deepEqual(historyOf(h, '=app-misc/hello-1.0::testoverlay').map((e) => e.durationMs), [1]);
    assert.deepEqual(packageOf('=app-misc/hello-1.0-r1::x'), { cpv: 'app-misc/hello-1.0-r1', catPn: 'app-misc/hello', repo: 'x' });
  });

  test('the file is written whole, read back, and `history` prints the builds and the estimate', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'eb-history-'));
    try {
      const file = historyFile(dir);
      assert.deepEqual(await readHistory(file), []);
      for (const ms of [4000, 9000, 5000]) await recordHistory(file, entry('app-misc/hello-1.0', ms));
      assert.equal((await readHistory(file)).length, 3);
      assert.doesNotThrow(() => JSON.parse(readFileSync(file, 'utf8')));
      const out = formatHistory(await readHistory(file), 'app-misc/hello');
      assert.match(out, /^ended +atom +profile +result +duration\n/);
      assert.match(out, /app-misc\/hello with gentoo: usually 5\.0 s \(median of the last 3 builds with gentoo\)/);
      const run = await runMain(['history', 'app-misc/hello'], dir, { EBUILD_BUILDER_STATE_DIR: dir });
      assert.equal(run.code, 0, run.err);
      assert.match(run.out, /usually 5\.0 s/);
      const none = await runMain(['history', 'app-misc/nothing'], dir, { EBUILD_BUILDER_STATE_DIR: dir });
      assert.equal(none.out, 'No builds of app-misc/nothing recorded yet.\n');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
