import { test } from 'node:test';
import assert from 'node:assert/strict';
import { compareVersions, isValidVersion, parseVersion, versionMatchesGlob, VersionError } from '../../src/core/version';

/** Each row: a < b (PMS 3.3). The reverse and self comparisons are checked too. */
const LESS: [string, string][] = [
  ['1.0', '1.0_p1'], ['1.01', '1.1'], ['1.0', '1.0a'], ['1.0', '1.0-r1'],
  ['1_alpha', '1_beta'], ['1_beta', '1_pre'], ['1_pre', '1_rc'], ['1_rc', '1'], ['1', '1_p'],
  ['1_alpha', '1_alpha1'], ['1_alpha1', '1_alpha2'], ['1_alpha9', '1_alpha10'], ['1_p', '1_p1'],
  ['1.010', '1.1'], ['1.001', '1.01'], ['1.09', '1.1'], ['1.0001', '1.001'],
  ['1.2', '1.10'], ['2', '10'], ['1', '1.0'], ['1.0', '1.0.0'], ['1.2.3', '1.2.4'],
  ['1.0z', '1.1'], ['1.0a', '1.0b'], ['1.0_rc1', '1.0'], ['1.0_p1', '1.0a'],
  ['1.0_alpha_p1', '1.0_beta'], ['1.0_alpha', '1.0_alpha_p1'], ['1.0_rc1_alpha', '1.0_rc1'],
  ['1.0_p1_alpha', '1.0_p1'], ['1.0_p1', '1.0_p1_p1'], ['1.0-r1', '1.0-r2'], ['1.0-r9', '1.0-r10'],
  ['1.0-r100', '1.0.1'], ['1.0_pre20231231', '1.0_pre20240101'],
  ['99999999999999999999.1', '100000000000000000000'], ['1.0-r99999999999999999998', '1.0-r99999999999999999999'],
  ['0.9999', '1'], ['1.0_rc99-r5', '1.0'], ['1.2_beta3-r1', '1.2_beta4'],
];

/** Equal under PMS (leading/trailing zero rules, absent numbers = 0, -r0 = no revision). */
const EQUAL: [string, string][] = [
  ['1.0', '1.0'], ['01', '1'], ['001.2', '1.2'], ['1.0', '1.00'], ['1.0010', '1.001'], ['1.020.3', '1.02.3'],
  ['1_alpha', '1_alpha0'], ['1_p', '1_p0'], ['1.0-r0', '1.0'], ['1.0-r00', '1.0-r0'], ['1.0_rc01', '1.0_rc1'],
];

test('versions order as PMS 3.3 says (table, both directions)', () => {
  for (const [a, b] of LESS) {
    assert.equal(compareVersions(a, b), -1, `${a} < ${b}`);
    assert.equal(compareVersions(b, a), 1, `${b} > ${a}`);
    assert.equal(compareVersions(a, a), 0, `${a} = ${a}`);
  }
});

test('versions that differ only in zeros PMS ignores compare equal', () => {
  for (const [a, b] of EQUAL) {
    assert.equal(compareVersions(a, b), 0, `${a} = ${b}`);
    assert.equal(compareVersions(b, a), 0, `${b} = ${a}`);
  }
});

test('sorting a shuffled list gives the PMS order', () => {
  const ordered = ['1_alpha', '1_alpha1', '1_beta', '1_pre', '1_rc1', '1', '1-r1', '1_p', '1_p1', '1a', '1.0', '1.0.1', '1.01', '1.1', '1.1_p2-r3', '1.2', '1.10', '2'];
  const shuffled = [...ordered].reverse();
  shuffled.push(...shuffled.splice(0, 5));
  assert.deepEqual(shuffled.sort(compareVersions), ordered);
});

test('valid and invalid version strings', () => {
  for (const v of ['0', '1', '1.2.3', '1.2.3a', '1_p', '1_alpha_beta2_pre3_rc4_p5', '1.0-r1', '2024.01.01', '1a_rc1-r3']) {
    assert.ok(isValidVersion(v), v);
  }
  for (const v of ['', 'a', '1.', '.1', '1..2', '1ab', '1A', '1_RC1', '1_gamma', '1-r', '1-rc1', '1.0-r1-r2', '1_p-1', 'v1', '1.0 ', ' 1.0', '1-1', '1.2_']) {
    assert.ok(!isValidVersion(v), v);
    assert.throws(() => parseVersion(v), (e: unknown) => e instanceof VersionError && e.code === 'invalid-version' && e.message.includes(`"${v}"`));
  }
});

test('parseVersion keeps the parts as written', () => {
  assert.deepEqual(parseVersion('1.02b_rc3_p-r4'), {
    text: '1.02b_rc3_p-r4', numbers: ['1', '02'], letter: 'b',
    suffixes: [{ type: 'rc', number: '3' }, { type: 'p', number: '' }], revision: '4',
  });
});

test('a version glob compares only the components it spells out', () => {
  const g = (p: string, v: string) => versionMatchesGlob(parseVersion(p), parseVersion(v));
  for (const v of ['1.2', '1.2.3', '1.2b', '1.2_rc1', '1.2-r3', '1.2.0']) assert.ok(g('1.2', v), `1.2* matches ${v}`);
  for (const v of ['1.20', '1.3', '1', '12.2', '1.1.9']) assert.ok(!g('1.2', v), `1.2* does not match ${v}`);
  assert.ok(g('1.2_rc', '1.2_rc0-r1'));
  assert.ok(g('1.2_rc', '1.2_rc1'));
  assert.ok(!g('1.2_rc', '1.2_p1'));
  assert.ok(!g('1.2_rc1', '1.2_rc10'));
  assert.ok(!g('1a', '1.2a'));
});
