import { test, describe } from 'node:test';
import assert from 'node:assert/strict';
import yaml from 'js-yaml';
import { ciWorkflow, qaStepArgs, type CiOptions } from '../../src/core/ciWorkflows';
import { argsOfScript } from '../helpers/ciScript';

const options: CiOptions = {
  profile: 'gentoo', image: 'my/gentoo-with-pkgcheck:1', env: { FEATURES: "-sandbox 'q' $HOME" },
  cli: { kind: 'url', url: 'https://example.org/ebuild-builder-0.1.0.tgz', sha512: 'ab'.repeat(64) },
};

describe('the CI QA-difference step', () => {
  test('GitHub: after the build, always, qa-diff against the PR base (or the commit before the push) as annotations', () => {
    const { content } = ciWorkflow('github', options);
    const steps = (yaml.load(content) as { jobs: { build: { steps: { name?: string; run?: string; if?: string; env?: Record<string, string> }[] } } }).jobs.build.steps;
    const i = steps.findIndex((s) => s.name === 'QA difference (pkgcheck)');
    assert.ok(i > steps.findIndex((s) => s.name === 'Build the changed ebuilds'));
    assert.equal(steps[i].if, 'always()');
    assert.match(steps[i].env!.BASE, /pull_request\.base\.sha \|\| github\.event\.before/);
    assert.deepEqual(argsOfScript(steps[i].run!, { BASE: 'HEAD' }), [qaStepArgs(options, 'HEAD', 'github')]);
    assert.deepEqual(qaStepArgs(options, 'X', 'github'), [
      'qa-diff', '--base', 'X', '--format', 'github', '--missing-pkgcheck', 'warn', '--profile', 'gentoo',
      '--image', 'my/gentoo-with-pkgcheck:1', '--env', "FEATURES=-sandbox 'q' $HOME",
    ]);
    assert.equal(argsOfScript(steps[i].run!, { BASE: '' })[0][2], 'HEAD^', 'a manual run compares with the parent commit');
  });

  test('GitLab: a code-quality report of its own, beside the findings\' one', () => {
    const { content } = ciWorkflow('gitlab', options);
    const job = (yaml.load(content) as Record<string, { after_script: string[]; artifacts: { reports: { codequality: string[] } } }>)['ebuild-builder'];
    const qa = job.after_script.find((s) => s.includes('qa-diff'))!.trimEnd();
    assert.match(qa, / > gl-code-quality-qa\.json$/);
    assert.deepEqual(argsOfScript(qa.replace(/ > gl-code-quality-qa\.json$/, ''), { CI_MERGE_REQUEST_DIFF_BASE_SHA: 'HEAD', CI_COMMIT_BEFORE_SHA: '' }), [qaStepArgs(options, 'HEAD', 'gitlab-codequality')]);
    assert.deepEqual(job.artifacts.reports.codequality, ['gl-code-quality-report.json', 'gl-code-quality-qa.json']);
  });
});
