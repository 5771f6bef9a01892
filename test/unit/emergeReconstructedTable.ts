/**
 * Expected events for the fixtures in test/fixtures/emerge/ reconstructed from Portage's source (`*-src-*.txt`,
 * INDEX.md says which function printed each): forms no user paste in the corpus shows.
 */
import type { Expect } from './emergeFixtureTable';

const rb = (atom: string, kind?: string) => (kind ? { atom, kind } : { atom });
const use = (atom: string, change: string, requiredBy: unknown[], comments: string[], form: string) => ({
  type: 'autounmask', kind: 'use', overrideKind: 'use', file: 'package.use', atom, change, entry: `${atom} ${change}`, requiredBy, comments, form,
});
const needsSsl = [rb('app-misc/needs-ssl-1.0::testoverlay'), rb('=app-misc/needs-ssl-1.0::testoverlay', 'argument')];
const needsSslComments = ['# required by app-misc/needs-ssl-1.0::testoverlay', '# required by =app-misc/needs-ssl-1.0::testoverlay (argument)'];
const lic = (atom: string, change: string, requiredBy: unknown[]) => ({
  type: 'autounmask', kind: 'license', overrideKind: 'license', file: 'package.license', atom, change, entry: `${atom} ${change}`, requiredBy, form: 'headerless',
});

export const RECONSTRUCTED: Record<string, Expect> = {
  'emerge/use-change-src-01.txt': {
    count: { 'no-ebuilds': 1, autounmask: 1 },
    has: [
      { type: 'no-ebuilds', inputLine: 9, useFlags: true, atom: 'app-misc/libfoo[ssl]', candidates: [{ cpv: 'app-misc/libfoo-1.0', repo: 'testoverlay', reasons: [], change: '+ssl' }],
        requiredBy: [rb('app-misc/needs-ssl-1.0::testoverlay', 'ebuild'), rb('=app-misc/needs-ssl-1.0::testoverlay', 'argument')] },
      { ...use('>=app-misc/libfoo-1.0', 'ssl', needsSsl, needsSslComments, 'no-ebuilds'), inputLine: 11 },
    ],
  },
  'emerge/use-change-src-02.txt': {
    count: { 'no-ebuilds': 4, autounmask: 4 },
    has: [
      use('>=app-misc/libfoo-1.0', 'ssl -static', needsSsl, needsSslComments, 'no-ebuilds'),
      use('>=app-misc/libbar-2.0-r1', '-foo', [rb('app-misc/withdep-1.0::testoverlay'), ...needsSsl], ['# required by app-misc/withdep-1.0::testoverlay', ...needsSslComments], 'no-ebuilds'),
      use('>=media-libs/libpng-1.6.43', 'abi_x86_32', [rb('x11-libs/gtk+-3.24.41::gentoo[abi_x86_32]'), rb('@selected'), rb('@world', 'argument')],
        ['# required by x11-libs/gtk+-3.24.41::gentoo[abi_x86_32]', '# required by @selected', '# required by @world (argument)'], 'no-ebuilds'),
      // The parent's own change: its chain starts above it.
      use('>=x11-libs/gtk+-3.24.41', '-abi_x86_32', [rb('@selected'), rb('@world', 'argument')], ['# required by @selected', '# required by @world (argument)'], 'no-ebuilds'),
      { type: 'no-ebuilds', atom: 'app-misc/qa-issues[static]', candidates: [{ cpv: 'app-misc/qa-issues-1.0', change: '+static', violatesRequiredUse: 'exactly-one-of ( static shared )' }] },
    ],
  },
  'emerge/use-change-src-03.txt': {
    count: { autounmask: 2 },
    has: [
      { ...use('>=app-misc/libfoo-1.0', 'ssl', [rb('app-misc/needs-ssl-1.0::testoverlay'), rb('=app-misc/needs-ssl-1.0', 'argument')],
        ['# required by app-misc/needs-ssl-1.0::testoverlay', '# required by =app-misc/needs-ssl-1.0 (argument)'], 'headerless'), inputLine: 5 },
      use('>=media-libs/libvpx-1.13.1:0/8', 'abi_x86_32', [rb('media-video/ffmpeg-6.1.1-r8::gentoo[abi_x86_32]'), rb('games-util/steam-launcher-1.0.0.79::steam-overlay'), rb('steam-launcher', 'argument')],
        ['# required by media-video/ffmpeg-6.1.1-r8::gentoo[abi_x86_32]', '# required by games-util/steam-launcher-1.0.0.79::steam-overlay', '# required by steam-launcher (argument)'], 'headerless'),
    ],
  },
  'emerge/license-change-src-01.txt': {
    count: { autounmask: 3 },
    has: [
      lic('>=sys-kernel/linux-firmware-20240115', 'linux-fw-redistributable', [rb('sys-kernel/linux-firmware', 'argument')]),
      lic('>=www-client/google-chrome-124.0.6367.60', 'google-chrome', [rb('www-client/google-chrome', 'argument')]),
      lic('>=app-misc/eula-1.0', 'TestEULA', [rb('app-misc/withdep-1.0::testoverlay'), rb('=app-misc/withdep-1.0', 'argument')]),
    ],
  },
  'emerge/fetch-restriction-src-01.txt': {
    count: { 'fetch-failure': 2, 'merge-list': 1, 'package-done': 1 },
    has: [
      { type: 'merge-list', cpv: 'app-misc/fetchr-1.0', flags: 'N F', action: 'new', fetchRestriction: 'unsatisfied' },
      { type: 'fetch-failure', inputLine: 13, cpv: 'app-misc/fetchr-1.0', restricted: true, file: 'fetchr-1.0.tar.gz', files: ['fetchr-1.0.tar.gz'] },
      { type: 'fetch-failure', cpv: 'app-misc/fetchr-1.0', reason: 'Fetch failed', log: '/var/tmp/portage/app-misc/fetchr-1.0/temp/build.log' },
      { type: 'merge-total', packages: 1, downloadSize: '12 KiB' },
    ],
  },
  'emerge/fetch-restriction-src-02.txt': {
    count: { 'fetch-failure': 2, 'merge-list': 2 },
    has: [
      { type: 'merge-list', cpv: 'dev-util/vendor-sdk-2.1', fetchRestriction: 'satisfied' },
      { type: 'merge-list', cpv: 'games-fps/quake3-data-1.32c', fetchRestriction: 'unsatisfied', size: '457,614 KiB' },
      { type: 'fetch-failure', cpv: 'games-fps/quake3-data-1.32c', restricted: true,
        instructions: ['Please copy pak0.pk3 from your Quake III Arena CD (baseq3/)', 'to /var/cache/distfiles, then emerge again.'] },
    ],
  },
  'emerge/slot-conflict-src-01.txt': {
    count: { 'slot-conflict': 2, blocker: 0 },
    has: [
      { type: 'slot-conflict', inputLine: 12, atom: 'app-misc/libfoo:0', slot: '0', packages: [
        { cpv: 'app-misc/libfoo-1.0', slot: '0/0', repo: 'testoverlay', state: 'ebuild scheduled for merge', use: 'USE="ssl -static"', parents: [
          { atom: 'app-misc/libfoo[ssl]', requiredBy: 'app-misc/needs-ssl-1.0:0/0::testoverlay', requiredByState: 'ebuild scheduled for merge', requiredByUse: 'USE=""' }] },
        { cpv: 'app-misc/libfoo-1.0-1', slot: '0/0', repo: 'testoverlay', state: 'binary scheduled for merge', use: 'USE="-ssl -static"', parents: [
          { atom: 'app-misc/libfoo[-ssl]', requiredBy: 'app-misc/nossl-1.0:0/0::testoverlay', requiredByState: 'installed', requiredByUse: 'USE="doc"' }] },
      ] },
      { type: 'slot-conflict', atom: 'dev-lang/python-exec:2', packages: [
        { cpv: 'dev-lang/python-exec-2.4.10', state: 'ebuild scheduled for merge', use: 'USE="(native-symlinks) -test" PYTHON_TARGETS="(pypy3) (python3_12) (-python3_10) (-python3_11)"', parents: [] },
        { cpv: 'dev-lang/python-exec-2.4.10', state: 'installed', parents: [
          { atom: 'dev-lang/python-exec[python_targets_python3_11(-)]', requiredBy: 'dev-lang/python-3.11.9:3.11/3.11::gentoo', requiredByState: 'installed' },
          { atom: 'dev-lang/python-exec', argument: true }] },
      ] },
    ],
  },
};
