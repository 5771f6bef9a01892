/**
 * The parser is incremental: any chunking of the bytes, split inside UTF-8 sequences and escape sequences,
 * gives the same events as one chunk; stdout and stderr can be pushed separately or merged.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { EmergeParser, parseAll, type EmergeEvent, type Stream } from '../../src/core/emerge';
import { rng } from '../fuzz/emergeParser.fuzz';
import { FIXTURES, fixtureFiles, withoutPosition } from './emergeFixtureHelpers';

function chunked(bytes: Buffer, cuts: number[], stream?: Stream): EmergeEvent[] {
  const p = new EmergeParser();
  const out: EmergeEvent[] = [];
  let from = 0;
  for (const c of [...cuts, bytes.length]) {
    out.push(...p.push(bytes.subarray(from, c), stream));
    from = c;
  }
  return out.concat(p.end());
}

function randomCuts(len: number, r: () => number): number[] {
  const n = Math.floor(r() * 40);
  return Array.from({ length: n }, () => Math.floor(r() * (len + 1))).sort((a, b) => a - b);
}

for (const rel of fixtureFiles()) {
  test(`splitting ${rel} at random points gives the same events (50 seeds)`, () => {
    const bytes = readFileSync(join(FIXTURES, rel));
    const whole = parseAll(bytes);
    for (let seed = 1; seed <= 50; seed++) {
      assert.deepEqual(chunked(bytes, randomCuts(bytes.length, rng(seed))), whole, `seed ${seed}`);
    }
  });
}

test('byte-at-a-time pushes of a colour pty capture (escapes and UTF-8 split everywhere) give the same events', () => {
  for (const f of ['compile-fail-color.txt', 'die-install-color.txt', 'qa-notice-color.txt', 'use-change-color.txt']) {
    const bytes = readFileSync(join(FIXTURES, 'portage/outputs', f));
    const cuts = Array.from({ length: bytes.length - 1 }, (_, i) => i + 1);
    assert.deepEqual(chunked(bytes, cuts), parseAll(bytes), f);
  }
});

test('strings and buffers give the same events', () => {
  const bytes = readFileSync(join(FIXTURES, 'portage/outputs/qa-notice-color.txt'));
  const p = new EmergeParser();
  const text = bytes.toString('utf8');
  const ev = [...p.push(text.slice(0, 1000)), ...p.push(text.slice(1000)), ...p.end()];
  assert.deepEqual(ev, parseAll(bytes));
});

test('stdout and stderr pushed separately and interleaved give the events of each stream, tagged with it', () => {
  const base = join(FIXTURES, 'portage/outputs/use-change-nocolor');
  const out = readFileSync(`${base}.stdout.txt`);
  const err = readFileSync(`${base}.stderr.txt`);
  const r = rng(7);
  const p = new EmergeParser();
  const events: EmergeEvent[] = [];
  let i = 0;
  let j = 0;
  // Interleave chunks of both streams, as `docker logs` without a tty delivers them.
  while (i < out.length || j < err.length) {
    if (i < out.length && (r() < 0.5 || j >= err.length)) {
      const n = 1 + Math.floor(r() * 30);
      events.push(...p.push(out.subarray(i, i + n), 'stdout'));
      i += n;
    } else {
      const n = 1 + Math.floor(r() * 30);
      events.push(...p.push(err.subarray(j, j + n), 'stderr'));
      j += n;
    }
  }
  events.push(...p.end());
  const au = events.filter((e) => e.type === 'autounmask');
  assert.equal(au.length, 1);
  assert.equal(au[0].stream, 'stderr');
  assert.equal(au[0].type === 'autounmask' && au[0].entry, '>=app-misc/libfoo-1.0 ssl');
  assert.equal(au[0].inputLine, 4, 'line numbers count per stream (stderr starts with a blank line)');
  const ml = events.filter((e) => e.type === 'merge-list');
  assert.deepEqual(ml.map((e) => e.stream), ['stdout', 'stdout']);
  const merged = parseAll(readFileSync(`${base}.pipe.txt`));
  assert.deepEqual(withoutPosition(events).sort(byJson), withoutPosition(merged).sort(byJson));
});

function byJson(a: unknown, b: unknown): number {
  return JSON.stringify(a) < JSON.stringify(b) ? -1 : 1;
}

test('a pty capture, its colour version and the plain pipe capture give the same events', () => {
  for (const c of ['compile-fail', 'die-install', 'qa-notice', 'use-change', 'masked', 'blocker', 'success-xpak']) {
    const pipe = withoutPosition(parseAll(readFileSync(join(FIXTURES, `portage/outputs/${c}-nocolor.pipe.txt`))));
    assert.deepEqual(withoutPosition(parseAll(readFileSync(join(FIXTURES, `portage/outputs/${c}-nocolor.txt`)))), pipe, `${c} pty`);
    assert.deepEqual(withoutPosition(parseAll(readFileSync(join(FIXTURES, `portage/outputs/${c}-color.txt`)))), pipe, `${c} colour`);
  }
});

test('onEvent sees the same events push and end return', () => {
  const seen: EmergeEvent[] = [];
  const p = new EmergeParser((e) => seen.push(e));
  const bytes = readFileSync(join(FIXTURES, 'portage/outputs/compile-fail-nocolor.txt'));
  const returned = [...p.push(bytes.subarray(0, 500)), ...p.push(bytes.subarray(500)), ...p.end()];
  assert.deepEqual(seen, returned);
  assert.ok(returned.some((e) => e.type === 'build-failure'));
});
