import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { checkAtom } from '../../src/server/depString';
import { parseEclass } from '../../src/server/eclassDoc';
import { Knowledge, parseMetadataXml } from '../../src/server/knowledge';
import { createParser, ParsedDocument } from '../../src/server/parse';
import { parseJsonStream, pkgcheckArgs } from '../../src/core/pkgcheck';
import { pkgcheckFindings } from '../../src/server/pkgcheck';
import { filterShellcheck, runShellcheck } from '../../src/server/shellcheck';
import { analyse, ebuild, OVERLAY } from './serverFixture';

const HELLO = join(OVERLAY, 'app-misc', 'hello', 'hello-1.1.ebuild');

describe('shellcheck with ebuild-aware filtering', () => {
  it('drops SC2034 on ebuild/eclass variables and SC2154 on PMS variables, keeps the rest at the right range', async () => {
    const text = ebuild(['inherit fancybuild', 'DESCRIPTION="x"', 'SLOT="0"', 'FANCY_ARGS=( -v )', 'unused_thing=1', 'src_install() {',
      '\tcd ${WORKDIR}/${P} || die', '\techo "${not_defined_here}"', '}']);
    const comments = await runShellcheck(text);
    assert.ok(comments, 'shellcheck must be installed (apt-get install shellcheck)');
    const { ctx, doc } = await analyse(HELLO, text);
    const found = filterShellcheck(ctx, comments, (line, character) => doc.offsetAt({ line, character }))
      .map((f) => `${f.code} ${text.slice(f.span.start, f.span.end)}`);
    assert.ok(found.includes('SC2034 unused_thing'), found.join('\n'));
    assert.ok(found.includes('SC2154 ${not_defined_here}'), found.join('\n'));
    assert.ok(found.some((f) => f.startsWith('SC2086 ${WORKDIR}')), found.join('\n'));
    assert.ok(!found.some((f) => /^SC2034 (DESCRIPTION|SLOT|FANCY_ARGS)/.test(f)), found.join('\n'));
  });

  it('in an eclass, does not report functions whose arguments no caller in the file passes (SC2120)', async () => {
    const text = ['# @ECLASS: x.eclass', 'x_run() {', '\techo "${1}"', '}', 'x_other() {', '\tx_run', '}', ''].join('\n');
    const comments = await runShellcheck(text);
    assert.ok(comments?.some((c) => c.code === 2120), 'shellcheck itself reports SC2120 here');
    const { ctx, doc } = await analyse(join(OVERLAY, 'eclass', 'x.eclass'), text);
    assert.deepEqual(filterShellcheck(ctx, comments ?? [], (line, character) => doc.offsetAt({ line, character })).map((f) => f.code).filter((c) => /SC21(19|20)/.test(c)), []);
  });

  it('drops SC2154 for PMS and eclass variables (shellcheck versions that flag upper-case names)', async () => {
    const text = ebuild(['inherit fancybuild', 'src_install() {', '\techo "${ED}" "${FANCY_ARGS}" "${mine}"', '}']);
    const { ctx, doc } = await analyse(HELLO, text);
    const at = (name: string) => {
      const p = doc.positionAt(text.indexOf(`\${${name}}`));
      return { line: p.line + 1, endLine: p.line + 1, column: p.character + 1, endColumn: p.character + name.length + 4, level: 'warning', code: 2154, message: `${name} is referenced but not assigned.` };
    };
    const kept = filterShellcheck(ctx, [at('ED'), at('FANCY_ARGS'), at('mine')], (line, character) => doc.offsetAt({ line, character }));
    assert.deepEqual(kept.map((f) => text.slice(f.span.start, f.span.end)), ['${mine}']);
  });
});

describe('pkgcheck JsonStream', () => {
  const sample = [
    'pkgcheck: warning: some profile noise',
    '{"__class__": "UnquotedVariable", "category": "app-misc", "package": "hello", "version": "1.1", "variable": "WORKDIR", "lines": [3, 5]}',
    '{"__class__": "DeprecatedEapi", "category": "app-misc", "package": "hello", "version": "1.1", "eapi": "6"}',
    '{"__class__": "BadWhitespaceCharacter", "category": "app-misc", "package": "hello", "version": "1.1", "char": "\\\\u00a0", "position": 4, "line": "\\tfoo bar", "lineno": 2}',
    '{"__class__": "RedundantVersion", "category": "app-misc", "package": "hello", "version": "1.0", "later_versions": ["1.1"]}',
    '{"__class__": "MissingRemoteId", "category": "app-misc", "package": "hello", "remote_type": "github", "value": "me/hello"}',
    '{"__class__": "NonexistentDeps", "category": "app-misc", "package": "other", "version": "2", "attr": "RDEPEND", "nonexistent": ["a/b"]}',
  ].join('\n');

  it('builds an argument array and parses results with their lines', () => {
    assert.deepEqual(pkgcheckArgs('/var/db/repos/my-overlay', 'app-misc', 'hello'), ['pkgcheck', 'scan', '-R', 'JsonStream', '-r', '/var/db/repos/my-overlay', 'app-misc/hello']);
    const results = parseJsonStream(sample);
    assert.deepEqual(results.map((r) => [r.className, r.lines]), [
      ['UnquotedVariable', [3, 5]], ['DeprecatedEapi', []], ['BadWhitespaceCharacter', [2]], ['RedundantVersion', []], ['MissingRemoteId', []], ['NonexistentDeps', []],
    ]);
  });

  it('keeps results of this version and package-level ones, placed on the line pkgcheck names', () => {
    const doc = TextDocument.create('file:///x', 'ebuild', 1, 'EAPI=6\n\tfoo bar\ncd ${WORKDIR}\n\ncp ${WORKDIR}/a .\n');
    const found = pkgcheckFindings(parseJsonStream(sample), { category: 'app-misc', package: 'hello', version: '1.1' }, (l) => (l >= doc.lineCount ? doc.getText().length : doc.offsetAt({ line: l, character: 0 })));
    assert.deepEqual(found.map((f) => [f.code, doc.positionAt(f.span.start).line]), [
      ['UnquotedVariable', 2], ['UnquotedVariable', 4], ['DeprecatedEapi', 0], ['BadWhitespaceCharacter', 1], ['MissingRemoteId', 0],
    ]);
    assert.match(found[0].message, /Unquoted Variable \(variable: WORKDIR\)/);
  });
});

describe('parsing', () => {
  it('incremental edits give the same facts as parsing the final text', async () => {
    const parser = await createParser();
    const start = ebuild(['IUSE="ssl"', 'src_install() {', '\tuse ssl && dodoc a', '}', 'pkg_postinst() { elog hi; }']);
    const pd = new ParsedDocument(parser, TextDocument.create('file:///a.ebuild', 'ebuild', 1, start));
    pd.facts();
    const edits = [
      { range: { start: { line: 3, character: 5 }, end: { line: 3, character: 8 } }, text: 'gtk' },
      { range: { start: { line: 1, character: 6 }, end: { line: 1, character: 6 } }, text: ' gtk' },
      { range: { start: { line: 5, character: 0 }, end: { line: 5, character: 0 } }, text: 'src_test() {\n\temake check\n}\n' },
    ];
    edits.forEach((e, i) => {
      pd.update([e], i + 2);
      pd.facts();
    });
    const fresh = new ParsedDocument(parser, TextDocument.create('file:///b.ebuild', 'ebuild', 1, pd.text));
    assert.deepEqual(pd.facts(), fresh.facts());
    assert.deepEqual(pd.facts().functions.map((f) => f.name), ['src_install', 'src_test', 'pkg_postinst']);
    assert.deepEqual(pd.facts().commands.filter((c) => c.name === 'use').map((c) => c.args[0].text), ['gtk']);
  });
});

describe('eclass documentation and metadata.xml', () => {
  it('reads @ECLASS, @FUNCTION with @USAGE/@RETURN/@INTERNAL and @ECLASS_VARIABLE blocks', () => {
    const e = parseEclass('x', ['# @ECLASS: x.eclass', '# @BLURB: does x', '# @DESCRIPTION:', '# Line one', '# line two', '', 'IUSE="+a b ${DYN}"',
      '# @FUNCTION: x_do', '# @USAGE: <what>', '# @RETURN: 0 on success', '# @DESCRIPTION:', '# Does it.', 'x_do() {', '\t:', '}',
      '# @FUNCTION: _x_private', '# @INTERNAL', '_x_private() { :; }', '# @ECLASS-VARIABLE: X_OPTS', '# @DEFAULT_UNSET', '# @DESCRIPTION:', '# Options.',
      'inherit y z', 'case ${EAPI} in 7) inherit w ;; esac', '[[ ${PV} == 9999 ]] && inherit v', 'EXPORT_FUNCTIONS src_compile'].join('\n'));
    assert.equal(e.blurb, 'does x');
    assert.equal(e.description, 'Line one\nline two');
    assert.deepEqual(e.functions.get('x_do'), { name: 'x_do', line: 12, usage: '<what>', description: 'Does it.', returns: '0 on success', internal: false, deprecated: undefined, documented: true });
    assert.equal(e.functions.get('_x_private')?.internal, true);
    assert.equal(e.variables.get('X_OPTS')?.description, 'Options.');
    assert.deepEqual([e.iuse, e.iuseDynamic, e.inherits, e.exportedPhases], [['a', 'b'], true, ['y', 'z', 'w', 'v'], ['src_compile']]);
  });

  it('flattens inline markup in flag descriptions and reports where a broken file breaks', () => {
    const ok = parseMetadataXml('<pkgmetadata><use lang="de"><flag name="gtk">Deutsch</flag></use><use><flag name="gtk">Use <pkg>x11-libs/gtk+</pkg> here</flag></use></pkgmetadata>', 'm.xml');
    assert.equal(ok.flags.get('gtk'), 'Use x11-libs/gtk+ here');
    const bad = parseMetadataXml('<pkgmetadata>\n<use>\n<flag name="a">x\n</use></pkgmetadata>', 'm.xml');
    assert.equal(bad.flags.size, 0);
    assert.ok(bad.error && bad.error.line >= 1, JSON.stringify(bad.error));
  });
});

describe('repositories', () => {
  it('finds the repository of a file and its master beside it, without configuration', () => {
    const k = new Knowledge();
    const repo = k.repoFor(join(OVERLAY, 'app-misc', 'hello', 'hello-1.0.ebuild'));
    assert.deepEqual(k.chain(repo).map((r) => r.name), ['my-overlay', 'gentoo']);
    assert.deepEqual(k.inheritClosure(k.chain(repo), ['fancybuild', 'nope']).found.map((e) => `${e.repo.name}:${e.info.name}`), ['gentoo:fancybuild', 'gentoo:toolchain-funcs']);
    assert.ok(k.chain(repo)[1].arches().has('amd64-linux'));
    assert.deepEqual(k.chain(repo)[1].packages('dev-libs').sort(), ['libfoo', 'openssl']);
  });
});

describe('atoms (PMS 8.3)', () => {
  it('accepts valid atoms and explains invalid ones', () => {
    for (const a of ['dev-libs/foo', '>=dev-libs/foo-1.2.3_rc1-r2', '=dev-libs/foo-1*', '~dev-libs/foo-1.0', '!!dev-libs/foo', 'dev-libs/foo:0/1=', 'dev-libs/foo:=', 'dev-libs/foo[a,-b,c?,!d=,e(+)]', 'dev-libs/foo-bar2']) {
      assert.equal(checkAtom(a, 8), undefined, a);
    }
    assert.match(checkAtom('dev-libs/foo-1.0', 8) ?? '', /a version needs an operator/);
    assert.match(checkAtom('>=dev-libs/foo', 8) ?? '', /needs a version/);
    assert.match(checkAtom('dev-libs/foo:=', 4) ?? '', /EAPI 5/);
    assert.match(checkAtom('~dev-libs/foo-1.0-r1', 8) ?? '', /ignores revisions/);
    assert.match(checkAtom('dev-libs/foo::gentoo', 8) ?? '', /not allowed in ebuilds/);
    assert.match(checkAtom('>=dev-libs/foo-1*', 8) ?? '', /only allowed with the "=" operator/);
    assert.match(checkAtom('foo', 8) ?? '', /category and package/);
  });
});
