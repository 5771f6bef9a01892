import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { bumpedEbuildPath, ebuildSkeleton, LATEST_EAPI, splitEbuildFile, suggestedBumps } from '../../src/core/ebuildSkeleton';
import { isUserError } from '../../src/core/userError';

describe('ebuild skeleton and version bump', () => {
  it('a new ebuild carries the given year, the latest EAPI and the mandatory variables', () => {
    const text = ebuildSkeleton({ year: 2031, description: 'Says hello', inherit: ['meson'] });
    assert.match(text, /^# Copyright 2031 Gentoo Authors\n# Distributed under the terms of the GNU General Public License v2\n\nEAPI=8\n\ninherit meson\n/);
    assert.equal(LATEST_EAPI, '8');
    for (const v of ['DESCRIPTION="Says hello"', 'SLOT="0"', 'LICENSE=""', 'KEYWORDS="~amd64"', 'DEPEND="${RDEPEND}"']) assert.ok(text.includes(`\n${v}\n`), v);
  });

  it('bumping copies to <pn>-<new version>.ebuild in the same directory', () => {
    assert.equal(bumpedEbuildPath('/o/app-misc/hello/hello-1.0.ebuild', '1.1'), '/o/app-misc/hello/hello-1.1.ebuild');
    assert.equal(bumpedEbuildPath('/o/dev-libs/foo-bar/foo-bar-2.0_rc1-r3.ebuild', ' 2.0-r1 '), '/o/dev-libs/foo-bar/foo-bar-2.0-r1.ebuild');
    assert.deepEqual(splitEbuildFile('/o/dev-libs/foo-bar/foo-bar-2.0_rc1-r3.ebuild'), { pn: 'foo-bar', pvr: '2.0_rc1-r3' });
    assert.deepEqual(suggestedBumps('1.2.9-r2'), ['1.2.10', '1.2.9-r3']);
    assert.deepEqual(suggestedBumps('3'), ['4', '3-r1']);
  });

  it('invalid versions, unchanged versions and misplaced files are user errors naming the problem', () => {
    const check = (fn: () => unknown, re: RegExp) => assert.throws(fn, (e) => isUserError(e) && re.test(e.message));
    check(() => bumpedEbuildPath('/o/app-misc/hello/hello-1.0.ebuild', '1.x'), /"1.x" is not a valid version/);
    check(() => bumpedEbuildPath('/o/app-misc/hello/hello-1.0.ebuild', '1.0'), /already at 1.0/);
    check(() => bumpedEbuildPath('/o/app-misc/hello/other-1.0.ebuild', '1.1'), /other-1.0.ebuild is not named/);
  });
});
