/** The quick fix adds exactly the line emerge proposed and keeps every byte already in the override file. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { appendOverrideLine, appendOverrideLineBytes, lineEnding, overrideKindOfFile, overrideTarget } from '../../src/core/overrideEdit';
import type { OverrideSet } from '../../src/core/buildModel';
import { rng } from '../fuzz/emergeParser.fuzz';

test("a USE change appends '>=app-misc/libfoo-1.0 ssl' with its required-by comments", () => {
  const r = appendOverrideLine('# my flags\n', '>=app-misc/libfoo-1.0 ssl', { comments: ['# required by app-misc/needs-ssl-1.0::testoverlay'] });
  assert.equal(r, '# my flags\n# required by app-misc/needs-ssl-1.0::testoverlay\n>=app-misc/libfoo-1.0 ssl\n');
});

test('CRLF files get CRLF lines; a missing final newline is added before, never changed', () => {
  assert.equal(appendOverrideLine('a/b x\r\nc/d y', 'e/f z'), 'a/b x\r\nc/d y\r\ne/f z\r\n');
  assert.equal(appendOverrideLine('', 'e/f z'), 'e/f z\n');
  assert.equal(appendOverrideLine('\tcat/pkg\tflag\n', 'e/f z'), '\tcat/pkg\tflag\ne/f z\n');
  assert.equal(lineEnding('a\r\nb\r\nc\n'), '\r\n');
  assert.equal(lineEnding('a\nb\n'), '\n');
});

test('a line already present (even with other spacing or CRLF) is not added again', () => {
  assert.equal(appendOverrideLine('>=app-misc/libfoo-1.0\tssl\r\n', '>=app-misc/libfoo-1.0 ssl'), 'unchanged');
  assert.equal(appendOverrideLine('x\n  >=app-misc/libfoo-1.0   ssl  ', '>=app-misc/libfoo-1.0 ssl'), 'unchanged');
  assert.equal(appendOverrideLine('x\n', '   '), 'unchanged');
});

test('bytes that are not UTF-8 survive an edit', () => {
  const before = Buffer.from([0x23, 0x20, 0xff, 0xfe, 0x0a, 0x61, 0x2f, 0x62]);
  const after = appendOverrideLineBytes(before, '=app-misc/é-1 ~amd64');
  assert.ok(Buffer.isBuffer(after));
  assert.deepEqual(after.subarray(0, before.length), before);
  assert.equal(after.subarray(before.length).toString('utf8'), '\n=app-misc/é-1 ~amd64\n');
});

/** Property: after any sequence of edits, the original bytes are a prefix and no entry appears twice. */
test('property: random override files and random edits keep every original byte and never duplicate a line', () => {
  const pieces = ['# comment', '#', '', '  ', '\t', 'app-misc/foo ssl', '>=dev-libs/bar-1.0 -static', 'cat/pkg\t~amd64', '=x/y-2 TestEULA', '# required by z/w (argument)', 'é/ü ß'];
  const entries = ['>=app-misc/libfoo-1.0 ssl', 'app-misc/foo ssl', '=app-misc/testing-2.0 ~amd64', '>=app-misc/eula-1.0 TestEULA', '=app-misc/masked-1.0', 'cat/pkg ~amd64'];
  for (let seed = 1; seed <= 500; seed++) {
    const r = rng(seed);
    const eol = r() < 0.4 ? '\r\n' : '\n';
    const n = Math.floor(r() * 8);
    let original = Array.from({ length: n }, () => pieces[Math.floor(r() * pieces.length)]).join(eol);
    if (n && r() < 0.6) original += eol; // sometimes no final newline
    let text = original;
    for (let k = 0; k < 1 + Math.floor(r() * 6); k++) {
      const entry = entries[Math.floor(r() * entries.length)];
      const comments = r() < 0.5 ? [`# required by some/pkg-${Math.floor(r() * 3)}`] : [];
      const next = appendOverrideLine(text, entry, { comments });
      if (next === 'unchanged') {
        assert.ok(text.split(/\r?\n/).some((l) => l.trim().split(/\s+/).join(' ') === entry), `seed ${seed}: unchanged but ${entry} missing`);
        continue;
      }
      assert.ok(next.startsWith(text), `seed ${seed}: existing bytes changed`);
      const added = next.slice(text.length).split(/\r?\n/).filter((l) => l !== '');
      const before = new Set(text.split(/\r?\n/).map((l) => l.trim().split(/\s+/).join(' ')));
      for (const l of added) assert.ok(!before.has(l.trim()), `seed ${seed}: added a line already present: ${l}`);
      assert.ok(next.endsWith(eol === '\r\n' && original.includes('\r\n') ? '\r\n' : '\n'));
      text = next;
    }
    assert.ok(text.startsWith(original), `seed ${seed}: original bytes lost`);
    const lines = text.split(/\r?\n/).map((l) => l.trim().split(/\s+/).join(' ')).filter((l) => l && !l.startsWith('#'));
    const origLines = original.split(/\r?\n/).map((l) => l.trim().split(/\s+/).join(' ')).filter((l) => l && !l.startsWith('#'));
    for (const e of entries) {
      const count = lines.filter((l) => l === e).length;
      const had = origLines.filter((l) => l === e).length;
      assert.ok(count <= Math.max(1, had), `seed ${seed}: ${e} appears ${count} times`);
    }
  }
});

test('which file gets the line: existing file, a file in the directory, or a new one per layout', () => {
  const set = (sources: OverrideSet['sources']): OverrideSet => ({ root: '/ws/.portage', sources });
  assert.deepEqual(overrideTarget(set([{ kind: 'use', path: '/ws/.portage/package.use', isDirectory: false }]), 'use', 'gentoo'), { path: '/ws/.portage/package.use', create: false });
  const dir = set([{ kind: 'accept_keywords', path: '/ws/.portage/package.accept_keywords', isDirectory: true }]);
  assert.deepEqual(overrideTarget(dir, 'accept_keywords', 'gentoo', new Map([['/ws/.portage/package.accept_keywords', ['qt', 'zz-local', '.hidden', 'old~']]])),
    { path: '/ws/.portage/package.accept_keywords/zz-local', create: false });
  assert.deepEqual(overrideTarget(dir, 'accept_keywords', 'gentoo'), { path: '/ws/.portage/package.accept_keywords/zz-autounmask', create: true });
  assert.deepEqual(overrideTarget(dir, 'accept_keywords', 'sabayon', new Map([['/ws/.portage/package.accept_keywords', ['custom.keywords']]])),
    { path: '/ws/.portage/package.accept_keywords/custom.keywords', create: false });
  assert.deepEqual(overrideTarget(set([]), 'license', 'gentoo'), { path: '/ws/.portage/package.license', create: true });
  assert.deepEqual(overrideTarget(set([]), 'unmask', 'sabayon'), { path: '/ws/.portage/package.unmask/custom.unmask', create: true, createDir: '/ws/.portage/package.unmask' });
  assert.equal(overrideKindOfFile('/x/package.keywords'), 'accept_keywords');
  assert.equal(overrideKindOfFile('/x/package.use'), 'use');
  assert.equal(overrideKindOfFile('/x/make.conf'), undefined);
});
