import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
  AtomError, atomMatches, formatAtom, isValidCategory, isValidPackageName, isValidRepoName, parseAtom, parseCpv, tryParseAtom,
} from '../../src/core/atom';

test('a full atom is split into all its parts', () => {
  const a = parseAtom('!!>=dev-libs/openssl-3.0.1-r2:0/3=::gentoo[ssl,-bindist,abi_x86_32(-)?,!static?,threads=,!debug(+)=]');
  assert.deepEqual({ ...a, text: undefined }, {
    text: undefined, blocker: '!!', op: '>=', category: 'dev-libs', pn: 'openssl', version: '3.0.1-r2',
    slot: '0', subslot: '3', slotOp: '=', repo: 'gentoo',
    useDeps: [
      { name: 'ssl', enabled: true },
      { name: 'bindist', enabled: false },
      { name: 'abi_x86_32', enabled: true, conditional: '?', default: '(-)' },
      { name: 'static', enabled: false, conditional: '!?' },
      { name: 'threads', enabled: true, conditional: '=' },
      { name: 'debug', enabled: false, conditional: '!=', default: '(+)' },
    ],
  });
});

test('operators, globs, slots and repos parse as written', () => {
  assert.equal(parseAtom('app-misc/hello').version, undefined);
  assert.equal(parseAtom('<app-misc/hello-2').op, '<');
  assert.equal(parseAtom('<=app-misc/hello-2').op, '<=');
  assert.equal(parseAtom('~app-misc/hello-2').op, '~');
  assert.equal(parseAtom('>app-misc/hello-2').op, '>');
  const glob = parseAtom('=dev-lang/python-3.1*');
  assert.deepEqual([glob.op, glob.pn, glob.version], ['=*', 'python', '3.1']);
  assert.equal(parseAtom('dev-lang/python:*').slotOp, '*');
  assert.deepEqual([parseAtom('dev-lang/python:=').slotOp, parseAtom('dev-lang/python:=').slot], ['=', undefined]);
  assert.equal(parseAtom('dev-lang/python:3.12').slot, '3.12');
  assert.equal(parseAtom('app-misc/hello::my-overlay').repo, 'my-overlay');
  assert.equal(parseAtom('!app-misc/hello').blocker, '!');
  // A package name with hyphens and digits that are not a version.
  const a = parseAtom('=media-fonts/font-adobe-100dpi-1.0.3-r1');
  assert.deepEqual([a.pn, a.version], ['font-adobe-100dpi', '1.0.3-r1']);
  assert.equal(parseAtom('=media-libs/libsdl2-2.28.5-r1').pn, 'libsdl2');
});

test('bad atoms are rejected with a message that says what is wrong', () => {
  const cases: [string, RegExp][] = [
    ['', /empty/], ['hello', /one "\/"/], ['a/b/c', /one "\/"/], ['>=app-misc/hello', /needs a version/],
    ['app-misc/hello-1.0', /version needs an operator/], ['=app-misc/hello-1.0-r', /needs a version/],
    ['>=app-misc/hello-1*', /only allowed with the "=" operator/], ['app-misc/hello[', /USE|"\["|"\]"/],
    ['app-misc/hello[]', /empty/], ['app-misc/hello[-foo?]', /mixes/], ['app-misc/hello[!foo]', /needs "=" or "\?"/],
    ['app-misc/hello:', /slot/], ['app-misc/hello:a/b/c', /slot/], ['app-misc/hello::-bad', /repository name/],
    ['-cat/pkg', /category/], ['app-misc/-pkg', /package name/], ['app-misc/foo-1', /package name/],
    ['app-misc/hello[foo]:0', /must come last/], [' app-misc/hello', /whitespace/],
  ];
  for (const [text, why] of cases) {
    assert.throws(() => parseAtom(text), (e: unknown) => e instanceof AtomError && e.code === 'invalid-atom' && why.test(e.message), text);
    const r = tryParseAtom(text);
    assert.ok(!r.ok && r.error.message.includes(JSON.stringify(text)), text);
  }
});

test('an EAPI rejects the features it lacks', () => {
  assert.throws(() => parseAtom('app-misc/hello:0', { eapi: '0' }), /EAPI 1/);
  assert.throws(() => parseAtom('app-misc/hello[ssl]', { eapi: '1' }), /EAPI 2/);
  assert.throws(() => parseAtom('!!app-misc/hello', { eapi: '1' }), /EAPI 2/);
  assert.throws(() => parseAtom('app-misc/hello[ssl(+)]', { eapi: '3' }), /EAPI 4/);
  assert.throws(() => parseAtom('app-misc/hello:=', { eapi: '4' }), /EAPI 5/);
  assert.throws(() => parseAtom('app-misc/hello:0/1', { eapi: '4' }), /EAPI 5/);
  assert.throws(() => parseAtom('app-misc/hello::gentoo', { eapi: '8' }), /Portage extension/);
  assert.equal(parseAtom('app-misc/hello:0/1=[ssl(+)?]', { eapi: '8' }).subslot, '1');
});

test('names are validated as PMS 3.1 says', () => {
  for (const c of ['app-misc', 'virtual', 'dev-perl', 'x11-libs', 'sys-apps', 'a.b+c_d']) assert.ok(isValidCategory(c), c);
  for (const c of ['', '-app', '.app', '+app', 'app/misc', 'app misc', 'äpp']) assert.ok(!isValidCategory(c), c);
  for (const p of ['hello', 'gtk+', 'font-adobe-100dpi', 'foo-bar', 'foo-r1', 'foo-1a2', '_x', 'foo-1_x']) assert.ok(isValidPackageName(p), p);
  for (const p of ['', '-foo', 'gtk+-3', 'foo-1', 'foo-1.0', 'foo-1-r1', 'foo-1a', 'foo-1_rc2', 'foo.bar', 'foo bar', 'héllo']) assert.ok(!isValidPackageName(p), p);
  for (const r of ['gentoo', 'my_overlay', 'local-x1', 'over-lay2']) assert.ok(isValidRepoName(r), r);
  for (const r of ['-x', 'a+b', 'over-1', 'a.b']) assert.ok(!isValidRepoName(r), r);
});

test('formatAtom writes back what parseAtom read', () => {
  for (const t of ['app-misc/hello', '!!>=dev-libs/openssl-3.0.1-r2:0/3=::gentoo[ssl,-bindist,abi_x86_32(-)?,!static?,threads=,!debug(+)=]',
    '=dev-lang/python-3.1*', 'dev-lang/python:*', 'dev-lang/python:=', '~app-misc/foo-1.0::x', '<app-misc/a-1_rc1:2']) {
    assert.equal(formatAtom(parseAtom(t)), t);
  }
});

test('atomMatches applies operators, globs, slots and repos', () => {
  const yes: [string, string][] = [
    ['app-misc/hello', 'app-misc/hello-1.0'], ['>=app-misc/hello-1.0', 'app-misc/hello-1.0'], ['>=app-misc/hello-1.0', 'app-misc/hello-1.0_p1'],
    ['<app-misc/hello-1.0', 'app-misc/hello-1.0_rc9'], ['<=app-misc/hello-1.0', 'app-misc/hello-1.0'], ['>app-misc/hello-1.0', 'app-misc/hello-1.0-r1'],
    ['~app-misc/hello-1.0', 'app-misc/hello-1.0-r7'], ['=app-misc/hello-1.0', 'app-misc/hello-1.00'], ['=app-misc/hello-1.2*', 'app-misc/hello-1.2.9'],
    ['app-misc/hello:2', 'app-misc/hello-2.1:2'], ['app-misc/hello::x', 'app-misc/hello-1::x'], ['!app-misc/hello', 'app-misc/hello-1'],
  ];
  const no: [string, string][] = [
    ['app-misc/hello', 'app-misc/hellox-1.0'], ['app-misc/hello', 'dev-misc/hello-1.0'], ['>=app-misc/hello-1.0', 'app-misc/hello-1.0_rc1'],
    ['<app-misc/hello-1.0', 'app-misc/hello-1.0'], ['>app-misc/hello-1.0', 'app-misc/hello-1.0'], ['~app-misc/hello-1.0', 'app-misc/hello-1.0.1'],
    ['=app-misc/hello-1.0', 'app-misc/hello-1.0-r1'], ['=app-misc/hello-1.2*', 'app-misc/hello-1.20'],
    ['app-misc/hello:2', 'app-misc/hello-1:1'], ['app-misc/hello:2/3', 'app-misc/hello-2:2/4'], ['app-misc/hello::x', 'app-misc/hello-1::y'],
  ];
  for (const [a, p] of yes) assert.ok(atomMatches(a, p), `${a} matches ${p}`);
  for (const [a, p] of no) assert.ok(!atomMatches(a, p), `${a} does not match ${p}`);
  // Slot unknown on the package side: not a reason to refuse.
  assert.ok(atomMatches('app-misc/hello:2', { category: 'app-misc', pn: 'hello', version: '1' }));
});

test('parseCpv reads a plain cpv and refuses an atom', () => {
  assert.deepEqual(parseCpv('app-misc/hello-1.0-r1'), { category: 'app-misc', pn: 'hello', version: '1.0-r1', slot: undefined, subslot: undefined, repo: undefined });
  assert.throws(() => parseCpv('app-misc/hello'), AtomError);
  assert.throws(() => parseCpv('app-misc/hello-1[ssl]'), AtomError);
});
