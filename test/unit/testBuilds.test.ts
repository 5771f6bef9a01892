import { test, describe } from 'node:test';
import assert from 'node:assert/strict';
import { envWithTests, featuresWithTest, iuseHasTest, restrictsTests, splitTestFindings, testNote } from '../../src/core/testBuilds';
import { findingsOf } from '../../src/core/findings';
import { parseAll } from '../../src/core/emerge';
import { testFailureSection } from '../../src/cli/qaBuilds';
import { runMain } from '../helpers/cliRun';

const TEST_FAILURE = [
  '>>> Emerging (1 of 1) app-misc/failtest-1.0::testoverlay',
  '>>> Test phase: app-misc/failtest-1.0',
  ' * ERROR: app-misc/failtest-1.0::testoverlay failed (test phase):',
  ' *   the self-test found 1 failure',
  ' * ',
].join('\n');

describe('builds with tests', () => {
  test('FEATURES gets test added to what the user set, once', () => {
    assert.equal(featuresWithTest(undefined), 'test');
    assert.equal(featuresWithTest('ccache -test'), 'ccache test');
    assert.deepEqual(envWithTests({ BUILDER_JOBS: '2', FEATURES: 'test' }), { BUILDER_JOBS: '2', FEATURES: 'test' });
  });

  test('IUSE and RESTRICT as written decide what the header says', () => {
    assert.ok(iuseHasTest('IUSE="doc +test"'));
    assert.ok(!iuseHasTest('IUSE="doc testing"'));
    assert.ok(restrictsTests('RESTRICT="test"'));
    assert.ok(!restrictsTests('RESTRICT="!test? ( test )"'), 'a conditional restriction is not unconditional');
    assert.match(testNote('IUSE="test"'), /USE=test \(IUSE has it\)/);
    assert.match(testNote(''), /IUSE has no test flag/);
  });

  test('a test-phase failure is a finding apart from build failures, with a section of its own in the summary', () => {
    const { tests, build } = splitTestFindings(findingsOf(parseAll(TEST_FAILURE)));
    assert.deepEqual(tests.map((f) => [f.phase, f.message]), [['test', 'the self-test found 1 failure']]);
    assert.deepEqual(build, []);
    const section = testFailureSection([
      { atom: '=app-misc/failtest-1.0::testoverlay', ebuild: 'x', result: 'failed', status: 1, phase: 'test', finding: 'the self-test found 1 failure', artifacts: [] },
      { atom: '=app-misc/broken-1.0::testoverlay', ebuild: 'y', result: 'failed', status: 1, phase: 'compile', finding: 'x', artifacts: [] },
    ]);
    assert.equal(section, '\nTests failed (test phase, apart from the build failures above):\n  =app-misc/failtest-1.0::testoverlay  the self-test found 1 failure\n');
  });

  test('--test with --use-matrix, and --limit without --rdeps, are refused before anything runs', async () => {
    const matrix = await runMain(['build', 'app-misc/matrix', '--use-matrix', '--test'], process.cwd());
    assert.equal(matrix.code, 2);
    assert.match(matrix.err, /--test does not go with --use-matrix/);
    const limit = await runMain(['build', 'x/y/y-1.ebuild', '--limit', '3'], process.cwd());
    assert.equal(limit.code, 2);
    assert.match(limit.err, /--limit goes with --rdeps/);
  });
});
