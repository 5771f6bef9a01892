import { test, describe } from 'node:test';
import assert from 'node:assert/strict';
import { changedLines, gitlabQaReport, lineFor, newQaItems, qaAnnotations, qaItems } from '../../src/core/qaDiff';
import { githubAnnotation } from '../../src/core/findings';
import type { PkgcheckResult } from '../../src/core/pkgcheck';
import { changedPackages } from '../../src/cli/commands/qaDiff';

const r = (className: string, version: string | undefined, lines: number[] = [], attrs: Record<string, unknown> = {}): PkgcheckResult =>
  ({ className, category: 'app-misc', package: 'hello', version, lines, attrs });

/** Line texts of two versions of a file: the base, and the head with one line added at the top. */
const BASE_LINES = ['EAPI=8', 'SLOT="0" ', 'KEYWORDS="amd64"', '\tdobin hello '];
const HEAD_LINES = ['# new comment', ...BASE_LINES.slice(0, 3), '\tnewins x y ', BASE_LINES[3]];
const textOf = (lines: string[]) => (_r: PkgcheckResult, n: number) => lines[n - 1];

describe('QA difference', () => {
  test('a result that only moved is old; a new line of an old kind of result is new; a new class is new', () => {
    const base = qaItems([r('WhitespaceFound', '1.0', [2, 4], { leadtrail: 'trailing' })], textOf(BASE_LINES));
    const head = qaItems([
      r('WhitespaceFound', '1.0', [3, 5, 6], { leadtrail: 'trailing' }),
      r('NonexistentDeps', '1.0', [], { attr: 'RDEPEND', deps: ['app-misc/nope'] }),
    ], textOf(HEAD_LINES));
    const fresh = newQaItems(base, head, new Set(['app-misc/hello-1.0']));
    assert.deepEqual(fresh.map((i) => [i.result.className, i.line]), [['WhitespaceFound', 5], ['NonexistentDeps', undefined]]);
  });

  test('a version bump carries its package\'s old results over; a result the base had twice is new the third time', () => {
    const base = qaItems([r('UnusedLocalUseFlag', '1.0', [], { flags: ['x'] })], textOf([]));
    const bump = qaItems([r('UnusedLocalUseFlag', '1.0', [], { flags: ['x'] }), r('UnusedLocalUseFlag', '1.1', [], { flags: ['x'] })], textOf([]));
    assert.deepEqual(newQaItems(base, bump, new Set(['app-misc/hello-1.0'])), []);
    const notBump = qaItems([r('UnusedLocalUseFlag', '1.1', [], { flags: ['x'] })], textOf([]));
    assert.equal(newQaItems(base, notBump, new Set(['app-misc/hello-1.0', 'app-misc/hello-1.1'])).length, 1, 'an existing version gets no carry-over');
    const twice = qaItems([r('DeprecatedEapi', '1.0'), r('DeprecatedEapi', '1.0')], textOf([]));
    assert.equal(newQaItems(twice, qaItems([r('DeprecatedEapi', '1.0'), r('DeprecatedEapi', '1.0'), r('DeprecatedEapi', '1.0')], textOf([])), new Set(['app-misc/hello-1.0'])).length, 1);
  });

  test('new results become annotations on the ebuild\'s line: GitHub commands and a GitLab code-quality report', () => {
    const items = qaItems([r('NonexistentDeps', '1.0', [], { attr: 'RDEPEND', deps: ['app-misc/nope'] }), r('WhitespaceFound', '1.0', [5], { leadtrail: 'trailing' })], textOf(HEAD_LINES));
    const ann = qaAnnotations(items, (x) => `app-misc/hello/hello-${x.version}.ebuild`);
    assert.deepEqual(ann.map(githubAnnotation), [
      '::error file=app-misc/hello/hello-1.0.ebuild,title=pkgcheck app-misc/hello-1.0%3A NonexistentDeps (new in this change)::Nonexistent Deps (attr: RDEPEND; deps: app-misc/nope)',
      '::warning file=app-misc/hello/hello-1.0.ebuild,line=5,title=pkgcheck app-misc/hello-1.0%3A WhitespaceFound (new in this change)::Whitespace Found (leadtrail: trailing)',
    ]);
    const gl = JSON.parse(gitlabQaReport(ann, (s) => s.length.toString(16)));
    assert.deepEqual(gl.map((i: { check_name: string; severity: string; location: unknown }) => [i.check_name, i.severity, i.location]), [
      ['pkgcheck/NonexistentDeps', 'major', { path: 'app-misc/hello/hello-1.0.ebuild', lines: { begin: 1 } }],
      ['pkgcheck/WhitespaceFound', 'minor', { path: 'app-misc/hello/hello-1.0.ebuild', lines: { begin: 5 } }],
    ]);
  });

  test('a result pkgcheck gives no line goes on the changed line that names it, else the variable it names', () => {
    const diff = 'diff --git a/x b/x\n@@ -0,0 +1 @@\n+# new\n@@ -11,0 +13,2 @@\n+KEYWORDS="amd64"\n+RDEPEND="app-misc/nope"\n';
    assert.deepEqual([...changedLines(diff)], [1, 13, 14]);
    const lines = ['# new', 'EAPI=8', ...Array(10).fill(''), 'KEYWORDS="amd64"', 'RDEPEND="app-misc/nope"', 'DEPEND="x"'];
    const deps = r('NonsolvableDepsInStable', '1.0', [], { attr: 'rdepend', keyword: 'amd64', deps: ['app-misc/nope'] });
    assert.equal(lineFor(deps, lines, changedLines(diff)), 14, 'the atom, before the keyword');
    assert.equal(lineFor(r('X', '1.0', [], { attr: 'DEPEND' }), lines, new Set()), 15);
    assert.equal(lineFor(r('X', '1.0'), lines, new Set([13])), 13);
    assert.equal(lineFor(r('X', '1.0'), lines, new Set()), undefined);
  });

  test('the packages a change touches, per overlay root; eclasses, profiles and metadata are no packages', () => {
    assert.deepEqual(changedPackages([
      'overlay/app-misc/hello/hello-1.0.ebuild', 'overlay/app-misc/hello/files/x.patch', 'overlay/dev-libs/foo/metadata.xml',
      'overlay/eclass/x.eclass', 'overlay/profiles/package.mask', 'README.md', 'other/app-misc/x/x-1.ebuild',
    ], ['overlay', 'other']), [
      { root: 'other', category: 'app-misc', pn: 'x' }, { root: 'overlay', category: 'app-misc', pn: 'hello' }, { root: 'overlay', category: 'dev-libs', pn: 'foo' },
    ]);
  });
});
