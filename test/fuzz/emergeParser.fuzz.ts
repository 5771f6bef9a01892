/**
 * Fuzz runner for the emerge parser: mutates the real fixtures (byte flips, truncation, splicing, random
 * escape sequences, control bytes, long lines) and checks that the parser never throws, returns well-formed
 * events, and gives the same events for one chunk as for random chunks. `FUZZ_COUNT` (default 200) sets the
 * number of inputs, `FUZZ_SEED` the seed. Run: `node out/test/fuzz/emergeParser.fuzz.js`.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { EVENT_TYPES, EmergeParser, type EmergeEvent } from '../../src/core/emerge';
import { FIXTURES, fixtureFiles } from '../unit/emergeFixtureHelpers';
import { seededRandom } from '../../src/core/seededRandom';

export const rng = seededRandom;

const ESCAPES = ['\x1b[01;31m', '\x1b[m', '\x1b[K', '\x1b]0;title\x07', '\x1bE', '\x1b[?25l', '\r', '\b', '\x1b', '\x1b[', '\x1b]0;unterminated', '\xe2\x80', '\r\n', '\x00', '\x9b'];

export function mutate(corpus: Buffer[], r: () => number): Buffer {
  const pick = (): Buffer => corpus[Math.floor(r() * corpus.length)];
  let b = Buffer.from(pick());
  const rounds = 1 + Math.floor(r() * 4);
  for (let k = 0; k < rounds; k++) {
    const op = Math.floor(r() * 7);
    const at = Math.floor(r() * (b.length + 1));
    if (op === 0 && b.length) {
      for (let i = 0; i < 1 + r() * 8; i++) b[Math.floor(r() * b.length)] = Math.floor(r() * 256);
    } else if (op === 1) {
      b = b.subarray(0, at);
    } else if (op === 2) {
      const o = pick();
      const s = Math.floor(r() * o.length);
      b = Buffer.concat([b.subarray(0, at), o.subarray(s, s + Math.floor(r() * 2000)), b.subarray(at)]);
    } else if (op === 3) {
      const e = Buffer.from(ESCAPES[Math.floor(r() * ESCAPES.length)], 'latin1');
      b = Buffer.concat([b.subarray(0, at), e, b.subarray(at)]);
    } else if (op === 4) {
      // A long line without newline.
      b = Buffer.concat([b.subarray(0, at), Buffer.alloc(Math.floor(r() * 200_000), r() < 0.5 ? 0x2a : 0xe2), b.subarray(at)]);
    } else if (op === 5) {
      // Duplicate a region (repeated blocks, recaps).
      const s = Math.floor(r() * b.length);
      b = Buffer.concat([b, b.subarray(s, s + Math.floor(r() * 3000))]);
    } else {
      const prefixes = ['> ', '#12 3.456 ', '2024-01-01T00:00:00.000Z ', '        ', '- ', ' * ', '&gt;&gt;&gt; ', '> > > '];
      const text = b.toString('latin1').split('\n');
      const p = prefixes[Math.floor(r() * prefixes.length)];
      b = Buffer.from(text.map((l) => (r() < 0.5 ? p + l : l)).join('\n'), 'latin1');
    }
  }
  return b;
}

function parseChunked(b: Buffer, r: () => number): EmergeEvent[] {
  const p = new EmergeParser();
  const out: EmergeEvent[] = [];
  let i = 0;
  while (i < b.length) {
    const n = 1 + Math.floor(r() * (r() < 0.3 ? 4 : 4096));
    out.push(...p.push(b.subarray(i, i + n)));
    i += n;
  }
  return out.concat(p.end());
}

export interface FuzzResult { inputs: number; events: number; bytes: number; slowestMs: number }

/** Runs `count` mutated inputs; throws on the first violated property. */
export function runFuzz(count: number, seed = 1, progress = 0): FuzzResult {
  const corpus = fixtureFiles().map((f) => readFileSync(join(FIXTURES, f)));
  const r = rng(seed);
  const types = new Set<string>(EVENT_TYPES);
  const res: FuzzResult = { inputs: 0, events: 0, bytes: 0, slowestMs: 0 };
  for (let k = 0; k < count; k++) {
    const input = mutate(corpus, r);
    const t0 = process.hrtime.bigint();
    let whole: EmergeEvent[];
    try {
      const p = new EmergeParser();
      whole = p.push(input).concat(p.end());
    } catch (e) {
      throw new Error(`parser threw on input #${k} (seed ${seed}): ${(e as Error).stack}`);
    }
    res.slowestMs = Math.max(res.slowestMs, Number(process.hrtime.bigint() - t0) / 1e6);
    const lines = input.length === 0 ? 0 : input.toString('latin1').split('\n').length;
    for (const e of whole) {
      if (!types.has(e.type) || !(e.inputLine >= 1 && e.inputLine <= lines)) {
        throw new Error(`malformed event on input #${k} (seed ${seed}): ${JSON.stringify(e).slice(0, 300)}`);
      }
    }
    const chunked = parseChunked(input, r);
    if (JSON.stringify(chunked) !== JSON.stringify(whole)) {
      throw new Error(`chunking changed the events on input #${k} (seed ${seed})`);
    }
    res.inputs++;
    res.events += whole.length;
    res.bytes += input.length;
    if (progress && res.inputs % progress === 0) console.log(`fuzz: ${res.inputs} inputs ok (${res.events} events)`);
  }
  return res;
}

if (require.main === module) {
  const count = Number(process.env.FUZZ_COUNT ?? 200);
  const seed = Number(process.env.FUZZ_SEED ?? 1);
  const t0 = Date.now();
  const res = runFuzz(count, seed, Number(process.env.FUZZ_PROGRESS ?? 0));
  console.log(`fuzz: ${res.inputs} inputs, ${res.events} events, ${(res.bytes / 1e6).toFixed(1)} MB, slowest input ${res.slowestMs.toFixed(1)} ms, ${((Date.now() - t0) / 1000).toFixed(1)} s, seed ${seed}`);
}
