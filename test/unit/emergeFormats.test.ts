/** Wordings beyond the fixtures: older Portage, and build tools other than gcc and make. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parseAll } from '../../src/core/emerge';

test('Portage 2.1 `!!! ERROR: cpv failed.` block: phase taken from the call stack', () => {
  const log = [
    '!!! ERROR: sys-apps/foo-1.0 failed.',
    'Call stack:',
    '  ebuild.sh, line 1621:   Called dyn_compile',
    '  ebuild.sh, line 973:   Called qa_call \'src_compile\'',
    '  foo-1.0.ebuild, line 30:   Called die',
    '',
    '!!! emake failed',
    '!!! If you need support, post the topmost build error, and the call stack if relevant.',
    "!!! A complete build log is located at '/var/tmp/portage/sys-apps/foo-1.0/temp/build.log'.",
  ].join('\n');
  const [ev] = parseAll(log);
  assert.equal(ev.type, 'build-failure');
  if (ev.type !== 'build-failure') return;
  assert.equal(ev.cpv, 'sys-apps/foo-1.0');
  assert.equal(ev.phase, 'compile');
  assert.deepEqual(ev.frames.map((f) => `${f.file}:${f.line}:${f.call}`), ['ebuild.sh:1621:dyn_compile', 'ebuild.sh:973:qa_call', 'foo-1.0.ebuild:30:die']);
  assert.equal(ev.log, '/var/tmp/portage/sys-apps/foo-1.0/temp/build.log');
});

test('rustc, CMake, meson and linker errors become compiler diagnostics', () => {
  const log = [
    'error[E0425]: cannot find value `x` in this scope',
    ' --> src/main.rs:2:5',
    '  |',
    'CMake Error at CMakeLists.txt:12 (find_package):',
    '  Could not find a package configuration file provided by "Qt5"',
    'meson.build:7:0: ERROR: Dependency "glib-2.0" not found, tried pkgconfig',
    '/usr/bin/ld: main.o: in function `main\': main.c:(.text+0x5): undefined reference to `bar\'',
    'collect2: error: ld returned 1 exit status',
  ].join('\n');
  const ev = parseAll(log).map((e) => (e.type === 'compiler-diagnostic' ? `${e.tool} ${e.file}:${e.line ?? ''} ${e.severity} ${e.message}` : e.type));
  assert.deepEqual(ev, [
    'compiler src/main.rs:2 error [E0425] cannot find value `x` in this scope',
    'cmake CMakeLists.txt:12 error find_package',
    'compiler meson.build:7 error Dependency "glib-2.0" not found, tried pkgconfig',
    "linker /usr/bin/ld: error main.o: in function `main': main.c:(.text+0x5): undefined reference to `bar'",
    'linker collect2: error ld returned 1 exit status',
  ]);
});

test('`!!! Fetch failed for cpv, can\'t update` is a fetch failure', () => {
  const [ev] = parseAll("!!! Fetch failed for app-misc/foo-1.0, can't update\n");
  assert.deepEqual({ ...ev }, { type: 'fetch-failure', inputLine: 1, cpv: 'app-misc/foo-1.0', reason: 'Fetch failed' });
});
