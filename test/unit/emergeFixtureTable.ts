import type { EmergeEventType } from '../../src/core/emerge';
import { RECONSTRUCTED } from './emergeReconstructedTable';

/** Expected events for the user-pasted fixtures in test/fixtures/emerge/ (facts from INDEX.md and more). */
export interface Expect {
  count?: Partial<Record<EmergeEventType, number>>;
  has?: Record<string, unknown>[];
}

export const none: Expect = { count: { 'build-failure': 0, autounmask: 0, masked: 0, 'no-ebuilds': 0, 'qa-notice': 0 } };
export const frame = (file: string, line: number, call: string) => ({ file, line, call });
export const bf = (cpv: string, repo: string, phase: string, reason: string, extra: Record<string, unknown> = {}) => ({ type: 'build-failure', cpv, repo, phase, reason, ...extra });
export const au = (kind: string, atom: string, change: string, requiredBy: unknown[], extra: Record<string, unknown> = {}) => ({ type: 'autounmask', kind, atom, change, requiredBy, ...extra });
export const rb = (atom: string, kind?: string) => (kind ? { atom, kind } : { atom });
export const ml = (cpv: string, extra: Record<string, unknown> = {}) => ({ type: 'merge-list', cpv, ...extra });
export const cd = (file: string, line: number, column: number | undefined, severity: string, message: string) => ({ type: 'compiler-diagnostic', tool: 'compiler', file, line, ...(column ? { column } : {}), severity, message });
export const mk = (file: string, line: number | undefined, target: string, message: string) => ({ type: 'compiler-diagnostic', tool: 'make', file, ...(line ? { line } : {}), target, message });
export const dg = (file: string, reason: string, got: string, expected: string) => ({ type: 'digest-failure', file, reason, got, expected });
export const qa = (qaType: string, entries: string[], extra: Record<string, unknown> = {}) => ({ type: 'qa-notice', qaType, entries, ...extra });
export const inst = (cpv: string, slot: string | undefined, repo: string, state: string, parents: unknown[]) => ({ cpv, ...(slot ? { slot } : {}), repo, state, parents });

export const dies = bf('app-misc/dies-1.0', 'testoverlay', 'install', 'custom message', {
  frames: [frame('ebuild.sh', 143, 'src_install'), frame('environment', 193, 'die')], snippet: 'die "custom message"',
  log: '/var/tmp/portage/app-misc/dies-1.0/temp/build.log', environment: '/var/tmp/portage/app-misc/dies-1.0/temp/environment',
  workingDirectory: '/var/tmp/portage/app-misc/dies-1.0/work', s: '/var/tmp/portage/app-misc/dies-1.0/work',
});
export const broken = bf('app-misc/broken-1.0', 'testoverlay', 'compile', 'emake failed', {
  frames: [], log: '/var/tmp/portage/app-misc/broken-1.0/temp/build.log', s: '/var/tmp/portage/app-misc/broken-1.0/work/broken-1.0',
});
export const brokenDiag = { ...cd('broken.c', 5, 30, 'error', 'expected ‘;’ before ‘return’'), context: 'In function ‘main’:' };
export const helloBuild: Expect = {
  count: { 'package-start': 1, 'package-done': 1, 'build-failure': 0, 'qa-notice': 0 },
  has: [
    { type: 'package-start', cpv: 'app-misc/hello-1.0', repo: 'testoverlay', index: 1, total: 1, action: 'emerge' },
    { type: 'phase', phase: 'compile', cpv: 'app-misc/hello-1.0' },
    { type: 'phase', phase: 'test', skipped: true, cpv: 'app-misc/hello-1.0' },
    { type: 'phase', phase: 'merge', cpv: 'app-misc/hello-1.0' },
    { type: 'package-done', cpv: 'app-misc/hello-1.0', repo: 'testoverlay', result: 'completed' },
  ],
};
export const elogHello: Expect = { count: { 'build-failure': 0, 'qa-notice': 0, 'package-start': 0 } };


export const TABLE: Record<string, Expect> = {
  'emerge/blockers-02.txt': {
    count: { blocker: 3, 'merge-list': 1, 'merge-total': 1, 'conflict-total': 1 },
    has: [
      { type: 'merge-total', inputLine: 12, packages: 1, counts: { new: 1 }, downloadSize: '0 KiB' },
      { type: 'conflict-total', inputLine: 13, blocks: 2, unsatisfied: 2 },
      { type: 'blocker', inputLine: 9, atom: 'media-plugins/vapoursynth-sangnom', blocking: 'media-plugins/vapoursynth-sangnommod-0.1.20150109', hard: false },
      { type: 'blocker', atom: 'media-plugins/vapoursynth-sangnommod', blocking: 'media-plugins/vapoursynth-sangnom-2016.08.05' },
      { type: 'blocker', packages: [
        inst('media-plugins/vapoursynth-sangnom-2016.08.05', '0/0', 'vapoursynth', 'ebuild scheduled for merge', [{ atom: 'media-plugins/vapoursynth-sangnom', requiredBy: '@vapoursynth-plugins' }]),
        inst('media-plugins/vapoursynth-sangnommod-0.1.20150109', '0/0', 'vapoursynth', 'installed', [
          { atom: 'media-plugins/vapoursynth-sangnommod', requiredBy: '@vapoursynth-plugins' },
          { atom: 'media-plugins/vapoursynth-sangnommod', requiredBy: 'media-plugins/vapoursynth-havsfunc-23:0/0::vapoursynth', requiredByState: 'installed' },
          { atom: 'media-plugins/vapoursynth-sangnommod', requiredBy: 'media-plugins/vapoursynth-vstaambk-0.4.1:0/0::vapoursynth', requiredByState: 'installed' },
        ]),
      ] },
      ml('media-plugins/vapoursynth-sangnom-2016.08.05', { vars: { USE: '-doc', CPU_FLAGS_X86: 'sse4_1' }, size: '0 KiB' }),
    ],
  },
  'emerge/blockers-04.txt': {
    count: { blocker: 1 },
    has: [{ type: 'blocker', inputLine: 5, packages: [
      inst('app-eselect/eselect-cblas-0.1', '0/0', 'gentoo', 'ebuild scheduled for merge', [{ atom: 'app-eselect/eselect-cblas', requiredBy: 'sci-libs/gsl-2.5:0/23::gentoo', requiredByState: 'ebuild scheduled for merge' }]),
      inst('sci-libs/lapack-reference-3.8.0-r100', '0/3.8.0', 'science', 'installed', [{ evaluated: '>=sci-libs/lapack-reference-3.7-r100[abi_x86_64(-)]', requiredBy: 'virtual/lapack-3.7-r100:0/0::science', requiredByState: 'installed' }]),
      inst('sci-libs/blas-reference-20171112-r100', '0/3.8.0', 'science', 'installed', [{ evaluated: '>=sci-libs/blas-reference-20161223-r100[abi_x86_64(-)]', requiredBy: 'virtual/blas-3.7-r100:0/0::science' }]),
    ] }],
  },
  'emerge/build-failure-02.txt': {
    count: { 'build-failure': 1 },
    has: [{ ...bf('app-portage/lto-rebuild-0.9.8', 'lto-overlay', 'install', "The source directory '/var/tmp/portage/app-portage/lto-rebuild-0.9.8/work/lto-rebuild-0.9.8' doesn't exist", {
      frames: [{ ...frame('ebuild.sh', 762, '__ebuild_main'), args: "'install'" }, frame('phase-functions.sh', 1050, '__dyn_install'), frame('phase-functions.sh', 574, 'die')],
      snippet: 'die "The source directory \'${S}\' doesn\'t exist"',
    }), inputLine: 14 }, { type: 'phase', phase: 'test', skipped: true, cpv: 'app-portage/lto-rebuild-0.9.8' }],
  },
  'emerge/build-failure-06.txt': {
    count: { 'build-failure': 1, 'package-start': 1 },
    has: [
      { type: 'package-start', cpv: 'sci-mathematics/octave-ocl-1.1.1', repo: 'vowstar', index: 1, total: 1 },
      { type: 'package-done', result: 'failed', cpv: 'sci-mathematics/octave-ocl-1.1.1', log: '/var/tmp/portage/sci-mathematics/octave-ocl-1.1.1/temp/build.log' },
      bf('sci-mathematics/octave-ocl-1.1.1', 'vowstar', 'prepare', "The source directory '/var/tmp/portage/sci-mathematics/octave-ocl-1.1.1/work/ocl-1.1.1' doesn't exist", {
        frames: [{ ...frame('ebuild.sh', 809, '__ebuild_main'), args: "'prepare'" }, frame('phase-functions.sh', 1059, '__dyn_prepare'), frame('phase-functions.sh', 385, 'die')],
        snippet: 'die "The source directory \'${S}\' doesn\'t exist"', log: '/var/tmp/portage/sci-mathematics/octave-ocl-1.1.1/temp/build.log',
      }),
    ],
  },
  'emerge/build-failure-07.txt': {
    count: { 'merge-list': 2, 'package-start': 1, 'build-failure': 0, 'merge-total': 1 },
    has: [
      { type: 'merge-total', inputLine: 11, packages: 2, counts: { upgrade: 2 }, downloadSize: '0 KiB' },
      ml('dev-util/atom-shell-0.16.3', { action: 'upgrade', repo: 'aegypius', old: '0.16.2::aegypius', vars: { USE: '-debug' } }),
      ml('app-editors/atom-0.130.0', { action: 'upgrade', old: '0.126.0::aegypius' }),
      { type: 'package-start', cpv: 'dev-util/atom-shell-0.16.3', repo: 'aegypius', index: 1, total: 2 },
      { type: 'phase', phase: 'prepare', cpv: 'dev-util/atom-shell-0.16.3' },
    ],
  },
  'emerge/build-failure-08.txt': {
    count: { 'build-failure': 1 },
    has: [bf('net-news/liferea-1.10.14', 'vortex', 'depend', 'error sourcing ebuild', {
      frames: [frame('ebuild.sh', 584, 'die')], snippet: 'source "$EBUILD" || die "error sourcing ebuild"', s: '/liferea-1.10.14', log: undefined,
    })],
  },
  'emerge/build-failure-09.txt': {
    count: { 'build-failure': 1 },
    has: [bf('net-misc/feather-9999', 'monero', 'configure', 'cmake failed', {
      frames: [frame('ebuild.sh', 127, 'src_configure'), frame('environment', 2652, 'cmake_src_configure'), frame('environment', 1136, 'die')],
      snippet: '"${CMAKE_BINARY}" "${cmakeargs[@]}" "${CMAKE_USE_DIR}" || die "cmake failed";',
      log: '/var/tmp/portage/net-misc/feather-9999/temp/build.log', workingDirectory: '/var/tmp/portage/net-misc/feather-9999/work/feather-9999_build',
    })],
  },
  'emerge/build-failure-11.txt': {
    count: { 'build-failure': 1 },
    has: [
      { type: 'package-start', cpv: 'www-apps/geckodriver-0.20.0', repo: 'rust' },
      bf('www-apps/geckodriver-0.20.0', 'rust', 'compile', 'cargo build failed', {
        frames: [frame('ebuild.sh', 124, 'src_compile'), frame('environment', 596, 'cargo_src_compile'), frame('environment', 348, 'die')],
      }),
    ],
  },
  'emerge/build-failure-12.txt': {
    count: { 'build-failure': 1 },
    has: [bf('dev-lang/rust-1.53.0', 'gentoo', 'compile', '(no error message)', {
      frames: [frame('ebuild.sh', 127, 'src_compile'), frame('environment', 3736, 'die')], log: '/var/tmp/portage/dev-lang/rust-1.53.0/temp/build.log',
      s: '/var/tmp/portage/dev-lang/rust-1.53.0/work/rustc-1.53.0-src',
    })],
  },
  'emerge/build-failure-14.txt': {
    count: { 'build-failure': 1 },
    has: [bf('sci-libs/blas-reference-20131116-r1', 'science', 'install', '(no error message)', {
      frames: [
        frame('ebuild.sh', 93, 'src_install'),
        { ...frame('environment', 3529, 'multibuild_foreach_variant'), args: "'fortran-int64_multilib_multibuild_wrapper' 'my_src_install'" },
        frame('environment', 2701, '_multibuild_run'), frame('environment', 2699, 'fortran-int64_multilib_multibuild_wrapper'),
        frame('environment', 1935, 'my_src_install'), frame('environment', 3526, 'alternatives_for'), frame('environment', 802, 'die'),
      ],
    })],
  },
  'emerge/build-failure-15.txt': {
    count: { 'compiler-diagnostic': 4, 'build-failure': 0 },
    has: [
      { ...cd('peekfd.c', 115, 46, 'error', '‘VERSION’ undeclared (first use in this function); did you mean ‘__VERSION__’?'), context: 'In function ‘print_version’:' },
      cd('peekfd.c', 115, 46, 'note', 'each undeclared identifier is reported only once for each function it appears in'),
      { ...cd('peekfd.c', 253, 28, 'error', 'storage size of ‘regs’ isn’t known'), context: 'In function ‘main’:' },
      mk('<builtin>', undefined, 'peekfd', 'Error 1'),
    ],
  },
  'emerge/build-failure-16.txt': {
    count: { 'compiler-diagnostic': 7 },
    has: [
      cd('jamiaccount.cpp', 3628, 13, 'error', '‘registeredName_’ was not declared in this scope'),
      cd('jamiaccount.cpp', 3628, 13, 'note', 'suggested alternative: ‘register_t’'),
      mk('Makefile', 589, 'libringacc_la-jamiaccount.lo', 'Error 1'), mk('Makefile', 471, 'all', 'Error 2'),
    ],
  },
  'emerge/build-failure-17.txt': {
    count: { 'compiler-diagnostic': 4 },
    has: ([[126, 21, "'_'"], [136, 13, "'_'"], [145, 32, "'F_'"], [145, 28, "'str'"]] as [number, number, string][]).map(([line, column, id]) => ({
      type: 'compiler-diagnostic', file: '/var/tmp/portage/net-p2p/eiskaltdcpp-2.4.1/work/eiskaltdcpp-2.4.1/dcpp/MappingManager.cpp', line, column, severity: 'error',
      message: `${id} was not declared in this scope${id === "'str'" ? "; did you mean 'std'?" : ''}`,
    })),
  },
  'emerge/build-failure-19.txt': {
    count: { 'build-failure': 1, 'compiler-diagnostic': 2 },
    has: [mk('Makefile', 2091, 'ks_tables.h', 'Error 134'), mk('Makefile', 521, 'all-recursive', 'Error 1'), bf('x11-libs/libX11-1.6.8', 'gentoo', 'compile', 'emake failed', { frames: [] })],
  },
  'emerge/build-failure-22.txt': {
    count: { 'build-failure': 1 },
    has: [bf('sys-devel/base-gcc-4.7.3', 'sabayon-distro', 'depend', 'Need to upgrade to at least EAPI=2', {
      inputLine: 6,
      frames: [
        { ...frame('ebuild.sh', 550, 'source'), args: "'/var/lib/layman/sabayon-distro/sys-devel/base-gcc/base-gcc-4.7.3.ebuild'" },
        { ...frame('base-gcc-4.7.3.ebuild', 21, 'inherit'), args: "'eutils' 'toolchain'" },
        { ...frame('ebuild.sh', 280, '__qa_source'), args: "'/usr/portage/eclass/toolchain.eclass'" },
        { ...frame('ebuild.sh', 80, 'source'), args: "'/usr/portage/eclass/toolchain.eclass'" },
        frame('toolchain.eclass', 29, 'die'),
      ],
      snippet: '0|1)    die "Need to upgrade to at least EAPI=2";;',
    })],
  },
  'emerge/equo-01.txt': {
    count: { ...none.count, 'merge-list': 1, 'package-start': 1, 'fetch-attempt': 0 },
    has: [
      { type: 'merge-list', inputLine: 7, pkgType: 'entropy', flags: 'R', action: 'reinstall', cpv: 'sys-libs/ncurses-6.0-r1', slot: '1', repo: 'sabayon-weekly', old: '6.0-r1' },
      { type: 'package-start', inputLine: 20, cpv: 'sys-libs/ncurses-6.0-r1', index: 1, total: 1, action: 'install' },
    ],
  },
  'emerge/fetch-offline-real-01.txt': {
    // The mirror's layout probe failed too, but it is no distfile of the package: one failure, the tarball's.
    count: { 'fetch-failure': 1, 'fetch-attempt': 3 },
    has: [{ type: 'fetch-failure', file: 'fetch-fail-1.0.tar.gz', reason: "Couldn't download", cpv: 'app-misc/fetch-fail-1.0' }],
  },
  'emerge/fetch-digest-03.txt': {
    count: { 'fetch-failure': 2 },
    has: [
      { type: 'fetch-failure', file: 'portage-bashrc-mv-17.3.tar.gz', reason: 'Insufficient data for checksum verification', got: '', expected: 'BLAKE2B BLAKE2S MD5 RMD160 SHA1 SHA256 SHA3_256 SHA3_512 SHA512 WHIRLPOOL' },
      { type: 'fetch-failure', cpv: 'app-portage/portage-bashrc-mv-17.3', log: '/var/tmp/portage/app-portage/portage-bashrc-mv-17.3/temp/build.log' },
    ],
  },
  'emerge/fetch-digest-04.txt': {
    count: { 'fetch-failure': 2 },
    has: [
      { type: 'fetch-failure', file: 'web-client-desktop-4.29.2-e50e175.tar.xz', reason: 'Filesize does not match recorded size', got: '4063292', expected: '4065240' },
      { type: 'fetch-failure', file: 'web-client-desktop-4.29.2-e50e175.tar.xz', reason: "Couldn't download" },
    ],
  },
  'emerge/fetch-digest-06.txt': {
    count: { 'digest-failure': 1, 'merge-list': 2, 'merge-total': 1 },
    has: [{ type: 'merge-total', packages: 2, counts: { new: 2 }, downloadSize: '3,078 KiB' }, dg('/var/db/repos/thegreatmcpain/net-im/equibop/equibop-2.1.3.ebuild', 'Filesize does not match recorded size', '664', '662'),
      ml('sys-apps/pnpm-bin-10.2.0', { repo: 'guru' }), ml('net-im/equibop-2.1.4', { repo: 'thegreatmcpain', size: '3,078 KiB' })],
  },
  'emerge/fetch-digest-08.txt': {
    count: { 'digest-failure': 1 },
    has: [{ ...dg('/var/db/repos/ROKO__/x11-terms/guake/guake-3.10.ebuild', 'Failed on BLAKE2B verification',
      'c33e3fbe0d6c60c5d2202581f14db29790f910aff06c8e65bd6f1f1a6459f317deb579bcba9aad1c250125a92938abdb1bfe115f3692f439ab912daee458b0c9',
      '9b6ce69486eaee3cdc334de090cf3601d877c82f9a9a8772f06b590cfad60273dbdd1ce75265ea644eee70918de615a5c5f0450aefa05f59531818062ecf8469'), hash: 'BLAKE2B' }],
  },
  'emerge/fetch-digest-10.txt': {
    // Each failure is printed in both forms; reported once per file.
    count: { 'digest-failure': 2 },
    has: [dg('/home/ale/src/ros-overlay/ros-indigo/terarangerduo/terarangerduo-0.1.1.ebuild', 'Filesize does not match recorded size', '620', '1191'),
      dg('/home/ale/src/ros-overlay/ros-indigo/terarangerone/terarangerone-0.1.1.ebuild', 'Filesize does not match recorded size', '620', '1191')],
  },
  'emerge/fetch-digest-11.txt': {
    count: { 'package-start': 1, 'fetch-failure': 0, 'fetch-attempt': 1 },
    has: [{ type: 'package-start', cpv: 'x11-themes/ambiance-radiance-flat-colors-suite-14.04.1', repo: 'jorgicio' },
      { type: 'fetch-attempt', host: 'distfiles.gentoo.org', status: 404, reason: 'Not Found', file: 'Ambiance&Radiance-FLAT-ColorSuite-14-04-1a-LTS.tar.gz',
        url: 'http://distfiles.gentoo.org/distfiles/Ambiance%26Radiance-FLAT-ColorSuite-14-04-1a-LTS.tar.gz', cpv: 'x11-themes/ambiance-radiance-flat-colors-suite-14.04.1' }],
  },
  'emerge/fetch-digest-12.txt': {
    count: { 'package-start': 2, 'fetch-attempt': 2 },
    has: [{ type: 'package-start', cpv: 'games-emulation/sdlmame-0.223', repo: 'jorgicio', index: 1, total: 7 },
      { type: 'fetch-attempt', inputLine: 16, host: 'mirrors.evowise.com', status: 404, reason: 'Not Found', file: 'mame-0.223.tar.gz', cpv: 'games-emulation/sdlmame-0.223' },
      { type: 'fetch-attempt', inputLine: 23, host: 'mirror.yandex.ru', status: 404, reason: 'Not Found', file: 'mame-0.223.tar.gz' }],
  },
  'emerge/fetch-digest-13.txt': {
    count: { 'package-start': 1, 'merge-list': 1, 'merge-total': 1, 'fetch-attempt': 1 },
    has: [ml('app-misc/zigbee2mqtt-2.13.0', { repo: 'inode64-overlay', size: '41.402 KiB', vars: { USE: '-homeassistant' } }),
      { type: 'merge-total', packages: 1, counts: { new: 1 }, downloadSize: '41.402 KiB' },
      { type: 'fetch-attempt', host: 'distfiles.gentoo.org', status: 404, file: 'zigbee2mqtt-2.13.0.tar.gz' },
      { type: 'package-start', action: 'fetch', cpv: 'app-misc/zigbee2mqtt-2.13.0', index: 1, total: 1 }],
  },
  'emerge/fetch-digest-14.txt': {
    count: { 'digest-failure': 2 },
    has: [dg('/var/lib/layman/unity-gentoo/unity-base/unity-language-pack/lang_version_check.sh', 'Filesize does not match recorded size', '1845', '1852'),
      dg('/var/lib/layman/unity-gentoo/unity-base/webapps/webapps_version_check.sh', 'Filesize does not match recorded size', '2620', '2627')],
  },
  'emerge/fetch-digest-16.txt': {
    count: { 'digest-failure': 1 },
    has: [dg('/usr/local/portage/layman/4nykey/media-video/avidemux/files/avidemux-2.5.9999-asneeded.diff', 'Filesize does not match recorded size', '1719', '2456')],
  },
  'emerge/keyword-change-01.txt': {
    count: { autounmask: 3 },
    has: [
      au('keyword', '=dev-python/wxpython-2.9.4.1-r1', '~amd64', [rb('dev-python/ipython-0.13.1-r1::sage-on-gentoo[wxwidgets]'), rb('sci-mathematics/polybori-0.8.3::sage-on-gentoo'),
        rb('sci-mathematics/sage-clib-5.10::sage-on-gentoo'), rb('sci-mathematics/sage-5.10-r1::sage-on-gentoo'), rb('sci-mathematics/sage-notebook-0.10.4-r5::sage-on-gentoo')], { inputLine: 7 }),
      au('keyword', '=sci-libs/naga-2.1', '~amd64', [rb('sci-chemistry/jmol-12.3.14::sage-on-gentoo'), rb('sci-mathematics/sage-notebook-0.10.4-r5::sage-on-gentoo[java]'),
        rb('sci-mathematics/sage-5.10-r1::sage-on-gentoo'), rb('sci-mathematics/sage-data-conway_polynomials-0.4-r1::sage-on-gentoo')]),
      au('keyword', '=dev-python/wxpython-2.8.12.1-r1', '~amd64', [rb('dev-python/matplotlib-1.2.1[wxwidgets]'), rb('sci-mathematics/sage-5.10-r1::sage-on-gentoo'), rb('sci-mathematics/sage-notebook-0.10.4-r5::sage-on-gentoo')]),
    ],
  },
  'emerge/keyword-change-03.txt': {
    count: { autounmask: 15 },
    has: [
      au('keyword', '=dev-qt/qtpositioning-5.6.0_beta', '~amd64', [rb('@qt5-addons', 'argument')]),
      au('keyword', '=media-libs/harfbuzz-1.1.3', '~amd64', [rb('x11-libs/pango-1.36.8-r1::gentoo'), rb('x11-libs/gtk+-2.24.28-r1::gentoo'), rb('gnome-base/libglade-2.6.4-r2::gentoo'),
        rb('dev-python/pygtk-2.24.0-r4::gentoo'), rb('dev-vcs/git-2.4.10::gentoo[python,gtk]'), rb('@selected'), rb('@world', 'argument')]),
      au('keyword', '=media-libs/freetype-2.6.2', '~amd64', [rb('app-text/ghostscript-gpl-9.15-r1::gentoo'), rb('net-print/cups-filters-1.5.0::gentoo'), rb('net-print/cups-2.0.3::gentoo'),
        rb('dev-qt/qtprintsupport-5.4.2::gentoo[cups]'), rb('@qt5-addons', 'argument')]),
      au('keyword', '=dev-qt/qtdeclarative-5.6.0_beta', '~amd64', [rb('dev-qt/qtwebsockets-5.6.0_beta::qt[qml]'), rb('@qt5-addons', 'argument')]),
    ],
  },
  'emerge/license-change-01.txt': { count: { autounmask: 1 }, has: [au('license', '=media-sound/lollypop-0.9.112', 'LGPL-3.0', [rb('media-sound/lollypop', 'argument')], { file: 'package.license' })] },
  'emerge/license-change-03.txt': {
    count: { autounmask: 1 },
    has: [au('license', '>=media-libs/mali-drivers-bin-0.45-r96', 'Google-TOS', [rb('virtual/opengles-2-r2'), rb('chromeos-base/chromeos-0.0.1-r181[opengles]'), rb('chromeos-base/chromeos', 'argument')],
      { entry: '>=media-libs/mali-drivers-bin-0.45-r96 Google-TOS' })],
  },
  'emerge/mask-01.txt': {
    count: { masked: 1 },
    has: [{ type: 'masked', atom: '>=dev-lang/mono-6.0.0.334', candidates: [
      { cpv: 'dev-lang/mono-9999', repo: 'dotnet', reasons: ['missing keyword'] }, { cpv: 'dev-lang/mono-6.6.0.161', repo: 'gentoo', reasons: ['~amd64 keyword'] },
      { cpv: 'dev-lang/mono-6.4.0.198', repo: 'gentoo', reasons: ['~amd64 keyword'] }, { cpv: 'dev-lang/mono-6.0.0.334', repo: 'gentoo', reasons: ['~amd64 keyword'] },
    ], requiredBy: [rb('dev-dotnet/mono-addins-1.3.3::dotnet', 'ebuild')] }],
  },
  'emerge/mask-02.txt': { count: { masked: 1 }, has: [{ type: 'masked', atom: 'openrazer', candidates: [{ cpv: 'app-misc/openrazer-9999', repo: 'vifino-overlay', reasons: ['missing keyword'] }] }] },
  'emerge/mask-03.txt': {
    count: { masked: 1 },
    has: [{ type: 'masked', atom: '=cosmic-de/pop-fonts-9999', candidates: [{ cpv: 'cosmic-de/pop-fonts-9999', repo: 'cosmic-overlay', reasons: ['missing keyword'] }],
      requiredBy: [rb('cosmic-de/pop-theme-meta-9999::cosmic-overlay', 'ebuild'), rb('pop-theme-meta', 'argument')] }],
  },
  'emerge/mask-06.txt': {
    count: { masked: 1 },
    has: [{ type: 'masked', atom: '=dmd-2.071.2', candidates: [{ cpv: 'dev-lang/dmd-2.071.2', repo: 'dlang', reasons: [
      "invalid: DEPEND: USE flag 'ppc-openbsd' referenced in conditional '!ppc-openbsd?' is not in IUSE",
      "invalid: RDEPEND: USE flag 'ppc-openbsd' referenced in conditional '!ppc-openbsd?' is not in IUSE"] }] }],
  },
  'emerge/mask-08.txt': {
    count: { masked: 1, 'digest-failure': 1 },
    has: [
      { type: 'digest-failure', file: '/var/lib/layman/rocm/sys-devel/hip/hip-2.0.0.ebuild', reason: 'A file is not listed in the Manifest' },
      { type: 'masked', atom: '=sys-devel/hip-2.5.0*', candidates: [{ cpv: 'sys-devel/hip-2.5.0', repo: 'rocm', reasons: ['corruption'] }],
        requiredBy: [rb('sys-devel/amd-rocm-meta-2.5.0::rocm', 'ebuild'), rb('=sys-devel/amd-rocm-meta-2.5.0', 'argument')] },
    ],
  },
  'emerge/mask-10.txt': { count: { masked: 1 }, has: [{ type: 'masked', atom: 'steam-launcher', candidates: [{ cpv: 'games-util/steam-launcher-1.0.0.78-r1', repo: 'steam-overlay', reasons: ['~amd64 keyword'] }] }] },
  'emerge/no-ebuilds-01.txt': { count: { 'no-ebuilds': 1 }, has: [{ type: 'no-ebuilds', atom: '~sci-mathematics/sage-clib-5.12', requiredBy: [rb('sci-mathematics/sage-5.12::sage-on-gentoo', 'ebuild')] }] },
  'emerge/no-ebuilds-05.txt': { count: { 'no-ebuilds': 1 }, has: [{ type: 'no-ebuilds', atom: 'virtual/libffi', requiredBy: [rb('www-client/brave-bin-1.28.22::ninjatools', 'ebuild'), rb('brave-bin', 'argument')] }] },
  'emerge/no-ebuilds-06.txt': {
    count: { 'no-ebuilds': 1 },
    has: [{ type: 'no-ebuilds', atom: '~net-libs/libsoup-2.52.2[introspection?,abi_x86_32(-)?,abi_x86_64(-)?,abi_x86_x32(-)?,abi_mips_n32(-)?,abi_mips_n64(-)?,abi_mips_o32(-)?,abi_ppc_32(-)?,abi_ppc_64(-)?,abi_s390_32(-)?,abi_s390_64(-)?]',
      requiredBy: [rb('net-libs/libsoup-gnome-2.52.2::unity-gentoo', 'ebuild'), rb('unity-meta', 'argument')] }],
  },
  'emerge/no-ebuilds-07.txt': {
    count: { 'no-ebuilds': 1 },
    has: [{ type: 'no-ebuilds', atom: '<x11-wm/mutter-3.11', requiredBy: [rb('x11-wm/gala-0.1_p20130820::elementary', 'ebuild'), rb('pantheon-base/pantheon-shell-0.3_pre::elementary', 'ebuild'), rb('pantheon-shell', 'argument')] }],
  },
  'emerge/no-ebuilds-09.txt': {
    count: { 'no-ebuilds': 1 },
    has: [{ type: 'no-ebuilds', atom: 'unity-base/compiz-plugins-main', requiredBy: [rb('unity-base/unity-5.12.0', 'ebuild'), rb('unity-base/unity2d-5.12.0', 'ebuild'), rb('unity-base/unity-meta-5.12.0', 'ebuild'), rb('unity-base/unity-meta', 'argument')] }],
  },
  'emerge/pretend-02.txt': {
    count: { 'merge-list': 6 },
    has: [
      ml('sys-libs/libomp-18.1.8', { action: 'new', vars: { USE: '-debug -gdb-plugin -hwloc -offload -ompt -test -verify-sig', ABI_X86: '32 (64) (-x32)', LLVM_TARGETS: '-AMDGPU -NVPTX', PYTHON_SINGLE_TARGET: 'python3_12 -python3_10 -python3_11 -python3_13' } }),
      ml('sys-devel/llvmgold-18', { vars: {} }), ml('sys-devel/clang-toolchain-symlinks-18', { inputLine: 10 }),
    ],
  },
  'emerge/pretend-03.txt': {
    count: { 'merge-list': 18 },
    has: [ml('sci-mathematics/sage-9.7-r4', { action: 'upgrade', flags: 'U ~', old: '9.7-r3', depth: 0 }), ml('dev-gap/radiroot-2.9', { depth: 3, old: '2.8-r3' }),
      ml('dev-gap/utils-0.81', { pkgType: 'nomerge', action: 'nomerge' }), ml('dev-gap/factint-1.6.3-r1', { depth: 1 })],
  },
  'emerge/pretend-04.txt': {
    count: { 'merge-list': 16 },
    has: [ml('dev-gap/tomlib-1.2.7', { slot: '0/4.10.0', repo: 'sage-on-gentoo', size: '294,452 KiB', action: 'new' }),
      ml('sci-mathematics/gap-4.10.0-r4', { action: 'upgrade', old: '4.8.6-r3:0/0::sage-on-gentoo', vars: { USE: 'readline recommended_pkgs%* -emacs -vim-syntax' } })],
  },
  'emerge/pretend-07.txt': { count: { 'merge-list': 1 }, has: [ml('x11-libs/gtk+-3.24.41', { flags: 'N', vars: { ABI_X86: '32 (64) (-x32)' } })] },
  'emerge/qa-notice-03.txt': { count: { 'qa-notice': 2 }, has: [qa('cflags', ['/usr/lib64/libpfring.so']), qa('ldflags', ['/usr/lib64/libpfring.so'], { inputLine: 10 })] },
  'emerge/qa-notice-04.txt': {
    count: { 'qa-notice': 1, 'compiler-diagnostic': 0 },
    has: [qa('severe-warnings', [8, 262, 578].map((n) => `cgo-generated-wrappers:${n}:13: warning: conflicting types for built-in function ‘free’; expected ‘void(void *)’ [-Wbuiltin-declaration-mismatch]`),
      { homepage: 'https://github.com/abenz1267/walker' })],
  },
  'emerge/qa-notice-05.txt': { count: { 'qa-notice': 1 }, has: [qa('rwx', ['c', 's', 'z', 'd'].map((x) => `RWX --- --- usr/lib64/lib${x}butterflypack.so.2.1.1`))] },
  'emerge/qa-notice-06.txt': { count: { 'qa-notice': 1 }, has: [qa('rwx', ['RWX --- --- opt/adobe-brackets/Brackets', 'RWX --- --- opt/adobe-brackets/Brackets-node'])] },
  'emerge/qa-notice-08.txt': { count: { 'qa-notice': 1 }, has: [qa('unrecognized-configure-options', ['--enable-unique', '--enable-unique'])] },
  'emerge/qa-notice-09.txt': { count: { 'qa-notice': 1 }, has: [qa('rwx', ['RWX --- --- usr/bin/utox'])] },
  'emerge/qa-notice-11.txt': { count: { 'qa-notice': 1 }, has: [qa('rwx', ['--- --- RWX usr/bin/stress-ng'])] },
  'emerge/required-use-01.txt': {
    count: { 'required-use': 1 },
    has: [{ type: 'required-use', atom: 'onedrive', cpv: 'net-misc/onedrive-2.4.19', repo: 'dlang', unsatisfied: ['amd64? ( !dmd-2_098 )'] }],
  },
  'emerge/slot-conflict-02.txt': {
    count: { 'slot-conflict': 1 },
    has: [{ type: 'slot-conflict', atom: 'virtual/libcrypt:0', slot: '0', packages: [{
      ...inst('virtual/libcrypt-2-r1-1', '0/2', 'gentoo', 'installed', [{ requiredBy: 'sys-apps/systemd-256.7:0/2::gentoo', requiredByState: 'installed' }]),
      use: 'USE="-static-libs" ABI_X86="32 (64) (-x32)"',
    }] }],
  },
  'emerge/slot-conflict-03.txt': {
    count: { 'slot-conflict': 1, 'merge-list': 7, 'merge-total': 1 },
    has: [{ type: 'merge-total', packages: 48, counts: { new: 48 }, downloadSize: '7916 KiB' },
      { type: 'slot-conflict', atom: 'dev-haskell/comonad:0', packages: [inst('dev-haskell/comonad-5', '0/5', 'haskell', 'ebuild scheduled for merge',
        [{ atom: '>=dev-haskell/comonad-5:=[profile?]', requiredBy: 'dev-haskell/pointed-5-r1:0/5::haskell' }])] },
      ml('dev-haskell/tagged-0.7.3', { depth: 3, slot: '0/0.7.3', size: '6 KiB' }), ml('dev-haskell/github-backup-1.20161118', { action: 'nomerge' }),
    ],
  },
  'emerge/slot-conflict-04.txt': {
    count: { 'slot-conflict': 1, 'merge-total': 1 },
    has: [{ type: 'merge-total', packages: 20, counts: { upgrade: 7, downgrade: 2, new: 4, 'new-slot': 2, reinstall: 5 }, downloadSize: '598,869 kB' },{ type: 'slot-conflict', atom: 'sci-mathematics/gap:0', packages: [
      inst('sci-mathematics/gap-4.6.4', undefined, 'sage-on-gentoo', 'installed', [{ atom: '~sci-mathematics/gap-4.6.4', requiredBy: 'sci-libs/libgap-4.6.4_p0::sage-on-gentoo' }]),
      inst('sci-mathematics/gap-4.6.5', undefined, 'sage-on-gentoo', 'ebuild scheduled for merge', []),
    ] }],
  },
  'emerge/slot-conflict-05.txt': {
    count: { 'slot-conflict': 1 },
    has: [{ type: 'slot-conflict', atom: 'dev-lang/python-exec:2', packages: [
      { ...inst('dev-lang/python-exec-2.4.10', '2/2', 'gentoo', 'ebuild scheduled for merge', []), use: 'USE="(native-symlinks) -test" PYTHON_TARGETS="(pypy3) (python3_12) (-python3_10) (-python3_11)"' },
      inst('dev-lang/python-exec-2.4.10', '2/2', 'gentoo', 'installed', [{ atom: 'dev-lang/python-exec[python_targets_python3_11(-)]', requiredBy: 'dev-lang/python-3.11.6:3.11/3.11::libressl', requiredByState: 'installed' }]),
    ] }],
  },
  'emerge/success-02.txt': { count: { 'build-failure': 0 }, has: [{ type: 'phase', phase: 'merge', cpv: 'sci-libs/blas-reference-20131116-r1' }] },
  'emerge/success-04.txt': {
    count: { 'package-start': 3, 'package-done': 3 },
    has: [{ type: 'package-done', inputLine: 9, cpv: 'sys-firmware/intel-microcode-20230214_p20230212', index: 2, total: 45, result: 'completed' },
      { type: 'package-start', cpv: 'dev-libs/libpcre2-10.42-r1', repo: 'gentoo', index: 3, total: 45 }],
  },
  'emerge/success-05.txt': {
    count: { 'package-start': 1, 'package-done': 1 },
    has: [{ type: 'package-start', cpv: 'app-crypt/hashcat-6.2.6-r1', index: 1, total: 1 }, { type: 'phase', phase: 'compile', cpv: 'app-crypt/hashcat-6.2.6-r1' },
      { type: 'package-done', cpv: 'app-crypt/hashcat-6.2.6-r1', result: 'completed' }],
  },
  'emerge/use-change-01.txt': {
    count: { autounmask: 1 },
    has: [au('use', '>=virtual/python-enum34-2', 'python_targets_python3_5', [rb('dev-python/cryptography-2.6.1::gentoo'), rb('dev-python/urllib3-1.24.2::gentoo'),
      rb('dev-python/requests-2.21.0-r1::gentoo'), rb('media-gfx/blender-2.79b-r1::gentoo'), rb('media-gfx/blender', 'argument')], { file: 'package.use' })],
  },
  'emerge/use-change-03.txt': {
    count: { 'no-ebuilds': 1, autounmask: 1 },
    has: [{ type: 'no-ebuilds', useFlags: true, atom: 'x11-libs/libXScrnSaver[abi_x86_32(-)?,abi_x86_64(-)?,abi_x86_x32(-)?,abi_mips_n32(-)?,abi_mips_n64(-)?,abi_mips_o32(-)?]',
      candidates: [{ cpv: 'media-libs/libsdl2-2.0.0-r1', repo: 'steam-overlay', change: '-abi_x86_32' }],
      requiredBy: [rb('media-libs/libsdl2-2.0.0-r1::steam-overlay', 'ebuild'), rb('games-util/steam-client-meta-0-r20131002::steam-overlay', 'ebuild'),
        rb('games-util/steam-meta-0-r20130514::steam-overlay[-steamruntime]', 'ebuild'), rb('steam-meta', 'argument')] },
    // The change is on the parent (its conditional dependency): the line is required by the rest of the chain.
    au('use', '>=media-libs/libsdl2-2.0.0-r1', '-abi_x86_32', [rb('games-util/steam-client-meta-0-r20131002::steam-overlay'),
      rb('games-util/steam-meta-0-r20130514::steam-overlay[-steamruntime]'), rb('steam-meta', 'argument')], { form: 'no-ebuilds' })],
  },
  'portage/build-logs/compile-fail__app-misc_broken-1.0.build.log': { count: { 'build-failure': 1 }, has: [broken, brokenDiag, { type: 'phase', phase: 'compile', cpv: 'app-misc/broken-1.0' }] },
  'portage/build-logs/compile-fail__elog-summary.log': { count: { 'build-failure': 1 }, has: [{ ...broken, inputLine: 4 }] },
  'portage/build-logs/die-install__app-misc_dies-1.0.build.log': { count: { 'build-failure': 1 }, has: [dies] },
  'portage/build-logs/die-install__elog-summary.log': { count: { 'build-failure': 1 }, has: [dies] },
  'portage/build-logs/qa-notice__elog-summary.log': {
    count: { 'qa-notice': 3 },
    has: [qa('deprecated-directories', ['usr/man'], { cpv: 'app-misc/qa-issues-1.0' }), qa('severe-warnings', ['qa.c:3:8: warning: implicit declaration of function ‘undeclared_function’ [-Wimplicit-function-declaration]'], { homepage: 'https://example.invalid/qa-issues' }),
      qa('pre-stripped', ['/usr/bin/qa-issues'])],
  },
  'portage/build-logs/success-logdir__PORTAGE_LOGDIR__app-misc_hello-1.0_20261124-074306.log': {
    count: { 'build-failure': 0 }, has: [{ type: 'phase', phase: 'install', cpv: 'app-misc/hello-1.0' }, { type: 'phase', phase: 'package', cpv: 'app-misc/hello-1.0' }],
  },
  ...RECONSTRUCTED,
};
