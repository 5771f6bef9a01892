import { test, describe } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { chmodSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import yaml from 'js-yaml';
import { ciWorkflow, qaStepArgs, type CiOptions } from '../../src/core/ciWorkflows';

const options: CiOptions = {
  profile: 'gentoo', image: 'my/gentoo-with-pkgcheck:1', env: { FEATURES: "-sandbox 'q' $HOME" },
  cli: { kind: 'url', url: 'https://example.org/ebuild-builder-0.1.0.tgz', sha512: 'ab'.repeat(64) },
};

/** Runs a step's script with bash in a repository with one commit; the CLI prints its arguments. */
function argsOf(script: string, env: Record<string, string>): string[][] {
  const dir = mkdtempSync(join(tmpdir(), 'eb-ci-qa-'));
  try {
    execFileSync('git', ['-C', dir, 'init', '-q']);
    execFileSync('git', ['-C', dir, '-c', 'user.name=t', '-c', 'user.email=t@example.org', 'commit', '-q', '--allow-empty', '-m', 'base']);
    const printer = join(dir, 'print-args');
    writeFileSync(printer, '#!/bin/sh\nprintf "ARGS\\0"; printf "%s\\0" "$@"; printf "\\n"\n');
    chmodSync(printer, 0o755);
    const out = execFileSync('bash', ['-euc', script], { cwd: dir, env: { ...process.env, ...env, EBUILD_BUILDER: printer }, encoding: 'utf8' });
    return out.split('\n').filter((l) => l.startsWith('ARGS\0')).map((l) => l.split('\0').slice(1, -1));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

describe('the CI QA-difference step', () => {
  test('GitHub: after the build, always, qa-diff against the PR base (or the commit before the push) as annotations', () => {
    const { content } = ciWorkflow('github', options);
    const steps = (yaml.load(content) as { jobs: { build: { steps: { name?: string; run?: string; if?: string; env?: Record<string, string> }[] } } }).jobs.build.steps;
    const i = steps.findIndex((s) => s.name === 'QA difference (pkgcheck)');
    assert.ok(i > steps.findIndex((s) => s.name === 'Build the changed ebuilds'));
    assert.equal(steps[i].if, 'always()');
    assert.match(steps[i].env!.BASE, /pull_request\.base\.sha \|\| github\.event\.before/);
    assert.deepEqual(argsOf(steps[i].run!, { BASE: 'HEAD' }), [qaStepArgs(options, 'HEAD', 'github')]);
    assert.deepEqual(qaStepArgs(options, 'X', 'github'), [
      'qa-diff', '--base', 'X', '--format', 'github', '--missing-pkgcheck', 'warn', '--profile', 'gentoo',
      '--image', 'my/gentoo-with-pkgcheck:1', '--env', "FEATURES=-sandbox 'q' $HOME",
    ]);
    assert.equal(argsOf(steps[i].run!, { BASE: '' })[0][2], 'HEAD^', 'a manual run compares with the parent commit');
  });

  test('GitLab: a code-quality report of its own, beside the findings\' one', () => {
    const { content } = ciWorkflow('gitlab', options);
    const job = (yaml.load(content) as Record<string, { after_script: string[]; artifacts: { reports: { codequality: string[] } } }>)['ebuild-builder'];
    const qa = job.after_script.find((s) => s.includes('qa-diff'))!.trimEnd();
    assert.match(qa, / > gl-code-quality-qa\.json$/);
    assert.deepEqual(argsOf(qa.replace(/ > gl-code-quality-qa\.json$/, ''), { CI_MERGE_REQUEST_DIFF_BASE_SHA: 'HEAD', CI_COMMIT_BEFORE_SHA: '' }), [qaStepArgs(options, 'HEAD', 'gitlab-codequality')]);
    assert.deepEqual(job.artifacts.reports.codequality, ['gl-code-quality-report.json', 'gl-code-quality-qa.json']);
  });
});
