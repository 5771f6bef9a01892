/**
 * The parser skips, undecoded, the lines no reader can take anything from (lineFilter.ts). Skipping must change
 * nothing: the events equal those of reading every line, on every fixture, on mutated fixtures, and on a log
 * shaped like a large C/C++ build (the bench's generator).
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { EmergeParser, type EmergeEvent } from '../../src/core/emerge';
import { mayMatter } from '../../src/core/emerge/lineFilter';
import { writeBuildLog } from '../../bench/buildLogGenerator';
import { mutate, rng } from '../fuzz/emergeParser.fuzz';
import { FIXTURES, fixtureFiles } from './emergeFixtureHelpers';

function parse(bytes: Buffer, readEveryLine: boolean, chunk = bytes.length): EmergeEvent[] {
  const p = new EmergeParser(undefined, { readEveryLine });
  const out: EmergeEvent[] = [];
  for (let i = 0; i < bytes.length; i += chunk) out.push(...p.push(bytes.subarray(i, i + chunk)));
  return out.concat(p.end());
}

test('skipping lines gives the events of reading every line, on every fixture and 500 mutations of them', () => {
  const corpus = fixtureFiles().map((f) => readFileSync(join(FIXTURES, f)));
  for (const [i, b] of corpus.entries()) assert.deepEqual(parse(b, false), parse(b, true), fixtureFiles()[i]);
  const r = rng(11);
  for (let k = 0; k < 500; k++) {
    const input = mutate(corpus, r);
    assert.deepEqual(parse(input, false, 1 + Math.floor(r() * 5000)), parse(input, true), `mutation ${k}`);
  }
});

test('a generated C/C++ build log: the same events either way, and the ones it was written with', () => {
  const dir = mkdtempSync(join(tmpdir(), 'eb-buildlog-'));
  try {
    const file = join(dir, 'build.log');
    writeBuildLog(file, 4 * 1024 * 1024, 5);
    const bytes = readFileSync(file);
    writeBuildLog(file, 4 * 1024 * 1024, 5);
    assert.ok(readFileSync(file).equals(bytes), 'the same seed gives the same bytes');
    const events = parse(bytes, false, 64 * 1024);
    assert.deepEqual(events, parse(bytes, true));
    const warnings = events.filter((e) => e.type === 'compiler-diagnostic' && e.severity === 'warning');
    assert.ok(warnings.length > 5 && warnings.every((e) => e.type === 'compiler-diagnostic' && e.context?.startsWith('In member function')), `${warnings.length} warnings`);
    assert.equal(events.filter((e) => e.type === 'qa-notice').length, 3);
    const failure = events.find((e) => e.type === 'build-failure');
    assert.ok(failure?.type === 'build-failure' && failure.phase === 'compile' && failure.cpv === 'www-client/chromium-126.0.6478.126');
    assert.ok(events.some((e) => e.type === 'compiler-diagnostic' && e.severity === 'error' && e.line === 3112));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('the filter reads lines by their first character, a bullet, a merge-list bracket, a timestamp, or what follows a ": "', () => {
  const m = (s: string) => mayMatter(Buffer.from(s, 'latin1'), 0, s.length, s.indexOf(': '));
  for (const s of ['>>> Emerging (1 of 1) a/b-1', ' * ERROR: x', '*', '- foo', '[ebuild  N ] a/b-1', '!!! x', '   Compiling source in /x', '\x1b[32m>>>', '[\x1b[32mebuild',
    '12:00 x', 'Total: 1 package', 'QA Notice: x', 'foo.c:12:3: warning: x', 'foo.c: In function ‘main’:', 'make[2]: *** [Makefile:4: all] Error 2', '/usr/bin/ld: a.o: undefined reference to `f\'',
    'collect2: error: ld returned 1 exit status', 'error[E0425]: cannot find value', 'emerge: there are no ebuilds to satisfy "a/b".', 'x ERROR: a/b-1::r failed (compile phase):', 'a: b\x01c',
    '2024-05-01T10:00:00Z >>> Emerging (1 of 1) a/b-1', '1700000000:  >>> emerge (1 of 1) a/b-1 to /', '12.345 >>> Compiling source in /x', '7', 'Installing (1 of 1) a/b-1', 'Install a-1 into /x', 'In']) {
    assert.equal(m(s), true, JSON.stringify(s));
  }
  for (const s of ['[12/345] g++ -c a.cc', 'make all', '      |   ^', '-- Looking for x', '*foo', '\r\r', '   ', 'ninja -C out', "make[2]: Entering directory '/x'",
    'libtool: compile:  gcc -c a.c', 'checking for gcc: gcc', '  123 |   f();', '1 warning generated.', 'In file included from ../a.h:3,']) {
    assert.equal(m(s), false, JSON.stringify(s));
  }
});
