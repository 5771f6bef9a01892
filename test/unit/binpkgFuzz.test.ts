/** A short run of the binary-package fuzzer (test/fuzz/binpkg.fuzz.ts); FUZZ_COUNT scales it up. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { runFuzz } from '../fuzz/binpkg.fuzz';

test('mutated packages are read or refused with a BinpkgFormatError, never anything else, never hanging', { timeout: 600_000 }, async () => {
  const count = Number(process.env.FUZZ_COUNT ?? 3000);
  const r = await runFuzz(count, Number(process.env.FUZZ_SEED ?? 20261124));
  assert.deepEqual(r.failures, []);
  assert.equal(r.count, count);
  assert.ok(r.read > 0 && r.refused > 0, `both outcomes occur (read ${r.read}, refused ${r.refused})`);
});

test('the fuzzer input that made fzstd loop forever (seed 99, input 106100: a crafted Huffman table) now ends', { timeout: 120_000 }, async () => {
  const r = await runFuzz(106_101, 99, { skip: 106_100 });
  assert.equal(r.count, 1);
  assert.deepEqual(r.failures, []);
});
