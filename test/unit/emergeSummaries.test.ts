/**
 * What the summary and trace lines add for a user: the mirrors a failed fetch tried, emerge's own total of the
 * merge list, and the Sabayon client's install lines. Built from the real lines of test/fixtures/emerge/.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseAll } from '../../src/core/emerge';
import { findingsOf } from '../../src/core/findings';
import { runMain } from '../helpers/cliRun';
import { FIXTURES } from './emergeFixtureHelpers';

/** fetch-digest-12's two failed mirrors, then the abort Portage prints when no mirror had the file. */
function failedFetch(): string {
  const real = readFileSync(join(FIXTURES, 'emerge', 'fetch-digest-12.txt'), 'utf8').split('\n').slice(4, 25).join('\n');
  return `${real}\n!!! Couldn't download 'mame-0.223.tar.gz'. Aborting.\n`;
}

test('a fetch failure names the mirrors that were tried and what each answered', () => {
  const findings = findingsOf(parseAll(failedFetch()));
  const fetch = findings.find((f) => f.title === 'fetch failed: mame-0.223.tar.gz');
  assert.ok(fetch, findings.map((f) => f.title).join('; '));
  assert.equal(fetch.cpv, 'games-emulation/sdlmame-0.223');
  assert.match(fetch.message, /mirrors tried: mirrors\.evowise\.com \(404 Not Found\), mirror\.yandex\.ru \(404 Not Found\)$/);
});

test('parse prints each failed mirror and emerge\'s own total', async () => {
  const dir = join(FIXTURES, 'emerge');
  const r = await runMain(['parse', 'fetch-digest-13.txt'], dir);
  assert.match(r.out, /merge list \(emerge's total: 1, 41\.402 KiB to download\)/);
  assert.match(r.out, /line 17: download of zigbee2mqtt-2\.13\.0\.tar\.gz from distfiles\.gentoo\.org failed: 404 Not Found/);
  const blockers = await runMain(['parse', 'blockers-02.txt'], dir);
  assert.match(blockers.out, /line 13: 2 blocks, 2 unsatisfied/);
});

test('wget errors without a download in progress, odd URLs and resolver failures never break the parse', () => {
  const events = parseAll([
    '2020-08-09 13:04:14 ERROR 404: Not Found.', // no `Downloading` before it: nothing to say
    ">>> Downloading 'http://user@[2001:db8::1]:8080/d/bad%E0%A4%A.tar.gz?x=1'",
    '2020-08-09 13:04:14 ERROR 503: Service Unavailable.',
    ">>> Downloading 'https://mirror.invalid/distfiles/a.tar.gz'",
    "wget: unable to resolve host address 'mirror.invalid'",
    'Total: 3 packages (1 upgrade, 1 new, 1 frobnicated), Size of downloads: 12 KiB',
    'Conflict: 1 block',
  ].join('\n'));
  assert.deepEqual(events.map((e) => e.type), ['fetch-attempt', 'fetch-attempt', 'merge-total', 'conflict-total']);
  const [odd, resolve, total, conflict] = events;
  assert.ok(odd.type === 'fetch-attempt' && resolve.type === 'fetch-attempt' && total.type === 'merge-total' && conflict.type === 'conflict-total');
  assert.equal(odd.host, '[2001:db8::1]');
  assert.equal(odd.file, 'bad%E0%A4%A.tar.gz', 'a malformed escape is kept as printed');
  assert.equal(odd.status, 503);
  assert.equal(resolve.reason, 'unable to resolve host address mirror.invalid');
  assert.equal(resolve.status, undefined);
  assert.deepEqual(total.counts, { upgrade: 1, new: 1, frobnicated: 1 });
  assert.equal(conflict.blocks, 1);
  assert.equal(conflict.unsatisfied, undefined);
});
