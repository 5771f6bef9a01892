/**
 * What the summary and trace lines add for a user: the mirrors a failed fetch tried, emerge's own total of the
 * merge list, the `--keep-going` summary of failed packages, and the Sabayon client's install lines. Built from the real lines of test/fixtures/emerge/.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { EmergeParser, parseAll } from '../../src/core/emerge';
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

/** Portage's `--keep-going` summary as its Scheduler prints it (headline wrapped at 72 columns), after a real failure. */
function keepGoingLog(): string {
  const real = readFileSync(join(FIXTURES, 'portage', 'outputs', 'compile-fail-nocolor.stdout.txt'), 'utf8');
  return real + [
    ' * ',
    ' * The following 2 packages have failed to build, install, or execute',
    ' * postinst:',
    ' * ',
    ' *  (app-misc/broken-1.0:0/0::testoverlay, ebuild scheduled for merge), Log file:',
    " *   '/var/tmp/portage/app-misc/broken-1.0/temp/build.log'",
    ' *  (app-misc/dies-1.0:0/0::testoverlay, ebuild scheduled for merge) (postinst failed), Log file:',
    " *   '/var/tmp/portage/app-misc/dies-1.0/temp/build.log'",
    ' * ',
    '',
  ].join('\n');
}

test('the --keep-going summary lists every failed package with its slot, repository and log', () => {
  const events = parseAll(keepGoingLog());
  const summary = events.filter((e) => e.type === 'failed-packages');
  assert.equal(summary.length, 1);
  assert.ok(summary[0].type === 'failed-packages');
  assert.deepEqual(summary[0].packages, [
    { cpv: 'app-misc/broken-1.0', slot: '0/0', repo: 'testoverlay', log: '/var/tmp/portage/app-misc/broken-1.0/temp/build.log' },
    { cpv: 'app-misc/dies-1.0', slot: '0/0', repo: 'testoverlay', postinstFailed: true, log: '/var/tmp/portage/app-misc/dies-1.0/temp/build.log' },
  ]);
  assert.equal(events.filter((e) => e.type === 'build-failure').length, 1, 'the earlier failure block is still read as before');
  // The failure already reported is not reported again; the package known only from the summary is.
  const titles = findingsOf(events).map((f) => f.title);
  assert.deepEqual(titles.filter((t) => t.startsWith('app-misc/dies-1.0')), ['app-misc/dies-1.0 failed']);
  assert.equal(titles.filter((t) => t.startsWith('app-misc/broken-1.0')).length, 1);
});

test('the one-package summary on one line (older Portage) and chunked anywhere gives the same event', () => {
  const text = [
    ' * The following package has failed to build, install, or execute postinst:',
    ' * ',
    ' *  (sci-visualization/kst-2.0.8:0/0::gentoo, ebuild scheduled for merge), Log file:',
    " *   '/var/tmp/portage/sci-visualization/kst-2.0.8/temp/build.log'",
    ' * ',
    ' * After world updates, it is important to remove obsolete packages with',
  ].join('\n');
  const whole = parseAll(text);
  assert.deepEqual(whole.map((e) => e.type), ['failed-packages']);
  for (let cut = 1; cut < text.length; cut += 7) {
    const p = new EmergeParser();
    const split = [...p.push(text.slice(0, cut)), ...p.push(text.slice(cut)), ...p.end()];
    assert.deepEqual(split, whole, `cut at ${cut}`);
  }
});
