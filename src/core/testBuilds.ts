/**
 * Builds "with tests" (what pkg-testing-tools runs): the builder env gets `FEATURES=test` added to what the user set.
 * Portage then turns on the `test` USE flag of every package whose IUSE has it (unless RESTRICT=test) and runs
 * src_test. The env is part of the binary-package cache's name (binpkgCache.ts), so builds with tests share a cache
 * of their own: a dependency is built (and tested) from source once, then taken as a binary package.
 * A failure in the test phase is a finding of its own kind, shown apart from build failures.
 */
import type { Finding } from './findings';
import { variableValue } from './ebuildVars';

/** FEATURES with `test` added (once). */
export function featuresWithTest(features: string | undefined): string {
  const words = (features ?? '').split(/\s+/).filter(Boolean).filter((w) => w !== '-test' && w !== 'test');
  return [...words, 'test'].join(' ');
}

/** The builder env of a build with tests. */
export function envWithTests(env: Record<string, string>): Record<string, string> {
  return { ...env, FEATURES: featuresWithTest(env.FEATURES) };
}

/** Does IUSE (as written in the ebuild) have the `test` flag? Eclass-made IUSE is not seen here. */
export function iuseHasTest(ebuildText: string): boolean {
  return variableValue(ebuildText, 'IUSE').split(/\s+/).some((f) => f.replace(/^[+-]/, '') === 'test');
}

/** `RESTRICT="test"` (unconditionally, as written): Portage will skip src_test even with FEATURES=test. */
export function restrictsTests(ebuildText: string): boolean {
  const words = variableValue(ebuildText, 'RESTRICT').split(/\s+/);
  let depth = 0;
  for (const w of words) {
    if (w === '(') depth++;
    else if (w === ')') depth--;
    else if (w === 'test' && depth === 0) return true;
  }
  return false;
}

/** What a build with tests says about the ebuild before it starts. */
export function testNote(ebuildText: string): string {
  if (restrictsTests(ebuildText)) return 'RESTRICT="test": Portage skips src_test even with FEATURES=test';
  return iuseHasTest(ebuildText) ? 'FEATURES=test, and USE=test (IUSE has it)' : 'FEATURES=test (IUSE has no test flag)';
}

/** A failure of the test phase (its findings are shown apart from build failures). */
function isTestFailure(f: Finding): boolean {
  return f.phase === 'test';
}

/** Findings split into test-phase failures and the rest. */
export function splitTestFindings(findings: Finding[]): { tests: Finding[]; build: Finding[] } {
  return { tests: findings.filter(isTestFailure), build: findings.filter((f) => !isTestFailure(f)) };
}

